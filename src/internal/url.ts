/** The two URL guards: links inside sanitised HTML (`safeUrl`) and the web addresses elements link to (`safeHttpUrl`). */

/** Schemes a link in sanitised HTML may use. */
export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];
const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/** Longest URL read: far above any real one; longer text is refused unread. */
export const MAX_URL = 4096;

const isControlOrSpace = (code: number) => code <= 0x20 || (code >= 0x7f && code <= 0x9f);

/**
 * `value` as a browser reads it (tabs and newlines anywhere, C0 controls and spaces at either end are ignored), or
 * undefined when a control character is left inside it or it is longer than `MAX_URL`. Linear: the ends are trimmed
 * in loops, not with a regular expression that backtracks over long runs of spaces.
 */
function cleanUrl(value: string): string | undefined {
  if (value.length > MAX_URL) return undefined;
  const url = value.replace(/[\t\n\r]/g, '');
  let start = 0;
  let end = url.length;
  while (start < end && isControlOrSpace(url.charCodeAt(start))) start++;
  while (end > start && isControlOrSpace(url.charCodeAt(end - 1))) end--;
  const inner = url.slice(start, end);
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  return /[\u0000-\u001f\u007f-\u009f]/.test(inner) ? undefined : inner;
}

function resolve(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/**
 * The URL if it is safe for a link in sanitised HTML (http, https, mailto, tel, or relative), else undefined. With
 * `baseUrl` it is resolved against it; without, a relative URL is kept as written.
 */
export function safeUrl(value: string, baseUrl?: string): string | undefined {
  const url = cleanUrl(value);
  if (url === undefined) return undefined;
  const scheme = /^([^/?#]*?):/.exec(url)?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.includes(`${scheme.toLowerCase()}:`)) return undefined;
  if (!baseUrl) return url;
  const resolved = resolve(url, baseUrl);
  return resolved && ALLOWED_SCHEMES.includes(resolved.protocol) ? resolved.href : undefined;
}

/**
 * An absolute http(s) URL for `text` (relative URLs resolve against `base`), or null for anything
 * else: `javascript:`, `data:`, malformed text.
 */
export function safeHttpUrl(text: string | undefined, base?: string): string | null {
  const url = text ? cleanUrl(text) : undefined;
  const resolved = url ? resolve(url, base) : undefined;
  return resolved && WEB_SCHEMES.includes(resolved.protocol) ? resolved.href : null;
}
