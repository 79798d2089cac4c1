/**
 * Untrusted markup before the browser parses it: one linear pass with a small HTML tokenizer that splits text, tags,
 * comments and raw text exactly where the browser's tokenizer does (HTML §13.2.5, for the states that decide where a
 * tag is: data, tag, attributes, comments, bogus comments, RCDATA, RAWTEXT, script data with its escapes, PLAINTEXT).
 *
 * It is not the sanitiser (the fresh-node rebuild is): it keeps hostile markup from costing anything before that.
 * - CSP reports: `on…` and `style` attributes are renamed and `<style>` becomes the equally raw `<xmp>`, since Chromium
 *   reports a page's CSP violations for them even in an inert document. Only a tokenizer that agrees with the
 *   browser's finds every such attribute (`<!-->`, `--!>`, `<textarea>…<!--` and the like decide what is a tag).
 * - Time: nesting deeper than `MAX_DEPTH` is cut (start tags dropped, their text kept), as are attributes beyond
 *   `MAX_ATTRIBUTES` a tag and text beyond `MAX_MARKUP` characters, so that the parser never sees `<div>` 100,000 deep.
 *
 * The elements whose content the tree builder parses in other ways (foreign content in `<svg>` and `<math>`, where
 * `<style>` is no raw text; `<select>`, `<template>`, `<frameset>` and `<noscript>`, whose modes ignore some tags)
 * become `<canvas>`, an ordinary element the sanitiser drops as it drops them: so the tokenizer's view holds
 * everywhere, with no tree builder to mirror.
 */

/** Most characters of markup parsed; the rest is cut. */
export const MAX_MARKUP = 100_000;
/** Deepest nesting passed to the parser (as the sanitiser keeps it). */
export const MAX_DEPTH = 32;
/** Most attributes kept on a tag (the sanitiser keeps at most four). */
export const MAX_ATTRIBUTES = 32;
/** Most nodes the browser may create from one input (the sanitiser builds no more). */
export const MAX_NODES = 5000;

/** A tag as the tokenizer found it: `html.slice(from, to)`, its name at `nameFrom`…, its attributes' spans. */
export interface Tag {
  from: number;
  to: number;
  nameFrom: number;
  nameTo: number;
  /** ASCII-lowercased. */
  name: string;
  end: boolean;
  selfClosing: boolean;
  /** Each attribute: its name at `from`…`nameTo`, its value (quotes included) up to `to`. */
  attrs: Array<{ from: number; nameTo: number; to: number }>;
}

const words = (list: string) => new Set(list.split(' '));
const RAWTEXT = words('style xmp iframe noembed noframes title textarea');
/** Elements the tree builder parses in ways of its own, turned into `<canvas>` (see above). */
export const NEUTRALISED = words('svg math select template frameset noscript');

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
/** An ASCII letter (`c` is one character or none). */
const isAlpha = (c: string | undefined) =>
  c !== undefined && (c.charCodeAt(0) | 32) > 96 && (c.charCodeAt(0) | 32) < 123;
/** Ends a tag name after `</script` and the like: whitespace, `/`, `>`. */
const isDelimiter = (c: string | undefined) => isSpace(c) || c === '/' || c === '>';

/** The letters at `at`, lowercased (ASCII letters only: the same as the tokenizer's lowercasing). */
function letters(html: string, at: number): string {
  let end = at;
  while (isAlpha(html[end])) end++;
  return html.slice(at, end).toLowerCase();
}

/** Whether `</name` followed by a delimiter starts at `at`: the end tag that ends raw text. */
function endTagAt(html: string, at: number, name: string): boolean {
  return html[at + 1] === '/' && letters(html, at + 2) === name && isDelimiter(html[at + 2 + name.length]);
}

/** Where the raw text of an RCDATA or RAWTEXT element that starts at `at` ends: its end tag, or the end. */
function rawTextEnd(html: string, at: number, name: string): number {
  for (let lt = html.indexOf('<', at); lt >= 0; lt = html.indexOf('<', lt + 1)) if (endTagAt(html, lt, name)) return lt;
  return html.length;
}

