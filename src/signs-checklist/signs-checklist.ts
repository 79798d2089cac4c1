import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CtaAction } from '../events.js';
import { ClinicElement, serverSlot } from '../internal/clinic-element.js';
import { callIcon } from '../internal/icons.js';
import { LightDomObserver } from '../internal/light-dom.js';
import { markNotRecorded } from '../internal/privacy.js';
import { telUri } from '../internal/phone.js';
import { textOf } from '../internal/warn.js';
import { commonStrings, mergeStrings } from '../internal/strings.js';
import { groupSigns, isGroupId, type Sign } from './signs.js';
import { itemsFromLightDom, type SignInput } from './items.js';
import { bandFor, type ResultMessages } from './result.js';
import { CRISIS_POINTER_LINKS, US_CRISIS_RESOURCES, type CrisisLink } from './cta.js';
import { readChecklist, type Checklist } from './read.js';
import { signsStrings } from './strings.js';
import { signsChecklistStyles } from './signs-checklist.styles.js';

/**
 * `click` and `input` from a checkbox are composed: left alone they would reach the page, where
 * analytics scripts that record clicks could learn that a sign was checked. They stop here
 * (`change` stops in onChange). Listeners capturing on window or document still see them.
 */
const contain = (event: Event) => event.stopPropagation();

/**
 * A private self-check of the common signs of addiction. The reader checks the signs they
 * recognise, in themselves or someone close, and sees a calm, non-diagnostic summary with ways to
 * get help; the way to crisis help comes first, before the first sign. Answers never leave the page:
 * no network, no storage, no URL changes, no event carries them, page scripts cannot read them (closed
 * shadow root), and they are forgotten when the page is left.
 *
 * Authored light DOM is the no-JavaScript version: a `<ul>` of signs (after upgrade each `<li>`'s
 * text becomes a checkbox, `data-group` on an `<li>` or its list names its group, `lang` its language;
 * a list marked `data-fallback` leaves the built-in list in charge) and crisis numbers in an element
 * with `slot="crisis"`.
 *
 * @tagname clinic-signs-checklist
 * @summary Private, accessible self-check of the signs of addiction, with a calm result and ways to get help.
 *
 * @slot crisis - Replaces the built-in US crisis resources (911, 988, SAMHSA's helpline) with your own, e.g. for a non-US site; shown under the crisis box's heading.
 *
 * @csspart base - The outermost wrapper.
 * @csspart crisis-pointer - The line before the first sign: call or text 988, or jump to the crisis box.
 * @csspart form - The fieldset holding the question and the checkboxes.
 * @csspart group - Each group's fieldset (loss of control, life impact, risky use, body).
 * @csspart item - Each checkbox row (a label holding the checkbox and its text).
 * @csspart result - The result: the count (a status region) and the band's message (a live region of its own), empty until the reader checks or clears.
 * @csspart actions - The row holding the Clear and Print buttons.
 * @csspart cta - The call-to-action row (phone link, contact link).
 * @csspart crisis - The crisis box: a named region with a heading, 911, 988 (call, text, chat), relay for deaf readers, SAMHSA's helpline.
 *
 * @cssproperty [--clinic-on-accent=light-dark(#ffffff, #0b1f1b)] - Text on the accent colour (the call button).
 * @cssproperty [--clinic-surface=color-mix(in srgb, currentColor 4%, transparent)] - Row and result background, and buttons under the pointer.
 *
 * @event {CustomEvent<CtaClickDetail>} clinic-cta-click - A call to action was used: `detail.action` is `call`, `contact` or `crisis`, never anything about the answers.
 */
export class ClinicSignsChecklist extends ClinicElement {
  /**
   * Closed: page scripts (tag managers, analytics, anything reading `shadowRoot` or an event's `composedPath()`) cannot
   * see which signs are checked. Parts and custom properties still style it.
   */
  static override shadowRootOptions: ShadowRootInit = { ...ClinicElement.shadowRootOptions, mode: 'closed' };
  static override styles = [...ClinicElement.styles, signsChecklistStyles];
  static override strings = mergeStrings(commonStrings, signsStrings);

