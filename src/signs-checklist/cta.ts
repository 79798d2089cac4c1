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
  /** String key of the link's text, which says what it does out of context ("Call 988"). */
  key: string;
  href: string;
  /** Where Spanish readers are sent instead (988 answers a text of AYUDA in Spanish). */
  hrefEs?: string;
}

export interface CrisisResource {
  /** String key of the resource's description. */
  key: string;
  links: CrisisLink[];
}

const CALL_988: CrisisLink = { key: 'signs.crisis.lifelineCall', href: 'tel:988' };
const TEXT_988: CrisisLink = { key: 'signs.crisis.lifelineText', href: 'sms:988', hrefEs: 'sms:988?body=AYUDA' };

/** The pointer before the first sign: call or text 988 at once. */
export const CRISIS_POINTER_LINKS: readonly CrisisLink[] = [CALL_988, TEXT_988];

/**
 * The built-in US crisis resources, most urgent first: 911 for immediate danger; the 988 Suicide & Crisis Lifeline
 * (call, text, chat); 988 for deaf and hard-of-hearing readers; then, apart and named for what it is, SAMHSA's
 * National Helpline, a treatment-referral line rather than a crisis line.
 */
export const US_CRISIS_RESOURCES: readonly CrisisResource[] = [
  { key: 'signs.crisis.emergency', links: [{ key: 'signs.crisis.emergencyCall', href: 'tel:911' }] },
  {
    key: 'signs.crisis.lifeline',
    links: [CALL_988, TEXT_988, { key: 'signs.crisis.lifelineChat', href: 'https://988lifeline.org/chat' }],
  },
  { key: 'signs.crisis.deaf', links: [{ key: 'signs.crisis.deafRelay', href: 'tel:711' }] },
  {
    key: 'signs.crisis.samhsa',
    links: [
      { key: 'signs.crisis.samhsaCall', href: 'tel:+18006624357' },
      { key: 'signs.crisis.samhsaTty', href: 'tel:+18004874889' },
    ],
  },
];
