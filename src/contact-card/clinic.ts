/**
 * The card's reader `readClinic`: the clinic the card shows, read from attributes, schema.org JSON-LD (inline or
 * `src`) or the authored fallback markup, and normalized into one validated `Clinic`. Plain functions: no rendering,
 * problems come back as warnings.
 */
import { creditJsonLd, readCredit, withAttributes, type Credit, type CreditAttributes } from '../internal/credit.js';
import {
  findNode,
  isObject,
  jsonLdNodes,
  listValue,
  readInlineJsonLd,
  textValue,
  typesOf,
  type JsonObject,
} from '../internal/json-ld.js';
import { sourceWarning, type SourceState } from '../internal/load.js';
import { readPhone, type PhoneReading } from '../internal/phone.js';
import { collapseSpace } from '../internal/text.js';
import { safeHttpUrl } from '../internal/url.js';
import { attempt, preview, type Warning } from '../internal/warn.js';
import { DAY_MINUTES, hoursWarning, parseHours, type Hours, type HoursRule, isValidTimeZone } from './hours.js';
import { directionsUrl, emailAddress } from './links.js';

export interface PostalAddress {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

/** What one source says about the clinic, as text (nothing validated yet). */
export interface ClinicSource {
  name?: string;
  telephone?: string;
  email?: string;
  url?: string;
  bookingUrl?: string;
  mapUrl?: string;
  address?: PostalAddress;
  /** A free-text address (an authored `<address>` or a JSON-LD address given as text). */
  addressText?: string;
  /** schema.org `openingHours` (text or list of text). */
  openingHours?: unknown;
  /** schema.org `openingHoursSpecification`. */
  openingHoursSpecification?: unknown;
  timeZone?: string;
  /** Who publishes the card's data (`publisher` or `author` of its page), and what was wrong with it. */
  credit?: { credit: Credit; warnings: string[] };
}

/** The validated clinic the card renders. */
export interface Clinic {
  name?: string;
  /** The phone as written, and its parse (null when it cannot be dialled). */
  phone?: PhoneReading;
  email?: string;
  url?: string;
  bookingUrl?: string;
  /** Where "Directions" goes: `map-url`, else a directions search for the address. */
  directionsUrl?: string;
  /** The structured address (empty when only free text is known). */
  address: PostalAddress;
  /** Address lines as shown. */
  addressLines: string[];
  hours: Hours | null;
  /** The hours as written, shown as text when they cannot be parsed. */
  hoursText?: string;
  /** A valid IANA time zone, or undefined. */
  timeZone?: string;
  /**
   * The clinic's country (ISO 3166 code) when known: the address's country, else the region its phone number is
   * dialled in. The card writes times as the page's language is written there (`es` and US: `es-US`, 12-hour).
   */
  country?: string;
  /** The publisher (or author) the card credits. */
  credit?: Pick<Credit, 'publisher' | 'author'>;
}

/** schema.org types the card accepts as "the clinic". */
export const CLINIC_TYPES = [
  'MedicalClinic',
  'MedicalBusiness',
  'MedicalOrganization',
  'LocalBusiness',
  'Hospital',
  'Physician',
  'Psychiatric',
  'Organization',
  'Place',
];

/** Most characters of opening hours shown as written (when they cannot be read). */
const MAX_HOURS_SHOWN = 500;

const ADDRESS_KEYS = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] as const;

function postalAddress(value: unknown): { address?: PostalAddress; text?: string } {
  const node = listValue(value)[0];
  if (typeof node === 'string') return { text: textValue(node) };
  if (!isObject(node)) return {};
  const address: PostalAddress = {};
  for (const key of ADDRESS_KEYS) {
    const raw = node[key];
    const text = isObject(raw) && !('@value' in raw) ? textValue(raw.name) : textValue(raw);
    if (text) address[key] = text;
  }
  return Object.keys(address).length ? { address } : {};
}

