import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../internal/decorators.js';
import { ClinicElement, serverSlot } from '../internal/clinic-element.js';
import { byId, createElement, createFragment } from '../internal/dom.js';
import { chevronPath } from '../internal/icons.js';
import { creditAttributes, type Credit } from '../internal/credit.js';
import { creditStyles, renderCredit } from '../internal/credit-footer.js';
import { JsonLdOutput } from '../internal/json-ld.js';
import { fallbackNodes, LightDomObserver } from '../internal/light-dom.js';
import { SourceController, type SourceState } from '../internal/load.js';
import { renderSourceStatus } from '../internal/source-status.js';
import { commonStrings, creditStrings, mergeStrings } from '../internal/strings.js';
import { readHeadingLevel } from '../internal/warn.js';
import {
  assignIds,
  matches,
  matchesInAnswer,
  questionParts,
  queryWords,
  readFaq,
  toJsonLd,
  type FaqItem,
  type FaqItemInput,
} from './faq-items.js';
import { faqStyles } from './faq.styles.js';
import { faqStrings } from './strings.js';

/** Ids claimed by FAQ items on the page, so that two FAQs never share one. */
const claimed = new Map<string, ClinicFaq>();

/**
 * How long the search waits after the last keystroke before its live region says the result: long enough that a
 * screen reader does not speak a count for every letter of a word being typed, short enough to follow a pause.
 */
const ANNOUNCE_DELAY_MS = 500;

/** Engines that can search collapsed answers with find-in-page (`hidden="until-found"`). */
const untilFound = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/**
 * An accessible FAQ accordion (the WAI-ARIA APG accordion pattern) from authored `<details>`,
 * an inline schema.org FAQPage, a FAQPage JSON-LD URL, or the `items` property.
 *
 * @tagname clinic-faq
 * @summary Questions and answers that open one by one, can be searched and deep-linked.
 *
 * @slot - `<details><summary>Question</summary>answer…</details>` children (readable without
 *   JavaScript), or one `<script type="application/ld+json">` holding a schema.org FAQPage. Other markup (a partner's
 *   link to the clinic's FAQ) stays shown while a `src` loads, when it fails, and whenever there are no questions.
 *
 * @csspart base - The outer wrapper.
 * @csspart tools - The row holding the search box and the expand/collapse buttons.
 * @csspart search-input - The search box.
 * @csspart control - The "Expand all" and "Collapse all" buttons.
 * @csspart message - The loading, error and no-match messages.
 * @csspart item - One question and its answer.
 * @csspart heading - The heading around a question's button.
 * @csspart question - A question's button.
 * @csspart match-note - "Found in the answer", under a question that matches the search only in its answer.
 * @csspart icon - The chevron in a question's button.
 * @csspart answer - An answer's panel.
 * @csspart credit - The footer crediting the publisher ("From …") and the medical review ("Medically reviewed …").
 *
 *
 * @event {CustomEvent<FaqToggleDetail>} clinic-faq-toggle - An answer opened or closed, for any reason: `detail` is `{ id, question, open }`.
 */
