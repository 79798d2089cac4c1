import { html, isServer, LitElement, type PropertyValues } from 'lit';
import { CANCELABLE_EVENTS, type ClinicElementsEventDetails, type ClinicEventName } from '../events.js';
import { LocalizeController, ownLang, type BuiltInStrings, type Vars } from './localize.js';
import { commonStrings } from './strings.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';
import { warnOnce, type Warning } from './warn.js';

/** What an element renders on the server in place of content authored in its light DOM, which the server cannot see. */
export const serverSlot = html`<slot></slot>`;

/**
 * What every clinic element shares: theme styles, language and strings, warnings, events, and the version mark that lets a second copy of the library recognise this one.
 *
 * Every element follows one path: `willUpdate` reads all its inputs through the element's own pure reader, which
 * returns a model and warnings; the element warns once per warning; `render()` only renders the model; events go
 * out through `emit()`.
 *
 * The theme's custom properties that every element uses are documented here once; the Custom Elements Manifest
 * lists them on each element as inherited. Set them on the element or on any ancestor.
 *
 * @cssproperty [--clinic-font=inherit] - Font family: the page's unless set.
 * @cssproperty [--clinic-text=inherit] - Text colour: the page's unless set.
 * @cssproperty [--clinic-text-muted=color-mix(in srgb, currentColor 76%, transparent)] - Secondary text (hints, notes, the checklist's disclaimer) and the FAQ search box's border.
 * @cssproperty [--clinic-accent=light-dark(#0f6b5c, #5fd4be)] - Links, buttons, icons, checkboxes and the focus ring.
 * @cssproperty [--clinic-border=color-mix(in srgb, currentColor 24%, transparent)] - Borders and the lines between rows.
 * @cssproperty [--clinic-radius=0.5em] - Corner radius of boxes, fields and buttons.
 * @cssproperty [--clinic-focus-ring=3px solid var(--clinic-accent)] - The keyboard focus outline.
 */
export class ClinicElement extends LitElement {
  /** Read by `defineElement` in other copies of the library. */
  static readonly clinicElementsVersion = VERSION;
  static override styles = [themeStyles];
  /** Built-in messages of the element; subclasses merge theirs with `commonStrings`. */
  static strings: BuiltInStrings = commonStrings;

  protected readonly i18n = new LocalizeController(this, (this.constructor as typeof ClinicElement).strings);

  /**
   * Render as the server does (docs/ssr.md): true on the server, and in the browser for the first render over a shadow
   * root the server rendered, which Lit's hydrate support hydrates and which must match. The element then renders again
   * for real, in the same task (no paint between). Closed roots are never hydrated: the browser empties them.
   */
  protected asOnServer = isServer;

  protected override createRenderRoot() {
    // A declarative (server-rendered) open root. Lit's hydrate support, which observes `defer-hydration` on every
    // element, hydrates it; without it, Lit would render beside the server's copy, so that copy goes.
    const root = this.shadowRoot;
    if (!isServer && root) {
      const hydrating = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
      if (hydrating) this.asOnServer = true;
      else root.replaceChildren();
    }
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The server sees no ancestor of the element: only its own `lang` (docs/ssr.md).
    if (this.asOnServer) this.i18n.lang = ownLang(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (isServer || !this.asOnServer) return;
    this.asOnServer = false;
    // After this update, not during it (Lit warns about updates scheduled in `updated`); still before any paint.
    queueMicrotask(() => {
      this.i18n.refresh();
      this.requestUpdate();
    });
  }

  /** Translates `key` into the element's language. */
  protected t(key: string, vars?: Vars): string {
    return this.i18n.t(key, vars);
  }

  /** One console warning per element and subject (e.g. an attribute name). */
  protected warn(subject: string, message: string): void {
    warnOnce(this, subject, message);
  }

  /** The warnings a reader returned, each said once. */
  protected warnAll(warnings: readonly Warning[]): void {
    for (const { subject, message } of warnings) this.warn(subject, message);
  }

  /**
   * Dispatches one of the library's events (`src/events.ts`): it bubbles, is composed, its detail is frozen, and it
   * is cancelable only where the event says so. Returns false when a listener cancelled it.
   */
  protected emit<K extends ClinicEventName>(name: K, detail: ClinicElementsEventDetails[K]): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, {
        detail: Object.freeze(detail),
        bubbles: true,
        composed: true,
        cancelable: CANCELABLE_EVENTS.has(name),
      }),
    );
  }
}