  /** What the signs are about, used in their wording: empty for "alcohol or drugs"; `ketamine` also switches to ketamine's own list. Any other text is used as written. */
  @property() substance = '';

  /** Three ascending positive whole numbers, e.g. `2,4,6`: the counts at which the result message changes. */
  @property() thresholds = '';

  /** The clinic's phone number, shown as a click-to-call link, e.g. `385-287-1469` or `(555) 010-2030 ext 4`. */
  @property() phone = '';

  /** A link to the clinic's contact page or section (http or https, relative allowed). */
  @property({ attribute: 'contact-url' }) contactUrl = '';

  /** `none` hides the crisis resources; empty or `us` shows the US ones (or your `slot="crisis"` content). */
  @property() crisis = '';

  /** Your own signs: strings or `{ id?, text, group? }` objects. Takes precedence over authored `<li>`s and the built-in list. */
  @property({ attribute: false }) items?: SignInput[];

  /** Your own result wording, plain text per band: `{ none?, few?, some?, several?, many? }`. */
  @property({ attribute: false }) results?: ResultMessages;

  /** Level of the crisis box's heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Ids of the checked signs. Kept in memory only, never stored or sent, and forgotten when the page is left. */
  @state() private ticked: ReadonlySet<string> = new Set();
  /** What the result region says: nothing before the first interaction, the result, or "cleared". */
  @state() private said: 'nothing' | 'result' | 'cleared' = 'nothing';
  @state() private authored: SignInput[] = [];
  @state() private crisisSlot = false;
  /** What `willUpdate` read from the inputs; all `render()` uses besides the reader's own state. */
  #checklist!: Checklist;

