/**
 * Console warnings for bad input: one clear line naming the element and what was wrong,
 * said once per element instance and subject, so a bad attribute does not flood the console.
 */
/** A problem found while reading an element's input: `subject` names the input (an attribute, `src`, `json-ld`…). */
export interface Warning {
  subject: string;
  message: string;
}

const said = new WeakMap<object, Set<string>>();
const saidGlobally = new Set<string>();

function tagOf(source: Element | string): string {
  return typeof source === 'string' ? source : source.localName;
}

/**
 * Warn once for `source` (an element, or a tag name for warnings with no instance) and `subject`
 * (e.g. the attribute name). The same subject with a different message warns again.
 */
export function warnOnce(source: Element | string, subject: string, message: string): void {
  const key = `${subject}\u0000${message}`;
  let seen: Set<string>;
  if (typeof source === 'string') {
    seen = saidGlobally;
  } else {
    seen = said.get(source) ?? new Set();
    said.set(source, seen);
  }
  const fullKey = typeof source === 'string' ? `${source}\u0000${key}` : key;
  if (seen.has(fullKey)) return;
  seen.add(fullKey);
  console.warn(`<${tagOf(source)}> ${subject}: ${message}`);
}

/**
 * The text of `source`'s string property (or of `value` given for it), as a script or framework may set it: a string
 * as is, a finite number as its text, null or undefined as unset; anything else warns once and counts as unset, so
 * that it never reaches `.trim()` and throws.
 */
export function textOf(
  source: Element,
  property: string,
  value: unknown = (source as unknown as Record<string, unknown>)[property],
): string | undefined {
  if (typeof value == 'string') return value;
  if (typeof value == 'number' && isFinite(value)) return `${value}`;
  if (value != null) {
    warnOnce(source, property, `expected a string, got ${typeof value == 'number' ? value : typeof value}; ignored.`);
  }
  return undefined;
}

/**
 * A value as a warning may quote it: text cut to 40 characters, a number as written, anything else (which may be
 * huge, deeply nested or hostile) only by its type.
 */
export function preview(value: unknown): string {
  if (typeof value == 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value == 'number') return `${value}`;
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * A heading level from a `heading-level` property: 1-6 as given; none (or the attribute removed) is 3; anything else
 * is 3 with a warning quoting the attribute as written, else a preview of the value JavaScript set.
 */
export function readHeadingLevel(value: unknown, attribute: string | null): { level: number; warning?: Warning } {
  if (value == null) return { level: 3 };
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6) return { level: value as number };
  return {
    level: 3,
    warning: { subject: 'heading-level', message: `"${attribute ?? preview(value)}" is not 1-6; using 3.` },
  };
}

/**
 * Runs one source's `read` (the `items` property, a `src` document, the authored markup, one inline JSON-LD script):
 * if it throws after all (hostile input beyond every limit, a property getter that throws), that source is skipped
 * with a `subject` warning, so that the element still shows the others and its fallback. Undefined when skipped.
 */
export function attempt<T>(subject: string, warnings: Warning[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    let reason = 'an error';
    try {
      reason = preview((error as Error)?.message ?? error);
    } catch {
      // Even the error is hostile: the generic reason stays.
    }
    warnings.push({ subject, message: `could not be read (${reason}); ignored.` });
    return undefined;
  }
}