/**
 * Where a `<script>`'s text that starts at `i` ends: its `</script` end tag, or the end. Script data has escaped
 * (`<!--`) and double-escaped (`<!--<script>`) states, in which `</script>` means different things.
 */
function scriptEnd(html: string, i: number): number {
  const n = html.length;
  let state = 0; // 0 script data, 1 escaped, 2 double escaped
  let dashes = 0;
  for (; i < n; i++) {
    const c = html[i];
    if (c === '-') {
      if (state) dashes++;
      continue;
    }
    if (c === '>' && dashes > 1) state = 0;
    dashes = 0;
    if (c !== '<') continue;
    if (state === 0) {
      if (endTagAt(html, i, 'script')) return i;
      if (html.startsWith('!--', i + 1)) {
        state = 1;
        dashes = 2;
        i += 3;
      }
    } else if (html[i + 1] === '/') {
      // Escaped: `</script` ends the script. Double escaped: it ends the double escape.
      if (state === 1 && endTagAt(html, i, 'script')) return i;
      if (state === 2) {
        const name = letters(html, i + 2);
        i += 1 + name.length;
        if (isDelimiter(html[i + 1])) {
          if (name === 'script') state = 1;
          i++;
        }
      }
    } else if (state === 1 && isAlpha(html[i + 1])) {
      const name = letters(html, i + 1);
      i += name.length;
      if (isDelimiter(html[i + 1])) {
        if (name === 'script') state = 2;
        i++;
      }
    }
  }
  return n;
}

/**
 * Splits `html` as the browser's tokenizer does: `onTag` for each start or end tag, `onText` for text outside tags,
 * comments and raw text. Everything else (comments, doctypes, bogus comments, the content of raw text elements) is in
 * neither. Returns where a tag cut off by the end of the input starts (the browser drops it), else the length. Linear
 * in the length of `html`. One `Tag` object serves every tag in turn: `onTag` must not keep it.
 */
export function tokenize(html: string, onTag: (tag: Tag) => void, onText?: (from: number, to: number) => void): number {
  const n = html.length;
  const tag: Tag = { from: 0, to: 0, nameFrom: 0, nameTo: 0, name: '', end: false, selfClosing: false, attrs: [] };
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt !== i) onText?.(i, lt < 0 ? n : lt);
    if (lt < 0) break;
    let c = html[(i = lt + 1)];
    if (c === '!' && html.startsWith('--', i + 1)) {
      // A comment: `<!-->` and `<!--->` end at once, else the first `-->` or `--!>` ends it.
      const a = html.indexOf('-->', lt + 2);
      const b = html.indexOf('--!>', lt + 4);
      i = a < 0 && b < 0 ? n : b < 0 || (a >= 0 && a < b) ? a + 3 : b + 4;
      continue;
    }
    const end = c === '/';
    if (end) c = html[++i];
    if (!isAlpha(c)) {
      if (c === '!' || c === '?' || (end && c !== '>' && i < n)) {
        // A doctype, a bogus comment (CDATA too, outside foreign content): up to the first `>`.
        const gt = html.indexOf('>', i);
        i = gt < 0 ? n : gt + 1;
      } else if (end) {
        if (c === '>')
          i++; // `</>` is nothing; `</` at the end is text.
        else onText?.(lt, n);
      } else {
        onText?.(lt, i); // A `<` that starts no tag is text.
      }
      continue;
    }
    tag.from = lt;
    tag.to = -1;
    tag.nameFrom = i;
    tag.end = end;
    tag.selfClosing = false;
    tag.attrs.length = 0;
    let ascii = true;
    while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') ascii &&= html.charCodeAt(i++) < 128;
    tag.nameTo = i;
    // The browser lowercases ASCII letters only: a name with other characters is none of the names looked for here
    // (and must not become one: the Kelvin sign lowercases to "k").
    tag.name = ascii ? html.slice(tag.nameFrom, i).toLowerCase() : html.slice(tag.nameFrom, i);
    while (i < n) {
      c = html[i];
      if (c === '>' || (c === '/' && html[i + 1] === '>')) {
        tag.selfClosing = c === '/';
        tag.to = i + (c === '/' ? 2 : 1);
        break;
      }
      if (isSpace(c) || c === '/') {
        i++;
        continue;
      }
      // An attribute name (its first character may be `=`), then maybe `=` and a value.
      const from = i++;
      while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
      const nameTo = i;
      let k = i;
      while (isSpace(html[k])) k++;
      if (html[k] === '=') {
        k++;
        while (isSpace(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !isSpace(html[k]) && html[k] !== '>') k++;
        }
        i = k;
      }
      tag.attrs.push({ from, nameTo, to: i });
    }
    if (tag.to < 0) return lt; // The input ends inside the tag: the browser drops it.
    onTag(tag);
    i = tag.to;
    if (end) continue;
    if (tag.name === 'plaintext') i = n;
    else if (tag.name === 'script') i = scriptEnd(html, i);
    else if (RAWTEXT.has(tag.name)) i = rawTextEnd(html, i, tag.name);
  }
  return n;
}

