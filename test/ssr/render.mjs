// Server rendering with @lit-labs/ssr, as a partner's Node build would do it: shared by the Node test
// (test/ssr/render.test.mjs) and the browser test's pages (test/server/routes.mjs → test/ssr/ssr.test.ts).
// Loads the built package (dist/index.js, which defines the three tags): run `npm run build` first.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../dist/index.js';

/** Server-renders HTML text holding the elements, as @lit-labs/eleventy-plugin-lit does with a page's content. */
export function renderMarkup(markup) {
  return collectResult(render(html`${unsafeStatic(markup)}`));
}

/** Server-renders a Lit template (properties such as `.items` can be bound). */
export function renderTemplate(template) {
  return collectResult(render(template));
}

/** A contact card complete from its attributes, with its no-JavaScript fallback inside. */
export const CARD = `<clinic-contact-card name="Wasatch Recovery Clinic" phone="385-287-1469"
  street-address="7050 S Highland Drive Suite 120" locality="Salt Lake City" region="UT" postal-code="84121"
  hours="Mo-Fr 09:00-17:00; Sa 10:00-14:00" time-zone="America/Denver" url="https://clinic.example/">
  <h3>Wasatch Recovery Clinic</h3>
  <address>7050 S Highland Drive Suite 120<br>Salt Lake City, UT 84121</address>
  <a href="tel:+13852871469">385-287-1469</a>
</clinic-contact-card>`;

/** Elements whose content is authored in their light DOM, which a server cannot see. */
export const AUTHORED = `<clinic-faq>
  <details id="cost"><summary>What does treatment cost?</summary><p>Most insurance plans cover it.</p></details>
  <details><summary>Is it confidential?</summary><p>Yes.</p></details>
</clinic-faq>
<clinic-signs-checklist phone="385-287-1469">
  <ul>
    <li>Using more, or for longer, than you meant to</li>
    <li>Wanting to cut down and not managing it</li>
    <li>Strong cravings or urges to use</li>
  </ul>
</clinic-signs-checklist>`;

/**
 * A test page: `body` (server-rendered HTML) and, with `js`, a module that loads the elements (`hydrate`: after Lit's
 * hydrate support; `plain`: without it), started only after the first paint (as from a network), so that a layout
 * shift would be seen.
 */
export function page(body, { js }) {
  const script = js
    ? `<script>
      addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => {
        window.hydrated = import('/test/ssr/${js}.ts').then((m) => m.upgraded());
      }, 50)));
    </script>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } clinic-contact-card { max-inline-size: 60rem; }</style></head>
<body>${body}<p id="below">The rest of the page.</p>${script}</body></html>`;
}
