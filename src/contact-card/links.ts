/** Links the card offers: validated web URLs, directions, e-mail. Plain functions, no DOM rendering. */

/**
 * An absolute http(s) URL for `text` (relative URLs resolve against `base`), or null for anything
 * else: `javascript:`, `data:`, malformed text.
 */
export function safeHttpUrl(text: string | undefined, base?: string): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A Google Maps directions URL to the address (the widest-supported directions link there is). */
export function directionsUrl(address: string): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(address)}`;
}

/** An e-mail address (a leading `mailto:` is dropped), or null when it does not look like one. */
export function emailAddress(text: string | undefined): string | null {
  if (!text) return null;
  const address = text.trim().replace(/^mailto:/i, '');
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(address) ? address : null;
}
