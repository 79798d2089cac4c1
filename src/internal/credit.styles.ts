import { css } from 'lit';

/** The credit footer (`part="credit"`): small, muted, after the content. Focus, links and forced colours come from the theme. */
export const creditStyles = css`
  .credit {
    margin-block-start: 1em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .credit p {
    margin: 0.25em 0 0;
  }

  @media print {
    .credit a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
