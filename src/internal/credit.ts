/**
 * The credit and review date of syndicated content: who published it (schema.org `publisher`, else `author`) and
 * when it was medically reviewed (`lastReviewed`, `reviewedBy`), read from JSON-LD and attributes, written back to
 * JSON-LD, and the date in the reader's language. Plain functions: problems come back as warning messages.
 */
import { isObject, listValue, textValue, type JsonObject } from './json-ld.js';
import { collapseSpace } from './text.js';
import { safeHttpUrl } from './url.js';
import { preview, textOf } from './warn.js';

/** An Organization or Person: its name, and its web address when it has a safe one. */
export interface Party {
  '@type': string;
  name: string;
  url?: string;
}

/** What the content says about its source and review. The footer credits `publisher`, else `author`. */
export interface Credit {
  publisher?: Party;
  author?: Party;
  /** The day of the last medical review, `YYYY-MM-DD`. */
  lastReviewed?: string;
  reviewedBy?: Party;
}

/** The credit's attributes as the element holds them (text, unvalidated). */
export interface CreditAttributes {
  publisher?: string;
  publisherUrl?: string;
  reviewed?: string;
  reviewedBy?: string;
}

/** The credit properties of `element` that it has, as text (`textOf`: a value of the wrong type warns, and is unset). */
export function creditAttributes(element: Element): CreditAttributes {
  const read = (property: keyof CreditAttributes) => textOf(element, property);
  return {
    publisher: read('publisher'),
    publisherUrl: read('publisherUrl'),
    reviewed: read('reviewed'),
    reviewedBy: read('reviewedBy'),
  };
}

/** `YYYY-MM-DD` (the date of a date-time too) when it names a real day, else undefined. */
export function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:$|T)/.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? match[0].slice(0, 10) : undefined;
}

/**
 * The first usable party of a schema.org value: text is a name; an object needs a `name`, and keeps its `url` only
 * when it is http(s) (relative ones resolve against `base`).
 */
function readParty(value: unknown, type: string, key: string, base: string | undefined, warnings: string[]) {
  for (const entry of listValue(value)) {
    const node = isObject(entry) ? entry : { name: entry };
    const name = collapseSpace(textValue(node.name));
    if (!name) continue;
    const party: Party = { '@type': textValue(node['@type']) ?? type, name };
    const url = textValue(node.url);
    const href = url && safeHttpUrl(url, base);
    if (href) party.url = href;
    else if (url) warnings.push(`${key} url "${preview(url)}" is not an http(s) URL; left out.`);
    return party;
  }
  return undefined;
}

/** The credit of a schema.org node (a FAQPage, a WebPage): `publisher`, `author`, `lastReviewed`, `reviewedBy`. */
export function readCredit(node: JsonObject, base?: string): { credit: Credit; warnings: string[] } {
  const warnings: string[] = [];
  const credit: Credit = {
    publisher: readParty(node.publisher, 'Organization', 'publisher', base, warnings),
    author: readParty(node.author, 'Organization', 'author', base, warnings),
    reviewedBy: readParty(node.reviewedBy, 'Person', 'reviewedBy', base, warnings),
  };
  const reviewed = textValue(node.lastReviewed);
  credit.lastReviewed = isoDate(reviewed);
  if (reviewed && !credit.lastReviewed)
    warnings.push(`lastReviewed "${preview(reviewed)}" is not a date (YYYY-MM-DD); the review date is left out.`);
  return { credit, warnings };
}

/**
 * The credit with the element's attributes over the JSON-LD's: `publisher` (with `publisher-url`, else no link),
 * `publisher-url` alone (the link of the JSON-LD's publisher), `reviewed` and `reviewed-by`. An invalid `reviewed` or
 * `publisher-url` warns and counts as unset.
 */
export function withAttributes(
  credit: Credit,
  attributes: CreditAttributes,
  base?: string,
): { credit: Credit; warnings: Array<{ subject: string; message: string }> } {
  const warnings: Array<{ subject: string; message: string }> = [];
  const text = (key: keyof CreditAttributes) => collapseSpace(attributes[key]) || undefined;
  const result = { ...credit };
  const urlText = text('publisherUrl');
  const url = safeHttpUrl(urlText, base) ?? undefined;
  if (urlText && !url)
    warnings.push({ subject: 'publisher-url', message: `"${preview(urlText)}" is not an http(s) URL; left out.` });
  const name = text('publisher');
  const key = result.publisher || !result.author ? 'publisher' : 'author';
  if (name) result.publisher = url ? { '@type': 'Organization', name, url } : { '@type': 'Organization', name };
  else if (url && result[key]) result[key] = { ...result[key], url };
  const reviewedText = text('reviewed');
  const reviewed = isoDate(reviewedText);
  if (reviewed) result.lastReviewed = reviewed;
  else if (reviewedText)
    warnings.push({ subject: 'reviewed', message: `"${preview(reviewedText)}" is not a date (YYYY-MM-DD); ignored.` });
  const reviewer = text('reviewedBy');
  if (reviewer) result.reviewedBy = { '@type': 'Person', name: reviewer };
  return { credit: result, warnings };
}

/** The credit as schema.org properties, to spread into the node an element writes out. */
export function creditJsonLd(credit: Credit): JsonObject {
  const data: JsonObject = {};
  for (const [key, value] of Object.entries(credit)) if (value) data[key] = value;
  return data;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day in `lang` ("March 5, 2024"), the same day in every time zone. */
export function formatDay(lang: string, day: string): string {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${day}T00:00Z`));
}