// The tree builder, as far as depth goes: a stack of the open elements as the browser will have them, never
// shallower than the browser's (when unsure, an element is taken to stay open), and the formatting elements it
// reopens in later blocks.
const VOID = words(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr html head body form',
);
const FORMATTING = words('a b big code em font i nobr s small strike strong tt u');
const HEADING = words('h1 h2 h3 h4 h5 h6');
const BLOCKS =
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul h1 h2 h3 h4 h5 h6 p li dd dt';
/** Start tags that close a `<p>`. */
const BLOCK = words(BLOCKS);
/**
 * Elements whose end tag closes everything up to them while they are in scope. With `colgroup`, they are the
 * "special" elements of the spec that this stack holds (the others are void, raw text or turned into `<canvas>`).
 */
const SCOPED = words(`${BLOCKS} button applet marquee object table caption tbody thead tfoot tr td th`);
/** Elements that end a scope (`html` and `template` never reach the stack). */
const BOUNDARY = words('applet caption table td th marquee object');

/** Whether a start tag `name` closes the current element `top` (the browser closes these, and more). */
function closes(name: string, top: string): boolean {
  if (top === 'p') return BLOCK.has(name);
  if (top === 'li' || top === 'dt' || top === 'dd')
    return name === 'li' ? top === 'li' : (name === 'dt' || name === 'dd') && top !== 'li';
  if (top === 'option') return name === 'option' || name === 'optgroup';
  if (top === 'td' || top === 'th') return name === 'td' || name === 'th' || name === 'tr';
  if (top === 'tr') return name === 'tr';
  return HEADING.has(top) && HEADING.has(name);
}

/**
 * Markup ready for the browser's parser: on… and style attributes renamed (`data-clinic-…`), `<style>` as `<xmp
 * data-clinic-style>`, the elements of `NEUTRALISED` as `<canvas data-clinic-NAME>`, and no more than `MAX_MARKUP`
 * characters, `MAX_DEPTH` levels, `MAX_ATTRIBUTES` attributes a tag and `maxNodes` nodes. `cut` says whether anything
 * was cut.
 *
 * Nodes are counted as the browser will create them, never fewer: each tag's element and each text (raw text
 * included), the formatting elements it reopens before them (a `<b>` left open is reopened in every later paragraph),
 * the row and body a table cell implies, the paragraph a `</p>` may make, and what closing a misnested formatting
 * element clones. The input ends where they run out.
 */
