import { collapseSpace } from '../internal/text.js';

/**
 * Count bands: which message a number of ticked signs gets. Pure functions, no DOM.
 *
 * With thresholds `a,b,c` (default `2,4,6`): no signs is `none`, fewer than `a` is `few`,
 * `a` up to `b - 1` is `some`, `b` up to `c - 1` is `several`, `c` or more is `many`.
 * The messages grow more encouraging to reach out; none of them diagnoses.
 */

export const BANDS = ['none', 'few', 'some', 'several', 'many'] as const;
export type Band = (typeof BANDS)[number];
export type Thresholds = readonly [number, number, number];

export const DEFAULT_THRESHOLDS: Thresholds = [2, 4, 6];

export interface ParsedThresholds {
  thresholds: Thresholds;
  /** Set when the value was not usable and the default is used instead. */
  warning?: string;
}

/**
 * Parses the `thresholds` attribute: three ascending positive integers separated by commas
 * (spaces allowed), e.g. `2,4,6`. Anything else gives the default and a warning; empty or
 * missing gives the default silently.
 */
export function parseThresholds(value: string | null | undefined): ParsedThresholds {
  if (value == null || value.trim() === '') return { thresholds: DEFAULT_THRESHOLDS };
  const parts = value.split(',').map((part) => part.trim());
  const numbers = parts.map((part) => (/^\d{1,4}$/.test(part) ? Number(part) : NaN));
  // Each above the one before (the first above 0); NaN is above nothing.
  if (numbers.length !== 3 || !numbers.every((n, i) => n > (numbers[i - 1] ?? 0))) {
    return {
      thresholds: DEFAULT_THRESHOLDS,
      warning: `"${value}" is not three ascending positive whole numbers such as "2,4,6"; using ${DEFAULT_THRESHOLDS.join(',')}.`,
    };
  }
  return { thresholds: numbers as unknown as Thresholds };
}

/** The band for `count` ticked signs. */
export function bandFor(count: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Band {
  if (!(count > 0)) return 'none';
  if (count < thresholds[0]) return 'few';
  if (count < thresholds[1]) return 'some';
  if (count < thresholds[2]) return 'several';
  return 'many';
}

/** Custom wording per band, as given to the `results` property. */
export type ResultMessages = Partial<Record<Band, string>>;

/**
 * Validates the `results` property: an object of plain-text messages keyed by band. Unknown
 * keys and non-string values are dropped with a warning each.
 */
export function normalizeResults(input: unknown): { messages: ResultMessages; warnings: string[] } {
  const messages: ResultMessages = {};
  const warnings: string[] = [];
  if (input == null) return { messages, warnings };
  if (typeof input !== 'object' || Array.isArray(input)) {
    warnings.push(`expected an object of messages keyed by ${BANDS.join(', ')}; using the built-in wording.`);
    return { messages, warnings };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(BANDS as readonly string[]).includes(key)) {
      warnings.push(`"${key}" is not a band (${BANDS.join(', ')}); ignored.`);
    } else if (typeof value !== 'string' || !value.trim()) {
      warnings.push(`the "${key}" message is not text; using the built-in wording.`);
    } else {
      messages[key as Band] = collapseSpace(value);
    }
  }
  return { messages, warnings };
}