  /**
   * Leaving the page forgets the answers, before the browser keeps the page for the Back button (and again if it
   * brings the page back), so the next person at a shared computer never sees them.
   */
  readonly #forget = () => {
    this.ticked = new Set();
    this.said = 'nothing';
    for (const box of this.renderRoot?.querySelectorAll<HTMLInputElement>('input:checked') ?? []) box.checked = false;
  };
  readonly #onPageShow = (event: PageTransitionEvent) => event.persisted && this.#forget();

  constructor() {
    super();
    // Picks up content a CMS adds or edits after the upgrade.
    new LightDomObserver(this, ['data-group', 'data-fallback', 'id', 'lang', 'slot'], () => this.#readLightDom());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    markNotRecorded(this);
    this.#readLightDom();
    addEventListener('pagehide', this.#forget);
    addEventListener('pageshow', this.#onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#forget);
    removeEventListener('pageshow', this.#onPageShow);
  }

  /** Unchecks every sign, says so in the result region and puts focus on the first sign. */
  async clear(): Promise<void> {
    this.ticked = new Set();
    this.said = 'cleared';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }

  #readLightDom(): void {
    this.authored = itemsFromLightDom(this);
    this.crisisSlot = Array.from(this.children).some((child) => child.getAttribute('slot') === 'crisis');
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

  #onCrisisClick(event: Event): void {
    const link = event.composedPath().find((node) => node instanceof Element && node.matches('a[href], area[href]'));
    if (link) this.#cta('crisis');
  }

  /** The pointer's "More help below": focus moves to the crisis box (the URL is left alone). */
  #toCrisis(event: Event): void {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLElement>('.crisis');
    const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
    box?.scrollIntoView({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
    box?.focus({ preventScroll: true });
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
        // Only the scheme is checked against it: on a server, any http(s) base keeps a relative link as written.
        base: isServer ? 'https://server.invalid/' : this.baseURI,
        headingLevel: this.headingLevel,
        headingLevelAttribute: this.getAttribute('heading-level'),
        lang: this.i18n.lang,
        crisisSlot: this.crisisSlot,
      },
      (key, vars) => this.t(key, vars),
    );
    this.warnAll(warnings);
    this.#checklist = checklist;
  }

  /** Checkbox state from `ticked`: a property, not the `checked` attribute (a server would write `checked="false"`). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-sign]')) {
      box.checked = this.ticked.has(box.dataset.sign!);
    }
  }

  override render() {
    // The server cannot see authored `<li>`s: it renders the signs only when `items` names them (docs/ssr.md).
    if (this.asOnServer && this.items == null) return serverSlot;
    const { signs, crisis } = this.#checklist;
    const counted = signs.filter((sign) => sign.counts !== false);
    const count = counted.filter((sign) => this.ticked.has(sign.id)).length;
    // Only when shown: the first count message creates Intl formatters, a cost the page's first render need not pay.
    const shown = count > 0 || this.said === 'result';
    const countText = shown ? this.t('signs.result.count', { ticked: count, count: counted.length }) : '';
    return html`<div class="base" part="base">
      ${crisis === 'none' ? nothing : this.#renderPointer()}
      <fieldset part="form" aria-describedby="intro">
        <legend class="question">${this.t('signs.question')}</legend>
        <p class="intro" id="intro">${this.t('signs.intro')}</p>
        <div class="groups" @change=${this.#onChange} @click=${contain} @input=${contain}>
          ${groupSigns(signs).map((group) => this.#renderGroup(group.group, group.items))}
        </div>
      </fieldset>
      <p class="print-only">${count ? countText : this.t('signs.printNone')}</p>
      ${this.#renderResult(signs, count, countText)}
      <div class="actions" part="actions" role="group" aria-label=${this.t('signs.actions')}>
        <button type="button" class="button clear" @click=${() => this.clear()}>${this.t('signs.clear')}</button>
        <button type="button" class="button print" @click=${() => window.print()}>${this.t('signs.print')}</button>
      </div>
      <p class="disclaimer">${this.t('signs.disclaimer')}</p>
      ${this.#renderCta()} ${crisis === 'none' ? nothing : this.#renderCrisis()}
    </div>`;
  }

  /** Before the first sign: call or text 988 at once, or jump to the crisis box. */
  #renderPointer() {
    const own = this.crisisSlot;
    return html`<p class="pointer" part="crisis-pointer" @click=${this.#onCrisisClick}>
      <span class="pointer-text">${this.t(own ? 'signs.crisis.pointerCustom' : 'signs.crisis.pointer')}</span>
      ${
        own
          ? nothing
          : CRISIS_POINTER_LINKS.map(
              (link, i) => html`${i ? html` ${this.t('signs.crisis.or')} ` : nothing}${this.#crisisLink(link)}`,
            )
      }
      <a class="jump" href="#crisis" @click=${this.#toCrisis}>${this.t('signs.crisis.pointerMore')}</a>
    </p>`;
  }

  #crisisLink(link: CrisisLink, className = '') {
    const href = link.hrefEs && this.i18n.lang.toLowerCase().startsWith('es') ? link.hrefEs : link.href;
    return html`<a class=${className || nothing} href=${href}>${this.t(link.key)}</a>`;
  }

  /**
   * One group's signs. A note follows the signs it is about (the supervised-medicine note after tolerance and
   * withdrawal), so the list is cut there; those signs are described by it, and a sign's own hint describes it.
   */
  #renderGroup(group: string | null, items: Sign[]) {
    const runs: Array<{ items: Sign[]; notes?: readonly string[] }> = [];
    let run: Sign[] = [];
    for (const item of items) {
      run.push(item);
      if (item.notesAfter) {
        runs.push({ items: run, notes: item.notesAfter });
        run = [];
      }
    }
    if (run.length) runs.push({ items: run });
    const content = runs.map(({ items, notes }) => {
      const noteId = notes ? `note-${items.at(-1)!.id}` : '';
      return html`<ul>
          ${repeat(
            items,
            (item) => item.id,
            (item) => this.#renderSign(item, noteId),
          )}
        </ul>
        ${notes?.map((note, i) => html`<p class="note" id=${i ? nothing : noteId}>${note}</p>`) ?? nothing}`;
    });
    if (group === null) return content;
    const hasTicked = items.some((item) => this.ticked.has(item.id));
    return html`<fieldset class="group ${hasTicked ? 'has-ticked' : ''}" part="group">
      <legend>${isGroupId(group) ? this.t(`signs.group.${group}`) : group}</legend>
      ${content}
    </fieldset>`;
  }

  #renderSign(item: Sign, noteId: string) {
    const ticked = this.ticked.has(item.id);
    const hintId = item.hint ? `hint-${item.id}` : '';
    const describedBy = [noteId, hintId].filter(Boolean).join(' ');
    return html`<li lang=${item.lang ?? nothing}>
      <label class="row ${ticked ? 'ticked' : ''}" part="item">
        <input
          type="checkbox"
          autocomplete="off"
          data-sign=${item.id}
          aria-describedby=${describedBy || nothing}
          ?checked=${ticked}
        />
        <span>${item.text}</span>
      </label>
      ${item.hint ? html`<p class="sign-hint" id=${hintId}>${item.hint}</p>` : nothing}
    </li>`;
  }

  /**
   * The result: the count in a status region, said on every change; the band's message in a region of its own whose
   * text changes only with the band, so it is said only then, never again on each box.
   */
  #renderResult(signs: Sign[], count: number, countText: string) {
    const said = this.said;
    const physical = signs.some((sign) => sign.counts === false && this.ticked.has(sign.id));
    let message = '';
    if (said === 'result') {
      const band = bandFor(count, this.#checklist.thresholds);
      // With only the uncounted bladder sign checked, "you have not checked any signs" would be wrong.
      if (count || !physical) message = this.#checklist.messages[band] ?? this.t(`signs.result.${band}`);
    }
    return html`<div class="result ${said === 'nothing' ? 'empty' : ''}" part="result">
      <p class="count" role="status">${said === 'cleared' ? this.t('signs.cleared') : said === 'result' ? countText : ''}</p>
      <div class="message" aria-live="polite">
        ${message ? html`<p>${message}</p>` : nothing}
        ${said === 'result' && physical ? html`<p>${this.t('signs.result.bladder')}</p>` : nothing}
      </div>
    </div>`;
  }

  #renderCta() {
    const { phone, contactUrl } = this.#checklist;
    if (!phone && !contactUrl) return nothing;
    return html`<div class="cta" part="cta">
      <p class="cta-title">${this.t('signs.cta.title')}</p>
      ${
        phone?.number
          ? html`<a class="button primary call" href=${telUri(phone.number)} @click=${() => this.#cta('call')}
            >${callIcon()}${this.t('signs.cta.call', { phone: phone.number.national })}</a
          >`
          : phone
            ? html`<p>${this.t('signs.cta.phoneText', { phone: phone.text })}</p>`
            : nothing
      }
      ${
        contactUrl
          ? html`<a class="button contact" href=${contactUrl} @click=${() => this.#cta('contact')}>${this.t('signs.cta.contact')}</a>`
          : nothing
      }
    </div>`;
  }

  /** The crisis box: a named region with a real heading, most urgent help first; an author's own in `slot="crisis"`. */
  #renderCrisis() {
    return html`<section class="crisis" part="crisis" id="crisis" tabindex="-1" aria-labelledby="crisis-title">
      <div class="crisis-title" id="crisis-title" role="heading" aria-level=${this.#checklist.headingLevel}>
        ${this.t('signs.crisis.title')}
      </div>
      <slot name="crisis" @click=${this.#onCrisisClick}>
        <ul class="resources">
          ${US_CRISIS_RESOURCES.map(
            (resource) =>
              html`<li>
                <p>${this.t(resource.key)}</p>
                <p class="links">${resource.links.map((link) => this.#crisisLink(link, 'button'))}</p>
              </li>`,
          )}
        </ul>
      </slot>
    </section>`;
  }
}
