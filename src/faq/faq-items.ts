/**
 * The FAQ's one data model, its reader `readFaq`, and the pure steps that build it from its four sources:
 * the `items` property, a FAQPage loaded from `src`, authored `<details>`, and an inline schema.org FAQPage.
 * Problems come back as warnings; nothing here throws or renders.
 */
import { createElement, createRange } from '../internal/dom.js';
import { creditJsonLd, readCredit, withAttributes, type Credit, type CreditAttributes } from '../internal/credit.js';
import { findNode, isObject, listValue, readInlineJsonLd, textValue, type JsonObject } from '../internal/json-ld.js';
import { sourceWarning, type SourceState } from '../internal/load.js';
import { MAX_NODES, sanitizeHtml } from '../internal/sanitize.js';
import { collapseSpace } from '../internal/text.js';
import { attempt, type Warning } from '../internal/warn.js';

/** One question and its answer, as the element renders it. */
export interface FaqItem {
  /** Unique in the document: the deep-link target (`#id`). */
  id: string;
  question: string;
  /** The answer's content, ready to render (authored nodes cloned, or sanitised fresh nodes). */
  answer: HTMLElement;
  /** Open when first shown (authored `<details open>`). */
  open: boolean;
}

/** What developers give the `items` property. `answer` is HTML, sanitised like any untrusted HTML. */
export interface FaqItemInput {
  id?: string;
  question: string;
  answer: string;
}

/** An item before it has its unique id. */
export type Draft = Omit<FaqItem, 'id'> & { id?: string };

/** A readable, URL-safe id from a question: accents folded, letters and digits of any script kept. */
export function slugify(text: string): string {
  const slug = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'question';
}

/** Lower case without accents, for search and slugs: "Qué es" → "que es". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * One answer, sanitised. All the answers of one source share one `budget` of `MAX_NODES` nodes (what renders in well
 * under 100 ms): the first answers take what they need; those after it runs out are empty.
 */
function answerFrom(html: string, warnings: string[], budget: { nodes: number }, baseUrl?: string): HTMLElement {
  const { fragment, issues } = sanitizeHtml(html, { baseUrl, budget });
  issues.forEach((issue) => warnings.push(`answer sanitised: ${issue}`));
  const answer = createElement('div');
  answer.append(fragment);
  return answer;
}

/**
 * Gives every draft a unique id: its own, else a slug of its question; `-2`, `-3`… on a clash. Each base remembers
 * the suffix it reached, so that a thousand questions of one name take a thousand steps, not half a million.
 */
export function assignIds(drafts: Draft[], taken: (id: string) => boolean = () => false): FaqItem[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return drafts.map((draft) => {
    const base = draft.id?.trim() || slugify(draft.question);
    let id = base;
    let n = next.get(base) ?? 2;
    while (used.has(id) || taken(id)) id = `${base}-${n++}`;
    next.set(base, n);
    used.add(id);
    return { ...draft, id };
  });
}

/** The first child element of `parent` named `name`. */
function firstChildNamed(parent: Element | DocumentFragment, name: string): Element | null {
  let child = parent.firstElementChild;
  while (child && child.localName !== name) child = child.nextElementSibling;
  return child;
}

/** Items from the `<details>` children of `host`: the page author's own content, cloned as it is. */
export function fromDetails(host: Element): { drafts: Draft[]; warnings: string[] } {
  const drafts: Draft[] = [];
  const warnings: string[] = [];
  // Node by node as little as possible: each node script touches keeps a wrapper object as long as it lives.
  const range = createRange();
  for (const details of Array.from(host.children)) {
    if (details.localName !== 'details') continue;
    const question = collapseSpace(firstChildNamed(details, 'summary')?.textContent);
    if (!question) {
      warnings.push('a <details> without a <summary> question was skipped');
      continue;
    }
    range.selectNodeContents(details);
    const answer = createElement('div');
    answer.append(range.cloneContents());
    firstChildNamed(answer, 'summary')!.remove();
    drafts.push({ id: details.id || undefined, question, answer, open: details.hasAttribute('open') });
  }
  range.detach();
  return { drafts, warnings };
}

