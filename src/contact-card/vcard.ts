/** A vCard 4.0 (RFC 6350) for the clinic, to add it to the reader's contacts. */

export interface VCardData {
  name?: string;
  /** The number's `tel:` URI (RFC 3966), e.g. `tel:+13852871469` or `tel:+15550102030;ext=4`. */
  tel?: string;
  email?: string;
  url?: string;
  address?: {
    streetAddress?: string;
    addressLocality?: string;
    addressRegion?: string;
    postalCode?: string;
    addressCountry?: string;
  };
}

/**
 * Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon and line breaks, U+0085, U+2028 and U+2029
 * included (some readers break lines there); a tab becomes a space and other control characters are dropped, so that
 * no value can end its line and start a property of its own.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/,/g, '\\,')
      .replace(/;/g, '\\;')
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  );
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** The vCard text: CRLF line endings, escaped and folded values. */
export function buildVCard(data: VCardData): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org'];
  const name = data.name ?? '';
  lines.push(`FN:${escapeText(name)}`);
  if (data.name) lines.push(`ORG:${escapeText(data.name)}`);
  if (data.tel) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${data.tel}`);
  if (data.email) lines.push(`EMAIL;TYPE=work:${escapeText(data.email)}`);
  if (data.url) lines.push(`URL:${data.url}`);
  const a = data.address;
  if (a && Object.values(a).some(Boolean)) {
    const parts = [a.streetAddress, a.addressLocality, a.addressRegion, a.postalCode, a.addressCountry];
    lines.push(`ADR;TYPE=work:;;${parts.map((part) => escapeText(part ?? '')).join(';')}`);
  }
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the card: the clinic's name in plain letters, `.vcf`. */
export function vcardFileName(name: string | undefined): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'contact'}.vcf`;
}
