/**
 * Pages server-rendered by @lit-labs/ssr (test/ssr/render.mjs, served by test/server/routes.mjs), loaded in a frame
 * with JavaScript off (the elements are never imported) and on (Lit's hydrate support, then the elements).
 */
import { expect, nextFrame } from '@open-wc/testing';

type Frame = { win: Window & typeof globalThis; doc: Document; errors: string[] };
type Hydrated = Window & { hydrated?: Promise<void> };

async function load(page: string, js: 'hydrate' | 'plain' | false): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 900px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = `/__test__/ssr?page=${page}&js=${js || 'off'}`;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  // A hydration mismatch throws in an update (an unhandled rejection) or is logged: either fails the test.
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return { win, doc: frame.contentDocument!, errors };
}

/** Upgrades and hydration done: the page starts them after its first paint. */
async function hydrated({ win }: Frame): Promise<void> {
  while (!(win as Hydrated).hydrated) await nextFrame();
  await (win as Hydrated).hydrated;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

const renderRoot = (element: Element) => (element as Element & { renderRoot: ShadowRoot }).renderRoot;
const box = (element: Element) => {
  const { top, height, width } = element.getBoundingClientRect();
  return { top, height, width };
};
const seen = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Chromium's layout-shift score for the frame so far; NaN where the engine has no Layout Instability API. */
async function layoutShift(win: Window & typeof globalThis): Promise<number> {
  if (!win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) return NaN;
  let sum = 0;
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  await nextFrame();
  await nextFrame();
  for (const entry of observer.takeRecords()) sum += (entry as PerformanceEntry & { value: number }).value;
  observer.disconnect();
  return sum;
}

describe('server-rendered contact card', () => {
  it('is complete and styled without JavaScript, its dead buttons hidden', async () => {
    const { doc } = await load('card', false);
    const card = doc.querySelector('clinic-contact-card')!;
    expect(doc.defaultView!.customElements.get('clinic-contact-card')).to.equal(undefined);
    const root = card.shadowRoot!;
    expect(root, 'declarative shadow root').to.exist;
    const text = seen(root);
    expect(text).to.include('Wasatch Recovery Clinic');
    expect(text).to.include('Call (385) 287-1469');
    expect(text).to.include('7050 S Highland Drive Suite 120');
    expect(text).to.include('Salt Lake City, UT 84121');
    expect(text).to.include('Monday');
    const call = root.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(call).display).to.equal('inline-flex');
    expect(getComputedStyle(root.querySelector('.tools')!).visibility).to.equal('hidden');
    const badges = Array.from(root.querySelectorAll('.badge'));
    expect(badges.filter((badge) => getComputedStyle(badge).visibility !== 'hidden')).to.have.length(0);
    // The authored fallback is not shown twice: the card's shadow root has no slot for it.
    expect(box(card.querySelector('address')!).height).to.equal(0);
  });

  it('hydrates without a visible change, then fills in the open-now status and the zone note in place', async () => {
    const frame = await load('card', 'hydrate');
    const card = frame.doc.querySelector('clinic-contact-card')!;
    const root = card.shadowRoot!;
    const name = root.querySelector('h3')!;
    const status = root.querySelector('.status')!;
    const before = {
      card: box(card),
      status: box(status),
      zone: box(root.querySelector('.zone')!),
      table: box(root.querySelector('table')!),
      below: box(frame.doc.getElementById('below')!),
    };
    expect(seen(status)).to.equal('');
    await hydrated(frame);
    expect(frame.errors).to.deep.equal([]);
    expect(renderRoot(card)).to.equal(root);
    // Hydrated, not rendered again: the server's nodes are the element's own.
    expect(root.querySelector('h3')).to.equal(name);
    const after = root.querySelector('.status')!;
    expect(seen(after)).to.match(/^(Open|Closed)/);
    expect(getComputedStyle(root.querySelector('.tools')!).visibility).to.equal('visible');
    // Today's row is marked in the browser: its badge shown, the others' room kept.
    const shown = Array.from(root.querySelectorAll('.badge')).filter(
      (badge) => getComputedStyle(badge).visibility === 'visible',
    );
    expect(shown).to.have.length(1);
    expect(shown[0]!.closest('tr')!.getAttribute('aria-current')).to.equal('date');
    expect({
      card: box(card),
      status: box(after),
      zone: box(root.querySelector('.zone')!),
      table: box(root.querySelector('table')!),
      below: box(frame.doc.getElementById('below')!),
    }).to.deep.equal(before);
    const shift = await layoutShift(frame.win);
    if (!Number.isNaN(shift)) expect(shift).to.equal(0);
  });

  it("without Lit's hydrate support, renders afresh in place of the server's copy, never beside it", async () => {
    const frame = await load('card', 'plain');
    const card = frame.doc.querySelector('clinic-contact-card')!;
    await hydrated(frame);
    expect(frame.errors).to.deep.equal([]);
    const root = renderRoot(card);
    expect(root).to.equal(card.shadowRoot);
    expect(root.querySelectorAll('.base')).to.have.length(1);
    expect(root.querySelectorAll('h3')).to.have.length(1);
    expect(seen(root.querySelector('.status')!)).to.match(/^(Open|Closed)/);
  });
});

