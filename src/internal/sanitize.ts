/**
 * An allow-list HTML sanitiser for untrusted rich text (schema.org `Answer.text` and the like).
 *
 * The input is parsed into an inert document (no scripts run, nothing loads) and FRESH nodes are
 * built in the target document from what the allow-lists permit: HTML is never re-serialised and
 * parsed again, so parser differentials (mutation XSS) cannot turn safe output into unsafe input.
 */
import { createElement, createFragment, createText, getter, part, read } from './dom.js';
import { MAX_DEPTH, MAX_MARKUP, MAX_NODES, NEUTRALISED, plainText, prepareMarkup } from './markup.js';
import { trustedPolicy } from './trusted.js';
import { safeUrl } from './url.js';

export { resetSanitizerPolicy, setScriptText } from './trusted.js';

/** Elements kept (with only the allowed attributes). `h1` becomes `h2`. */
export const ALLOWED_ELEMENTS: readonly string[] =
  'p br ul ol li a strong b em i u small sub sup h2 h3 h4 h5 h6 blockquote code pre dl dt dd span div'.split(' ');

/** Elements dropped together with everything inside them. Any other element is unwrapped: its text stays. */
export const DROPPED_ELEMENTS: readonly string[] = (
  'script style template noscript iframe frame frameset object embed applet svg math form input button select ' +
  'option optgroup datalist textarea output img picture video audio source track canvas map area link meta base ' +
  'title head noembed noframes xmp plaintext param dialog slot portal fencedframe search selectedcontent'
).split(' ');

/** Attributes kept on any allowed element (values are plain text). */
export const ALLOWED_ATTRIBUTES: readonly string[] = ['lang', 'dir'];

export { MAX_DEPTH, MAX_NODES };

export interface SanitizeOptions {
  /** Document the fresh nodes are created in (default: the current document). */
  document?: Document;
  /** Base for relative links, e.g. the URL the HTML was loaded from. */
  baseUrl?: string;
  /**
   * A budget of `MAX_NODES` nodes shared by several inputs (a FAQ's answers): this one builds at most the nodes left
   * of it, and takes them off.
   */
  budget?: { nodes: number };
}

export interface SanitizeResult {
  fragment: DocumentFragment;
  /** What was removed or went wrong, for a console warning; empty when the input was clean. */
  issues: string[];
}

/** The inert document's body that markup is parsed into: one for all, since making a document costs up to a millisecond. */
let inert: HTMLElement | undefined;

/**
 * Parses `html`, made ready by `prepareMarkup`, into the body of an inert document (one with no browsing context: no
 * script runs in it, nothing loads); throws when the page's Trusted Types rules forbid it.
 */
function parseInert(html: string): HTMLElement {
  const trusted = trustedPolicy();
  if (trusted === null) throw new Error('the Trusted Types policy "clinic-elements-sanitizer" is not allowed');
  if (!inert) {
    const implementation = read<DOMImplementation>(Document.prototype, 'implementation', document);
    inert = part('body', DOMImplementation.prototype.createHTMLDocument.call(implementation, ''))!;
  }
  inert.innerHTML = (trusted ? trusted.createHTML(html) : html) as string;
  return inert;
}

/**
 * Sanitises untrusted `html` into a fragment of fresh nodes. Never throws: when the HTML cannot
 * be parsed (for example under Trusted Types without the policy), the text is returned as one
 * text node and the reason is in `issues`.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizeResult {
  const doc = options.document ?? document;
  const fragment = createFragment(doc);
  const issues: string[] = [];
  const dropped = new Set<string>();
  const limit = Math.max(0, Math.min(MAX_NODES, options.budget?.nodes ?? MAX_NODES));
  const markup = prepareMarkup(String(html), limit);
  let capped = markup.cut;
  let source: HTMLElement;
  try {
    source = parseInert(markup.html);
  } catch (error) {
    fragment.append(createText(plainText(String(html)), doc));
    issues.push(`HTML could not be parsed safely (${(error as Error).message}); shown as plain text`);
    if (options.budget) options.budget.nodes--;
    return { fragment, issues };
  }
  let count = 0;
  // The platform's getters: the parsed markup is hostile, and a <form> in it answers `nextSibling`, `localName`… with
  // its controls of those names, which would lead the walk into the form's content (or anywhere else).
  const firstChild = getter<Node | null>(Node.prototype, 'firstChild');
  const nextSibling = getter<Node | null>(Node.prototype, 'nextSibling');
  const nodeType = getter<number>(Node.prototype, 'nodeType');
  const localName = getter<string>(Element.prototype, 'localName');
  const namespace = getter<string | null>(Element.prototype, 'namespaceURI');

  const copy = (from: Node, to: Node, depth: number): void => {
    for (let child = firstChild.call(from); child; child = nextSibling.call(child)) {
      if (count >= limit || depth > MAX_DEPTH) {
        capped = true;
        return;
      }
      const type = nodeType.call(child);
      if (type === 3) {
        count++;
        to.appendChild(createText(child.nodeValue ?? '', doc));
        continue;
      }
      if (type !== 1) continue; // Comments, processing instructions.
      const element = child as Element;
      // Only HTML elements: SVG or MathML namespaced content never passes.
      const tag = localName.call(element);
      const name = namespace.call(element) === 'http://www.w3.org/1999/xhtml' ? tag : '';
      if (!name || DROPPED_ELEMENTS.includes(name)) {
        // What the pre-pass turned into <xmp> or <canvas> is named as it was written.
        dropped.add(['style', ...NEUTRALISED].find((was) => element.hasAttribute(`data-clinic-${was}`)) ?? tag);
        continue;
      }
      if (!ALLOWED_ELEMENTS.includes(name) && name !== 'h1') {
        dropped.add(name);
        copy(element, to, depth + 1);
        continue;
      }
      count++;
      const fresh = createElement((name === 'h1' ? 'h2' : name) as 'p', doc);
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
  copy(source, fragment, 0);
  source.textContent = '';
  if (dropped.size) issues.push(`removed <${[...dropped].sort().join('>, <')}>`);
  if (options.budget) options.budget.nodes -= count;
  if (capped)
    issues.push(
      `content over ${MAX_NODES} nodes${options.budget ? ' in all' : ''}, ${MAX_DEPTH} levels deep or ${MAX_MARKUP} characters was cut off`,
    );
  return { fragment, issues };
}
