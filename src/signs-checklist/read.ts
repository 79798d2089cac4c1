/**
 * The checklist's reader: every input of the element (attributes, the `items` and `results` properties, the authored
 * `<li>` signs) in, one validated model and its warnings out. Called in `willUpdate`; nothing here renders or warns.
 */
import { regionOfLanguage, type Translate } from '../internal/localize.js';
import { readPhone, type PhoneReading } from '../internal/phone.js';
import { readHeadingLevel, type Warning } from '../internal/warn.js';
import { parseCrisis, safeContactUrl, type CrisisMode } from './cta.js';
import { normalizeItems, type SignInput } from './items.js';
import { normalizeResults, parseThresholds, type ResultMessages, type Thresholds } from './result.js';
import {
  builtInSigns,
  cleanSubstance,
  MAX_SUBSTANCE_LENGTH,
  substanceKind,
  type Sign,
  type SubstanceKind,
} from './signs.js';

/** The element's inputs, as text where they are attributes (a wrongly typed property already counts as unset). */
export interface ChecklistInputs {
  substance?: string;
  thresholds?: string;
  phone?: string;
  contactUrl?: string;
  crisis?: string;
  /** The `items` property, as JavaScript set it. */
  items: unknown;
  /** The `results` property, as JavaScript set it. */
  results: unknown;
  /** The signs written as `<li>` in the element's light DOM. */
  authored: SignInput[];
  /** The page's base URL, for a relative `contact-url`. */
  base?: string;
  /** The `heading-level` property, and the attribute as written. */
  headingLevel?: unknown;
  headingLevelAttribute?: string | null;
  /** The element's language (from the nearest `lang`). */
  lang: string;
  /** Whether the author gave their own crisis resources (an element with `slot="crisis"`). */
  crisisSlot: boolean;
}

/** What the checklist renders. */
export interface Checklist {
  signs: Sign[];
  /** Which list the signs come from when built in: the general one, ketamine's, or one named by the author. */
  kind: SubstanceKind;
  thresholds: Thresholds;
  /** The author's own result wording by band; missing bands use the built-in wording. */
  messages: ResultMessages;
  phone?: PhoneReading;
  contactUrl: string | null;
  crisis: CrisisMode;
  /** The level of the crisis box's heading, 1-6. */
  headingLevel: number;
}

/**
 * Reads the checklist. The signs are the first of: the `items` property, the authored `<li>`s, the built-in list for
 * `substance` (worded in the element's language by `t`).
 */
export function readChecklist(inputs: ChecklistInputs, t: Translate): { checklist: Checklist; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const warn = (subject: string, message: string | undefined) => message && warnings.push({ subject, message });

  const substance = inputs.substance ?? '';
  const kind = substanceKind(substance);
  let signs: Sign[] | undefined;
  for (const [input, subject] of [
    [inputs.items, 'items'],
    [inputs.authored, '<li>'],
  ] as const) {
    const { items, warnings: problems } = normalizeItems(input);
    problems.forEach((message) => warn(subject, message));
    if (items.length) {
      // A sign's own language is kept only where it differs from the element's: that is where the voice must change.
      signs = items.map(({ lang, ...sign }) => (lang && !sameLanguage(lang, inputs.lang) ? { ...sign, lang } : sign));
      break;
    }
  }
  if (!signs) {
    if (kind === 'custom' && [...substance.trim()].length > MAX_SUBSTANCE_LENGTH) {
      warn('substance', `longer than ${MAX_SUBSTANCE_LENGTH} characters; shortened.`);
    }
    const phrase = kind === 'custom' ? cleanSubstance(substance) : t(`signs.substance.${kind}`);
    signs = builtInSigns(kind).map(({ key, hint, notesAfter, ...sign }) => ({
      ...sign,
      text: t(key, { substance: phrase }),
      ...(hint ? { hint: t(hint) } : {}),
      ...(notesAfter ? { notesAfter: notesAfter.map((note) => t(note)) } : {}),
    }));
  }

  const thresholds = parseThresholds(inputs.thresholds);
  warn('thresholds', thresholds.warning);
  const crisis = parseCrisis(inputs.crisis);
  warn('crisis', crisis.warning);
  warn('crisis', usCrisisElsewhere(inputs));
  const heading = readHeadingLevel(inputs.headingLevel, inputs.headingLevelAttribute ?? null);
  if (heading.warning) warnings.push(heading.warning);
  const results = normalizeResults(inputs.results);
  results.warnings.forEach((message) => warn('results', message));
  const phone = readPhone(inputs.phone);
  warn('phone', phone.warning);
  const contact = safeContactUrl(inputs.contactUrl, inputs.base);
  warn('contact-url', contact.warning);

  return {
    checklist: {
      signs,
      kind,
      thresholds: thresholds.thresholds,
      messages: results.messages,
      phone: phone.phone,
      contactUrl: contact.url,
      crisis: crisis.mode,
      headingLevel: heading.level,
    },
    warnings,
  };
}

const sameLanguage = (a: string, b: string) => a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

/**
 * The warning for a page whose language names a region outside the US (`en-GB`, `es-MX`, `fr-CA`…) that shows the
 * built-in US crisis numbers without saying so (neither its own `slot="crisis"` nor `crisis="us"`).
 */
function usCrisisElsewhere({ lang, crisis, crisisSlot }: ChecklistInputs): string | undefined {
  const region = regionOfLanguage(lang) ?? /-(\d{3})(?:-|$)/.exec(lang)?.[1];
  const chosen = (crisis ?? '').trim().toLowerCase();
  if (!region || region === 'US' || crisisSlot || chosen === 'us' || chosen === 'none') return undefined;
  return `the page's language (${lang}) is for a region outside the US, but the crisis resources shown are US numbers (911, 988). Put your local crisis lines in an element with slot="crisis", or set crisis="us" to keep the US ones.`;
}
