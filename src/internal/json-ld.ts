/** Reading and writing schema.org JSON-LD: plain functions, no rendering. */
import { setScriptText } from './sanitize.js';
import type { Warning } from './warn.js';

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

/** A text value: a string, a number, `{ "@value": … }`, or the first of an array. Trimmed; empty is undefined. */
export function textValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return textValue(value[0]);
  if (isObject(value) && '@value' in value) return textValue(value['@value']);
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
  return Array.from(host.children).filter((child): child is HTMLScriptElement => child.matches(JSON_LD_SELECTOR));
}

/**
 * What `read` makes of each inline JSON-LD script of `host`, in document order. A script that is not JSON, or that
 * `read` rejects (by returning `{ error }`), is skipped with a `json-ld` warning.
 */
export function readInlineJsonLd<T extends object>(
  host: Element,
  read: (value: unknown) => T | { error: string },
  warnings: Warning[],
): T[] {
  const results: T[] = [];
  for (const script of inlineJsonLdScripts(host)) {
    const parsed = parseJson(script.textContent ?? '');
    const result = parsed.ok ? read(parsed.value) : { error: `invalid JSON (${parsed.error})` };
    if ('error' in result) warnings.push({ subject: 'json-ld', message: `${result.error}; ignored.` });
    else results.push(result);
  }
  return results;
}

/** JSON text safe to place in a `<script>`: `<` is escaped so `</script>` or `<!--` cannot end it early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/**
 * One JSON-LD `<script>` in the document's `<head>` that an element owns: written when there is
 * data, updated in place, removed when there is none or the element disconnects.
 */
export class JsonLdOutput {
  readonly #owner: string;
  #script?: HTMLScriptElement;
  #text = '';

  constructor(owner: string) {
    this.#owner = owner;
  }

  write(data: unknown | null): void {
    if (data === null || data === undefined) {
      this.remove();
      return;
    }
    const text = serializeJsonLd(data);
    let script = this.#script;
    if (!script) {
      script = this.#script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.clinicElements = this.#owner;
    }
    if (text !== this.#text) {
      // Through the library's Trusted Types policy where the page requires one for script text.
      setScriptText(script, text);
      this.#text = text;
    }
    if (!script.isConnected) document.head.append(script);
  }

  remove(): void {
    this.#script?.remove();
    this.#script = undefined;
    this.#text = '';
  }
}
