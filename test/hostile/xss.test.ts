/**
 * The XSS corpus (xss-payloads.json) through every untrusted way into the elements: FAQ `src`,
 * inline JSON-LD and `items` (question, answer, id), contact-card attributes and JSON-LD,
 * checklist items, authored signs and attributes, registered language strings, the FAQ search box
 * and deep-link hash. Nothing may run, no rendered link may have a scripting scheme, and the
 * page's own ids and globals stay as they were.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { registerStrings } from '../../src/internal/localize.js';
import { sanitizeHtml } from '../../src/internal/sanitize.js';
import { commonStrings } from '../../src/internal/strings.js';
import { faqStrings } from '../../src/faq/strings.js';
import { contactStrings } from '../../src/contact-card/strings.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';
import { captureWarnings } from '../helpers/console.js';
import { shadowOf } from '../helpers/shadow.js';

let payloads: string[] = [];

// --- The sentinel and the page's own ids and globals -------------------------------------------

const fired: string[] = [];
const sentinel = (...args: unknown[]) => void fired.push(`__xss(${args.join(',')})`);
const pageConfig = Object.freeze({ apiUrl: 'https://clinic.example/api' });
const realAlert = window.alert;
let pageDiv: HTMLElement;
let formsBefore = 0;
const cookieBefore = document.cookie;
const pageUrl = () => location.href.replace(/#.*$/, '');
const hrefBefore = pageUrl();

type Globals = Window & { __xss?: unknown; pageConfig?: unknown };

function armSentinel(): void {
  fired.length = 0;
  (window as Globals).__xss = sentinel;
  (window as Globals).pageConfig = pageConfig;
  window.alert = (message?: unknown) => void fired.push(`alert(${String(message)})`);
  pageDiv = document.createElement('div');
  pageDiv.id = 'page-config';
  document.body.append(pageDiv);
  formsBefore = document.forms.length;
}

function disarmSentinel(): void {
  window.alert = realAlert;
  pageDiv.remove();
}

/** Every element in `root`, its shadow roots included, as deep as they go. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    const root = (element as Element & { renderRoot?: ShadowRoot }).renderRoot ?? element.shadowRoot;
    if (root) yield* deepElements(root);
  }
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:', 'sms:', 'blob:'];
const ACTIVE = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'form',
  'img',
  'link',
  'portal',
  'template',
  'noscript',
  'input[type=image]',
];

/** Gives the browser time to fire anything a payload could have scheduled (onerror, onload, autofocus…). */
async function letThingsRun(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/** Everything rendered from untrusted input is inert, and the page is as it was. */
/** Returns how many rendered links were checked. */
async function expectInert(container: Element, way: string): Promise<number> {
  await letThingsRun();
  expect(fired, `${way}: the sentinel fired`).to.deep.equal([]);
  expect((window as Globals).__xss, `${way}: window.__xss replaced`).to.equal(sentinel);
  expect((window as Globals).pageConfig, `${way}: window.pageConfig clobbered`).to.equal(pageConfig);
  expect(document.getElementById('page-config'), `${way}: #page-config clobbered`).to.equal(pageDiv);
  expect(document.getElementById, `${way}: document.getElementById clobbered`).to.equal(
    Document.prototype.getElementById,
  );
  expect(document.forms.length, `${way}: a form reached the page`).to.equal(formsBefore);
  expect(document.cookie, `${way}: cookie changed`).to.equal(cookieBefore);
  expect(pageUrl(), `${way}: navigated`).to.equal(hrefBefore);
  let links = 0;
  const active = ACTIVE.join(', ');
  for (const element of deepElements(container)) {
    const root = (element as Element & { renderRoot?: ShadowRoot }).renderRoot ?? element.shadowRoot;
    if (root) {
      const found = root.querySelector(active);
      expect(found, `${way}: <${found?.localName}> rendered in a shadow root`).to.equal(null);
    }
    const inShadow = element.getRootNode() instanceof ShadowRoot;
    if (!inShadow) continue; // The light DOM is what the test itself authored.
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.startsWith('on'), `${way}: <${element.localName} ${attribute.name}> rendered`).to.equal(
        false,
      );
      if (attribute.name === 'style')
        expect(attribute.value, `${way}: inline style with a URL`).not.to.match(/url\(|expression/i);
      if (
        ['src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href', 'ping', 'background', 'poster'].includes(
          attribute.name,
        )
      ) {
        expect.fail(`${way}: <${element.localName}> has a ${attribute.name} attribute`);
      }
    }
    if (element.hasAttribute('href')) {
      links++;
      const href = element.getAttribute('href')!;
      const resolved = new URL(href, document.baseURI);
      expect(SAFE_SCHEMES, `${way}: link "${href}"`).to.include(resolved.protocol);
    }
  }
  // Structured data written to the head stays data: parseable JSON in a non-executable script.
  for (const script of Array.from(document.head.querySelectorAll<HTMLScriptElement>('script[data-clinic-elements]'))) {
    expect(script.type).to.equal('application/ld+json');
    expect(() => JSON.parse(script.textContent!), `${way}: JSON-LD output is not JSON`).not.to.throw();
    expect(script.textContent).not.to.match(/<\/script|<!--/i);
  }
  return links;
}

