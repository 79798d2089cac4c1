/** Telephone numbers: plain text in, E.164 for `tel:` links and a readable national form out. */
import { collapseSpace } from './text.js';

export interface PhoneNumber {
  /** E.164, e.g. `+13852871469`: the `href` of a `tel:` link is `tel:` + this. */
  e164: string;
  /** How the number is written for readers in its own country, e.g. `(385) 287-1469`. */
  national: string;
  /** ISO 3166 region when known (`US`), else undefined. */
  region?: string;
  /** The extension's digits (`4` for `ext 4`), when the number has one. */
  extension?: string;
}

/** The number's `tel:` URI (RFC 3966), its extension as `;ext=`: `tel:+15550102030;ext=4`. */
export function telUri(number: PhoneNumber): string {
  return `tel:${number.e164}${number.extension ? `;ext=${number.extension}` : ''}`;
}

/**
 * An extension at the end of a number as people write it: `ext 4`, `ext. 4`, `extension 4`, `x4`, `#4`, `,4` (dial,
 * wait, then 4) or RFC 3966's `;ext=4`. Anchored at the end and without nested repeats: linear on any input.
 */
const EXTENSION = /\s*(?:;\s*ext=|,|#|ext(?:ension)?\.?|x)\s*(\d{1,6})$/i;

/** Longest phone text read or kept: no real number, even with its extension, comes near it. */
const MAX_PHONE_TEXT = 64;

/** Calling codes of the North American Numbering Plan and a few other regions, for defaults. */
const CALLING_CODES: Record<string, string> = {
  US: '1',
  CA: '1',
  MX: '52',
  ES: '34',
  GB: '44',
  IE: '353',
  FR: '33',
  DE: '49',
  AU: '61',
  NZ: '64',
};

function formatNanp(digits: string): string {
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

/**
 * Parses a phone number as people write it: `385-287-1469`, `(385) 287 1469`, `+1 385 287 1469`,
 * `1-800-662-4357`, `+44 20 7946 0958`, with an extension: `(555) 010-2030 ext 4`, `x4`, `,4`. Numbers without `+`
 * are read in `defaultRegion`'s plan. Returns null when the text is not a plausible number (letters, too few or too
 * many digits, longer than any number is written).
 */
export function parsePhone(text: string, defaultRegion = 'US'): PhoneNumber | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed.length > MAX_PHONE_TEXT) return null;
  const ext = EXTENSION.exec(trimmed);
  const number = readNumber(ext ? trimmed.slice(0, ext.index) : trimmed, defaultRegion);
  if (!number || !ext) return number;
  return { ...number, national: `${number.national} ext. ${ext[1]}`, extension: ext[1] };
}

function readNumber(text: string, defaultRegion: string): PhoneNumber | null {
  const trimmed = text.trim();
  // Only digits, spaces and the usual separators; letters are not dialable here.
  if (!/^\+?[\d\s().\-\u00a0\u2010-\u2015/]+$/.test(trimmed)) return null;
  const international = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (!international) {
    const region = defaultRegion.toUpperCase();
    const code = Object.hasOwn(CALLING_CODES, region) ? CALLING_CODES[region] : undefined;
    if (code === '1') {
      if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
      if (digits.length !== 10 || /^[01]/.test(digits)) return null;
      return { e164: `+1${digits}`, national: formatNanp(digits), region };
    }
    if (!code) return null;
    // Other plans: drop the national trunk prefix 0 and prepend the calling code.
    digits = `${code}${digits.replace(/^0/, '')}`;
    return plausible(digits) ? { e164: `+${digits}`, national: trimmed.replace(/\s+/g, ' '), region } : null;
  }
  if (!plausible(digits)) return null;
  if (digits.startsWith('1') && digits.length === 11 && !/^1[01]/.test(digits)) {
    return { e164: `+${digits}`, national: formatNanp(digits.slice(1)), region: 'US' };
  }
  return { e164: `+${digits}`, national: trimmed.replace(/\s+/g, ' ') };
}

/** E.164 allows up to 15 digits; no real number has fewer than 7 with its country code. */
function plausible(digits: string): boolean {
  return digits.length >= 7 && digits.length <= 15 && !digits.startsWith('0');
}

/** A phone number as an author wrote it, and its dialable form (null when it cannot be dialled). */
export interface PhoneReading {
  text: string;
  number: PhoneNumber | null;
}

/**
 * Reads a phone attribute or field as written (whitespace collapsed, a `tel:` prefix dropped), numbers without `+` in
 * `region`'s plan. Text that cannot be dialled is kept, to show without a link, with a warning.
 */
export function readPhone(value: string | undefined, region = 'US'): { phone?: PhoneReading; warning?: string } {
  const text = collapseSpace(value).replace(/^tel:/i, '').slice(0, MAX_PHONE_TEXT);
  if (!text) return {};
  const number = parsePhone(text, region);
  return {
    phone: { text, number },
    ...(number
      ? {}
      : { warning: `"${text}" is not a phone number that can be dialled; shown as text without a link.` }),
  };
}
