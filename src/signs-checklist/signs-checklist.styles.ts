import { css } from 'lit';

export const signsChecklistStyles = css`
  .base {
    display: grid;
    gap: 1em;
  }

  p {
    margin: 0;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .question {
    padding: 0;
    font-weight: 600;
    font-size: 1.0625em;
  }

  .hint,
  .note,
  .disclaimer {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .hint {
    margin-block: 0.25em 0.75em;
  }

  .groups {
    display: grid;
    gap: 1em;
  }

  .group > legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
    color: var(--_accent);
    font-size: 0.9375em;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }

  .row {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .row.ticked {
    border-color: var(--_accent);
  }

  /* The whole row shows the focus ring where the engine can tell it holds focus. */
  @supports selector(:has(a)) {
    .row:has(:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .row input[type='checkbox']:focus-visible {
      outline: none;
    }
  }

  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .note {
    margin-block-start: 0.5em;
  }

  /* Kept rendered while empty (a live region that appears later may not be announced), but takes no room. */
  .result:empty {
    position: absolute;
    padding: 0;
    border: 0;
  }

  .result {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .count {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  button,
  .cta a {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button {
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
  }

  button:hover {
    background: var(--_surface);
    border-color: currentColor;
  }

  .cta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .cta-title {
    font-weight: 600;
    flex-basis: 100%;
  }

  .cta a {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
    text-decoration: none;
    border: 2px solid var(--_accent);
  }

  .cta a.call {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .cta a:hover {
    text-decoration: underline;
  }

  .cta svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }

  .crisis {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .crisis-title {
    font-weight: 600;
    margin-block-end: 0.25em;
  }

  .crisis ul {
    gap: 0.125em;
  }

  .crisis a {
    display: inline-block;
    padding-block: 0.6em;
    font-weight: 600;
  }

  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .row,
    .result,
    .crisis,
    button,
    .cta a {
      border-color: CanvasText;
    }
    .row.ticked {
      border-width: 3px;
    }
    .cta a.call {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
    }
  }

  @media print {
    .base {
      gap: 0.5em;
    }
    .row:not(.ticked),
    .group:not(.has-ticked),
    .hint,
    .note,
    .actions,
    .crisis,
    .result,
    .cta a.contact {
      display: none;
    }
    .print-only {
      display: block;
    }
    .row {
      border: 0;
      padding: 0.125em 0;
      min-block-size: 0;
      background: none;
    }
    .cta a {
      border: 0;
      padding: 0;
      min-block-size: 0;
      background: none;
      color: inherit;
    }
    input[type='checkbox'] {
      accent-color: black;
      print-color-adjust: exact;
    }
  }
`;