/** Runs `fn`, then checks the page stayed sound; returns how many rendered links were checked. */
async function hostile(way: string, fn: (container: HTMLElement) => Promise<void>): Promise<number> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  addEventListener('error', onError);
  const warnings = captureWarnings();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  try {
    await fn(container);
    const links = await expectInert(container, way);
    expect(errors, `${way}: uncaught errors`).to.deep.equal([]);
    return links;
  } finally {
    warnings.restore();
    removeEventListener('error', onError);
  }
}

const faqPage = (list: string[]) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: list.map((payload, i) => ({
    '@type': 'Question',
    '@id': `#${payload.slice(0, 500)}`,
    url: payload.slice(0, 500),
    name: `${i}: ${payload}`,
    acceptedAnswer: { '@type': 'Answer', text: payload, url: payload.slice(0, 500) },
  })),
});

const clinic = (payload: string) => ({
  '@context': 'https://schema.org',
  '@type': ['MedicalClinic', payload],
  name: payload,
  telephone: payload,
  email: payload,
  url: payload,
  hasMap: payload,
  sameAs: [payload],
  image: payload,
  address: {
    '@type': 'PostalAddress',
    streetAddress: payload,
    addressLocality: payload,
    addressRegion: payload,
    postalCode: payload,
    addressCountry: payload,
  },
  openingHours: payload,
  openingHoursSpecification: [
    { '@type': 'OpeningHoursSpecification', dayOfWeek: payload, opens: payload, closes: payload, validFrom: payload },
  ],
  potentialAction: { '@type': 'ReserveAction', target: { '@type': 'EntryPoint', urlTemplate: payload } },
});

function jsonLdScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(data);
  return script;
}

async function allUpdated(container: Element): Promise<void> {
  await Promise.all(
    Array.from(
      container.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
        'clinic-faq, clinic-contact-card, clinic-signs-checklist',
      ),
    ).map((el) => el.updateComplete),
  );
}

const chunk = <T>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