function reserveUrl(node: JsonObject): string | undefined {
  for (const action of listValue(node.potentialAction)) {
    if (!isObject(action) || !typesOf(action).some((t) => t === 'ReserveAction' || t === 'ScheduleAction')) continue;
    for (const target of listValue(action.target)) {
      const url = isObject(target) ? (textValue(target.urlTemplate) ?? textValue(target.url)) : textValue(target);
      if (url) return url;
    }
  }
  return undefined;
}

/** Pages that can hold the credit of a clinic's data (schema.org has no `publisher` on an Organization). */
const PAGE_TYPES = ['WebPage', 'ContactPage', 'ProfilePage', 'AboutPage', 'ItemPage', 'MedicalWebPage'];

/**
 * The clinic in a JSON-LD value (a MedicalClinic or any LocalBusiness, also inside `@graph`), or null. Its credit is
 * the `publisher` or `author` of the page about it: its `subjectOf`, else a WebPage in the same document. Relative
 * URLs resolve against `base`.
 */
export function clinicFromJsonLd(value: unknown, base?: string): ClinicSource | null {
  const node = findNode(value, CLINIC_TYPES) ?? jsonLdNodes(value).find((n) => 'address' in n || 'telephone' in n);
  if (!node) return null;
  const { address, text } = postalAddress(node.address);
  // A link that is no http(s) URL even there is kept as written, for the warning.
  const link = (url: string | undefined) => (url && base ? (safeHttpUrl(url, base) ?? url) : url);
  const source: ClinicSource = {
    name: textValue(node.name),
    telephone: textValue(node.telephone),
    email: textValue(node.email),
    url: link(textValue(node.url)),
    bookingUrl: link(reserveUrl(node)),
    mapUrl: link(textValue(isObject(node.hasMap) ? (node.hasMap['@id'] ?? node.hasMap.url) : node.hasMap)),
    address,
    addressText: text,
    openingHours: node.openingHours,
    openingHoursSpecification: node.openingHoursSpecification,
  };
  const page = listValue(node.subjectOf).find(isObject) ?? findNode(value, PAGE_TYPES);
  // Only the publisher: "Medically reviewed" would be a claim about medical content, which a card is not.
  if (page) source.credit = readCredit({ publisher: page.publisher, author: page.author }, base);
  return source;
}

/** The card's attribute properties (camelCase, as on the element). */
export interface ClinicAttributes {
  name?: string;
  phone?: string;
  email?: string;
  url?: string;
  bookingUrl?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  hours?: string;
  timeZone?: string;
  mapUrl?: string;
}

/**
 * The clinic described by the element's attributes; blank ones count as unset. `read` gives an attribute's text; the
 * element's own leaves out, with a warning, a property JavaScript set to a value of the wrong type.
 */
export function clinicFromAttributes(
  attributes: ClinicAttributes,
  read = (attribute: keyof ClinicAttributes): string | undefined => attributes[attribute],
): ClinicSource {
  const text = (attribute: keyof ClinicAttributes) => read(attribute)?.trim() || undefined;
  return {
    name: text('name'),
    telephone: text('phone'),
    email: text('email'),
    url: text('url'),
    bookingUrl: text('bookingUrl'),
    mapUrl: text('mapUrl'),
    address: {
      streetAddress: text('streetAddress'),
      addressLocality: text('locality'),
      addressRegion: text('region'),
      postalCode: text('postalCode'),
      addressCountry: text('country'),
    },
    openingHours: text('hours'),
    timeZone: text('timeZone'),
  };
}

function cleanText(node: Node | null | undefined): string | undefined {
  return collapseSpace(node?.textContent) || undefined;
}

/**
 * The clinic in the fallback markup an author puts inside the element: a heading (or
 * `[itemprop=name]`) for the name, an `<address>`, a `tel:` link for the phone, `mailto:` link.
 */
