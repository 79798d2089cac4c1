import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { ClinicElement } from '../internal/clinic-element.js';
import { LightDomObserver } from '../internal/light-dom.js';
import { textOf } from '../internal/warn.js';
import { commonStrings, mergeStrings } from '../internal/strings.js';
import { builtInSigns, cleanSubstance, groupSigns, isGroupId, MAX_SUBSTANCE_LENGTH, substanceKind, type Sign } from './signs.js';
import { itemsFromLightDom, normalizeItems, type ItemInput } from './items.js';
import { bandFor, normalizeResults, parseThresholds, type ResultMessages } from './result.js';
import { parseClinicPhone, parseCrisis, safeContactUrl, US_CRISIS_RESOURCES, type CtaAction } from './cta.js';
import { signsStrings } from './strings.js';
import { signsChecklistStyles } from './signs-checklist.styles.js';

/**
 * `click` and `input` from a checkbox are composed: left alone they would reach the page, where
 * analytics scripts that record clicks could read which sign was ticked. They stop here
 * (`change` stops in onChange). Listeners capturing on window or document still see them.
 */
const contain = (event: Event) => event.stopPropagation();

const phoneIcon = svg`<path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/>`;

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
 * @cssproperty [--clinic-accent=light-dark(#0f6b5c, #5fd4be)] - Checkbox, headings, buttons and links colour.
 * @cssproperty [--clinic-on-accent=light-dark(#ffffff, #0b1f1b)] - Text on the accent colour (the call button).
 * @cssproperty --clinic-text - Text colour (default: inherited).
 * @cssproperty [--clinic-text-muted=color-mix(in srgb, currentColor 76%, transparent)] - Hints, notes and the disclaimer.
 * @cssproperty [--clinic-surface=color-mix(in srgb, currentColor 4%, transparent)] - Row and result background.
 * @cssproperty [--clinic-border=color-mix(in srgb, currentColor 24%, transparent)] - Row, button and crisis box borders.
 * @cssproperty [--clinic-radius=0.5em] - Corner radius.
 * @cssproperty [--clinic-focus-ring=3px solid var(--clinic-accent)] - Focus outline.
 * @cssproperty --clinic-font - Font family (default: inherited).
 *
 * @event {CustomEvent<{ readonly action: 'call' | 'contact' | 'crisis' }>} clinic-cta-click - A call to action was used. `detail: { action: 'call' | 'contact' | 'crisis' }`, never anything about the answers. Bubbles and is composed.
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
  @property({ attribute: false }) items?: ItemInput[];

  /** Your own result wording, plain text per band: `{ none?, few?, some?, several?, many? }`. */
  @property({ attribute: false }) results?: ResultMessages;

  /** Ids of the ticked signs. Kept in memory only, never stored or sent. */
  @state() private ticked: ReadonlySet<string> = new Set();
  /** What the result region says: nothing before the first interaction, the result, or "cleared". */
  @state() private said: 'nothing' | 'result' | 'cleared' = 'nothing';
  @state() private authored: ItemInput[] = [];

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

  #substancePhrase(substance: string): string {
    const kind = substanceKind(substance);
    if (kind === 'default') return this.t('signs.substance.default');
    if (kind === 'ketamine') return this.t('signs.substance.ketamine');
    if ([...substance.trim()].length > MAX_SUBSTANCE_LENGTH) {
      this.warn('substance', `longer than ${MAX_SUBSTANCE_LENGTH} characters; shortened.`);
    }
    return cleanSubstance(substance);
  }

  /** The signs to show: the `items` property, else authored `<li>`s, else the built-in list. */
  #signs(): Sign[] {
    for (const [input, subject] of [
      [this.items, 'items'],
      [this.authored, '<li>'],
    ] as const) {
      const { items, warnings } = normalizeItems(input);
      warnings.forEach((warning) => this.warn(subject, warning));
      if (items.length) return items;
    }
    const substance = textOf(this, 'substance') ?? '';
    const phrase = this.#substancePhrase(substance);
    return builtInSigns(substanceKind(substance)).map(({ id, group, key }) => ({
      id,
      group,
      text: this.t(key, { substance: phrase }),
    }));
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
    this.dispatchEvent(
      new CustomEvent('clinic-cta-click', { bubbles: true, composed: true, detail: Object.freeze({ action }) }),
    );
  }

  #onCrisisSlotClick(event: Event): void {
    const link = event.composedPath().find((node) => node instanceof Element && node.matches('a[href], area[href]'));
    if (link) this.#cta('crisis');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('thresholds')) {
      const { warning } = parseThresholds(textOf(this, 'thresholds'));
      if (warning) this.warn('thresholds', warning);
    }
    if (changed.has('crisis')) {
      const { warning } = parseCrisis(textOf(this, 'crisis'));
      if (warning) this.warn('crisis', warning);
    }
    if (changed.has('results')) {
      normalizeResults(this.results).warnings.forEach((warning) => this.warn('results', warning));
    }
  }

  override render() {
    const signs = this.#signs();
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
            ${this.t(substanceKind(textOf(this, 'substance')) === 'ketamine' ? 'signs.note.supervisedKetamine' : 'signs.note.supervised')}
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
    const band = bandFor(count, parseThresholds(textOf(this, 'thresholds')).thresholds);
    const message = normalizeResults(this.results).messages[band] ?? this.t(`signs.result.${band}`);
    return html`<p class="count">${countText}</p>
      <p class="message">${message}</p>`;
  }

  #renderCta() {
    const phone = parseClinicPhone(textOf(this, 'phone'));
    if (phone.warning) this.warn('phone', phone.warning);
    const contact = safeContactUrl(textOf(this, 'contactUrl'), this.ownerDocument.baseURI);
    if (contact.warning) this.warn('contact-url', contact.warning);
    if (!phone.phone && !phone.text && !contact.url) return nothing;
    return html`<div class="cta" part="cta">
      <p class="cta-title">${this.t('signs.cta.title')}</p>
      ${phone.phone
        ? html`<a class="call" href="tel:${phone.phone.e164}" @click=${() => this.#cta('call')}
            ><svg viewBox="0 0 24 24" aria-hidden="true">${phoneIcon}</svg>${this.t('signs.cta.call', {
              phone: phone.phone.national,
            })}</a
          >`
        : phone.text
          ? html`<p>${this.t('signs.cta.phoneText', { phone: phone.text })}</p>`
          : nothing}
      ${contact.url
        ? html`<a class="contact" href=${contact.url} @click=${() => this.#cta('contact')}>${this.t('signs.cta.contact')}</a>`
        : nothing}
    </div>`;
  }

  #renderCrisis() {
    if (parseCrisis(textOf(this, 'crisis')).mode === 'none') return nothing;
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
