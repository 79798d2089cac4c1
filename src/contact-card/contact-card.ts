import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../internal/decorators.js';
import { ClinicElement } from '../internal/clinic-element.js';
import { inlineJsonLdScripts, JsonLdOutput, parseJson } from '../internal/json-ld.js';
import { LightDomObserver } from '../internal/light-dom.js';
import { textOf } from '../internal/warn.js';
import { SourceController } from '../internal/load.js';
import { commonStrings, mergeStrings } from '../internal/strings.js';
import {
  clinicFromAttributes,
  clinicFromFallback,
  clinicFromJsonLd,
  clinicJsonLd,
  normaliseClinic,
  regionOfLanguage,
  type Clinic,
  type ClinicSource,
} from './clinic.js';
import { contactCardStyles } from './contact-card.styles.js';
import {
  dateFormat,
  DAY_MINUTES,
  hoursStatus,
  intervalsOn,
  localDay,
  nextBoundary,
  zonedTime,
  type HoursStatus,
  type Interval,
  type LocalTime,
  type Moment,
} from './hours.js';
import { contactStrings } from './strings.js';
import { buildVCard, vcardFileName } from './vcard.js';

/** What a reader did with the card; the `action` of a `clinic-contact-action` event. */
export type ContactAction = 'call' | 'directions' | 'email' | 'website' | 'booking' | 'vcard' | 'copy-address';

/** The clinic's name as a heading of level 1-6: six plain templates, lighter than lit/static-html.js for one tag. */
const HEADINGS = [
  (name: string) => html`<h1 class="name" part="name">${name}</h1>`,
  (name: string) => html`<h2 class="name" part="name">${name}</h2>`,
  (name: string) => html`<h3 class="name" part="name">${name}</h3>`,
  (name: string) => html`<h4 class="name" part="name">${name}</h4>`,
  (name: string) => html`<h5 class="name" part="name">${name}</h5>`,
  (name: string) => html`<h6 class="name" part="name">${name}</h6>`,
];

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/**
 * A country code's name in `lang`, from a cached `Intl.DisplayNames` created when a code first needs a name (one
 * costs milliseconds to create, and the card reads its clinic on every update); the code where the engine has none.
 */
function countryName(lang: string, code: string): string {
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      // No DisplayNames for this language: the code is shown.
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang)?.of(code) ?? code;
}

/** Shortest and longest wait before the status is recomputed, in milliseconds. */
const MIN_REFRESH_MS = 1_000;
const MAX_REFRESH_MS = 60 * 60 * 1000;

