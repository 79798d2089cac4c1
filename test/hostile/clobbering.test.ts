/**
 * DOM clobbering: markup on the host page (or in an answer) named after the document's members. A document's named
 * `<img>`, `<form>`, `<embed>`, `<object>` and `<iframe>` elements win over its built-in methods and properties, so
 * `<img name="getElementById">` makes `document.getElementById` that image. Every member the library's own code uses
 * is clobbered here by a real element on the page, and each element must still work.
 *
 * Not tested: `createElement`, `createComment`, `createTextNode`, `importNode` and `createTreeWalker`, which Lit itself
 * calls on `document` to render any template (docs/security.md): clobbering those breaks every Lit element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadowOf } from '../helpers/shadow.js';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import { ClinicContactCard as Card, type ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { sanitizeHtml } from '../../src/internal/sanitize.js';
import { captureWarnings } from '../helpers/console.js';
import { watchErrors } from './helpers.js';

/** The document members the library's code uses on the page (methods and getters; `body` only in answers, below). */
const MEMBERS = [
  'getElementById',
  'createRange',
  'createDocumentFragment',
  'getSelection',
  'head',
  'baseURI',
  'visibilityState',
  'documentElement',
  'addEventListener',
  'removeEventListener',
];

/** Adds `<img name=…>` for each member to the page; returns a function that removes them. */
function clobber(names: string[]): () => void {
  const images = names.map((name) => {
    const img = document.createElement('img');
    img.name = name;
    img.alt = '';
    document.body.append(img);
    return img;
  });
  return () => images.forEach((img) => img.remove());
}

const WEDNESDAY_10AM = Date.parse('2026-11-25T17:00:00Z');
const SATURDAY = Date.parse('2026-11-28T19:00:00Z');

const $ = (el: Element, selector: string) => shadowOf(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => Array.from(shadowOf(el).querySelectorAll<HTMLElement>(selector));

/** Exercises all three elements in the ways that reach each member; throws on the first thing that does not work. */
async function exerciseAll(): Promise<void> {
  // FAQ: authored content (createRange), ids checked against the page (getElementById), search highlighting
  // (createDocumentFragment), structured data (head).
  const faq = await fixture<ClinicFaq>(html`<clinic-faq searchable structured-data>
    <details id="clobber-q"><summary>Is it private?</summary><p>Yes, always.</p></details>
    <details><summary>Who can come?</summary><p>Anyone.</p></details>
  </clinic-faq>`);
  expect(faq.questions.map((q) => q.id)).to.deep.equal(['clobber-q', 'who-can-come']);
  const input = $(faq, 'input[type=search]') as HTMLInputElement;
  input.value = 'private';
  input.dispatchEvent(new Event('input'));
  await faq.updateComplete;
  expect($(faq, 'mark')?.textContent).to.equal('private');
  expect(document.querySelector('head > script[data-clinic-elements="clinic-faq"]')).to.not.equal(null);

  // Card: relative URL (baseURI), visibilitychange listener, structured data (head), copy fallback (getSelection).
  Card.clock = () => WEDNESDAY_10AM;
  const card = await fixture<ClinicContactCard>(html`<clinic-contact-card
    name="Example Clinic"
    phone="385-287-1469"
    url="/clinic"
    street-address="1 Main Street"
    locality="Springfield"
    hours="Mo-Fr 09:00-17:00"
    time-zone="America/Denver"
    structured-data
  ></clinic-contact-card>`);
  expect($(card, '.name')?.textContent?.trim()).to.equal('Example Clinic');
  expect(
    $$(card, '.actions a').some((a) => a.getAttribute('href') === new URL('/clinic', location.href).href),
  ).to.equal(true);
  expect($(card, '.status')?.textContent).to.match(/Open now/);
  // Back to the tab on Saturday: the card re-reads the clock.
  Card.clock = () => SATURDAY;
  EventTarget.prototype.dispatchEvent.call(document, new Event('visibilitychange'));
  await card.updateComplete;
  expect($(card, '.status')?.textContent).to.match(/Closed/);
  expect(document.querySelector('head > script[data-clinic-elements="clinic-contact-card"]')).to.not.equal(null);
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  try {
    $$(card, '.tools button')[1]!.click();
    await waitUntil(() => $(card, '.message')?.textContent?.trim(), 'no copy message');
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  }
  expect($(card, '.message')!.textContent).to.match(/selected/);
  card.remove();

  // Checklist: relative contact URL (baseURI), a change of the page's language (observed on documentElement).
  const checklist = await fixture<ClinicSignsChecklist>(
    html`<clinic-signs-checklist contact-url="/contact"></clinic-signs-checklist>`,
  );
  $$(checklist, 'input[type=checkbox]')[0]!.click();
  await checklist.updateComplete;
  expect(($(checklist, 'a.contact') as HTMLAnchorElement | null)?.href).to.equal(
    new URL('/contact', location.href).href,
  );
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!.call(
    document,
  ) as HTMLElement;
  const lang = root.lang;
  root.lang = 'es';
  try {
    await waitUntil(
      () => /^¿Cuáles/.test($(checklist, '.question')?.textContent ?? ''),
      'the language change was not seen',
    );
  } finally {
    root.lang = lang;
  }
  expect($(checklist, '.result')?.textContent).to.match(/1/);
}

describe('hostile page: DOM clobbering', function () {
  this.timeout(20_000);
  const clock = Card.clock;
  afterEach(() => {
    Card.clock = clock;
    document.getSelection()?.removeAllRanges();
  });

  for (const name of MEMBERS) {
    it(`every element works with <img name="${name}"> on the page`, async () => {
      const unclobber = clobber([name]);
      const watch = watchErrors();
      const warnings = captureWarnings();
      try {
        expect((document as unknown as Record<string, unknown>)[name]).to.be.instanceOf(HTMLImageElement);
        await exerciseAll();
        expect(watch.errors.map(String)).to.deep.equal([]);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
        watch.stop();
        unclobber();
      }
    });
  }

  it('every element works with all of them on the page at once', async () => {
    const unclobber = clobber(MEMBERS);
    const watch = watchErrors();
    try {
      await exerciseAll();
      expect(watch.errors.map(String)).to.deep.equal([]);
    } finally {
      watch.stop();
      unclobber();
    }
  });

  describe('in an answer (the sanitiser reads hostile markup)', () => {
    it('<img name="body"> does not hide the rest of the answer', () => {
      const div = document.createElement('div');
      div.append(sanitizeHtml('<p>Shown</p><img name="body"><p>Also shown</p>').fragment);
      expect(div.textContent).to.equal('ShownAlso shown');
    });

    it('a <form> whose controls are named nextSibling, firstChild, nodeType or localName is dropped whole', () => {
      for (const control of ['nextSibling', 'firstChild', 'nodeType', 'localName', 'namespaceURI']) {
        const div = document.createElement('div');
        const { fragment, issues } = sanitizeHtml(
          `<p>Before</p><form><textarea name="${control}"></textarea><p>Smuggled</p></form><p>After</p>`,
        );
        div.append(fragment);
        expect(div.textContent, control).to.equal('BeforeAfter');
        expect(issues.join(), control).to.contain('<form>');
      }
    });
  });
});