export function clinicFromFallback(host: Element): ClinicSource {
  const addressElement = host.querySelector('address');
  let addressText: string | undefined;
  if (addressElement) {
    // Keep the author's line breaks: <br> and block children become new lines.
    const lines: string[] = [];
    let line = '';
    const breakLine = () => {
      lines.push(line);
      line = '';
    };
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) line += child.textContent;
        else if (child instanceof Element) {
          if (child.localName === 'br') breakLine();
          else if (child.localName !== 'script' && child.localName !== 'style') {
            const block = /^(p|div|li)$/.test(child.localName);
            if (block) breakLine();
            walk(child);
            if (block) breakLine();
          }
        }
      }
    };
    walk(addressElement);
    breakLine();
    addressText = lines.map(collapseSpace).filter(Boolean).join('\n') || undefined;
  }
  const tel = host.querySelector<HTMLAnchorElement>('a[href^="tel:" i]');
  const mail = host.querySelector<HTMLAnchorElement>('a[href^="mailto:" i]');
  const name = host.querySelector('[itemprop="name"], h1, h2, h3, h4, h5, h6');
  return {
    name: cleanText(name),
    telephone: tel ? (cleanText(tel) ?? tel.getAttribute('href')!.slice(4)) : undefined,
    email: mail?.getAttribute('href')?.slice(7).split('?')[0],
    addressText,
  };
}

const COUNTRY_NAMES: Record<string, string> = {
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  'estados unidos': 'US',
  canada: 'CA',
  mexico: 'MX',
  méxico: 'MX',
  spain: 'ES',
  españa: 'ES',
  'united kingdom': 'GB',
  uk: 'GB',
  ireland: 'IE',
  france: 'FR',
  germany: 'DE',
  australia: 'AU',
  'new zealand': 'NZ',
};

/**
 * The ISO country code of an address's country, written as a code or a common name; undefined when unknown (own
 * names only: `constructor` or `__proto__` is no country).
 */
export function countryCode(country: string | undefined): string | undefined {
  const key = (country ?? '').trim().toLowerCase().replace(/\./g, '');
  if (Object.hasOwn(COUNTRY_NAMES, key)) return COUNTRY_NAMES[key];
  return /^[a-z]{2}$/.test(key) ? key.toUpperCase() : undefined;
}

