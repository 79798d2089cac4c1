// Prints a page server-rendered by @lit-labs/ssr: `node test/ssr/page.mjs card|authored|items [hydrate|plain]`.
// The test server (test/server/routes.mjs) runs it as a child process, so that Lit's server build and its DOM shim
// (a global customElements, HTMLElement…) never load into the test runner's own process.
import { html } from 'lit';
import { AUTHORED, CARD, page, renderMarkup, renderTemplate } from './render.mjs';

const items = ['Using more than you meant to', 'Strong cravings or urges to use'];
const bodies = {
  card: () => renderMarkup(CARD),
  authored: () => renderMarkup(AUTHORED),
  items: () => renderTemplate(html`<clinic-signs-checklist .items=${items}></clinic-signs-checklist>`),
};
const [name, js] = process.argv.slice(2);
if (!bodies[name]) {
  console.error(`usage: node test/ssr/page.mjs ${Object.keys(bodies).join('|')} [hydrate|plain]`);
  process.exit(2);
}
process.stdout.write(page(await bodies[name](), { js: ['hydrate', 'plain'].includes(js) && js }));