export function prepareMarkup(input: string, maxNodes = MAX_NODES): { html: string; cut: boolean } {
  let cut = input.length > MAX_MARKUP;
  const html = cut ? input.slice(0, MAX_MARKUP) : input;
  const stack: string[] = [];
  const formatting: string[] = [];
  /** Start tags dropped for depth, by name, whose end tags are dropped too. */
  const dropped = new Map<string, number>();
  let out = '';
  let copied = 0;
  let style = false;
  let nodes = 0;
  /** Where the input is cut for want of nodes, if it is. */
  let stop = -1;
  /** Counts `count` nodes made at `at`; false (and the input cut there) when there are none left. */
  const make = (count: number, at: number) => {
    if (stop < 0 && (nodes += count) > maxNodes) {
      stop = at;
      cut = true;
    }
    return stop < 0;
  };
  /** Copies the input up to `to`; a style's text (next to come after its start tag) must not end the `<xmp>`. */
  const copy = (to: number) => {
    const text = html.slice(copied, to);
    out += style ? text.replace(/<\/xmp/gi, '</ xmp') : text;
    style = false;
  };
  const onTag = (tag: Tag) => {
    const { name } = tag;
    const made = tag.end
      ? name === 'p' || name === 'br'
        ? 1
        : formatting.includes(name)
          ? 8
          : 0
      : 1 +
        formatting.length +
        (/^(td|th|tr|col)$/.test(name) ? 2 : 0) +
        (RAWTEXT.has(name) || name === 'script' || name === 'plaintext' ? 1 : 0);
    if (!make(made, tag.from)) return;
    // In place of a dropped tag, a space when a `<` (text) comes just before it: it must not start a tag with what
    // follows.
    const space = tag.from > copied && html[tag.from - 1] === '<' ? ' ' : '';
    copy(tag.from);
    copied = tag.to;
    if (tag.end) {
      const open = dropped.get(name);
      if (open) {
        dropped.set(name, open - 1);
        out += space;
        return;
      }
      const at = stack.lastIndexOf(name);
      const scoped = SCOPED.has(name);
      let closes = at >= 0;
      for (let k = stack.length - 1; closes && k > at; k--) {
        const between = stack[k]!;
        // Any other end tag closes only through elements that are not special.
        closes = scoped
          ? !BOUNDARY.has(between) &&
            !(name === 'li' && /^[ou]l$/.test(between)) &&
            !(name === 'p' && between === 'button')
          : !SCOPED.has(between) && between !== 'colgroup';
      }
      if (closes) {
        stack.length = at;
        const f = formatting.lastIndexOf(name);
        if (f >= 0) formatting.splice(f, 1);
      }
    } else if (!tag.selfClosing || !NEUTRALISED.has(name)) {
      while (stack.length && closes(name, stack[stack.length - 1]!)) stack.pop();
      if (!VOID.has(name) && name !== 'script' && name !== 'plaintext' && !RAWTEXT.has(name)) {
        if (stack.length + formatting.length >= MAX_DEPTH) {
          dropped.set(name, (dropped.get(name) ?? 0) + 1);
          cut = true;
          out += space;
          return;
        }
        stack.push(name);
        if (FORMATTING.has(name)) formatting.push(name);
      }
    }
    const renamed = name === 'style' ? 'xmp' : NEUTRALISED.has(name) ? 'canvas' : '';
    out +=
      html.slice(tag.from, tag.nameFrom) +
      (renamed ? renamed + (tag.end ? '' : ` data-clinic-${name}`) : html.slice(tag.nameFrom, tag.nameTo));
    let at = tag.nameTo;
    tag.attrs.forEach((attr, index) => {
      if (index >= MAX_ATTRIBUTES) cut = true;
      else {
        const attrName = html.slice(attr.from, attr.nameTo);
        out +=
          html.slice(at, attr.from) +
          (/^(on|style$)/i.test(attrName) ? 'data-clinic-' : '') +
          html.slice(attr.from, attr.to);
      }
      at = attr.to;
    });
    out += html.slice(at, tag.to);
    if (renamed === 'canvas' && tag.selfClosing) out += '</canvas>';
    style = name === 'style' && !tag.end;
  };
  const end = tokenize(html, onTag, (from) => make(1 + formatting.length, from));
  copy(stop < 0 ? end : stop);
  return { html: out, cut };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of `html` for when it cannot be parsed: tags and raw text (scripts, styles) left out, never parsed. */
export function plainText(html: string): string {
  let text = '';
  tokenize(
    html.slice(0, MAX_MARKUP),
    () => (text += ' '),
    (from, to) => (text += html.slice(from, to)),
  );
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}