/** The first source's value that is present, in priority order. */
function first<T>(sources: ClinicSource[], pick: (source: ClinicSource) => T | undefined): T | undefined {
  for (const source of sources) {
    const value = pick(source);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

export { regionOfLanguage } from '../internal/localize.js';

/** Address lines: street; "locality, region postal code"; country. */
export function addressLines(address: PostalAddress, countryName?: (code: string) => string): string[] {
  const cityLine = [address.addressLocality, [address.addressRegion, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  let country = address.addressCountry;
  if (country && countryName && /^[A-Za-z]{2}$/.test(country)) country = countryName(country.toUpperCase());
  return [address.streetAddress, cityLine, country].filter((line): line is string => Boolean(line));
}

/**
 * One clinic from sources in priority order (e.g. attributes, then `src`, then inline JSON-LD,
 * then the fallback markup): each field comes from the first source that has it; a structured
 * address wins over a free-text one. Invalid values are dropped with a warning.
 */
export function normalizeClinic(
  sources: ClinicSource[],
  options: { base?: string; countryName?: (code: string) => string; credit?: CreditAttributes } = {},
): { clinic: Clinic; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = (subject: string, message: string) => warnings.push({ subject, message });

  const address: PostalAddress = {};
  for (const key of ADDRESS_KEYS) {
    const value = first(sources, (s) => s.address?.[key]);
    if (value) address[key] = value;
  }
  const structured = Object.keys(address).length > 0;
  const addressText = structured ? undefined : first(sources, (s) => s.addressText);
  const lines = structured ? addressLines(address, options.countryName) : (addressText?.split('\n') ?? []);

  const clinic: Clinic = { address, addressLines: lines, hours: null };
  clinic.name = first(sources, (s) => s.name);

  const phoneText = first(sources, (s) => s.telephone);
  const written = address.addressCountry;
  const code = countryCode(written);
  if (written && !code && phoneText && !phoneText.trim().startsWith('+')) {
    warn(
      'country',
      `"${preview(written)}" is neither a two-letter country code nor a known country name; the phone number is read as a US number.`,
    );
  }
  const phone = readPhone(phoneText, code);
  if (phone.warning) warn('phone', phone.warning);
  if (phone.phone) clinic.phone = phone.phone;
  const country = code ?? phone.phone?.number?.region;
  if (country) clinic.country = country;

  const emailText = first(sources, (s) => s.email);
  if (emailText) {
    const email = emailAddress(emailText);
    if (email) clinic.email = email;
    else warn('email', `"${preview(emailText)}" is not an e-mail address; left out.`);
  }

  const url = (subject: string, text: string | undefined): string | undefined => {
    if (!text) return undefined;
    const href = safeHttpUrl(text, options.base);
    if (!href) warn(subject, `"${preview(text)}" is not an http(s) URL; left out.`);
    return href ?? undefined;
  };
  clinic.url = url(
    'url',
    first(sources, (s) => s.url),
  );
  clinic.bookingUrl = url(
    'booking-url',
    first(sources, (s) => s.bookingUrl),
  );
  const mapUrl = url(
    'map-url',
    first(sources, (s) => s.mapUrl),
  );
  const oneLine = lines.join(', ');
  clinic.directionsUrl = mapUrl ?? (oneLine ? directionsUrl(oneLine) : undefined);

  // Hours: the specification and text forms of the first source that has any hours.
  const hoursSource = sources.find((s) => s.openingHours !== undefined || s.openingHoursSpecification !== undefined);
  if (hoursSource) {
    const { hours, errors } = parseHours(hoursSource.openingHours, hoursSource.openingHoursSpecification);
    if (errors.length) {
      warn('hours', hoursWarning(errors));
      const text = listValue(hoursSource.openingHours)
        .filter((t): t is string => typeof t === 'string')
        .join('; ');
      if (text) clinic.hoursText = text.length > MAX_HOURS_SHOWN ? `${text.slice(0, MAX_HOURS_SHOWN)}…` : text;
    } else {
      clinic.hours = hours;
    }
  }

  // The credit: the attributes over the first source that names a publisher (or author).
  const found = first(sources, (s) => (s.credit?.credit.publisher || s.credit?.credit.author ? s.credit : undefined));
  found?.warnings.forEach((message) => warn('publisher', message));
  const credited = withAttributes(found?.credit ?? {}, options.credit ?? {}, options.base);
  warnings.push(...credited.warnings);
  const { publisher, author } = credited.credit;
  if (publisher || author) clinic.credit = { publisher, author };

  const zone = first(sources, (s) => s.timeZone);
  if (zone) {
    if (isValidTimeZone(zone)) clinic.timeZone = zone;
    else
      warn(
        'time-zone',
        `"${preview(zone)}" is not a known IANA time zone (such as America/Denver); the open/closed status is hidden.`,
      );
  } else if (clinic.hours) {
    warn('time-zone', 'no time-zone is set, so whether the clinic is open now cannot be said; the status is hidden.');
  }

  return { clinic, warnings };
}

/** What the card reads its clinic from, besides its own attributes. */
export interface ClinicInputs {
  /** The clinic described by the element's attributes. */
  attributes: ClinicSource;
  /** The state of the `src` document. */
  source: SourceState;
  /** The element: its inline JSON-LD and authored fallback markup (none on a server, which cannot see them). */
  host?: Element;
  /** The page's base URL, for relative links in attributes and the page's own markup. */
  base?: string;
  /** A country code's name for the address, or '' to leave the country out. */
  countryName?: (code: string) => string;
  /** The credit attributes (`publisher`, `publisher-url`), over the JSON-LD's. */
  credit?: CreditAttributes;
}

/**
 * Reads the card's clinic, field by field from the first source that has each: the attributes, then the document
 * loaded from `src`, then each inline JSON-LD script, then the authored fallback markup. Relative links resolve
 * against the document they are written in: the `src` document's URL for its own, the page's (`base`) for the rest.
 */
export function readClinic({ attributes, source, host, base, countryName, credit }: ClinicInputs): {
  clinic: Clinic;
  warnings: Warning[];
} {
  const warnings: Warning[] = [];
  const sources: ClinicSource[] = [attributes];
  if (source.status === 'failed') warnings.push(sourceWarning(source));
  if (source.status === 'loaded') {
    const fromSrc = attempt('src', warnings, () => clinicFromJsonLd(source.data, source.url));
    if (fromSrc) sources.push(fromSrc);
    else if (fromSrc === null)
      warnings.push({ subject: 'src', message: `"${source.src}" holds no schema.org MedicalClinic or LocalBusiness.` });
  }
  const notAClinic = { error: 'the inline JSON-LD holds no schema.org MedicalClinic or LocalBusiness' };
  if (host) {
    sources.push(...readInlineJsonLd(host, (value) => clinicFromJsonLd(value, base) ?? notAClinic, warnings));
    const fallback = attempt('content', warnings, () => clinicFromFallback(host));
    if (fallback) sources.push(fallback);
  }
  // The sources are read: what is left cannot throw on them, but should it, the card shows its fallback markup.
  const normalized = attempt('content', warnings, () => normalizeClinic(sources, { base, countryName, credit })) ?? {
    clinic: { address: {}, addressLines: [], hours: null },
    warnings: [],
  };
  return { clinic: normalized.clinic, warnings: [...warnings, ...normalized.warnings] };
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/**
 * A country code's name in `lang`, from a cached `Intl.DisplayNames` created when a code first needs a name (one
 * costs milliseconds to create, and the card reads its clinic on every update); the code where the engine has none.
 */
export function countryName(lang: string, code: string): string {
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

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function hhmm(minute: number): string {
  const m = minute % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The clinic as one schema.org MedicalClinic node for the page's structured data. */
export function clinicJsonLd(clinic: Clinic): JsonObject {
  const data: JsonObject = { '@context': 'https://schema.org', '@type': 'MedicalClinic' };
  if (clinic.name) data.name = clinic.name;
  const number = clinic.phone?.number;
  if (number) data.telephone = number.extension ? `${number.e164} ext. ${number.extension}` : number.e164;
  if (clinic.email) data.email = clinic.email;
  if (clinic.url) data.url = clinic.url;
  if (Object.keys(clinic.address).length) data.address = { '@type': 'PostalAddress', ...clinic.address };
  else if (clinic.addressLines.length) data.address = clinic.addressLines.join(', ');
  if (clinic.directionsUrl) data.hasMap = clinic.directionsUrl;
  if (clinic.bookingUrl) data.potentialAction = { '@type': 'ReserveAction', target: clinic.bookingUrl };
  if (clinic.credit) data.subjectOf = { '@type': 'WebPage', ...creditJsonLd(clinic.credit) };
  if (clinic.hours) {
    // Rules with the same times and validity share one entry with their days; special hours for every weekday have none.
    const entries = new Map<string, { rule: HoursRule; opens: string; closes: string; days?: Set<number> }>();
    for (const rule of clinic.hours.rules) {
      const dated = rule.from || rule.through;
      if (rule.days?.length === 0 && !dated) continue;
      const opens = rule.closed ? '00:00' : hhmm(rule.open);
      const closes = rule.closed ? '00:00' : rule.close === DAY_MINUTES ? '23:59' : hhmm(rule.close);
      const everyDay = rule.days === null && dated;
      const key = [opens, closes, rule.from, rule.through, everyDay].join('|');
      if (!entries.has(key)) entries.set(key, { rule, opens, closes, days: everyDay ? undefined : new Set() });
      for (const day of rule.days ?? [0, 1, 2, 3, 4, 5, 6]) entries.get(key)!.days?.add(day);
    }
    data.openingHoursSpecification = [...entries.values()].map(({ rule, opens, closes, days }) => ({
      '@type': 'OpeningHoursSpecification',
      ...(days ? { dayOfWeek: [...days].sort().map((day) => `https://schema.org/${SCHEMA_DAYS[day]}`) } : {}),
      opens,
      closes,
      ...(rule.from ? { validFrom: rule.from } : {}),
      ...(rule.through ? { validThrough: rule.through } : {}),
    }));
  }
  return data;
}