export class ClinicFaq extends ClinicElement {
  /** Manual slot assignment: the author's fallback is shown without the `<details>` that become questions. */
  static override shadowRootOptions: ShadowRootInit = { ...ClinicElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [...ClinicElement.styles, faqStyles, creditStyles];
  static override strings = mergeStrings(commonStrings, creditStrings, faqStrings);

  /** URL of a schema.org FAQPage JSON-LD document to show instead of the authored content. */
  @property() src?: string;

  /** Opening one answer closes the others. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Shows a search box that filters the questions and answers. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows "Expand all" and "Collapse all" buttons ("Expand all" only without `single`). */
  @property({ type: Boolean, reflect: true }) controls = false;

  /** Level of the question headings, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Adds a schema.org FAQPage JSON-LD script of the current items to the document's head. */
  @property({ type: Boolean, attribute: 'structured-data', reflect: true }) structuredData = false;

  /** The publisher the footer credits ("From …"), over the FAQPage's `publisher` or `author`. */
  @property() publisher?: string;

  /** The publisher's website (http/https), linked from its name; over the FAQPage's. */
  @property({ attribute: 'publisher-url' }) publisherUrl?: string;

  /** The day of the last medical review, `YYYY-MM-DD` ("Medically reviewed …"), over the FAQPage's `lastReviewed`. */
  @property() reviewed?: string;

  /** Who did the medical review, over the FAQPage's `reviewedBy`. */
  @property({ attribute: 'reviewed-by' }) reviewedBy?: string;

  /** Hides the credit footer ("From …", "Medically reviewed …"); the structured data keeps the credit. */
  @property({ type: Boolean, attribute: 'hide-credit', reflect: true }) hideCredit = false;

  /**
   * Items for developers: `{ id?, question, answer }[]`, where `answer` is HTML that is sanitised
   * like any untrusted HTML. Takes precedence over `src` and the authored content; `null` returns to them.
   */
  @property({ attribute: false }) items?: FaqItemInput[] | null;

  @state() private query = '';
  /** The query whose result the live region says: the query once typing has paused (see `ANNOUNCE_DELAY_MS`). */
  @state() private announced = '';

  readonly #source = new SourceController(this);
  readonly #output = new JsonLdOutput(this);
  #list: FaqItem[] = [];
  #credit: Credit = {};
  #openIds = new Set<string>();
  #seenState?: SourceState;
  #dirty = true;
  #listChanged = false;
  #hashPending = true;
  #focusId?: string;
  /** Questions shown with marked matches, while searching. */
  readonly #highlights = new Map<FaqItem, { key: string; content: DocumentFragment }>();
  #srcFailed = false;
  /** Whether the author's fallback markup shows: no questions yet, or a `src` that is loading or failed. */
  #fallback = false;
  #headingLevel = 3;
  #announceTimer?: ReturnType<typeof setTimeout>;

  readonly #onHashChange = () => {
    this.#hashPending = true;
    this.requestUpdate();
  };

  /** The current questions, in order (read-only copies). */
  get questions(): ReadonlyArray<{ id: string; question: string; open: boolean }> {
    return this.#list.map(({ id, question }) => ({ id, question, open: this.#openIds.has(id) }));
  }

  constructor() {
    super();
    // Picks up content a CMS adds or edits after the upgrade.
    new LightDomObserver(this, ['id', 'open', 'type'], () => {
      this.#dirty = true;
      this.requestUpdate();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#dirty = true;
    this.#hashPending = true;
    this.requestUpdate();
    addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    this.#release();
    this.#output.remove();
  }

  /** Opens every answer (not under `single`). */
  expandAll(): void {
    if (this.single) {
      this.warn('expandAll', 'ignored: with `single`, only one answer can be open');
      return;
    }
    this.#list.forEach((item) => this.#setOpen(item, true));
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.#list.forEach((item) => this.#setOpen(item, false));
  }

  /** Opens, closes (`open`) or flips the answer with this id; returns whether it is now open. */
  toggle(id: string, open?: boolean): boolean {
    const item = this.#list.find((candidate) => candidate.id === id);
    if (item) this.#setOpen(item, open ?? !this.#openIds.has(id));
    return this.#openIds.has(id);
  }

  #setOpen(item: FaqItem, open: boolean): void {
    if (this.#openIds.has(item.id) === open) return;
    if (open && this.single) this.#list.forEach((other) => other !== item && this.#setOpen(other, false));
    if (open) this.#openIds.add(item.id);
    else this.#openIds.delete(item.id);
    this.requestUpdate();
    this.emit('clinic-faq-toggle', { id: item.id, question: item.question, open });
  }

  #release(): void {
    for (const item of this.#list) if (claimed.get(item.id) === this) claimed.delete(item.id);
  }

  /** Reads the sources (see `readFaq`) into the list, each item with an id unique in the page. */
  #rebuild(source: SourceState): void {
    const { drafts, warnings, failed, credit } = readFaq({
      items: this.items,
      source,
      host: this,
      credit: creditAttributes(this),
    });
    this.warnAll(warnings);
    this.#credit = credit;
    this.#srcFailed = failed;
    this.#release();
    const before = new Set(this.#list.map((item) => item.id));
    this.#list = assignIds(drafts, (id) => {
      const owner = claimed.get(id);
      const element = owner ? null : byId(id);
      return (!!owner && owner !== this) || (!!element && !this.contains(element));
    });
    const open = new Set<string>();
    for (const item of this.#list) {
      claimed.set(item.id, this);
      if (before.has(item.id) ? this.#openIds.has(item.id) : item.open) {
        if (!this.single || open.size === 0) open.add(item.id);
      }
    }
    this.#openIds = open;
    this.#listChanged = true;
  }