/** The fragment id of a schema.org node's `@id` or `url`, if any: `…/faq#cost` → `cost`. */
function fragmentId(node: JsonObject): string | undefined {
  for (const key of ['@id', 'url']) {
    const value = textValue(node[key]);
    const hash = value?.indexOf('#') ?? -1;
    if (value && hash >= 0 && hash < value.length - 1) {
      try {
        return decodeURIComponent(value.slice(hash + 1));
      } catch {
        return value.slice(hash + 1);
      }
    }
  }
  return undefined;
}

/**
 * Most questions read from a document or the `items` property: far more than any FAQ has, few enough to render at
 * once (a hostile `src` document of 512 KiB holds thousands). Authored `<details>` are the page's own and not cut.
 */
export const MAX_ITEMS = 200;

/** The first `MAX_ITEMS` entries of a list, with a warning when there are more. */
function firstItems(list: unknown[], warnings: string[]): unknown[] {
  if (list.length > MAX_ITEMS) warnings.push(`only the first ${MAX_ITEMS} questions are read`);
  return list.slice(0, MAX_ITEMS);
}

/** Items from a schema.org FAQPage (any JSON-LD shape: arrays, `@graph`, prefixed types). */
export function fromJsonLd(
  data: unknown,
  baseUrl?: string,
): { drafts: Draft[]; warnings: string[]; credit: Credit } | { error: string } {
  const page = findNode(data, ['FAQPage']);
  if (!page) return { error: 'no schema.org FAQPage found' };
  const drafts: Draft[] = [];
  const { credit, warnings } = readCredit(page, baseUrl);
  const budget = { nodes: MAX_NODES };
  for (const entity of firstItems(listValue(page.mainEntity), warnings)) {
    if (!isObject(entity)) continue;
    const question = collapseSpace(textValue(entity.name));
    const answerNode = [...listValue(entity.acceptedAnswer), ...listValue(entity.suggestedAnswer)].find(isObject);
    const text = answerNode && textValue(answerNode.text);
    if (!question || !text) {
      warnings.push(`a Question without ${question ? 'an answer text' : 'a name'} was skipped`);
      continue;
    }
    drafts.push({ id: fragmentId(entity), question, answer: answerFrom(text, warnings, budget, baseUrl), open: false });
  }
  if (!drafts.length) return { error: 'the FAQPage has no questions with answers' };
  return { drafts, warnings, credit };
}

/** Items from the `items` property: untrusted like any HTML, so answers are sanitised. */
export function fromInput(value: unknown): { drafts: Draft[]; warnings: string[] } {
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  if (!Array.isArray(value)) {
    warnings.push('items must be an array of { id?, question, answer }; ignored');
    return { drafts, warnings };
  }
  const budget = { nodes: MAX_NODES };
  firstItems(value, warnings).forEach((entry, index) => {
    const question = isObject(entry) && typeof entry.question === 'string' ? collapseSpace(entry.question) : '';
    const answer = isObject(entry) && typeof entry.answer === 'string' ? entry.answer : undefined;
    if (!question || answer === undefined) {
      warnings.push(`item ${index} needs a question and an answer string; skipped`);
      return;
    }
    const { id } = entry as JsonObject;
    drafts.push({
      id: typeof id === 'string' ? id : undefined,
      question,
      answer: answerFrom(answer, warnings, budget),
      open: false,
    });
  });
  return { drafts, warnings };
}

/** The schema.org FAQPage describing `items` (answers as their HTML), with its credit and review. */
export function toJsonLd(items: readonly FaqItem[], credit: Credit = {}): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...creditJsonLd(credit),
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer.innerHTML.trim() },
    })),
  };
}

/** An item's text folded for search: made on its first search, kept while the item lives, so a keystroke folds nothing. */
interface SearchText {
  /** Question and answer, folded: what a query must match. */
  all: string;
  /** The question folded, and for each of its code units the index of the character it came from. */
  question: string;
  from: readonly number[];
}

const searchTexts = new WeakMap<FaqItem, SearchText>();

function searchText(item: FaqItem): SearchText {
  let text = searchTexts.get(item);
  if (!text) {
    const [question, from] = foldWithOrigins(item.question);
    text = { all: `${question} ${fold(item.answer.textContent ?? '')}`, question, from };
    searchTexts.set(item, text);
  }
  return text;
}

/** Whether every word of the (folded) query is in the item's question or answer. */
export function matches(item: FaqItem, words: readonly string[]): boolean {
  const { all } = searchText(item);
  return words.every((word) => all.includes(word));
}

