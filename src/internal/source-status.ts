// The status line of an element with a `src`, apart from load.ts so that the readers, which need load.ts's state and
// warning, import no Lit (the snippet builder loads them in the browser as they are).
import { html } from 'lit';
import type { SourceState } from './load.js';
import type { Translate } from './localize.js';

/**
 * The status line of an element with a `src`: "Loading…" while it loads, the load error when `failed`, else empty.
 * Always rendered, so that screen readers hear it change (`role="status"`).
 */
export function renderSourceStatus(state: SourceState, failed: boolean, t: Translate) {
  const loading = state.status === 'loading';
  const text = loading ? t('common.loading') : failed ? t('common.loadError') : '';
  return html`<p class="message ${failed && !loading ? 'error' : ''}" part="message" role="status">${text}</p>`;
}
