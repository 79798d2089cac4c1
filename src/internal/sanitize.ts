/**
 * An allow-list HTML sanitiser for untrusted rich text (schema.org `Answer.text` and the like).
 *
 * The input is parsed into an inert document (no scripts run, nothing loads) and FRESH nodes are
 * built in the target document from what the allow-lists permit: HTML is never re-serialised and
 * parsed again, so parser differentials (mutation XSS) cannot turn safe output into unsafe input.
 */
import { safeUrl } from './url.js';

/** Elements kept (with only the allowed attributes). `h1` becomes `h2`. */
export const ALLOWED_ELEMENTS: readonly string[] = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'small',
  'sub',
  'sup',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'code',
  'pre',
  'dl',
  'dt',
  'dd',
  'span',
  'div',
];

/** Elements dropped together with everything inside them. Any other element is unwrapped: its text stays. */
export const DROPPED_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'output',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'map',
  'area',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'param',
  'dialog',
  'slot',
  'portal',
  'fencedframe',
  'search',
  'selectedcontent',
];

/** Attributes kept on any allowed element (values are plain text). */
export const ALLOWED_ATTRIBUTES: readonly string[] = ['lang', 'dir'];

/** Most nodes built from one input, and deepest nesting: hostile input is cut off there. */
export const MAX_NODES = 5000;
export const MAX_DEPTH = 32;

export interface SanitizeOptions {
  /** Document the fresh nodes are created in (default: the current document). */
  document?: Document;
  /** Base for relative links, e.g. the URL the HTML was loaded from. */
  baseUrl?: string;
}

export interface SanitizeResult {
  fragment: DocumentFragment;
  /** What was removed or went wrong, for a console warning; empty when the input was clean. */
  issues: string[];
}

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
let policy: Policy | null | undefined;

/** Forgets the cached Trusted Types policy (tests only). */
export function resetSanitizerPolicy(): void {
  policy = undefined;
}

/**
 * The library's one Trusted Types policy, `clinic-elements-sanitizer`, created on first use; `null`
 * when the page's `trusted-types` directive does not allow it; `undefined` without Trusted Types.
 * It only ever receives HTML about to be sanitised and JSON-LD text this library serialised.
 */
function trustedPolicy(): Policy | null | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  if (!tt) return undefined;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('clinic-elements-sanitizer', {
        createHTML: (s: string) => s,
        createScript: (s: string) => s,
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Sets the text of a data `<script>` (JSON-LD) through the Trusted Types policy where the page
 * requires it, so writing structured data is not a Trusted Types violation.
 */
export function setScriptText(script: HTMLScriptElement, text: string): void {
  const trusted = trustedPolicy();
  if (trusted) script.text = trusted.createScript(text) as string;
  else if (trusted === undefined) script.text = text;
  else script.replaceChildren(script.ownerDocument.createTextNode(text));
}

const HTML_SPACE = /[\t\n\f\r ]/;

/**
 * Renames `on…` and `style` attributes (to `data-clinic-…`) and turns `<style>` into the equally
 * raw-text `<xmp>`, before parsing. Not a safety measure (the fresh-node rebuild is): Chromium
 * reports a page's CSP violations for inline handlers and styles even while they sit in an inert
 * document, and hostile content should not flood a site's CSP reports. All of it is dropped anyway.
 */
export function quietForCsp(html: string): string {
  const tag = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y;
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      out += html.slice(lt, i);
      continue;
    }
    tag.lastIndex = lt;
    const match = tag.exec(html);
    if (!match) {
      out += '<';
      i = lt + 1;
      continue;
    }
    out += match[2]!.toLowerCase() !== 'style' ? match[0] : match[1] ? '</xmp' : '<xmp data-clinic-style';
    let j = lt + match[0].length;
    while (j < n && html[j] !== '>') {
      if (HTML_SPACE.test(html[j]!) || html[j] === '/') {
        out += html[j++];
        continue;
      }
      let k = j + 1;
      while (k < n && !HTML_SPACE.test(html[k]!) && !'/>='.includes(html[k]!)) k++;
      const name = html.slice(j, k);
      out += /^(on|style$)/i.test(name) ? `data-clinic-${name}` : name;
      j = k;
      let v = j;
      while (v < n && HTML_SPACE.test(html[v]!)) v++;
      if (html[v] !== '=') continue;
      v++;
      while (v < n && HTML_SPACE.test(html[v]!)) v++;
      const quote = html[v];
      let end = v;
      if (quote === '"' || quote === "'") {
        end = html.indexOf(quote, v + 1);
        end = end < 0 ? n : end + 1;
      } else {
        while (end < n && !HTML_SPACE.test(html[end]!) && html[end] !== '>') end++;
      }
      out += html.slice(j, end);
      j = end;
    }
    i = j;
  }
  return out;
}

