/**
 * The built-in signs: which signs, in which group, for which substance. Their wording lives in
 * `strings.ts` (keys `signs.item.<id>`), so a site can reword or translate them with
 * `registerStrings`. Pure data and functions, no DOM.
 */
import { collapseSpace } from '../internal/text.js';

/** The four groups clinicians use for the criteria of a substance-use disorder. */
export const GROUPS = ['control', 'life', 'risk', 'body'] as const;
export type GroupId = (typeof GROUPS)[number];

/** One checkbox of the list. `group` is a built-in group id or an author's own heading text. */
export interface Sign {
  id: string;
  text: string;
  group?: string;
  /** False for a warning sign shown but not counted toward the result (it would count one harm twice). */
  counts?: false;
  /** Text of its own shown under the sign, and read with it. */
  hint?: string;
  /**
   * Notes shown right after this sign. The first is about it and the signs before it in its group, and is read with
   * them; any others stand on their own.
   */
  notesAfter?: readonly string[];
  /** The language of an authored sign's text, where it differs from the element's. */
  lang?: string;
}

/** A built-in sign before translation: `key` is its message in the string tables, as are its hint and note. */
export interface BuiltInSign {
  id: string;
  group: GroupId;
  key: string;
  counts?: false;
  hint?: string;
  notesAfter?: readonly string[];
}

/** How the list reads: the general wording, ketamine's own list, or an author-named substance. */
export type SubstanceKind = 'default' | 'ketamine' | 'custom';

/** The longest substance name used in the wording; longer text is cut (with a warning). */
export const MAX_SUBSTANCE_LENGTH = 60;

const ALL: ReadonlyArray<[string, GroupId]> = [
  ['more', 'control'],
  ['cutDown', 'control'],
  ['time', 'control'],
  ['craving', 'control'],
  ['obligations', 'life'],
  ['relationships', 'life'],
  ['activities', 'life'],
  ['hazardous', 'risk'],
  ['harm', 'risk'],
  ['tolerance', 'body'],
  ['withdrawal', 'body'],
  ['bladder', 'body'],
];

/** Is `id` one of the four built-in group ids? */
export function isGroupId(id: unknown): id is GroupId {
  return typeof id === 'string' && (GROUPS as readonly string[]).includes(id);
}

/** Reads the `substance` attribute: empty means the general wording; ketamine has its own list. */
export function substanceKind(substance: string | null | undefined): SubstanceKind {
  const value = (substance ?? '').trim().toLowerCase();
  if (!value) return 'default';
  if (value === 'ketamine' || value === 'ketamina') return 'ketamine';
  return 'custom';
}

/** Tidies an author's substance name: plain text, single spaces, at most MAX_SUBSTANCE_LENGTH characters. */
export function cleanSubstance(substance: string): string {
  return [...collapseSpace(substance)].slice(0, MAX_SUBSTANCE_LENGTH).join('');
}

/**
 * The built-in signs for a substance. The note on supervised medicine follows the signs it is about (tolerance and
 * withdrawal). Ketamine leaves out withdrawal, which the diagnostic criteria for ketamine do not include, and says
 * instead what some people feel after stopping; it adds its own physical warning sign, the bladder, shown with its
 * own advice but not counted (continuing despite that harm is already the "harm" sign).
 */
export function builtInSigns(kind: SubstanceKind): BuiltInSign[] {
  const ketamine = kind === 'ketamine';
  const signs: BuiltInSign[] = [];
  for (const [id, group] of ALL) {
    if (id === (ketamine ? 'withdrawal' : 'bladder')) continue;
    const sign: BuiltInSign = { id, group, key: `signs.item.${id}` };
    if (id === 'withdrawal') sign.notesAfter = ['signs.note.supervised'];
    if (id === 'tolerance' && ketamine)
      sign.notesAfter = ['signs.note.supervisedKetamine', 'signs.note.afterStoppingKetamine'];
    if (id === 'bladder') Object.assign(sign, { counts: false, hint: 'signs.hint.bladder' });
    signs.push(sign);
  }
  return signs;
}

/** A run of signs under one heading; `group` is null for signs an author gave no group. */
export interface SignGroup {
  group: string | null;
  items: Sign[];
}

/** Groups signs by their `group`, in order of first appearance. */
export function groupSigns(items: readonly Sign[]): SignGroup[] {
  const groups: SignGroup[] = [];
  const byName = new Map<string | null, SignGroup>();
  for (const item of items) {
    const name = item.group ?? null;
    let group = byName.get(name);
    if (!group) {
      group = { group: name, items: [] };
      byName.set(name, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