describe('server-rendered elements with authored content', () => {
  it('show the authored <details> and <li>s without JavaScript', async () => {
    const { doc } = await load('authored', false);
    const faq = doc.querySelector('clinic-faq')!;
    expect(Array.from(faq.shadowRoot!.children).map((child) => child.localName)).to.deep.equal(['style', 'slot']);
    for (const summary of doc.querySelectorAll('clinic-faq summary')) {
      expect(box(summary).height).to.be.above(0);
    }
    const signs = doc.querySelectorAll('clinic-signs-checklist li');
    expect(signs.length).to.equal(3);
    for (const sign of signs) expect(box(sign).height).to.be.above(0);
  });

  it('render for real in the browser: the FAQ from its <details>, the checklist from its <li>s, no box checked', async () => {
    const frame = await load('authored', 'hydrate');
    await hydrated(frame);
    expect(frame.errors).to.deep.equal([]);
    const faq = renderRoot(frame.doc.querySelector('clinic-faq')!);
    const questions = Array.from(faq.querySelectorAll('.question'), seen);
    expect(questions).to.deep.equal(['What does treatment cost?', 'Is it confidential?']);
    expect(faq.querySelector('slot')).to.equal(null);
    // Find-in-page reaches collapsed answers where the engine can (set by the browser, not the server).
    const untilFound = 'onbeforematch' in frame.win.HTMLElement.prototype;
    for (const answer of faq.querySelectorAll('.answer')) {
      expect(answer.getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    }
    expect(seen(faq.querySelector('.answer')!)).to.equal('Most insurance plans cover it.');
    const checklist = renderRoot(frame.doc.querySelector('clinic-signs-checklist')!);
    const boxes = Array.from(checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((input) => seen(input.closest('label')!))).to.deep.equal([
      'Using more, or for longer, than you meant to',
      'Wanting to cut down and not managing it',
      'Strong cravings or urges to use',
    ]);
    expect(boxes.filter((input) => input.checked)).to.have.length(0);
  });
});

describe('server-rendered checklist from items', () => {
  it('has no box checked without JavaScript (no checked="false" from the server)', async () => {
    const { win, doc } = await load('items', false);
    // The root is closed: a stand-in definition reads it through ElementInternals, as only the element could.
    let root: ShadowRoot | null = null;
    win.customElements.define(
      'clinic-signs-checklist',
      class extends win.HTMLElement {
        constructor() {
          super();
          root = this.attachInternals().shadowRoot;
        }
      },
    );
    expect(doc.querySelector('clinic-signs-checklist')!.shadowRoot).to.equal(null);
    const boxes = Array.from(root!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes).to.have.length(2);
    expect(boxes.filter((input) => input.checked || input.hasAttribute('checked'))).to.have.length(0);
  });
});