describe('hostile input: XSS corpus', function () {
  this.timeout(60_000);

  before(async () => {
    const data = await (await fetch('/test/hostile/xss-payloads.json')).json();
    payloads = data.payloads;
  });
  beforeEach(() => armSentinel());
  afterEach(() => disarmSentinel());

  it('has at least 100 distinct payloads, and the sentinel check can fail', async () => {
    expect(payloads.length).to.be.at.least(100);
    expect(new Set(payloads).size).to.equal(payloads.length);
    // Control: the same payloads parsed unsafely DO fire the sentinel, so the checks are real.
    const frame = document.createElement('div');
    document.body.append(frame);
    frame.innerHTML = '<img src="data:," onerror="__xss(\'control\')">';
    await waitUntil(() => fired.length > 0, 'control payload did not fire');
    frame.remove();
    expect(fired).to.deep.equal(['__xss(control)']);
    fired.length = 0;
  });

  it('sanitizeHtml turns every payload into inert nodes in the live document', async () => {
    await hostile('sanitizeHtml', async (container) => {
      const shadowHost = document.createElement('div');
      container.append(shadowHost);
      const host = shadowHost.attachShadow({ mode: 'open' });
      for (const payload of payloads) {
        const holder = document.createElement('div');
        holder.append(sanitizeHtml(payload).fragment);
        host.append(holder);
      }
    });
  });

  it('FAQ src: questions, answers and ids from a loaded FAQPage', async () => {
    const keys: string[] = [];
    for (const list of chunk(payloads, 60)) {
      const response = await fetch('/__test__/stash', { method: 'POST', body: JSON.stringify(faqPage(list)) });
      keys.push((await response.json()).key);
    }
    const links = await hostile('faq src', async (container) => {
      const faqs = keys.map((key) => {
        const faq = document.createElement('clinic-faq') as ClinicFaq;
        faq.src = `/__test__/stash?key=${key}`;
        faq.structuredData = true;
        faq.controls = true;
        container.append(faq);
        return faq;
      });
      await waitUntil(() => faqs.every((faq) => faq.questions.length > 0), 'src never loaded', { timeout: 10_000 });
      expect(faqs.reduce((sum, faq) => sum + faq.questions.length, 0)).to.equal(payloads.length);
      for (const faq of faqs) faq.expandAll();
      await allUpdated(container);
      // Questions are text, exactly as given.
      expect(faqs[0]!.questions[0]!.question).to.equal(`0: ${payloads[0]!.replace(/\s+/g, ' ').trim()}`);
    });
    // Safe links in answers survive, so the scheme check above did look at rendered links.
    expect(links).to.be.at.least(5);
  });

  it('FAQ inline JSON-LD, items and search box', async () => {
    await hostile('faq inline', async (container) => {
      for (const list of chunk(payloads, 60)) {
        const inline = document.createElement('clinic-faq') as ClinicFaq;
        inline.structuredData = true;
        inline.append(jsonLdScript(faqPage(list)));
        const items = document.createElement('clinic-faq') as ClinicFaq;
        items.items = list.map((payload) => ({ id: payload, question: payload || 'empty', answer: payload }));
        items.searchable = true;
        container.append(inline, items);
      }
      await allUpdated(container);
      const faqs = Array.from(container.querySelectorAll<ClinicFaq>('clinic-faq'));
      for (const faq of faqs) {
        faq.expandAll();
        expect(faq.questions.length).to.be.greaterThan(0);
      }
      // Payloads typed into the search box are matched as text.
      const search = shadowOf(faqs[1]!).querySelector<HTMLInputElement>('input[type=search]')!;
      for (const payload of payloads.slice(0, 40)) {
        search.value = payload;
        search.dispatchEvent(new Event('input'));
        await faqs[1]!.updateComplete;
      }
    });
  });

  it('FAQ deep-link hash', async () => {
    await hostile('faq hash', async (container) => {
      // location.hash rather than history.replaceState, which WebKit limits to 100 calls per 10 s.
      for (const payload of payloads.slice(0, 90)) {
        const faq = document.createElement('clinic-faq') as ClinicFaq;
        faq.items = [{ id: payload.slice(0, 200), question: 'Q', answer: 'A' }];
        location.hash = encodeURIComponent(payload.slice(0, 200));
        container.replaceChildren(faq);
        await faq.updateComplete;
        expect(faq.questions.length).to.equal(1);
      }
    });
    location.hash = '';
  });

  it('contact card: every attribute', async () => {
    const attributes = [
      'name',
      'phone',
      'email',
      'url',
      'booking-url',
      'street-address',
      'locality',
      'region',
      'postal-code',
      'country',
      'hours',
      'time-zone',
      'map-url',
      'heading-level',
    ];
    const links = await hostile('card attributes', async (container) => {
      for (const payload of payloads) {
        const card = document.createElement('clinic-contact-card');
        for (const name of attributes) card.setAttribute(name, payload);
        card.setAttribute('structured-data', '');
        container.append(card);
      }
      // Payloads beside valid data, so that links do render next to them (a sample: each card costs a layout).
      for (const payload of payloads.filter((_, i) => i % 3 === 0)) {
        const card = document.createElement('clinic-contact-card');
        card.setAttribute('name', payload);
        card.setAttribute('phone', '385-287-1469');
        card.setAttribute('street-address', payload);
        card.setAttribute('url', payload);
        card.setAttribute('map-url', payload);
        card.setAttribute('booking-url', payload);
        card.setAttribute('email', `care@example.org`);
        container.append(card);
      }
      await allUpdated(container);
      const names = Array.from(container.querySelectorAll<ClinicContactCard>('clinic-contact-card'))
        .slice(payloads.length)
        .map((card) => shadowOf(card).querySelector('.name')?.textContent ?? '');
      // The name is shown as text, never parsed.
      expect(names[0]).to.equal(payloads[0]!.replace(/\s+/g, ' ').trim());
    });
    expect(links, 'call and e-mail links rendered').to.be.greaterThan(60);
  });

  it('contact card: inline JSON-LD and the fallback markup', async () => {
    await hostile('card json-ld', async (container) => {
      for (const payload of payloads) {
        const card = document.createElement('clinic-contact-card');
        card.setAttribute('structured-data', '');
        card.append(jsonLdScript(clinic(payload)));
        container.append(card);
        // Fallback markup whose text and links are hostile (an author's copy-paste from elsewhere), for a sample.
        if (payloads.indexOf(payload) % 3) continue;
        const fallback = document.createElement('clinic-contact-card');
        const heading = document.createElement('h3');
        heading.textContent = payload;
        const address = document.createElement('address');
        address.textContent = payload;
        const tel = document.createElement('a');
        tel.href = `tel:${payload}`;
        tel.textContent = payload;
        const mail = document.createElement('a');
        mail.setAttribute('href', `mailto:${payload}`);
        fallback.append(heading, address, tel, mail);
        container.append(fallback);
      }
      await allUpdated(container);
      const cards = Array.from(container.querySelectorAll<ClinicContactCard>('clinic-contact-card'));
      // The vCard builder also takes every payload without throwing.
      for (const card of cards) expect(card.toVCard()).to.match(/^BEGIN:VCARD/);
    });
  });

  it('contact card: src (a JSON-LD document per payload, for a sample)', async () => {
    const sample = payloads.filter((_, i) => i % 6 === 0);
    const keys: string[] = [];
    for (const payload of sample) {
      const response = await fetch('/__test__/stash', { method: 'POST', body: JSON.stringify(clinic(payload)) });
      keys.push((await response.json()).key);
    }
    await hostile('card src', async (container) => {
      const cards = keys.map((key) => {
        const card = document.createElement('clinic-contact-card') as ClinicContactCard;
        card.setAttribute('structured-data', '');
        card.src = `/__test__/stash?key=${key}`;
        container.append(card);
        return card;
      });
      await waitUntil(
        () => cards.every((card) => card.shadowRoot?.querySelector('.base')?.getAttribute('aria-busy') === 'false'),
        'src never settled',
        { timeout: 10_000 },
      );
      await allUpdated(container);
      expect(shadowOf(cards[0]!).querySelector('.name')!.textContent!.trim()).to.equal(
        sample[0]!.replace(/\s+/g, ' ').trim(),
      );
    });
  });

  it('signs checklist: items, authored signs and attributes', async () => {
    await hostile('checklist', async (container) => {
      for (const list of chunk(payloads, 50)) {
        const strings = document.createElement('clinic-signs-checklist') as ClinicSignsChecklist;
        strings.items = list;
        const objects = document.createElement('clinic-signs-checklist') as ClinicSignsChecklist;
        objects.items = list.map((payload) => ({ id: payload, text: payload || 'x', group: payload }));
        objects.results = { none: list[0], few: list[1], some: list[2], several: list[3], many: list[4] } as never;
        const authored = document.createElement('clinic-signs-checklist');
        const ul = document.createElement('ul');
        ul.dataset.group = list[0]!;
        for (const payload of list) {
          const li = document.createElement('li');
          li.textContent = payload;
          li.id = `li-${payload.length}`;
          li.dataset.group = payload;
          ul.append(li);
        }
        authored.append(ul);
        container.append(strings, objects, authored);
      }
      for (const payload of payloads) {
        const attributes = document.createElement('clinic-signs-checklist');
        for (const name of ['substance', 'thresholds', 'phone', 'contact-url', 'crisis'])
          attributes.setAttribute(name, payload);
        container.append(attributes);
      }
      await allUpdated(container);
      // Tick everything so the result (with hostile result wording) renders too.
      for (const checklist of Array.from(
        container.querySelectorAll<ClinicSignsChecklist>('clinic-signs-checklist'),
      ).slice(0, 12)) {
        for (const box of Array.from(shadowOf(checklist).querySelectorAll<HTMLInputElement>('input[type=checkbox]')))
          box.click();
        await checklist.updateComplete;
      }
    });
  });

  it('registered language strings in every message of every element', async () => {
    const keys = [
      ...Object.keys(commonStrings.en),
      ...Object.keys(faqStrings.en),
      ...Object.keys(contactStrings.en),
      ...Object.keys(signsStrings.en),
    ];
    await hostile('strings', async (container) => {
      container.lang = 'qaa';
      const faq = document.createElement('clinic-faq') as ClinicFaq;
      faq.searchable = true;
      faq.controls = true;
      faq.src = '/__test__/json?status=500';
      faq.items = [{ question: 'Q', answer: 'A' }];
      const card = document.createElement('clinic-contact-card') as ClinicContactCard;
      card.setAttribute('name', 'Clinic');
      card.setAttribute('phone', '385-287-1469');
      card.setAttribute('street-address', '1 Main St');
      card.setAttribute('hours', 'Mo-Fr 09:00-17:00');
      card.setAttribute('time-zone', 'America/Denver');
      card.setAttribute('email', 'care@example.org');
      card.setAttribute('url', 'https://example.org');
      card.setAttribute('booking-url', 'https://example.org/book');
      card.setAttribute('src', '/__test__/json?status=500');
      const checklist = document.createElement('clinic-signs-checklist') as ClinicSignsChecklist;
      checklist.setAttribute('phone', '385-287-1469');
      checklist.setAttribute('contact-url', '#contact');
      container.append(faq, card, checklist);
      const rounds = Math.ceil(payloads.length / keys.length) + 1;
      for (let round = 0; round < rounds; round++) {
        const table: Record<string, string | { one: string; other: string }> = {};
        keys.forEach((key, i) => {
          const payload = payloads[(i + round * keys.length) % payloads.length]!;
          table[key] =
            round % 2 ? { one: `${payload}{count}`, other: `{count}${payload}` } : `${payload}{query}{number}{time}`;
        });
        registerStrings('qaa', table);
        await allUpdated(container);
        const search = shadowOf(faq).querySelector<HTMLInputElement>('input[type=search]')!;
        search.value = round % 2 ? 'zzz-no-match' : 'Q';
        search.dispatchEvent(new Event('input'));
        shadowOf(checklist).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
        await allUpdated(container);
      }
      await waitUntil(() => shadowOf(card).querySelector('.error'), 'card src never failed');
    });
  });
});
