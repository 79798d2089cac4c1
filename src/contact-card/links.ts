/** Links the card offers: directions and e-mail (web URLs: `safeHttpUrl` in internal/url.ts). Plain functions. */

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
