import { css } from 'lit';

export const contactCardStyles = css`
  .base {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* One column, never wider than the card whatever its content; with hours, two side by side from 34em. Intrinsic
     (no container query on the card), so that a card in a flex row or an inline-block keeps its content's width. */
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5em;
  }

  .card.has-hours {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16.25em), 1fr));
  }

  .name {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }

  address {
    font-style: normal;
    margin: 0 0 1em;
  }

  ul.actions {
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  /* Full-width action buttons, text at the start. */
  ul.actions .button {
    inline-size: 100%;
  }

  .phone-text {
    margin: 0 0 0.75em;
    font-weight: 600;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .message {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }

  .message:empty {
    display: none;
  }

  .status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0.25em;
    font-weight: 600;
  }

  .status > span:last-child {
    min-inline-size: 0;
  }

  .status .dot {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }

  .status.open .dot {
    background: var(--_accent);
    border-color: var(--_accent);
  }

  /* Server-rendered (docs/ssr.md): room kept for what the reader's clock decides (the status, the "Today" badge of
     other days), and buttons that could not work before the element is defined. */
  .status:not(.open, .closed) .dot,
  .reserve,
  :host(:not(:defined)) .tools {
    visibility: hidden;
  }

  .zone {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-start: 0.5em;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375em 0.5em 0.375em 0;
    border-block-start: 1px solid var(--_border);
    font-weight: 400;
  }

  th::first-letter,
  caption::first-letter {
    text-transform: uppercase;
  }

  /* A day's ranges wrap between them; one range wraps inside only where the card is too narrow for it. */
  .range {
    display: inline-block;
  }

  tr.today th,
  tr.today td {
    font-weight: 600;
  }

  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 600;
  }

  /* A narrow card shows short day names ("Wed"); screen readers still hear the full one. */
  .day-short {
    display: none;
  }

  .hours {
    container-type: inline-size;
  }

  @container (max-width: 11.5em) {
    .day {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .day-short {
      display: inline;
    }
    .badge {
      display: block;
      inline-size: fit-content;
      margin: 0.125em 0 0;
    }
  }

  /* Narrower still (200% text in a sidebar): tighter cells and badge, and a time breaks rather than sticks out. */
  @container (max-width: 9em) {
    th,
    td {
      padding-inline-end: 0.25em;
    }
    td {
      overflow-wrap: anywhere;
    }
    .badge {
      padding-inline: 0.25em;
    }
  }

  .message.error {
    margin: 1em 0 0;
  }

  @media (forced-colors: active) {
    .status.open .dot {
      background: CanvasText;
      border-color: CanvasText;
    }
  }

  @media print {
    .base {
      border: 0;
      padding: 0;
      background: none;
    }
    /* On paper: no buttons, no directions search (the address is printed), and no status or
       "today", which would be stale by the time it is read. */
    .tools,
    .message,
    a.directions,
    .status,
    .badge,
    svg {
      display: none;
    }
    tr.today th,
    tr.today td {
      font-weight: 400;
    }
    .button {
      display: inline;
      min-block-size: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font-weight: 400;
    }
    .button.primary {
      background: none;
      color: inherit;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
