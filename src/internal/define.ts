import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Marks a constructor as ours, so a second copy of the library recognises the first. */
export interface ClinicElementConstructor extends CustomElementConstructor {
  readonly clinicElementsVersion?: string;
}

/**
 * Registers `constructor` as `tagName`, safely: loading an entry twice, or two copies of the
 * library on one page, never throws. Another version (or another library) already holding the
 * tag name keeps it, and the page gets one console warning.
 */
export function defineElement(tagName: string, constructor: ClinicElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as ClinicElementConstructor | undefined;
  if (!existing) {
    customElements.define(tagName, constructor);
    return;
  }
  if (existing === constructor) return;
  const theirs = existing.clinicElementsVersion;
  if (theirs === VERSION) return; // Another build of this same version: identical behaviour.
  warnOnce(
    tagName,
    'registration',
    theirs
      ? `clinic-elements ${theirs} already defined this tag; version ${VERSION} keeps that definition.`
      : `another script already defined this tag; clinic-elements ${VERSION} keeps that definition.`,
  );
}
