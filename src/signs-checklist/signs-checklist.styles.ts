import { css } from 'lit';

export const signsChecklistStyles = css`
  /* Every stack in the checklist: one column, never wider than the element whatever its content. */
  .base,
  .groups,
  ul,
  .result,
  .message {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .base {
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

  .intro,
  .note,
  .sign-hint,
  .disclaimer {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .intro {
    margin-block: 0.25em 0.75em;
  }

  /* Before the first sign: the way to 988 and to the crisis box. */
  .pointer {
    line-height: 2;
  }

  .pointer-text {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }

  /* Each link stays whole where it fits, and wraps inside only in a column too narrow for it. */
  .pointer a {
    display: inline-block;
    font-weight: 600;
  }

  .pointer .jump {
    margin-inline-start: 0.5em;
  }

  .groups {
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

  /* A long word may break rather than push the row past the column. */
  .row > span {
    min-inline-size: 0;
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
    margin-block: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }

  /* A sign's own advice (the ketamine bladder sign): under its row, read with it. */
  .sign-hint {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_accent);
  }

  .result {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    gap: 0.25em;
  }

  /* Kept rendered while empty (live regions that appear later may not be announced), but takes no room. */
  .result.empty {
    position: absolute;
    padding: 0;
    border: 0;
  }

  .count {
    font-weight: 600;
  }

  .message {
    gap: 0.25em;
  }

  /* Server-rendered, before the element is defined (no JavaScript yet): Clear and Print could not work. */
  :host(:not(:defined)) .actions {
    visibility: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
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

  /* The crisis box: most urgent help first, each way to reach it a button. */
  .crisis {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .crisis:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .crisis-title {
    font-weight: 600;
    font-size: 1.0625em;
    margin-block-end: 0.5em;
  }

  .resources {
    gap: 0.75em;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }

  .print-only {
    display: none;
  }

  @media (forced-colors: active) {
    .row,
    .result,
    .crisis {
      border-color: CanvasText;
    }
    .row.ticked {
      border-width: 3px;
    }
  }

  /* On paper: the checked signs, the count, the clinic's number and the crisis numbers; no buttons. */
  @media print {
    .base {
      gap: 0.5em;
    }
    .row:not(.ticked),
    .group:not(.has-ticked),
    .intro,
    .note,
    .actions,
    .result,
    .pointer .jump,
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
    .button {
      display: inline;
      border: 0;
      padding: 0;
      min-block-size: 0;
      background: none;
      color: inherit;
    }
    .button svg {
      display: none;
    }
    .links {
      display: block;
    }
    .links .button + .button::before {
      content: ' · ';
    }
    /* A web address printed, since it cannot be clicked. */
    .links a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
    input[type='checkbox'] {
      accent-color: black;
      print-color-adjust: exact;
    }
  }
`;
