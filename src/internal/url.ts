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
