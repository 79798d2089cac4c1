/** Reading and writing schema.org JSON-LD: plain functions, no rendering. */
import { createElement, part } from './dom.js';
import { setScriptText } from './trusted.js';
import { attempt, warnOnce, type Warning } from './warn.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every node of a JSON-LD value: top-level arrays and `@graph` are flattened. */
export function jsonLdNodes(value: unknown): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8) return; // Hostile nesting: stop rather than recurse without bound.
    if (Array.isArray(v)) v.forEach((item) => visit(item, depth + 1));
    else if (isObject(v)) {
      nodes.push(v);
      if ('@graph' in v) visit(v['@graph'], depth + 1);
    }
  };
  visit(value, 0);
  return nodes;
}

/** The node's types without a schema.org prefix: `https://schema.org/FAQPage` → `FAQPage`. */
export function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

/** The first node whose type is one of `types`. */
export function findNode(value: unknown, types: readonly string[]): JsonObject | undefined {
  return jsonLdNodes(value).find((node) => typesOf(node).some((t) => types.includes(t)));
}

/** Most wrappers (arrays, `@value` objects) unwrapped around a value: hostile JSON nests them thousands deep. */
const MAX_WRAPPING = 8;

/**
 * A text value: a string, a number, `{ "@value": … }`, or the first of an array, unwrapped at most `MAX_WRAPPING`
 * deep. Trimmed; empty is undefined.
 */
export function textValue(value: unknown): string | undefined {
  for (let i = 0; i < MAX_WRAPPING; i++) {
    if (Array.isArray(value)) value = value[0];
    else if (isObject(value) && '@value' in value) value = value['@value'];
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** A list: arrays as they are, a single value as a one-item list, nothing as empty. */
export function listValue(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Parses JSON text; the error message on failure. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const JSON_LD_SELECTOR = 'script[type="application/ld+json"]';

/** The inline JSON-LD `<script>` children of `host` (direct children only, so nested elements keep theirs). */
export function inlineJsonLdScripts(host: Element): HTMLScriptElement[] {
  // Through Element.prototype: a `<form>` child answers `matches` with its control of that name.
  return Array.from(host.children).filter((child): child is HTMLScriptElement =>
    Element.prototype.matches.call(child, JSON_LD_SELECTOR),
  );
}

/**
 * What `read` makes of each inline JSON-LD script of `host`, in document order. A script that is not JSON, that
 * `read` rejects (by returning `{ error }`) or that it cannot read at all (it throws), is skipped with a `json-ld`
 * warning.
 */
export function readInlineJsonLd<T extends object>(
  host: Element,
  read: (value: unknown) => T | { error: string },
  warnings: Warning[],
): T[] {
  const results: T[] = [];
  for (const script of inlineJsonLdScripts(host)) {
    const result = attempt('json-ld', warnings, () => {
      const parsed = parseJson(script.textContent ?? '');
      return parsed.ok ? read(parsed.value) : { error: `invalid JSON (${parsed.error})` };
    });
    if (result && 'error' in result) warnings.push({ subject: 'json-ld', message: `${result.error}; ignored.` });
    else if (result) results.push(result);
  }
  return results;
}

/** JSON text safe to place in a `<script>`: `<` is escaped so `</script>` or `<!--` cannot end it early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/**
 * One JSON-LD `<script>` in the document's `<head>` that an element owns: written when there is
 * data, updated in place, removed when there is none or the element disconnects. Where the page requires Trusted
 * Types for script text and refuses the library's policy, nothing is written (writing would be a violation the
 * page's CSP reports), with one warning.
 */
export class JsonLdOutput {
  readonly #host: Element;
  #script?: HTMLScriptElement;
  #text = '';

  constructor(host: Element) {
    this.#host = host;
  }

  write(data: unknown | null): void {
    if (data === null || data === undefined) {
      this.remove();
      return;
    }
    const text = serializeJsonLd(data);
    let script = this.#script;
    if (!script) {
      script = this.#script = createElement('script');
      script.type = 'application/ld+json';
      script.dataset.clinicElements = this.#host.localName;
    }
    if (text !== this.#text) {
      if (!setScriptText(script, text)) {
        warnOnce(
          this.#host,
          'structured-data',
          'the page\'s Trusted Types policy refuses "clinic-elements-sanitizer", so no structured data is written.',
        );
        this.remove();
        return;
      }
      this.#text = text;
    }
    if (!script.isConnected) part('head')?.append(script);
  }

  remove(): void {
    this.#script?.remove();
    this.#script = undefined;
    this.#text = '';
  }
}