/**
 * Whether some word of the query is missing from the item's question: the item matched (at least partly) in its
 * answer, which its question alone does not show.
 */
export function matchesInAnswer(item: FaqItem, words: readonly string[]): boolean {
  const { question } = searchText(item);
  return words.some((word) => !question.includes(word));
}

/** The words of a search query, folded. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** `text` folded, and for each code unit of the result the index of the character of `text` it came from. */
function foldWithOrigins(text: string): [string, number[]] {
  let folded = fold(text);
  const from: number[] = [];
  if (folded.length === text.length) {
    // The usual case: each character folds to one code unit.
    for (let i = 0; i <= text.length; i++) from.push(i);
  } else {
    folded = '';
    for (let i = 0; i < text.length;) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      const f = fold(char);
      folded += f;
      for (let k = 0; k < f.length; k++) from.push(i);
      i += char.length;
    }
    from.push(text.length);
  }
  return [folded, from];
}

/** The item's question cut into runs, `true` where a query word matches (accent- and case-insensitively). */
export function questionParts(item: FaqItem, words: readonly string[]): Array<[string, boolean]> {
  const { question: folded, from } = searchText(item);
  const text = item.question;
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const end = from[at + word.length]!;
      for (let i = from[at]!; i < end; i++) marked[i] = true;
    }
  }
  const parts: Array<[string, boolean]> = [];
  for (let start = 0, i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push([text.slice(start, i), marked[start]!]);
      start = i;
    }
  }
  return parts;
}

/** What the FAQ reads its questions from. */
export interface FaqSources {
  /** The `items` property, as JavaScript set it. */
  items: unknown;
  /** The state of the `src` document. */
  source: SourceState;
  /** The element: its authored `<details>` and inline JSON-LD. */
  host: Element;
  /** The credit attributes (`publisher`, `reviewed`…), over the credit of the FAQPage the questions come from. */
  credit?: CreditAttributes;
}

/** The FAQ's questions (before their ids are made unique in the page), and what was wrong with its sources. */
export interface FaqReading {
  drafts: Draft[];
  warnings: Warning[];
  /** `src` could not be loaded, or holds no FAQPage: the element says so. */
  failed: boolean;
  /** Who published the questions and when they were reviewed: the attributes over the FAQPage's. */
  credit: Credit;
}

/**
 * The FAQ's questions from the first source that has a list, taken whole (sources are never mixed):
 * 1. the `items` property, when it is an array (even an empty one; anything else warns and counts as unset);
 * 2. the FAQPage loaded from `src`;
 * 3. the authored `<details>` children;
 * 4. the first inline JSON-LD script holding a FAQPage.
 */
export function readFaq({ items, source, host, credit: attributes = {} }: FaqSources): FaqReading {
  const warnings: Warning[] = [];
  let failed = false;
  let found: Credit = {};
  if (source.status === 'failed') {
    failed = true;
    warnings.push(sourceWarning(source));
  }
  /** One source's reading, its warnings said and its credit kept; undefined (with a warning) when it cannot be read. */
  const take = <T extends { drafts: Draft[]; warnings: string[]; credit?: Credit } | { error: string }>(
    subject: string,
    read: () => T,
  ) => {
    const result = attempt(subject, warnings, read);
    if (result && !('error' in result)) {
      for (const message of result.warnings) warnings.push({ subject, message });
      found = result.credit ?? found;
    }
    return result;
  };
  const done = (drafts: Draft[]): FaqReading => {
    const { credit, warnings: more } = withAttributes(found, attributes, host.baseURI);
    return { drafts, warnings: [...warnings, ...more], failed, credit };
  };
  if (items != null) {
    const result = take('items', () => fromInput(items));
    if (result && Array.isArray(items)) return done(result.drafts);
  }
  if (source.status === 'loaded') {
    const result = take('src', () => fromJsonLd(source.data, source.url));
    if (result && !('error' in result)) return done(result.drafts);
    failed = true;
    if (result) warnings.push({ subject: 'src', message: `${source.src}: ${result.error}` });
  }
  const authored = take('content', () => fromDetails(host));
  if (authored?.drafts.length) return done(authored.drafts);
  const [inline] = readInlineJsonLd(host, (value) => fromJsonLd(value, host.baseURI), warnings);
  return done(inline ? take('json-ld', () => inline)!.drafts : []);
}