/** Parses `html` into an inert document; throws when the page's Trusted Types rules forbid it. */
function parseInert(html: string): Document {
  const trusted = trustedPolicy();
  if (trusted === null) throw new Error('the Trusted Types policy "clinic-elements-sanitizer" is not allowed');
  const input = quietForCsp(html);
  return new DOMParser().parseFromString((trusted ? trusted.createHTML(input) : input) as string, 'text/html');
}

/** Text for when parsing is not possible: tags removed, shown as text (never parsed as HTML). */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sanitises untrusted `html` into a fragment of fresh nodes. Never throws: when the HTML cannot
 * be parsed (for example under Trusted Types without the policy), the text is returned as one
 * text node and the reason is in `issues`.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizeResult {
  const doc = options.document ?? document;
  const fragment = doc.createDocumentFragment();
  const issues: string[] = [];
  const dropped = new Set<string>();
  let source: Document;
  try {
    source = parseInert(String(html));
  } catch (error) {
    fragment.append(doc.createTextNode(plainText(String(html))));
    issues.push(`HTML could not be parsed safely (${(error as Error).message}); shown as plain text`);
    return { fragment, issues };
  }
  let count = 0;
  let capped = false;

  const copy = (from: Node, to: Node, depth: number): void => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (count >= MAX_NODES || depth > MAX_DEPTH) {
        capped = true;
        return;
      }
      if (child.nodeType === 3) {
        count++;
        to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== 1) continue; // Comments, processing instructions.
      const element = child as Element;
      // Only HTML elements: SVG or MathML namespaced content never passes.
      const name = element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? element.localName : '';
      if (!name || DROPPED_ELEMENTS.includes(name)) {
        dropped.add(name === 'xmp' && element.hasAttribute('data-clinic-style') ? 'style' : name || element.localName);
        continue;
      }
      if (!ALLOWED_ELEMENTS.includes(name) && name !== 'h1') {
        dropped.add(name);
        copy(element, to, depth + 1);
        continue;
      }
      count++;
      const fresh = doc.createElement(name === 'h1' ? 'h2' : name);
      for (const attr of ALLOWED_ATTRIBUTES) {
        const value = element.getAttribute(attr);
        if (value !== null && (attr !== 'dir' || /^(ltr|rtl|auto)$/i.test(value))) fresh.setAttribute(attr, value);
      }
      if (name === 'a') {
        const href = element.getAttribute('href');
        const safe = href === null ? undefined : safeUrl(href, options.baseUrl);
        if (href !== null && safe === undefined) issues.push(`unsafe link "${href.slice(0, 60)}" removed`);
        if (safe !== undefined) fresh.setAttribute('href', safe);
        if (element.getAttribute('target')?.trim().toLowerCase() === '_blank') fresh.setAttribute('target', '_blank');
        fresh.setAttribute('rel', 'noopener noreferrer');
      }
      to.appendChild(fresh);
      copy(element, fresh, depth + 1);
    }
  };
  copy(source.body, fragment, 0);
  if (dropped.size) issues.push(`removed <${[...dropped].sort().join('>, <')}>`);
  if (capped) issues.push(`content over ${MAX_NODES} nodes or ${MAX_DEPTH} levels deep was cut off`);
  return { fragment, issues };
}
