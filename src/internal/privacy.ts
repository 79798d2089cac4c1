/**
 * Markers that tell session-replay and heat-map tools not to record an element: each tool honours its own. Set on
 * the host, they reach the tools that read the page's DOM; what is inside a closed shadow root those tools cannot
 * see at all.
 */
const ATTRIBUTES: ReadonlyArray<[name: string, value: string]> = [
  ['data-clarity-mask', 'true'], // Microsoft Clarity
  ['data-hj-suppress', ''], // Hotjar
  ['data-private', ''], // LogRocket
  ['data-sentry-block', ''], // Sentry Replay
  ['data-dd-privacy', 'hidden'], // Datadog Session Replay
];
const CLASSES = [
  'rr-block', // rrweb and the tools built on it
  'ph-no-capture', // PostHog
  'fs-exclude', // FullStory
  'sentry-block', // Sentry Replay
];

/** Marks `element` as not to be recorded by the common session-replay tools (an author's own values are kept). */
export function markNotRecorded(element: Element): void {
  for (const [name, value] of ATTRIBUTES) if (!element.hasAttribute(name)) element.setAttribute(name, value);
  element.classList.add(...CLASSES);
}

/** The markers, for documentation and tests. */
export const NOT_RECORDED = { attributes: ATTRIBUTES, classes: CLASSES } as const;
