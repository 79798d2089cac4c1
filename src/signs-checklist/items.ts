/**
 * Normalises author-supplied signs (the `items` property, or `<li>` elements written in the
 * element's light DOM) into `Sign[]`: plain text only, unique ids, warnings instead of throws.
 */
import { collapseSpace } from '../internal/text.js';
import type { Sign } from './signs.js';

/**
 * One of the checklist's own signs, as an author passes it in `items`: a string, or `{ text, id?, group?, lang? }`
 * (`lang`: the language of `text`, where it differs from the page's, so that screen readers use the right voice).
 */
export type SignInput = string | { id?: string; text: string; group?: string; lang?: string };

export interface NormalizedItems {
  items: Sign[];
  warnings: string[];
}

/** Longest sign text kept; the rest is cut (with a warning). */
export const MAX_TEXT_LENGTH = 300;
/** Most signs kept; a longer list is cut (with a warning). */
export const MAX_ITEMS = 50;

/** A plausible BCP 47 language tag: `en`, `es-MX`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z\d]{2,8}){0,3}$/i;

function cleanId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value
    .trim()
    .replace(/[^\w-]+/g, '-')
    .slice(0, 64);
  return id || undefined;
}

/**
 * Validates a list of signs. Entries that are not a non-empty string or `{ text }` object are
 * skipped with a warning; text is whitespace-collapsed and capped; ids are made unique.
 * A value that is not an array gives no items and one warning.
 */
export function normalizeItems(input: unknown): NormalizedItems {
  const warnings: string[] = [];
  const items: Sign[] = [];
  if (input == null) return { items, warnings };
  if (!Array.isArray(input)) {
    warnings.push('expected an array of strings or { text, id?, group? } objects; using the built-in signs.');
    return { items, warnings };
  }
  const used = new Set<string>();
  let cut = false;
  input.forEach((entry: unknown, index) => {
    let text: string | undefined;
    let id: string | undefined;
    let group: string | undefined;
    let lang: string | undefined;
    if (typeof entry === 'string') {
      text = entry;
    } else if (entry && typeof entry === 'object' && typeof (entry as { text?: unknown }).text === 'string') {
      const object = entry as { text: string; id?: unknown; group?: unknown; lang?: unknown };
      text = object.text;
      id = cleanId(object.id);
      if (typeof object.group === 'string' && collapseSpace(object.group))
        group = collapseSpace(object.group).slice(0, 100);
      if (typeof object.lang === 'string' && LANGUAGE_TAG.test(object.lang)) lang = object.lang;
    }
    text = text === undefined ? undefined : collapseSpace(text);
    if (!text) {
      warnings.push(`item ${index + 1} has no text; skipped.`);
      return;
    }
    if (items.length >= MAX_ITEMS) {
      if (!cut) warnings.push(`more than ${MAX_ITEMS} items; the rest are left out.`);
      cut = true;
      return;
    }
    if ([...text].length > MAX_TEXT_LENGTH) {
      warnings.push(`item ${index + 1} is longer than ${MAX_TEXT_LENGTH} characters; shortened.`);
      text = `${[...text].slice(0, MAX_TEXT_LENGTH - 1).join('')}…`;
    }
    const base = id ?? `item-${index + 1}`;
    let unique = base;
    for (let n = 2; used.has(unique); n++) unique = `${base}-${n}`;
    used.add(unique);
    items.push({ id: unique, text, ...(group ? { group } : {}), ...(lang ? { lang } : {}) });
  });
  return { items, warnings };
}

/**
 * Reads the signs an author wrote as `<li>` children of `<ul>`/`<ol>` children of `host`: their
 * text content only (never markup). A `data-group` on the `<li>`, or else on its list, names its
 * group; an `id` on the `<li>` is kept, and so is a `lang` on the `<li>` or its list. A list marked `data-fallback`
 * (or given a `slot`) is for readers without JavaScript only: the element then shows its built-in, translated signs.
 */
export function itemsFromLightDom(host: Element): SignInput[] {
  const result: SignInput[] = [];
  for (const list of Array.from(host.children)) {
    if (list.localName !== 'ul' && list.localName !== 'ol') continue;
    if (list.hasAttribute('slot') || list.hasAttribute('data-fallback')) continue;
    for (const li of Array.from(list.children)) {
      if (li.localName !== 'li') continue;
      const group = li.getAttribute('data-group') ?? list.getAttribute('data-group') ?? undefined;
      const lang = li.getAttribute('lang') ?? list.getAttribute('lang') ?? undefined;
      const id = li.id || undefined;
      result.push({
        text: li.textContent ?? '',
        ...(id ? { id } : {}),
        ...(group ? { group } : {}),
        ...(lang ? { lang } : {}),
      });
    }
  }
  return result;
}
