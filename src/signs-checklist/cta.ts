/**
 * Calls to action and crisis resources: data and validation only, no DOM rendering.
 */
import { safeHttpUrl } from '../internal/url.js';

/** Which crisis resources show: the built-in US ones, an author's own (slot), or none. */
export type CrisisMode = 'us' | 'none';

/** Reads the `crisis` attribute: `none` hides the resources; empty or `us` shows the US ones. */
export function parseCrisis(value: string | null | undefined): { mode: CrisisMode; warning?: string } {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '' || v === 'us') return { mode: 'us' };
  if (v === 'none') return { mode: 'none' };
  return { mode: 'us', warning: `"${value}" is not "us" or "none"; showing the US crisis resources.` };
}

/**
 * Reads the `contact-url` attribute: kept as written when it resolves (against `base`) to an
 * http or https URL, so in-page links such as `#contact` work; anything else is dropped.
 */
export function safeContactUrl(
  value: string | null | undefined,
  base?: string,
): { url: string | null; warning?: string } {
  const text = (value ?? '').trim();
  if (!text) return { url: null };
  if (safeHttpUrl(text, base)) return { url: text };
  return { url: null, warning: `"${text}" is not an http or https URL; the contact link is left out.` };
}

/** One way to reach help in the built-in US crisis resources. */
export interface CrisisLink {
  /** String key of the link's visible text. */
  key: string;
  href: string;
}

export interface CrisisResource {
  /** String key of the resource's description. */
  key: string;
  links: CrisisLink[];
}

/** 988 Suicide & Crisis Lifeline (call or text), SAMHSA's National Helpline, and 911. */
export const US_CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    key: 'signs.crisis.lifeline',
    links: [
      { key: 'signs.crisis.lifelineCall', href: 'tel:988' },
      { key: 'signs.crisis.lifelineText', href: 'sms:988' },
    ],
  },
  { key: 'signs.crisis.samhsa', links: [{ key: 'signs.crisis.samhsaCall', href: 'tel:+18006624357' }] },
  { key: 'signs.crisis.emergency', links: [{ key: 'signs.crisis.emergencyCall', href: 'tel:911' }] },
];
