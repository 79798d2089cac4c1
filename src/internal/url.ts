/** The two URL guards: links inside sanitised HTML (`safeUrl`) and the web addresses elements link to (`safeHttpUrl`). */

/** Schemes a link in sanitised HTML may use. */
export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];
const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];

/**
 * `value` as a browser reads it (tabs and newlines anywhere, C0 controls and spaces at either end are ignored), or
 * undefined when a control character is left inside it.
 */
function cleanUrl(value: string): string | undefined {
  /* eslint-disable no-control-regex -- control characters are what these lines look for */
  const url = value
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020\u007f-\u009f]+|[\u0000-\u0020\u007f-\u009f]+$/g, '');
  return /[\u0000-\u001f\u007f-\u009f]/.test(url) ? undefined : url;
  /* eslint-enable no-control-regex */
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
