import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../internal/decorators.js';
import type { ContactAction } from '../events.js';
import { ClinicElement } from '../internal/clinic-element.js';
import {
  bookingIcon,
  callIcon,
  copyIcon,
  directionsIcon,
  emailIcon,
  vcardIcon,
  websiteIcon,
} from '../internal/icons.js';
import { createElement, getSelection, listen, visibilityState } from '../internal/dom.js';
import { creditAttributes } from '../internal/credit.js';
import { creditStyles, renderCredit } from '../internal/credit-footer.js';
import { JsonLdOutput } from '../internal/json-ld.js';
import { LightDomObserver } from '../internal/light-dom.js';
import { SourceController } from '../internal/load.js';
import { renderSourceStatus } from '../internal/source-status.js';
import { telUri } from '../internal/phone.js';
import { commonStrings, creditStrings, mergeStrings } from '../internal/strings.js';
import { readHeadingLevel, textOf } from '../internal/warn.js';
import {
  clinicFromAttributes,
  clinicJsonLd,
  countryName,
  readClinic,
  regionOfLanguage,
  type Clinic,
} from './clinic.js';
import { contactCardStyles } from './contact-card.styles.js';
import {
  hoursStatus,
  intervalsOn,
  localDay,
  nextBoundary,
  zonedTime,
  type HoursStatus,
  type LocalTime,
} from './hours.js';
import { dayHoursText, statusText, timeLocale, weekdayName, zoneName } from './hours-text.js';
import { contactStrings } from './strings.js';
import { buildVCard, vcardFileName } from './vcard.js';

/** The clinic's name as a heading of level 1-6: six plain templates, lighter than lit/static-html.js for one tag. */
const HEADINGS = [
  (name: string) => html`<h1 class="name" part="name">${name}</h1>`,
  (name: string) => html`<h2 class="name" part="name">${name}</h2>`,
  (name: string) => html`<h3 class="name" part="name">${name}</h3>`,
  (name: string) => html`<h4 class="name" part="name">${name}</h4>`,
  (name: string) => html`<h5 class="name" part="name">${name}</h5>`,
  (name: string) => html`<h6 class="name" part="name">${name}</h6>`,
];

/** Shortest and longest wait before the status is recomputed, in milliseconds. */
const MIN_REFRESH_MS = 1_000;
const MAX_REFRESH_MS = 60 * 60 * 1000;

