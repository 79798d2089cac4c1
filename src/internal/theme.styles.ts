import { css } from 'lit';

/**
 * Theme tokens and base rules shared by every element.
 *
 * Public tokens (set them on the element or any ancestor):
 * `--clinic-font`, `--clinic-text`, `--clinic-text-muted`, `--clinic-accent`, `--clinic-on-accent`,
 * `--clinic-surface`, `--clinic-border`, `--clinic-radius`, `--clinic-focus-ring`.
 *
 * Text inherits the page's font and colour. Surfaces and borders are mixed from the current text
 * colour, so they suit light, tinted and dark pages alike. Colours that cannot be derived (the accent and
 * the text on it) use `light-dark()`, which follows the page's `color-scheme`: a page that declares
 * `color-scheme: light dark` gets the dark palette when the reader prefers dark, and a light-only
 * page never gets light-on-light text.
 */
export const themeStyles = css`
  :host {
    display: block;
    font-family: var(--clinic-font);
    color: var(--clinic-text);
    --_accent: var(--clinic-accent, light-dark(#0f6b5c, #5fd4be));
    --_on-accent: var(--clinic-on-accent, light-dark(#ffffff, #0b1f1b));
    --_muted: var(--clinic-text-muted, color-mix(in srgb, currentColor 76%, transparent));
    --_surface: var(--clinic-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--clinic-border, color-mix(in srgb, currentColor 24%, transparent));
    --_radius: var(--clinic-radius, 0.5em);
    --_focus-ring: var(--clinic-focus-ring, 3px solid var(--_accent));
    --_duration: 200ms;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The outermost wrapper of every element. The host page's rules can reach the host element
     itself (for example \`* { line-height: 3 }\`); resetting here keeps only the documented
     inherited properties, font and colour, coming through. */
  .base {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    word-break: normal;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    writing-mode: horizontal-tb;
    text-orientation: mixed;
    caption-side: top;
    text-emphasis: none;
    text-underline-position: auto;
    -webkit-text-fill-color: currentColor;
    -webkit-text-stroke: 0;
    paint-order: normal;
    visibility: visible;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /* One secondary and one primary button style for every element: links and buttons that act. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    /* Less padding at the sides in a narrow column (a 240 px sidebar at 20 px text), so words keep whole. */
    padding: 0.5em clamp(0.5em, 6%, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.3;
    text-align: start;
    text-decoration: none;
    /* A long e-mail address or a long word in a narrow column breaks rather than sticking out. */
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  .button > :not(svg) {
    min-inline-size: 0;
  }

  .button:hover {
    border-color: var(--_accent);
    text-decoration: underline;
  }

  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  .button svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* The loading and error line of an element with a \`src\`: a calm note, not an alarm on a partner's page. */
  .message.error {
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: border-color var(--_duration) ease-out;
    }
  }

  @media (forced-colors: active) {
    .button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      border-color: ButtonText;
      color: ButtonFace;
    }
    :host {
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus-ring: 3px solid Highlight;
    }
  }
`;
