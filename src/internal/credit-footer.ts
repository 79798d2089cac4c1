/**
 * The credit footer as the FAQ and the card render it: its template and styles. The reading of the credit is in
 * credit.ts, which stays free of Lit so that plain modules (the snippet builder) can import the readers.
 */
import { css, html, nothing } from 'lit';
import { formatDay, type Credit } from './credit.js';
import type { Translate } from './localize.js';

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

const MARK = '\u0000';

/** A message with one placeholder filled by a template: the message is said around it. */
function around(message: string, value: unknown) {
  const [before, after] = message.split(MARK);
  return after === undefined ? html`${message} ${value}` : html`${before}${value}${after}`;
}

/**
 * The footer: "From {publisher}" (a link to its site when it has one) and "Medically reviewed {date} by {reviewer}"
 * (either part alone too); nothing when there is nothing to credit.
 */
export function renderCredit(credit: Credit, lang: string, t: Translate) {
  const source = credit.publisher ?? credit.author;
  const day = credit.lastReviewed;
  const reviewer = credit.reviewedBy?.name;
  if (!source && !day && !reviewer) return nothing;
  const key = day ? (reviewer ? 'common.reviewedBy' : 'common.reviewed') : 'common.reviewer';
  return html`<div class="credit" part="credit">
    ${
      source
        ? html`<p>${around(
            t('common.from', { publisher: MARK }),
            source.url ? html`<a href=${source.url} rel="noopener">${source.name}</a>` : source.name,
          )}</p>`
        : nothing
    }
    ${
      day || reviewer
        ? html`<p>${around(
            t(key, { date: MARK, reviewer: reviewer ?? '' }),
            day ? html`<time datetime=${day}>${formatDay(lang, day)}</time>` : '',
          )}</p>`
        : nothing
    }
  </div>`;
}
