import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import type { CtaAction } from '../events.js';
import { ClinicElement } from '../internal/clinic-element.js';
import { callIcon } from '../internal/icons.js';
import { LightDomObserver } from '../internal/light-dom.js';
import { textOf } from '../internal/warn.js';
import { commonStrings, mergeStrings } from '../internal/strings.js';
import { groupSigns, isGroupId, type Sign } from './signs.js';
import { itemsFromLightDom, type SignInput } from './items.js';
import { bandFor, type ResultMessages } from './result.js';
import { US_CRISIS_RESOURCES } from './cta.js';
import { readChecklist, type Checklist } from './read.js';
import { signsStrings } from './strings.js';
import { signsChecklistStyles } from './signs-checklist.styles.js';

/**
 * `click` and `input` from a checkbox are composed: left alone they would reach the page, where
 * analytics scripts that record clicks could read which sign was ticked. They stop here
 * (`change` stops in onChange). Listeners capturing on window or document still see them.
 */
const contain = (event: Event) => event.stopPropagation();

/**
 * A private self-check of the common signs of addiction. The reader ticks the signs they
 * recognise, in themselves or someone close, and sees a calm, non-diagnostic summary with ways to
 * get help. Answers never leave the page: no network, no storage, no URL changes, and no event
 * carries them.
 *
 * Authored light DOM is the no-JavaScript version: a `<ul>` of signs (after upgrade each `<li>`'s
 * text becomes a checkbox, `data-group` on an `<li>` or its list names its group) and crisis
 * numbers in an element with `slot="crisis"`.
 *
 * @tagname clinic-signs-checklist
 * @summary Private, accessible self-check of the signs of addiction, with a calm result and ways to get help.
 *
 * @slot crisis - Replaces the built-in US crisis resources (988, SAMHSA's helpline, 911) with your own, e.g. for a non-US site.
 *
 * @csspart base - The outermost wrapper.
 * @csspart form - The fieldset holding the question and the checkboxes.
 * @csspart group - Each group's fieldset (loss of control, life impact, risky use, body).
 * @csspart item - Each checkbox row (a label holding the checkbox and its text).
 * @csspart result - The live result region (`role="status"`), empty until the reader ticks or clears.
 * @csspart actions - The row holding the Clear and Print buttons.
 * @csspart cta - The call-to-action row (phone link, contact link).
 * @csspart crisis - The crisis resources box.
 *
 * @cssproperty [--clinic-on-accent=light-dark(#ffffff, #0b1f1b)] - Text on the accent colour (the call button).
 * @cssproperty [--clinic-surface=color-mix(in srgb, currentColor 4%, transparent)] - Row and result background, and buttons under the pointer.
 *
 * @event {CustomEvent<CtaClickDetail>} clinic-cta-click - A call to action was used: `detail.action` is `call`, `contact` or `crisis`, never anything about the answers.
 */
export class ClinicSignsChecklist extends ClinicElement {
  static override styles = [...ClinicElement.styles, signsChecklistStyles];
  static override strings = mergeStrings(commonStrings, signsStrings);

  /** What the signs are about, used in their wording: empty for "alcohol or drugs"; `ketamine` also switches to ketamine's own list. Any other text is used as written. */
  @property() substance = '';

  /** Three ascending positive whole numbers, e.g. `2,4,6`: the counts at which the result message changes. */
  @property() thresholds = '';

  /** The clinic's phone number, shown as a click-to-call link, e.g. `385-287-1469`. */
  @property() phone = '';

  /** A link to the clinic's contact page or section (http or https, relative allowed). */
  @property({ attribute: 'contact-url' }) contactUrl = '';

  /** `none` hides the crisis resources; empty or `us` shows the US ones (or your `slot="crisis"` content). */
  @property() crisis = '';

  /** Your own signs: strings or `{ id?, text, group? }` objects. Takes precedence over authored `<li>`s and the built-in list. */
  @property({ attribute: false }) items?: SignInput[];

  /** Your own result wording, plain text per band: `{ none?, few?, some?, several?, many? }`. */
  @property({ attribute: false }) results?: ResultMessages;

  /** Ids of the ticked signs. Kept in memory only, never stored or sent. */
  @state() private ticked: ReadonlySet<string> = new Set();
  /** What the result region says: nothing before the first interaction, the result, or "cleared". */
  @state() private said: 'nothing' | 'result' | 'cleared' = 'nothing';
  @state() private authored: SignInput[] = [];
  /** What `willUpdate` read from the inputs; all `render()` uses besides the reader's own state. */
  #checklist!: Checklist;

  constructor() {
    super();
    // Picks up content a CMS adds or edits after the upgrade.
    new LightDomObserver(this, ['data-group', 'id', 'slot'], () => this.#readLightDom());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightDom();
  }

  /** Unticks every sign, says so in the result region and puts focus on the first sign. */
  async clear(): Promise<void> {
    this.ticked = new Set();
    this.said = 'cleared';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }

  #readLightDom(): void {
    this.authored = itemsFromLightDom(this);
  }