  /** Opens the item the URL hash names, if any; its question gets focus after rendering. */
  #applyHash(): void {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = location.hash.slice(1);
    }
    const item = id ? this.#list.find((candidate) => candidate.id === id) : undefined;
    if (item || this.#source.state.status !== 'loading') this.#hashPending = false;
    if (!item) return;
    if (this.query && !matches(item, queryWords(this.query))) this.query = '';
    this.#setOpen(item, true);
    this.#focusId = item.id;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server sees neither the authored `<details>` nor a sanitiser for `items`: it renders a slot (docs/ssr.md).
    if (this.asOnServer) return;
    const heading = readHeadingLevel(this.headingLevel, this.getAttribute('heading-level'));
    if (heading.warning) this.warnAll([heading.warning]);
    this.#headingLevel = heading.level;
    this.#source.load(this.src);
    const state = this.#source.state;
    const credit = (['publisher', 'publisherUrl', 'reviewed', 'reviewedBy'] as const).some((key) => changed.has(key));
    if (this.#dirty || credit || changed.has('items') || state !== this.#seenState) {
      this.#dirty = false;
      this.#seenState = state;
      this.#rebuild(state);
    }
    if (changed.has('single') && this.single && this.#openIds.size > 1) {
      const [first] = this.#openIds;
      this.#list.forEach((item) => item.id !== first && this.#setOpen(item, false));
    }
    if (this.#hashPending) this.#applyHash();
    const pending = state.status === 'loading' || this.#srcFailed;
    this.#fallback = !this.#list.length || (pending && !Array.isArray(this.items));
  }

  override firstUpdated(): void {
    // Answers open from the start (authored `open`, a deep link) appear at once; later ones animate.
    requestAnimationFrame(() => this.renderRoot.querySelector('.items')?.classList.add('ready'));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.renderRoot.querySelector('slot')?.assign(...fallbackNodes(this, this.#list.length > 0));
    if (this.#listChanged || changed.has('structuredData')) {
      this.#listChanged = false;
      this.#output.write(this.structuredData && this.#list.length ? toJsonLd(this.#list, this.#credit) : null);
    }
    if (this.#focusId) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#focusId)}`);
      this.#focusId = undefined;
      const calm = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'start', behavior: calm ? 'auto' : 'smooth' });
      target?.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true });
    }
  }

  /** The item of the question or answer an event came from: their ids are `_q` or `_a` and the item's index. */
  #itemAt(event: Event, selector: string): FaqItem | undefined {
    const element = (event.target as Element).closest(selector);
    return element ? this.#list[Number(element.id.slice(2))] : undefined;
  }

  #onClick(event: Event): void {
    const item = this.#itemAt(event, '.question');
    if (item) this.#setOpen(item, !this.#openIds.has(item.id));
  }

  #onKeyDown(event: KeyboardEvent): void {
    const current = (event.target as Element).closest('.question');
    if (!current || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .question'));
    const index = buttons.indexOf(current as HTMLElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key]!;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]?.focus();
  }

  /** Filters at once; the live region says the result only once typing pauses. */
  #onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.announced = this.query;
    }, ANNOUNCE_DELAY_MS);
  }

  /** What the live region says: nothing while typing; then the count, or the no-match help. */
  #announcement(words: readonly string[], shown: number): string {
    if (!words.length || this.announced !== this.query) return '';
    return shown
      ? this.t('faq.results', { shown, count: this.#list.length })
      : this.t('faq.noResults', { query: this.query.trim() });
  }

  #onBeforeMatch(event: Event): void {
    const item = this.#itemAt(event, '.answer');
    if (item) this.#setOpen(item, true);
  }

  /**
   * A question's content under the current search: the plain question, or the question with its matches in
   * `<mark>`. The marked content of each item is kept while it stays the same, so that Lit leaves it alone.
   */
  #questionContent(item: FaqItem, words: readonly string[], visible: boolean): string | DocumentFragment {
    const kept = this.#highlights.get(item);
    // Hidden questions keep what they show: no one reads them until a later query shows them again.
    if (!visible) return kept?.content ?? item.question;
    const parts = questionParts(item, words);
    if (!parts.some(([, hit]) => hit)) {
      this.#highlights.delete(item);
      return item.question;
    }
    const key = parts.map(([text, hit]) => (hit ? -text.length : text.length)).join();
    if (kept?.key === key) return kept.content;
    const content = createFragment();
    for (const [text, hit] of parts) {
      if (!hit) content.append(text);
      else content.appendChild(createElement('mark')).textContent = text;
    }
    this.#highlights.set(item, { key, content });
    return content;
  }

  override render() {
    if (this.asOnServer) return serverSlot;
    const level = this.#headingLevel;
    const words = queryWords(this.query);
    if (!words.length || this.#listChanged) this.#highlights.clear();
    const regions = this.#list.length <= 6;
    let shown = 0;
    const items = this.#list.map((item, i) => {
      const visible = !words.length || matches(item, words);
      if (visible) shown++;
      const open = this.#openIds.has(item.id);
      const question = words.length ? this.#questionContent(item, words, visible) : item.question;
      // Said in the button's name too, so a screen reader hears why a question with no marked word is listed.
      const inAnswer = visible && words.length > 0 && matchesInAnswer(item, words);
      const hidden = open ? nothing : untilFound ? 'until-found' : '';
      // Whole-value bindings: an attribute interpolated into text keeps an array of its values per item.
      const questionId = `_q${i}`;
      const answerId = `_a${i}`;
      return html`<div class="item" part="item" id=${item.id} ?hidden=${!visible}>
        <div class="heading" part="heading" role="heading" aria-level=${level}>
          <button class="question" part="question" id=${questionId} aria-expanded=${open} aria-controls=${answerId}>
            <span class="label"
              ><span class="text">${question}</span>${
                inAnswer
                  ? html`<span class="where" part="match-note"
                    ><span class="visually-hidden">, </span>${this.t('faq.inAnswer')}</span
                  >`
                  : nothing
              }</span
            >
            <svg class="chevron" part="icon" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor"
              stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${chevronPath()}</svg>
          </button>
        </div>
        <div
          class="answer"
          part="answer"
          id=${answerId}
          role=${regions ? 'region' : nothing}
          aria-labelledby=${regions ? questionId : nothing}
          hidden=${hidden}
        >${item.answer}</div>
      </div>`;
    });
    return html`<div class="base" part="base">
      ${
        this.searchable || this.controls
          ? html`<div class="tools" part="tools">
            ${
              this.searchable
                ? html`<div class="search">
                  <label for="_search">${this.t('faq.search')}</label>
                  <input id="_search" part="search-input" type="search" autocomplete="off" .value=${this.query}
                    @input=${this.#onSearch} />
                </div>`
                : nothing
            }
            ${
              this.controls
                ? html`${
                    this.single
                      ? nothing
                      : html`<button class="button control" part="control" @click=${this.expandAll}>${this.t('faq.expandAll')}</button>`
                  }
                  <button class="button control" part="control" @click=${this.collapseAll}>${this.t('faq.collapseAll')}</button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${
        this.searchable
          ? html`<p class="visually-hidden" role="status">${this.#announcement(words, shown)}</p>`
          : nothing
      }
      ${renderSourceStatus(this.#source.state, this.#srcFailed, this.t.bind(this))}
      ${this.#fallback ? html`<slot></slot>` : nothing}
      <div class="items" @click=${this.#onClick} @keydown=${this.#onKeyDown} @beforematch=${this.#onBeforeMatch}>${items}</div>
      ${
        words.length && !shown
          ? html`<p class="message" part="message">${this.t('faq.noResults', { query: this.query.trim() })}</p>`
          : nothing
      }
      ${this.hideCredit || !this.#list.length ? nothing : renderCredit(this.#credit, this.i18n.lang, this.t.bind(this))}
    </div>`;
  }
}
