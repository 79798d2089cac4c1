/**
 * The one icon set of the library: 24×24 outline glyphs drawn with `currentColor`, hidden from assistive technology
 * (the text beside each icon says what it does). Presentation attributes are on the `<svg>`, so the icons render
 * alike whatever the element's styles; each element sizes them in its CSS.
 */
import { html, svg, type SVGTemplateResult } from 'lit';

const icon = (paths: SVGTemplateResult) =>
  html`<svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;

/** The chevron's path alone: the FAQ's question button draws it in its own `<svg part="icon">`. */
export const chevronPath = () => svg`<path d="m6 9 6 6 6-6" />`;

// Each icon is a function, so that a bundle holds only the icons its elements use (a call at module level could not
// be left out). Lit caches a template by its call site, so calling one again costs nothing.
export const callIcon = () =>
  icon(
    svg`<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z"/>`,
  );
export const directionsIcon = () =>
  icon(svg`<path d="M12 22s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z"/><circle cx="12" cy="10" r="2.5"/>`);
export const emailIcon = () => icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`);
export const websiteIcon = () =>
  icon(svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`);
export const bookingIcon = () =>
  icon(svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`);
export const vcardIcon = () => icon(svg`<circle cx="9" cy="8" r="4"/><path d="M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6"/>`);
export const copyIcon = () =>
  icon(
    svg`<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/>`,
  );
