import { css } from 'lit';

export const faqStyles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }

  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
  }

  label {
    font-weight: 600;
  }

  input {
    font: inherit;
    color: inherit;
    background: transparent;
    min-block-size: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    inline-size: 100%;
  }

  .message {
    margin-block: 0.75em;
  }

  .item {
    border-block-end: 1px solid var(--_border);
  }

  /* Long FAQs: items out of view skip layout and paint until scrolled near. Not the first 32 (at least 1,440 px,
     a tall screen's height): engines lay such items out at their placeholder size in the first frame and at their
     real size in the next, which would move the page below a question that wraps onto two lines. */
  .item:nth-child(n + 33) {
    content-visibility: auto;
    contain-intrinsic-size: auto 44px;
  }

  .item:first-child {
    border-block-start: 1px solid var(--_border);
  }

  .heading {
    margin: 0;
    font-size: inherit;
  }

  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.625em 0.5em;
    margin: 0;
    border: 0;
    background: transparent;
    font: inherit;
    font-weight: 600;
    line-height: 1.4;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }

  /* Inset: an item's content-visibility (paint containment) would clip a ring drawn outside it. */
  .question:focus-visible {
    outline-offset: -3px;
  }

  /* May shrink below its longest word (which then breaks), so the chevron stays inside in any column. */
  .label {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    min-inline-size: 0;
  }

  .where {
    font-size: 0.875em;
    font-weight: normal;
    color: var(--_muted);
  }

  .question:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .chevron {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_accent);
  }

  [aria-expanded='true'] > .chevron {
    rotate: 180deg;
  }

  .answer > div {
    padding: 0 0.5em 0.75em;
    /* A long address in an answer breaks (and never sets the FAQ's narrowest width), so a FAQ sized by its content,
       such as a flex item, still fits its column. */
    overflow-wrap: anywhere;
  }

  .answer > div > :first-child {
    margin-block-start: 0;
  }

  .answer > div > :last-child {
    margin-block-end: 0;
  }

  mark {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    color: inherit;
    border-radius: 0.15em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: rotate var(--_duration) ease-out;
    }

    .ready .answer:not([hidden]) {
      animation: reveal var(--_duration) ease-out;
    }

    /* Closing fades out before the panel is hidden, where engines can transition display. */
    .ready .answer[hidden] {
      opacity: 0;
      translate: 0 -0.375em;
      transition:
        opacity var(--_duration) ease-out,
        translate var(--_duration) ease-out,
        display var(--_duration) allow-discrete,
        content-visibility var(--_duration) allow-discrete;
    }
  }

  @keyframes reveal {
    from {
      opacity: 0;
      translate: 0 -0.375em;
    }
  }

  @media (forced-colors: active) {
    .control,
    input {
      border-color: ButtonText;
    }

    mark {
      background: Mark;
      color: MarkText;
    }
  }

  @media print {
    .tools,
    .chevron {
      display: none;
    }

    .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .item,
    .answer {
      content-visibility: visible;
      opacity: 1 !important;
      translate: none !important;
      transition: none !important;
      animation: none !important;
    }

    .item[hidden] {
      display: none;
    }
  }
`;