const icon = (paths: TemplateResult) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;
const ICONS = {
  call: icon(
    svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z"/>`,
  ),
  directions: icon(svg`<path d="M12 22s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z"/><circle cx="12" cy="10" r="2.5"/>`),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`),
  website: icon(
    svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  ),
  booking: icon(svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`),
  vcard: icon(svg`<circle cx="9" cy="8" r="4"/><path d="M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6"/>`),
  copy: icon(svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>`),
};

/**
 * The clinic's contact card: name, address with directions, click-to-call, e-mail, website and
 * booking links, opening hours with an open/closed status computed in the clinic's time zone,
 * "Add to contacts" (vCard) and "Copy address".
 *
 * Data comes from attributes, an inline `<script type="application/ld+json">` child holding a
 * schema.org `MedicalClinic` (or any `LocalBusiness`), a `src` URL of such a document, and the
 * fallback markup inside the element (a heading, an `<address>`, a `tel:` link). Each field is
 * taken from the first of these that has it, in that order.
 *
 * @tagname clinic-contact-card
 * @summary Call, find and visit the clinic: contact details, directions and opening hours.
 *
 * @slot - Fallback markup shown before and without JavaScript (name, `<address>`, phone link); read for missing data, replaced on upgrade. May hold a JSON-LD `<script>`.
 *
 * @csspart base - The card's outer box.
 * @csspart name - The clinic's name (a heading).
 * @csspart address - The `<address>`.
 * @csspart actions - The list of links (call, directions, e-mail, website, booking).
 * @csspart call - The click-to-call link.
 * @csspart hours - The opening-hours column (status and table).
 * @csspart status - The open/closed status line.
 * @csspart table - The opening-hours table.
 * @csspart tools - The "Add to contacts" and "Copy address" buttons.
 *
 * @cssproperty [--clinic-accent=light-dark(#0f6b5c, #5fd4be)] - Accent colour (call button, links, focus ring).
 * @cssproperty [--clinic-on-accent=light-dark(#ffffff, #0b1f1b)] - Text on the accent colour.
 * @cssproperty [--clinic-text-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text.
 * @cssproperty [--clinic-surface=color-mix(in srgb, currentColor 4%, transparent)] - Card background.
 * @cssproperty [--clinic-border=color-mix(in srgb, currentColor 24%, transparent)] - Borders.
 * @cssproperty [--clinic-radius=0.5em] - Corner radius.
 * @cssproperty [--clinic-focus-ring=3px solid var(--clinic-accent)] - Focus outline.
 * @cssproperty [--clinic-danger=light-dark(#b42318, #ff9c8f)] - The load-error message.
 * @cssproperty --clinic-font - Font (default: inherited from the page).
 * @cssproperty --clinic-text - Text colour (default: inherited from the page).
 *
 * @event {CustomEvent<{ action: ContactAction }>} clinic-contact-action - A reader acted: `detail.action` is `call`, `directions`, `email`, `website`, `booking`, `vcard` or `copy-address`. Bubbles, composed; cancelable (cancelling stops the link or action).
 */
export class ClinicContactCard extends ClinicElement {
  static override styles = [...ClinicElement.styles, contactCardStyles];
  static override strings = mergeStrings(commonStrings, contactStrings);

  /** @internal The clock (ms since the epoch) used when `now` is not set; tests replace it. */
  static clock: () => number = () => Date.now();
  /** @internal The reader's time zone; tests replace it. */
  static readerTimeZone: () => string = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** @internal The reader's country, from the browser's language when it names one; tests replace it. */
  static readerRegion: () => string | undefined = () => regionOfLanguage(navigator.language);

  /** The clinic's name. */
  @property() name?: string;
  /** Telephone number as people write it (`385-287-1469`, `+44 20 7946 0958`). */
  @property() phone?: string;
  /** E-mail address. */
  @property() email?: string;
  /** The clinic's website (http/https). */
  @property() url?: string;
  /** Where to book an appointment (http/https). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Street address, e.g. `7050 S Highland Drive Suite 120`. */
  @property({ attribute: 'street-address' }) streetAddress?: string;
  /** City or town. */
  @property() locality?: string;
  /** State or region, e.g. `UT`. */
  @property() region?: string;
  /** Postal code. */
  @property({ attribute: 'postal-code' }) postalCode?: string;
  /** Country: a name, or an ISO code (`US`) shown in the reader's language and left out for readers in that country. */
  @property() country?: string;
  /** Opening hours in schema.org `openingHours` syntax, e.g. `Mo-Fr 09:00-17:00; Sa 10:00-14:00`. */
  @property() hours?: string;
  /** The clinic's IANA time zone, e.g. `America/Denver`: needed for the open/closed status. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** A map or directions page (http/https) to use instead of a Google Maps directions search. */
  @property({ attribute: 'map-url' }) mapUrl?: string;
  /** URL of a schema.org JSON-LD document describing the clinic. */
  @property() src?: string;
  /** Puts one schema.org `MedicalClinic` JSON-LD script into the document's head, kept in sync. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Level (1–6) of the heading holding the clinic's name; anything else warns and uses 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The time to show the status for; the real time when unset. */
  @property({ attribute: false }) now?: Date;

  @state() private message = '';

  readonly #source = new SourceController(this);
  readonly #jsonLd = new JsonLdOutput('clinic-contact-card');
  #clinic: Clinic = { address: {}, addressLines: [], hours: null };
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #messageTimer?: ReturnType<typeof setTimeout>;
  readonly #onVisibility = () => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  constructor() {
    super();
    // Picks up content a CMS adds or edits after the upgrade.
    new LightDomObserver(this, ['href'], () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#messageTimer);
    this.#jsonLd.remove();
  }

  /** The clinic as a vCard 4.0 (RFC 6350) text, as "Add to contacts" downloads it. */
  toVCard(): string {
    const clinic = this.#clinic;
    return buildVCard({
      name: clinic.name,
      tel: clinic.phone?.number?.e164,
      email: clinic.email,
      url: clinic.url,
      address: Object.keys(clinic.address).length
        ? clinic.address
        : clinic.addressLines.length
          ? { streetAddress: clinic.addressLines.join(', ') }
          : undefined,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#source.load(this.src);
    this.#clinic = this.#readClinic();
  }

  #readClinic(): Clinic {
    const sources: ClinicSource[] = [clinicFromAttributes(this, (property) => textOf(this, property))];
    const state = this.#source.state;
    if (state.status === 'failed') {
      this.warn('src', `could not load "${state.src}": ${state.message}. Showing what the page has.`);
    } else if (state.status === 'loaded') {
      const fromSrc = clinicFromJsonLd(state.data);
      if (fromSrc) sources.push(fromSrc);
      else this.warn('src', `"${state.src}" holds no schema.org MedicalClinic or LocalBusiness.`);
    }
    for (const script of inlineJsonLdScripts(this)) {
      const parsed = parseJson(script.textContent ?? '');
      if (!parsed.ok) {
        this.warn('json-ld', `the inline JSON-LD is not valid JSON (${parsed.error}); ignored.`);
        continue;
      }
      const fromScript = clinicFromJsonLd(parsed.value);
      if (fromScript) sources.push(fromScript);
      else this.warn('json-ld', 'the inline JSON-LD holds no schema.org MedicalClinic or LocalBusiness; ignored.');
    }
    sources.push(clinicFromFallback(this));
    const { clinic, warnings } = normaliseClinic(sources, {
      base: document.baseURI,
      // An address leaves out its own country, as post does; this also spares most pages the engine's region names.
      countryName: (code) => (code === ClinicContactCard.readerRegion() ? '' : countryName(this.i18n.lang, code)),
    });
    for (const { subject, message } of warnings) this.warn(subject, message);
    return clinic;
  }

  #instant(): number {
    if (this.now != null) {
      const time = this.now instanceof Date ? this.now.getTime() : NaN;
      // Years 1 to 9999: near the ends of the Date range, the days ahead cannot be formatted.
      if (time >= -62_135_596_800_000 && time <= 253_402_300_799_999) return time;
      this.warn('now', 'must be a valid Date (years 1 to 9999); the real time is used.');
    }
    return ClinicContactCard.clock();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData && this.#hasData()) this.#jsonLd.write(clinicJsonLd(this.#clinic));
    else this.#jsonLd.remove();
  }

  #hasData(): boolean {
    const c = this.#clinic;
    return Boolean(c.name || c.phone || c.addressLines.length || c.email || c.url || c.hours);
  }

  /** Recomputes the status when it next changes (or at the clinic's midnight), while `now` is unset. */
  #scheduleRefresh(status: HoursStatus | undefined, local: LocalTime | undefined): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    if (!status || !local || this.now != null || !this.isConnected) return;
    const wait = nextBoundary(status, local, this.#clinic.timeZone!) - ClinicContactCard.clock();
    this.#refreshTimer = setTimeout(
      () => this.requestUpdate(),
      Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, wait)),
    );
  }

  #emit(action: ContactAction): boolean {
    return this.dispatchEvent(
      new CustomEvent('clinic-contact-action', { detail: { action }, bubbles: true, composed: true, cancelable: true }),
    );
  }

  #onLink(action: ContactAction) {
    return (event: MouseEvent) => {
      if (!this.#emit(action)) event.preventDefault();
    };
  }

  #showMessage(text: string): void {
    this.message = text;
    clearTimeout(this.#messageTimer);
    this.#messageTimer = setTimeout(() => (this.message = ''), 10_000);
  }

  #onVCard(): void {
    if (!this.#emit('vcard')) return;
    const blob = new Blob([this.toVCard()], { type: 'text/vcard;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = vcardFileName(this.#clinic.name);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Downloads start at the click; the URL is released once the browser has had time to read it.
    setTimeout(() => URL.revokeObjectURL(href), 1_000);
  }

  async #onCopy(): Promise<void> {
    if (!this.#emit('copy-address')) return;
    const text = [this.#clinic.name, ...this.#clinic.addressLines].filter(Boolean).join('\n');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      this.#showMessage(this.t('contact.copied'));
    } catch {
      // No clipboard (insecure page, denied permission): select the address for the reader to copy.
      const address = this.renderRoot.querySelector('address');
      const selection = document.getSelection();
      // setBaseAndExtent rather than addRange: WebKit ignores ranges added inside a shadow root.
      if (address && selection) selection.setBaseAndExtent(address, 0, address, address.childNodes.length);
      this.#showMessage(this.t('contact.copyManually'));
    }
  }

  // --- Formatting -----------------------------------------------------------------------------

  #formatTime(minute: number): string {
    return this.#timeParts(minute).map((part) => part.value).join('');
  }

  #timeParts(minute: number): Intl.DateTimeFormatPart[] {
    const m = minute % DAY_MINUTES;
    return dateFormat(this.i18n.lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatToParts(
      Date.UTC(2024, 0, 1, 0, m),
    );
  }

  #weekdayName(weekday: number): string {
    // 2024-01-01 was a Monday.
    return dateFormat(this.i18n.lang, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1 + weekday),
    );
  }

  #formatMoment(moment: Moment): string {
    if (moment.minute === DAY_MINUTES && moment.dayOffset === 0) return this.t('contact.midnight');
    let { day, dayOffset, minute } = moment;
    if (minute === DAY_MINUTES) {
      dayOffset += 1;
      minute = 0;
      day = localDay(day.year, day.month, day.day, 1);
    }
    const parts = this.#timeParts(minute);
    const time = parts.map((part) => part.value).join('');
    // The hour as shown picks the grammar where a language needs it (Spanish: "a la 1:00", "a las 9:00").
    const count = Number(parts.find((part) => part.type === 'hour')?.value);
    if (dayOffset === 0) return this.t('contact.atTime', { time, count });
    if (dayOffset === 1) return this.t('contact.tomorrowAt', { time, count });
    const dayText =
      dayOffset < 7
        ? this.#weekdayName(day.weekday)
        : dateFormat(this.i18n.lang, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
            Date.UTC(day.year, day.month - 1, day.day),
          );
    return this.t('contact.dayAtTime', { day: dayText, time, count });
  }

  #statusText(status: HoursStatus): string {
    if (status.open) {
      return status.always ? this.t('contact.open24') : this.t('contact.openCloses', { when: this.#formatMoment(status.closes) });
    }
    return status.opens ? this.t('contact.closedOpens', { when: this.#formatMoment(status.opens) }) : this.t('contact.closedNow');
  }

  #zoneName(timeZone: string): string {
    for (const style of ['longGeneric', 'long'] as const) {
      try {
        const part = dateFormat(this.i18n.lang, { timeZone, timeZoneName: style })
          .formatToParts(this.#instant())
          .find((p) => p.type === 'timeZoneName');
        if (part) return part.value;
      } catch {
        // 'longGeneric' is newer than some engines: try the next style.
      }
    }
    return timeZone;
  }

  #rangeText(ranges: Interval[]): TemplateResult | string {
    if (ranges.length === 0) return this.t('contact.closed');
    if (ranges.length === 1 && ranges[0]!.open === 0 && ranges[0]!.close >= DAY_MINUTES) return this.t('contact.allDay');
    // Each range stays on one line; several ranges may wrap between them.
    return html`${ranges.map(
      (r, i) =>
        html`${i ? ', ' : nothing}<span class="range"
            >${this.t('contact.range', { from: this.#formatTime(r.open), to: this.#formatTime(r.close) })}</span
          >`,
    )}`;
  }

  // --- Rendering ------------------------------------------------------------------------------

  #renderHours(local: LocalTime | undefined, status: HoursStatus | undefined): TemplateResult | typeof nothing {
    const clinic = this.#clinic;
    if (!clinic.hours) {
      return clinic.hoursText
        ? html`<div class="hours" part="hours"><p>${this.t('contact.hoursAsWritten', { hours: clinic.hoursText })}</p></div>`
        : nothing;
    }
    const zone = clinic.timeZone;
    const readerZone = ClinicContactCard.readerTimeZone();
    const otherZone = zone !== undefined && readerZone !== zone;
    const zoneLabel = otherZone ? this.#zoneName(zone) : '';
    // Each weekday's row shows its next date (today included), so special hours appear when they apply.
    const today = local ?? zonedTime(this.#instant(), readerZone);
    const rows = [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
      const offset = (weekday - today.weekday + 7) % 7;
      const day = localDay(today.year, today.month, today.day, offset);
      return { weekday, isToday: local !== undefined && offset === 0, ranges: intervalsOn(clinic.hours!, day.date, weekday) };
    });
    return html`<div class="hours" part="hours">
      ${status
        ? html`<p class="status ${status.open ? 'open' : 'closed'}" part="status">
            <span class="dot" aria-hidden="true"></span><span>${this.#statusText(status)}</span>
          </p>`
        : nothing}
      ${otherZone ? html`<p class="zone">${this.t('contact.timesIn', { zone: zoneLabel })}</p>` : nothing}
      <table part="table">
        <caption>
          ${this.t('contact.hours')}
        </caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">${this.t('contact.day')}</th>
            <th scope="col">${this.t('contact.time')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr class=${row.isToday ? 'today' : ''} aria-current=${row.isToday ? 'date' : nothing}>
                <th scope="row">
                  ${this.#weekdayName(row.weekday)}${row.isToday ? html` <span class="badge">${this.t('contact.today')}</span>` : nothing}
                </th>
                <td>${this.#rangeText(row.ranges)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderActions(): TemplateResult {
    const clinic = this.#clinic;
    const number = clinic.phone?.number;
    const newTab = html`<span class="visually-hidden"> ${this.t('contact.newTab')}</span>`;
    return html`
      ${clinic.phone && !number ? html`<p class="phone-text">${clinic.phone.text}</p>` : nothing}
      <ul class="actions" part="actions" role="list">
        ${number
          ? html`<li>
              <a class="button primary" part="call" href="tel:${number.e164}" @click=${this.#onLink('call')}
                >${ICONS.call}<span>${this.t('contact.call', { number: number.national })}</span></a
              >
            </li>`
          : nothing}
        ${clinic.directionsUrl
          ? html`<li>
              <a class="button directions" href=${clinic.directionsUrl} target="_blank" rel="noopener" @click=${this.#onLink('directions')}
                >${ICONS.directions}<span>${this.t('contact.directions')}${newTab}</span></a
              >
            </li>`
          : nothing}
        ${clinic.bookingUrl
          ? html`<li>
              <a class="button" href=${clinic.bookingUrl} @click=${this.#onLink('booking')}
                >${ICONS.booking}<span>${this.t('contact.booking')}</span></a
              >
            </li>`
          : nothing}
        ${clinic.email
          ? html`<li>
              <a class="button" href="mailto:${clinic.email}" @click=${this.#onLink('email')}
                >${ICONS.email}<span>${this.t('contact.email', { email: clinic.email })}</span></a
              >
            </li>`
          : nothing}
        ${clinic.url
          ? html`<li>
              <a class="button" href=${clinic.url} @click=${this.#onLink('website')}
                >${ICONS.website}<span>${this.t('contact.website')}</span></a
              >
            </li>`
          : nothing}
      </ul>
    `;
  }

  override render() {
    const clinic = this.#clinic;
    const zone = clinic.timeZone;
    const local = zone ? zonedTime(this.#instant(), zone) : undefined;
    const status = clinic.hours && local ? hoursStatus(clinic.hours, local) : undefined;
    this.#scheduleRefresh(status, local);
    const heading = HEADINGS[this.validHeadingLevel(this.headingLevel) - 1]!;
    const failed = this.#source.state.status === 'failed';
    const hours = this.#renderHours(local, status);
    return html`<div class="base" part="base" aria-busy=${this.#source.state.status === 'loading' ? 'true' : 'false'}>
      ${this.#hasData()
        ? html`<div class="card ${hours === nothing ? '' : 'has-hours'}">
            <div class="contact">
              ${clinic.name ? heading(clinic.name) : nothing}
              ${clinic.addressLines.length
                ? html`<address part="address">
                    ${clinic.addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}
                  </address>`
                : nothing}
              ${this.#renderActions()}
              <div class="tools" part="tools">
                <button class="button" type="button" @click=${this.#onVCard}>
                  ${ICONS.vcard}<span>${this.t('contact.addToContacts')}</span>
                </button>
                ${clinic.addressLines.length
                  ? html`<button class="button" type="button" @click=${this.#onCopy}>
                      ${ICONS.copy}<span>${this.t('contact.copyAddress')}</span>
                    </button>`
                  : nothing}
              </div>
              <p class="message" role="status">${this.message}</p>
            </div>
            ${hours}
          </div>`
        : html`<slot></slot>`}
      ${failed ? html`<p class="error" role="status">${this.t('common.loadError')}</p>` : nothing}
    </div>`;
  }
}