/** Years 1 to 9999, in ms since the epoch: near the ends of the Date range, the days ahead cannot be formatted. */
const FIRST_INSTANT = -62_135_596_800_000;
const LAST_INSTANT = 253_402_300_799_999;

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
 * @csspart credit - The line crediting who publishes the card's data ("From …").
 *
 * @cssproperty [--clinic-on-accent=light-dark(#ffffff, #0b1f1b)] - Text on the accent colour (the call button).
 * @cssproperty [--clinic-surface=color-mix(in srgb, currentColor 4%, transparent)] - Card background.
 *
 * @event {CustomEvent<ContactActionDetail>} clinic-contact-action - A reader acted: `detail.action` is `call`, `directions`, `email`, `website`, `booking`, `vcard` or `copy-address`. Cancelable: cancelling stops the link, download or copy.
 */
export class ClinicContactCard extends ClinicElement {
  static override styles = [...ClinicElement.styles, contactCardStyles, creditStyles];
  static override strings = mergeStrings(commonStrings, creditStrings, contactStrings);

  /** @internal The clock (ms since the epoch) used when `now` is not set; tests replace it. */
  static clock: () => number = () => Date.now();
  /** @internal The reader's time zone; tests replace it. */
  static readerTimeZone: () => string = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** @internal The reader's country, from the browser's language when it names one; tests replace it. */
  static readerRegion: () => string | undefined = () => regionOfLanguage(globalThis.navigator?.language ?? '');

  /** The clinic's name. */
  @property() name?: string;
  /** Telephone number as people write it (`385-287-1469`, `+44 20 7946 0958`, `(555) 010-2030 ext 4`). */
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
  /** Opening hours as schema.org `openingHours` (`Mo-Fr 09:00-17:00; Sa 10:00-14:00`) or as written (`Mon-Fri 9am-5pm`). */
  @property() hours?: string;
  /** The clinic's IANA time zone, e.g. `America/Denver`: needed for the open/closed status. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** A map or directions page (http/https) to use instead of a Google Maps directions search. */
  @property({ attribute: 'map-url' }) mapUrl?: string;
  /** Who publishes the card's data, credited under it ("From …"), over the JSON-LD's `publisher` or `author`. */
  @property() publisher?: string;
  /** The publisher's website (http/https), linked from its name; over the JSON-LD's. */
  @property({ attribute: 'publisher-url' }) publisherUrl?: string;
  /** Hides the credit line ("From …"); the structured data keeps the credit. */
  @property({ type: Boolean, attribute: 'hide-credit' }) hideCredit = false;
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
  readonly #jsonLd = new JsonLdOutput(this);
  #clinic: Clinic = { address: {}, addressLines: [], hours: null };
  /** The last reading of the inputs, and what it was read from. */
  #read?: { key: unknown[]; reading: ReturnType<typeof readClinic> };
  /** Counts changes to the light DOM (inline JSON-LD, fallback markup). */
  #lightDom = 0;
  #headingLevel = 3;
  /** The locale of the times and days shown: the page's language, in the clinic's country when it names none. */
  #timeLang = 'en';
  /** The moment shown (ms since the epoch), the clinic's local time then, and its status: read in `willUpdate`. */
  #instant = 0;
  #local?: LocalTime;
  #status?: HoursStatus;
  /**
   * Rendered on a server: what the reader's clock and zone decide keeps its room (the zone note's line, every row's
   * "Today" badge, hidden but on today's), so that filling it in moves nothing.
   */
  #serverRendered = false;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  #messageTimer?: ReturnType<typeof setTimeout>;
  readonly #onVisibility = () => {
    if (visibilityState() === 'visible') this.requestUpdate();
  };

  constructor() {
    super();
    // Picks up content a CMS adds or edits after the upgrade.
    new LightDomObserver(this, ['href'], () => {
      this.#lightDom++;
      this.requestUpdate();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lightDom++; // It may have changed while the card was away.
    listen('visibilitychange', this.#onVisibility);
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    listen('visibilitychange', this.#onVisibility, false);
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#messageTimer);
    this.#jsonLd.remove();
  }

  /** The clinic as a vCard 4.0 (RFC 6350) text, as "Add to contacts" downloads it. */
  toVCard(): string {
    const clinic = this.#clinic;
    return buildVCard({
      name: clinic.name,
      tel: clinic.phone?.number ? telUri(clinic.phone.number) : undefined,
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
    // A server reads the attributes only: no light DOM, no `src`, no page URL, no reader (docs/ssr.md).
    const ssr = this.asOnServer;
    if (ssr) this.#serverRendered = true;
    else this.#source.load(this.src);
    const heading = readHeadingLevel(this.headingLevel, this.getAttribute('heading-level'));
    // Read again only when an input changed: not for the clock's refreshes, nor on each return to the tab.
    const attributes = clinicFromAttributes(this, (property) => textOf(this, property));
    const region = ssr ? undefined : ClinicContactCard.readerRegion();
    const lang = this.i18n.lang;
    const credit = creditAttributes(this);
    const base = ssr ? undefined : this.baseURI;
    const key = [
      JSON.stringify(attributes),
      JSON.stringify(credit),
      this.#source.state,
      this.#lightDom,
      lang,
      region,
      base,
      ssr,
    ];
    if (key.some((value, i) => value !== this.#read?.key[i])) {
      const reading = readClinic({
        attributes,
        source: this.#source.state,
        host: ssr ? undefined : this,
        base,
        // An address leaves out its own country, as post does; this also spares most pages the engine's region names.
        countryName: (code) => (code === region ? '' : countryName(lang, code)),
        credit,
      });
      this.#read = { key, reading };
    }
    const { clinic, warnings } = this.#read!.reading;
    // The browser's pass over a server render reads less; its next pass warns about the whole.
    if (isServer || !ssr) this.warnAll(heading.warning ? [heading.warning, ...warnings] : warnings);
    this.#headingLevel = heading.level;
    this.#clinic = clinic;
    this.#timeLang = timeLocale(lang, clinic.country);
    this.#instant = this.#readNow();
    const zone = clinic.timeZone;
    this.#local = zone ? zonedTime(this.#instant, zone) : undefined;
    this.#status = clinic.hours && this.#local ? hoursStatus(clinic.hours, this.#local) : undefined;
  }

  /** The `now` property when it is a usable Date, else the clock. */
  #readNow(): number {
    if (this.now != null) {
      const time = this.now instanceof Date ? this.now.getTime() : NaN;
      if (time >= FIRST_INSTANT && time <= LAST_INSTANT) return time;
      this.warn('now', 'must be a valid Date (years 1 to 9999); the real time is used.');
    }
    return ClinicContactCard.clock();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData && this.#hasData()) this.#jsonLd.write(clinicJsonLd(this.#clinic));
    else this.#jsonLd.remove();
    this.#scheduleRefresh();
  }

  #hasData(): boolean {
    const c = this.#clinic;
    return Boolean(c.name || c.phone || c.addressLines.length || c.email || c.url || c.hours);
  }

  /** Recomputes the status when it next changes (or at the clinic's midnight), while `now` is unset. */
  #scheduleRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
    const status = this.#status;
    const local = this.#local;
    if (!status || !local || this.now != null || !this.isConnected) return;
    const wait = nextBoundary(status, local, this.#clinic.timeZone!) - ClinicContactCard.clock();
    this.#refreshTimer = setTimeout(
      () => this.requestUpdate(),
      Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, wait)),
    );
  }

  #onLink(action: ContactAction) {
    return (event: MouseEvent) => {
      if (!this.emit('clinic-contact-action', { action })) event.preventDefault();
    };
  }

  #showMessage(text: string): void {
    this.message = text;
    clearTimeout(this.#messageTimer);
    this.#messageTimer = setTimeout(() => (this.message = ''), 10_000);
  }

  #onVCard(): void {
    if (!this.emit('clinic-contact-action', { action: 'vcard' })) return;
    const blob = new Blob([this.toVCard()], { type: 'text/vcard;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const link = createElement('a');
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
    if (!this.emit('clinic-contact-action', { action: 'copy-address' })) return;
    const text = [this.#clinic.name, ...this.#clinic.addressLines].filter(Boolean).join('\n');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      this.#showMessage(this.t('contact.copied'));
    } catch {
      // No clipboard (insecure page, denied permission): select the address for the reader to copy.
      const address = this.renderRoot.querySelector('address');
      const selection = getSelection();
      // setBaseAndExtent rather than addRange: WebKit ignores ranges added inside a shadow root.
      if (address && selection) selection.setBaseAndExtent(address, 0, address, address.childNodes.length);
      this.#showMessage(this.t('contact.copyManually'));
    }
  }

  // --- Rendering ------------------------------------------------------------------------------

  #renderHours(): TemplateResult | typeof nothing {
    const clinic = this.#clinic;
    const lang = this.#timeLang;
    const t = this.t.bind(this);
    if (!clinic.hours) {
      return clinic.hoursText
        ? html`<div class="hours" part="hours"><p>${this.t('contact.hoursAsWritten', { hours: clinic.hoursText })}</p></div>`
        : nothing;
    }
    const { hours, timeZone: zone } = clinic;
    // What depends on the reader's clock and zone is left to the browser, in space the server reserves (docs/ssr.md).
    const ssr = this.asOnServer;
    const local = ssr ? undefined : this.#local;
    const status = this.#status;
    const readerZone = ClinicContactCard.readerTimeZone();
    const otherZone = !ssr && zone !== undefined && readerZone !== zone;
    const reserve = this.#serverRendered;
    const zoneLine = otherZone || (reserve && zone !== undefined);
    // Each weekday's row shows its next date (today included), so special hours appear when they apply.
    const today = local ?? zonedTime(this.#instant, readerZone);
    const rows = [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
      const offset = (weekday - today.weekday + 7) % 7;
      const day = localDay(today.year, today.month, today.day, offset);
      return { weekday, isToday: local !== undefined && offset === 0, ranges: intervalsOn(hours, day.date, weekday) };
    });
    return html`<div class="hours" part="hours">
      ${
        status
          ? html`<p class="status ${ssr ? '' : status.open ? 'open' : 'closed'}" part="status">
            <span class="dot" aria-hidden="true"></span><span>${ssr ? '\u00a0' : statusText(lang, t, status)}</span>
          </p>`
          : nothing
      }
      ${
        zoneLine
          ? html`<p class="zone">
            ${otherZone ? this.t('contact.timesIn', { zone: zoneName(lang, zone, this.#instant) }) : '\u00a0'}
          </p>`
          : nothing
      }
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
              // Server-rendered: no bold for today, which could widen a column; the badge says it.
              html`<tr class=${row.isToday && !reserve ? 'today' : ''} aria-current=${row.isToday ? 'date' : nothing}>
                <th scope="row">
                  <span class="day">${weekdayName(lang, row.weekday)}</span><span class="day-short" aria-hidden="true"
                    >${weekdayName(lang, row.weekday, 'short')}</span
                  >${
                    row.isToday || reserve
                      ? html` <span class="badge ${row.isToday ? '' : 'reserve'}">${this.t('contact.today')}</span>`
                      : nothing
                  }
                </th>
                <td>
                  ${dayHoursText(lang, t, row.ranges).map(
                    // Each range stays whole where it fits, its comma with it; several ranges wrap between them.
                    (text, i, all) => html`<span class="range">${text}${i < all.length - 1 ? ',' : nothing}</span> `,
                  )}
                </td>
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
        ${
          number
            ? html`<li>
              <a class="button primary" part="call" href=${telUri(number)} @click=${this.#onLink('call')}
                >${callIcon()}<span>${this.t('contact.call', { number: number.national })}</span></a
              >
            </li>`
            : nothing
        }
        ${
          clinic.directionsUrl
            ? html`<li>
              <a class="button directions" href=${clinic.directionsUrl} target="_blank" rel="noopener" @click=${this.#onLink('directions')}
                >${directionsIcon()}<span>${this.t('contact.directions')}${newTab}</span></a
              >
            </li>`
            : nothing
        }
        ${
          clinic.bookingUrl
            ? html`<li>
              <a class="button" href=${clinic.bookingUrl} @click=${this.#onLink('booking')}
                >${bookingIcon()}<span>${this.t('contact.booking')}</span></a
              >
            </li>`
            : nothing
        }
        ${
          clinic.email
            ? html`<li>
              <a class="button" href="mailto:${clinic.email}" @click=${this.#onLink('email')}
                >${emailIcon()}<span>${this.t('contact.email', { email: clinic.email })}</span></a
              >
            </li>`
            : nothing
        }
        ${
          clinic.url
            ? html`<li>
              <a class="button" href=${clinic.url} @click=${this.#onLink('website')}
                >${websiteIcon()}<span>${this.t('contact.website')}</span></a
              >
            </li>`
            : nothing
        }
      </ul>
    `;
  }

  override render() {
    const clinic = this.#clinic;
    const heading = HEADINGS[this.#headingLevel - 1]!;
    const state = this.#source.state;
    const hours = this.#renderHours();
    return html`<div class="base" part="base" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      ${
        this.#hasData()
          ? html`<div class="card ${hours === nothing ? '' : 'has-hours'}">
            <div class="contact">
              ${clinic.name ? heading(clinic.name) : nothing}
              ${
                clinic.addressLines.length
                  ? html`<address part="address">
                    ${clinic.addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}
                  </address>`
                  : nothing
              }
              ${this.#renderActions()}
              <div class="tools" part="tools">
                <button class="button" type="button" @click=${this.#onVCard}>
                  ${vcardIcon()}<span>${this.t('contact.addToContacts')}</span>
                </button>
                ${
                  clinic.addressLines.length
                    ? html`<button class="button" type="button" @click=${this.#onCopy}>
                      ${copyIcon()}<span>${this.t('contact.copyAddress')}</span>
                    </button>`
                    : nothing
                }
              </div>
              <p class="message" role="status">${this.message}</p>
            </div>
            ${hours}
          </div>
          ${this.hideCredit || !clinic.credit ? nothing : renderCredit(clinic.credit, this.i18n.lang, this.t.bind(this))}`
          : html`<slot></slot>`
      }
      ${renderSourceStatus(state, state.status === 'failed', this.t.bind(this))}
    </div>`;
  }
}
