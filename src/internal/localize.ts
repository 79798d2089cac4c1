import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { part } from './dom.js';
import { warnOnce } from './warn.js';

/** A message, or plural forms chosen by `Intl.PluralRules` from the `count` variable. */
export type StringValue = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
/** Messages by key. `{name}` in a message is replaced by the variable `name`. */
export type StringTable = Record<string, StringValue>;
/** An element's built-in messages: English is required, other languages are optional. */
export type BuiltInStrings = { en: StringTable } & Partial<Record<string, StringTable>>;
export type Vars = Record<string, string | number>;
/** A message in the element's language: what `ClinicElement.t` does, handed to pure readers and formatters. */
export type Translate = (key: string, vars?: Vars) => string;

interface Registry {
  tables: Map<string, StringTable>;
  listeners: Set<() => void>;
}

// Kept on globalThis (created on first use, never at import) so that strings a site registers
// reach every copy of the library on the page.
const REGISTRY = Symbol.for('clinic-elements.strings');

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY] ??= { tables: new Map(), listeners: new Set() });
}

function canonicalLang(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

function isStringValue(value: unknown): value is StringValue {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const forms = Object.entries(value);
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    forms.every(
      ([form, text]) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form) && typeof text === 'string',
    )
  );
}

/**
 * Registers a site's own messages for a language (a BCP 47 tag such as `fr` or `es-MX`). They take
 * precedence over the built-in ones; keys not given keep their built-in text. Elements already on
 * the page update at once. Invalid tags or values are skipped with a console warning.
 */
export function registerStrings(lang: string, strings: StringTable): void {
  const tag = typeof lang === 'string' ? canonicalLang(lang) : undefined;
  if (!tag) {
    warnOnce('clinic-elements', 'registerStrings', `"${String(lang)}" is not a valid language tag; strings ignored.`);
    return;
  }
  if (!strings || typeof strings !== 'object') {
    warnOnce('clinic-elements', 'registerStrings', `strings for "${tag}" must be an object of messages; ignored.`);
    return;
  }
  const { tables, listeners } = registry();
  const key = tag.toLowerCase();
  const table: StringTable = { ...tables.get(key) };
  for (const [name, value] of Object.entries(strings)) {
    if (isStringValue(value)) table[name] = value;
    else
      warnOnce(
        'clinic-elements',
        'registerStrings',
        `"${tag}" message "${name}" is not a string or plural forms; skipped.`,
      );
  }
  tables.set(key, table);
  listeners.forEach((listener) => listener());
}

/** The country a BCP 47 language tag names, if any: `en-US` → `US`, `zh-Hant-TW` → `TW`, `en` and `es-419` → none. */
export function regionOfLanguage(tag: string): string | undefined {
  return /-([a-z]{2})(?:-|$)/i.exec(tag)?.[1]?.toUpperCase();
}

/** Language tags to try, most specific first: `es-MX` → `es-mx`, `es`, then `en`. */
export function fallbackChain(lang: string): string[] {
  const chain: string[] = [];
  const parts = (canonicalLang(lang) ?? '').toLowerCase().split('-').filter(Boolean);
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The element's own `lang` only, canonical, else English: all a server renderer can see. */
export function ownLang(element: Element): string {
  return canonicalLang(element.getAttribute('lang')?.trim() || 'en') ?? 'en';
}

/** The language of `element`: its own or nearest ancestor's `lang` (across shadow roots), else the document's, else English. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')!.trim();
      return lang && canonicalLang(lang) ? canonicalLang(lang)! : 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const docLang = (element.ownerDocument && part('documentElement', element.ownerDocument))?.lang.trim();
  return (docLang && canonicalLang(docLang)) || 'en';
}

// Intl formatters are costly to create (milliseconds each) and every count in a message needs one: one per language.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cachedIntl<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = make(locale)));
  return value;
}

function interpolate(message: string, vars: Vars | undefined, locale: string): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? cachedIntl(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(value)
      : value;
  });
}

/** Looks a message up for `lang`: site strings, then built-ins, from the most specific language to English. */
export function translate(lang: string, builtIns: BuiltInStrings, key: string, vars?: Vars): string {
  const { tables } = registry();
  for (const tag of fallbackChain(lang)) {
    const value = tables.get(tag)?.[key] ?? builtIns[tag]?.[key];
    if (value === undefined) continue;
    if (typeof value === 'string') return interpolate(value, vars, lang);
    const count = typeof vars?.count === 'number' ? vars.count : NaN;
    let form: Intl.LDMLPluralRule = 'other';
    try {
      form =
        count === 0 && value.zero !== undefined
          ? 'zero'
          : cachedIntl(pluralRules, tag, (l) => new Intl.PluralRules(l)).select(count);
    } catch {
      // An unknown locale for PluralRules: 'other' is always present.
    }
    return interpolate(value[form] ?? value.other, vars, lang);
  }
  return key;
}

// One observer for all elements: any `lang` change in the document re-resolves their language.
let langObserver: MutationObserver | undefined;
const connected = new Set<LocalizeController>();

function observeLang(controller: LocalizeController): void {
  connected.add(controller);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => connected.forEach((c) => c.refresh()));
    langObserver.observe(part('documentElement')!, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unobserveLang(controller: LocalizeController): void {
  connected.delete(controller);
  if (connected.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/** Gives an element its language (`lang`), a translator (`t`) and re-renders it when either changes. */
export class LocalizeController implements ReactiveController {
  /** The resolved BCP 47 language tag, usable with Intl. */
  lang = 'en';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #builtIns: BuiltInStrings;
  readonly #onStrings = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & HTMLElement, builtIns: BuiltInStrings) {
    this.#host = host;
    this.#builtIns = builtIns;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh(); // The element may have moved into a section of another language.
    observeLang(this);
    registry().listeners.add(this.#onStrings);
  }

  hostDisconnected(): void {
    unobserveLang(this);
    registry().listeners.delete(this.#onStrings);
  }

  /** Re-resolves the language; re-renders only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.#host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.#host.requestUpdate();
    }
  }

  t(key: string, vars?: Vars): string {
    return translate(this.lang, this.#builtIns, key, vars);
  }
}
