import { LitElement } from 'lit';
import { LocalizeController, type BuiltInStrings, type Vars } from './localize.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';
import { commonStrings } from './strings.js';

/**
 * What every clinic element shares: theme styles, language and strings, warn-once, and the
 * version mark that lets a second copy of the library recognise this one.
 */
export class ClinicElement extends LitElement {
  /** Read by `defineElement` in other copies of the library. */
  static readonly clinicElementsVersion = VERSION;
  static override styles = [themeStyles];
  /** Built-in messages of the element; subclasses merge theirs with `commonStrings`. */
  static strings: BuiltInStrings = commonStrings;

  protected readonly i18n = new LocalizeController(this, (this.constructor as typeof ClinicElement).strings);

  /** Translates `key` into the element's language. */
  protected t(key: string, vars?: Vars): string {
    return this.i18n.t(key, vars);
  }

  /**
   * A heading level from a `heading-level` property: 1-6 as given; none (or the attribute removed) is 3;
   * anything else warns once and is 3.
   */
  protected validHeadingLevel(level: unknown): number {
    if (level == null) return 3;
    if (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6) return level as number;
    // JavaScript may have set anything, even a symbol or an object whose toString throws: only its type is shown.
    const given = this.getAttribute('heading-level') ?? (typeof level == 'number' ? level : typeof level);
    this.warn('heading-level', `"${given}" is not 1-6; using 3.`);
    return 3;
  }

  /** One console warning per element and subject (e.g. an attribute name). */
  protected warn(subject: string, message: string): void {
    warnOnce(this, subject, message);
  }
}
