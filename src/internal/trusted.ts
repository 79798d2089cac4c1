/**
 * The library's Trusted Types policy, shared by the sanitiser (HTML about to be sanitised) and the JSON-LD it writes
 * into the head (script text). A module of its own, so that an element that never sanitises does not carry the
 * sanitiser.
 */

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
let policy: Policy | null | undefined;

/** Forgets the cached Trusted Types policy (tests only). */
export function resetSanitizerPolicy(): void {
  policy = undefined;
}

/**
 * The library's one Trusted Types policy, `clinic-elements-sanitizer`, created on first use; `null`
 * when the page's `trusted-types` directive does not allow it; `undefined` without Trusted Types.
 * It only ever receives HTML about to be sanitised and JSON-LD text this library serialised.
 */
export function trustedPolicy(): Policy | null | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  if (!tt) return undefined;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('clinic-elements-sanitizer', {
        createHTML: (s: string) => s,
        createScript: (s: string) => s,
      });
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Sets the text of a data `<script>` (JSON-LD) through the Trusted Types policy where the page has Trusted Types.
 * False, with nothing set, when the page refuses the policy: any other way of setting script text would then be a
 * `require-trusted-types-for` violation.
 */
export function setScriptText(script: HTMLScriptElement, text: string): boolean {
  const trusted = trustedPolicy();
  if (trusted === null) return false;
  script.text = (trusted ? trusted.createScript(text) : text) as string;
  return true;
}
