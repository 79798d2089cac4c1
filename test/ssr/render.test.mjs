// npm run test:ssr: each element rendered on a server by @lit-labs/ssr (plain Node, no DOM), from authored light
// DOM, attributes and the `items` property. Needs `npm run build` (it loads dist/, as a partner's build would).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html } from 'lit';
import { AUTHORED, CARD, renderMarkup, renderTemplate } from './render.mjs';

/** The declarative shadow root an element's open tag is followed by: `[mode, content]`. */
function shadowOf(output, tag) {
  const match = new RegExp(
    `<${tag}\\b[^>]*><template shadowroot="(\\w+)" shadowrootmode="\\1">([\\s\\S]*?)</template>`,
  ).exec(output);
  assert.ok(match, `<${tag}> has a declarative shadow root`);
  return { mode: match[1], content: match[2].replace(/<style>[\s\S]*?<\/style>/g, '') };
}

/** The text a reader would see: no tags, no comments, spaces collapsed. */
const text = (markup) =>
  markup
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Only the slot: the authored content shows through, styled by the element's own `:host` rules. */
const SLOT_ONLY = /^<!--lit-part [^>]*--><slot><\/slot><!--\/lit-part-->$/;

test('the contact card renders complete from its attributes: name, phone, address, hours', async () => {
  const output = await renderMarkup(CARD);
  const { mode, content } = shadowOf(output, 'clinic-contact-card');
  assert.equal(mode, 'open');
  const seen = text(content);
  assert.match(content, /<h3 class="name" part="name">(<!--[^>]*-->)*Wasatch Recovery Clinic/);
  assert.match(content, /href="tel:\+13852871469"/);
  assert.match(seen, /Call \(385\) 287-1469/);
  assert.match(seen, /7050 S Highland Drive Suite 120 Salt Lake City, UT 84121/);
  assert.match(seen, /Monday Mon Today 9:00 AM – 5:00 PM/); // The short name is for narrow cards; "Today" is a hidden badge there (see below).
  assert.match(content, /href="https:\/\/clinic\.example\/"/);
  // The authored fallback stays in the light DOM, after the shadow root, for the browser to read.
  assert.match(output, /<\/template>\s*<h3>Wasatch Recovery Clinic<\/h3>/);
});

test("the card leaves the reader's clock to the browser, in reserved lines: status, zone note, today's row", async () => {
  const { content } = shadowOf(await renderMarkup(CARD), 'clinic-contact-card');
  assert.match(content, /<p class="status " part="status">/);
  assert.match(
    content,
    /<span class="dot" aria-hidden="true"><\/span><span>(<!--[^>]*-->)*\u00a0(<!--[^>]*-->)*<\/span>/,
  );
  assert.match(content, /<p class="zone">\s*(<!--[^>]*-->)*\u00a0/);
  assert.doesNotMatch(content, /Times are in/);
  assert.doesNotMatch(content, /class="today"|aria-current/);
  // Every day keeps room for the "Today" badge, hidden (visibility) until the browser shows today's.
  assert.equal((content.match(/<span class="badge reserve">/g) ?? []).length, 7);
  assert.doesNotMatch(content, /<span class="badge ">/);
});

test('the card with no data in its attributes renders a slot: its authored fallback shows', async () => {
  const output = await renderMarkup(
    '<clinic-contact-card><h3>Clinic</h3><address>1 Main St</address><a href="tel:+13852871469">Call</a></clinic-contact-card>',
  );
  assert.match(shadowOf(output, 'clinic-contact-card').content, /<slot><\/slot>/);
  assert.doesNotMatch(shadowOf(output, 'clinic-contact-card').content, /class="card/);
  assert.match(output, /<address>1 Main St<\/address>/);
});

test('the FAQ renders only a slot, from authored <details> and from items alike', async () => {
  const authored = await renderMarkup(AUTHORED);
  const faq = shadowOf(authored, 'clinic-faq');
  assert.equal(faq.mode, 'open');
  assert.match(faq.content, SLOT_ONLY);
  assert.match(authored, /<details id="cost"><summary>What does treatment cost\?<\/summary>/);
  const items = await renderTemplate(
    html`<clinic-faq .items=${[{ question: 'Q?', answer: '<b>A</b><img src=x onerror=alert(1)>' }]}></clinic-faq>`,
  );
  assert.match(shadowOf(items, 'clinic-faq').content, SLOT_ONLY);
  assert.doesNotMatch(items, /onerror/);
});

test('the checklist with authored <li>s renders a slot (closed root): the signs show as written', async () => {
  const output = await renderMarkup(AUTHORED);
  const checklist = shadowOf(output, 'clinic-signs-checklist');
  assert.equal(checklist.mode, 'closed');
  assert.match(checklist.content, SLOT_ONLY);
  assert.match(output, /<li>Strong cravings or urges to use<\/li>/);
});

test('the checklist from items renders its signs, none of them checked', async () => {
  const output = await renderTemplate(
    html`<clinic-signs-checklist
      phone="385-287-1469"
      contact-url="/contact"
      .items=${['Using more than you meant to', { text: 'Cravings', group: 'Control' }]}
    ></clinic-signs-checklist>`,
  );
  const { content } = shadowOf(output, 'clinic-signs-checklist');
  assert.equal((content.match(/type="checkbox"/g) ?? []).length, 2);
  assert.doesNotMatch(content, /<input[^>]*\schecked/);
  assert.match(text(content), /Using more than you meant to/);
  assert.match(content, /href="\/contact"/); // A relative contact link is kept as written.
  assert.match(content, /href="tel:\+13852871469"/);
});

test("a server sees only the element's own lang, never an ancestor's", async () => {
  const own = await renderMarkup(
    '<clinic-contact-card lang="es" name="Clínica" hours="Mo 09:00-17:00"></clinic-contact-card>',
  );
  assert.match(text(shadowOf(own, 'clinic-contact-card').content), /lunes/);
  const inherited = await renderMarkup(
    '<div lang="es"><clinic-contact-card name="Clínica" hours="Mo 09:00-17:00"></clinic-contact-card></div>',
  );
  assert.match(text(shadowOf(inherited, 'clinic-contact-card').content), /Monday/);
});

test('every element renders without throwing from any of its inputs, warning at most', async () => {
  const markup = [
    CARD,
    AUTHORED,
    '<clinic-contact-card src="https://clinic.example/clinic.jsonld" country="US" map-url="/map"></clinic-contact-card>',
    '<clinic-contact-card><script type="application/ld+json">{"@type":"MedicalClinic","name":"X"}</script></clinic-contact-card>',
    '<clinic-faq src="/faq.jsonld" searchable controls single structured-data heading-level="9"></clinic-faq>',
    '<clinic-signs-checklist substance="ketamine" thresholds="x" crisis="none" heading-level="2"></clinic-signs-checklist>',
  ].join('\n');
  const output = await renderMarkup(markup);
  assert.equal((output.match(/shadowrootmode=/g) ?? []).length, 7);
});
