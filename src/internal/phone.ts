/** Telephone numbers: plain text in, E.164 for `tel:` links and a readable national form out. */
import { collapseSpace } from './text.js';

export interface PhoneNumber {
  /** E.164, e.g. `+13852871469`: the `href` of a `tel:` link is `tel:` + this. */
  e164: string;
  /** How the number is written for readers in its own country, e.g. `(385) 287-1469`. */
  national: string;
  /** ISO 3166 region when known (`US`), else undefined. */
  region?: string;
}

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
 * `1-800-662-4357`, `+44 20 7946 0958`. Numbers without `+` are read in `defaultRegion`'s plan.
 * Returns null when the text is not a plausible number (letters, too few or too many digits).
 */
export function parsePhone(text: string, defaultRegion = 'US'): PhoneNumber | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  // Only digits, spaces and the usual separators; an extension or letters are not dialable here.
  if (!/^\+?[\d\s().\-\u00a0\u2010-\u2015/]+$/.test(trimmed)) return null;
  const international = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (!international) {
    const region = defaultRegion.toUpperCase();
    const code = CALLING_CODES[region];
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

/** Longest phone text kept: no real number, even with its extension, comes near it. */
const MAX_PHONE_TEXT = 64;

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
