/** Links the card offers: directions and e-mail (web URLs: `safeHttpUrl` in internal/url.ts). Plain functions. */

/** A Google Maps directions URL to the address (the widest-supported directions link there is). */
export function directionsUrl(address: string): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(address)}`;
}

/** Longest e-mail address (RFC 5321's limit on a path): anything longer is refused unread. */
export const MAX_EMAIL = 254;

/**
 * A local part or a domain label: no whitespace or control characters, and none of the characters that mean something
 * in a `mailto:` URL (`?&=%#/`: headers such as `?bcc=`) or in an address's own syntax.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it excludes
const ATOM = /^[^\s\u0000-\u001f\u007f-\u009f@<>()[\]\\,;:"?&=%#/]+$/;

/** An e-mail address (a leading `mailto:` is dropped), or null when it does not look like one. */
export function emailAddress(text: string | undefined): string | null {
  const address = text?.trim().replace(/^mailto:/i, '') ?? '';
  const at = address.indexOf('@');
  const labels = address.slice(at + 1).split('.');
  return address.length <= MAX_EMAIL &&
    at > 0 &&
    ATOM.test(address.slice(0, at)) &&
    labels.length > 1 &&
    labels.every((label) => ATOM.test(label))
    ? address
    : null;
}