  #onChange(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const id = input.dataset.sign;
    if (!id) return;
    const next = new Set(this.ticked);
    if (input.checked) next.add(id);
    else next.delete(id);
    this.ticked = next;
    this.said = 'result';
  }

  #cta(action: CtaAction): void {
    this.emit('clinic-cta-click', { action });
  }

  #onCrisisSlotClick(event: Event): void {
    const link = event.composedPath().find((node) => node instanceof Element && node.matches('a[href], area[href]'));
    if (link) this.#cta('crisis');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { checklist, warnings } = readChecklist(
      {
        substance: textOf(this, 'substance'),
        thresholds: textOf(this, 'thresholds'),
        phone: textOf(this, 'phone'),
        contactUrl: textOf(this, 'contactUrl'),
        crisis: textOf(this, 'crisis'),
        items: this.items,
        results: this.results,
        authored: this.authored,
        base: this.ownerDocument.baseURI,
      },
      (key, vars) => this.t(key, vars),
    );
    this.warnAll(warnings);
    this.#checklist = checklist;
  }

  override render() {
    const { signs } = this.#checklist;
    const count = signs.filter((sign) => this.ticked.has(sign.id)).length;
    // Only when shown: the first count message creates Intl formatters, a cost the page's first render need not pay.
    const shown = count > 0 || this.said === 'result';
    const countText = shown ? this.t('signs.result.count', { ticked: count, count: signs.length }) : '';
    return html`<div class="base" part="base">
      <fieldset part="form" aria-describedby="hint">
        <legend class="question">${this.t('signs.question')}</legend>
        <p class="hint" id="hint">${this.t('signs.intro')}</p>
        <div class="groups" @change=${this.#onChange} @click=${contain} @input=${contain}>
          ${groupSigns(signs).map((group) => this.#renderGroup(group.group, group.items))}
        </div>
      </fieldset>
      <p class="print-only">${count ? countText : this.t('signs.printNone')}</p>
      <div class="result" part="result" role="status">${this.#renderResult(count, countText)}</div>
      <div class="actions" part="actions" role="group" aria-label=${this.t('signs.actions')}>
        <button type="button" class="clear" @click=${() => this.clear()}>${this.t('signs.clear')}</button>
        <button type="button" class="print" @click=${() => window.print()}>${this.t('signs.print')}</button>
      </div>
      <p class="disclaimer">${this.t('signs.disclaimer')}</p>
      ${this.#renderCta()} ${this.#renderCrisis()}
    </div>`;
  }

  #renderGroup(group: string | null, items: Sign[]) {
    const list = html`<ul>
      ${repeat(
        items,
        (item) => item.id,
        (item) => {
          const ticked = this.ticked.has(item.id);
          return html`<li>
            <label class="row ${ticked ? 'ticked' : ''}" part="item">
              <input type="checkbox" data-sign=${item.id} .checked=${live(ticked)} />
              <span>${item.text}</span>
            </label>
          </li>`;
        },
      )}
    </ul>`;
    if (group === null) return list;
    const hasTicked = items.some((item) => this.ticked.has(item.id));
    const note =
      group === 'body'
        ? html`<p class="note">
            ${this.t(this.#checklist.kind === 'ketamine' ? 'signs.note.supervisedKetamine' : 'signs.note.supervised')}
          </p>`
        : nothing;
    return html`<fieldset class="group ${hasTicked ? 'has-ticked' : ''}" part="group">
      <legend>${isGroupId(group) ? this.t(`signs.group.${group}`) : group}</legend>
      ${list} ${note}
    </fieldset>`;
  }

  #renderResult(count: number, countText: string) {
    if (this.said === 'nothing') return nothing;
    if (this.said === 'cleared') return html`<p>${this.t('signs.cleared')}</p>`;
    const band = bandFor(count, this.#checklist.thresholds);
    const message = this.#checklist.messages[band] ?? this.t(`signs.result.${band}`);
    return html`<p class="count">${countText}</p>
      <p class="message">${message}</p>`;
  }

  #renderCta() {
    const { phone, contactUrl } = this.#checklist;
    if (!phone && !contactUrl) return nothing;
    return html`<div class="cta" part="cta">
      <p class="cta-title">${this.t('signs.cta.title')}</p>
      ${phone?.number
        ? html`<a class="call" href="tel:${phone.number.e164}" @click=${() => this.#cta('call')}
            >${callIcon()}${this.t('signs.cta.call', { phone: phone.number.national })}</a
          >`
        : phone
          ? html`<p>${this.t('signs.cta.phoneText', { phone: phone.text })}</p>`
          : nothing}
      ${contactUrl
        ? html`<a class="contact" href=${contactUrl} @click=${() => this.#cta('contact')}>${this.t('signs.cta.contact')}</a>`
        : nothing}
    </div>`;
  }

  #renderCrisis() {
    if (this.#checklist.crisis === 'none') return nothing;
    return html`<div class="crisis" part="crisis">
      <slot name="crisis" @click=${this.#onCrisisSlotClick}>
        <p class="crisis-title">${this.t('signs.crisis.title')}</p>
        <ul>
          ${US_CRISIS_RESOURCES.map(
            (resource) =>
              html`<li>
                ${this.t(resource.key)}
                ${resource.links.map(
                  (link, i) => html`${i ? ` ${this.t('signs.crisis.or')} ` : ''}<a href=${link.href}>${this.t(link.key)}</a>`,
                )}
              </li>`,
          )}
        </ul>
      </slot>
    </div>`;
  }
}
