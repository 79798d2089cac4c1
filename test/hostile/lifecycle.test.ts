/**
 * Lifecycle on pages that move things around: disconnect and reconnect, moving between documents
 * and shadow roots, and 1,000 create-remove cycles per element, with every registration counted
 * (window/document listeners, pending timers, observing MutationObservers, string-registry
 * listeners, JSON-LD scripts in the head) and checked to return to where it started.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { shadowOf } from '../helpers/shadow.js';

// --- Counting registrations --------------------------------------------------------------------

type Listener = EventListenerOrEventListenerObject;
const listeners = new Map<EventTarget, Map<string, Set<Listener>>>();
const timers = new Set<ReturnType<typeof setTimeout>>();
const observing = new Set<MutationObserver>();
const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  setTimeout: window.setTimeout,
  clearTimeout: window.clearTimeout,
  observe: MutationObserver.prototype.observe,
  disconnect: MutationObserver.prototype.disconnect,
};

function install(): void {
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    // A bare `addEventListener(…)` call has no `this`: it means the global object.
    const target = this ?? window;
    if (listener && (target === window || target === document)) {
      let byType = listeners.get(target);
      if (!byType) listeners.set(target, (byType = new Map()));
      if (!byType.has(type)) byType.set(type, new Set());
      byType.get(type)!.add(listener);
    }
    return original.add.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions,
  ) {
    const target = this ?? window;
    if (listener) listeners.get(target)?.get(type)?.delete(listener);
    return original.remove.call(target, type, listener, options);
  };
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    // Reflect.apply: with @types/node (from @lit-labs/ssr) setTimeout's overloads take no spread.
    const id: ReturnType<typeof setTimeout> = Reflect.apply(original.setTimeout, window, [
      (...inner: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...inner);
      },
      timeout,
      ...args,
    ]);
    timers.add(id);
    return id;
  }) as unknown as typeof setTimeout;
  window.clearTimeout = ((id?: ReturnType<typeof setTimeout>) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof clearTimeout;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    observing.add(this);
    return original.observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return original.disconnect.call(this);
  };
}

function uninstall(): void {
  EventTarget.prototype.addEventListener = original.add;
  EventTarget.prototype.removeEventListener = original.remove;
  window.setTimeout = original.setTimeout;
  window.clearTimeout = original.clearTimeout;
  MutationObserver.prototype.observe = original.observe;
  MutationObserver.prototype.disconnect = original.disconnect;
}

const stringListeners = () =>
  (globalThis as unknown as Record<symbol, { listeners: Set<unknown> } | undefined>)[
    Symbol.for('clinic-elements.strings')
  ]?.listeners.size ?? 0;

/** Everything that must not grow with the number of elements ever created. */
function snapshot() {
  const count = (target: EventTarget, type: string) => listeners.get(target)?.get(type)?.size ?? 0;
  return {
    hashchange: count(window, 'hashchange'),
    visibilitychange: count(document, 'visibilitychange'),
    windowListeners: [...(listeners.get(window)?.values() ?? [])].reduce((n, set) => n + set.size, 0),
    documentListeners: [...(listeners.get(document)?.values() ?? [])].reduce((n, set) => n + set.size, 0),
    timers: timers.size,
    observers: observing.size,
    stringListeners: stringListeners(),
    headScripts: document.head.querySelectorAll('script[data-clinic-elements]').length,
  };
}

// --- Elements ----------------------------------------------------------------------------------

function makeFaq(n = 0): ClinicFaq {
  const faq = document.createElement('clinic-faq') as ClinicFaq;
  faq.searchable = true;
  faq.structuredData = true;
  faq.items = [
    { id: `cycle-${n}`, question: 'Is it supervised?', answer: '<p>Yes.</p>' },
    { question: 'How long?', answer: 'Two hours.' },
  ];
  return faq;
}

function makeCard(): ClinicContactCard {
  const card = document.createElement('clinic-contact-card') as ClinicContactCard;
  for (const [name, value] of Object.entries({
    name: 'Cycle Clinic',
    phone: '385-287-1469',
    'street-address': '1 Main Street',
    hours: 'Mo-Fr 09:00-17:00',
    'time-zone': 'America/Denver',
    'structured-data': '',
  })) {
    card.setAttribute(name, value);
  }
  return card; // No `now`: the real clock, so the card schedules its status refresh.
}

function makeChecklist(): ClinicSignsChecklist {
  const checklist = document.createElement('clinic-signs-checklist') as ClinicSignsChecklist;
  checklist.setAttribute('phone', '385-287-1469');
  const list = document.createElement('ul');
  list.innerHTML = '<li>One authored sign</li><li>Another</li>';
  checklist.append(list);
  return checklist;
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const updated = (...elements: Updatable[]) => Promise.all(elements.map((el) => el.updateComplete));

describe('hostile page: lifecycle', function () {
  this.timeout(120_000);
  let baseline: ReturnType<typeof snapshot>;

  before(() => install());
  after(() => uninstall());
  beforeEach(async () => {
    await fixture(html`<div></div>`); // Lets the previous test's fixtures go first.
  });

  it('counts what it claims to count (the instrumentation is live)', async () => {
    const before = snapshot();
    const faq = makeFaq();
    const card = makeCard();
    document.body.append(faq, card);
    await updated(faq, card);
    const during = snapshot();
    expect(during.hashchange).to.equal(before.hashchange + 1);
    expect(during.visibilitychange).to.equal(before.visibilitychange + 1);
    expect(during.timers).to.be.greaterThan(before.timers);
    expect(during.observers).to.be.greaterThan(before.observers);
    expect(during.stringListeners).to.equal(before.stringListeners + 2);
    expect(during.headScripts).to.equal(before.headScripts + 2);
    faq.remove();
    card.remove();
    await updated(faq, card);
    expect(snapshot()).to.deep.equal(before);
  });

  it('leaks nothing over 1,000 create-render-remove cycles of each element', async () => {
    baseline = snapshot();
    const container = document.createElement('div');
    document.body.append(container);
    const BATCH = 50;
    for (let round = 0; round < 1000 / BATCH; round++) {
      const batch: Updatable[] = [];
      for (let i = 0; i < BATCH; i++) batch.push(makeFaq(i), makeCard(), makeChecklist());
      container.append(...batch);
      await updated(...batch);
      // Half go through a quick disconnect/reconnect before removal.
      if (round % 2) {
        batch.forEach((el) => el.remove());
        container.append(...batch);
        await updated(...batch);
      }
      container.replaceChildren();
      await updated(...batch);
    }
    container.remove();
    expect(snapshot()).to.deep.equal(baseline);
    // Ids claimed by removed FAQs are free again.
    const faq = makeFaq(7);
    document.body.append(faq);
    await faq.updateComplete;
    expect(faq.questions[0]!.id).to.equal('cycle-7');
    faq.remove();
  });

  it('keeps state across disconnect and reconnect, and re-arms what it released', async () => {
    const before = snapshot();
    const faq = makeFaq();
    const checklist = makeChecklist();
    const card = makeCard();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(faq, checklist, card);
    await updated(faq, checklist, card);
    expect(faq.toggle('cycle-0', true)).to.equal(true);
    shadowOf(checklist).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await updated(faq, checklist);
    holder.replaceChildren();
    await updated(faq, checklist, card);
    expect(snapshot()).to.deep.equal(before);
    holder.append(faq, checklist, card);
    await updated(faq, checklist, card);
    expect(faq.questions[0]!.open).to.equal(true);
    expect(shadowOf(checklist).querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    expect(shadowOf(card).querySelector('.status')).to.exist;
    const during = snapshot();
    expect(during.hashchange).to.equal(before.hashchange + 1);
    expect(during.visibilitychange).to.equal(before.visibilitychange + 1);
    expect(during.headScripts).to.equal(before.headScripts + 2);
    holder.replaceChildren();
    await updated(faq, checklist, card);
    expect(snapshot()).to.deep.equal(before);
  });

  it('restarts a src load that a disconnect aborted', async () => {
    const page = {
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Loaded late?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }],
    };
    const faq = document.createElement('clinic-faq') as ClinicFaq;
    faq.src = `/__test__/json?delay=300&body=${encodeURIComponent(JSON.stringify(page))}`;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(faq);
    await faq.updateComplete;
    faq.remove(); // Mid-load.
    await new Promise((resolve) => setTimeout(resolve, 50));
    holder.append(faq);
    await waitUntil(() => faq.questions.length === 1, 'src not reloaded after reconnect', { timeout: 5000 });
    expect(faq.questions[0]!.question).to.equal('Loaded late?');
  });

  it('moves between shadow roots and into another document and back, still working', async () => {
    const before = snapshot();
    const faq = makeFaq();
    const checklist = makeChecklist();
    const card = makeCard();
    const hostA = await fixture<HTMLDivElement>(html`<div></div>`);
    const hostB = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const rootA = hostA.attachShadow({ mode: 'open' });
    const rootB = hostB.attachShadow({ mode: 'open' });
    rootA.append(faq, checklist, card);
    await updated(faq, checklist, card);
    expect(shadowOf(faq).querySelectorAll('.item').length).to.equal(2);
    rootB.append(faq, checklist, card);
    await updated(faq, checklist, card);
    // The language follows the new place (lang="es" on the shadow host).
    expect(shadowOf(faq).querySelector('label')!.textContent).to.equal('Buscar en las preguntas');

    // Another document: a same-origin iframe, then an inert document, then home again.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const other = frame.contentDocument!;
    other.body.append(faq, checklist, card);
    await updated(faq, checklist, card);
    expect(faq.ownerDocument).to.equal(other);
    const inert = document.implementation.createHTMLDocument('inert');
    inert.body.append(faq, checklist, card);
    await updated(faq, checklist, card);
    rootA.append(faq, checklist, card);
    await updated(faq, checklist, card);
    expect(faq.ownerDocument).to.equal(document);
    faq.toggle('cycle-0', true);
    await faq.updateComplete;
    expect(shadowOf(faq).querySelector('.question')!.getAttribute('aria-expanded')).to.equal('true');
    shadowOf(checklist).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await checklist.updateComplete;
    expect(shadowOf(checklist).querySelector('.result')!.textContent!.trim()).not.to.equal('');
    expect(shadowOf(card).querySelector('.name')!.textContent!.trim()).to.equal('Cycle Clinic');
    frame.remove();
    hostA.remove();
    hostB.remove();
    await updated(faq, checklist, card);
    expect(snapshot()).to.deep.equal(before);
  });

  it('survives being removed and re-added within one task, many times over', async () => {
    const before = snapshot();
    const elements = [makeFaq(), makeChecklist(), makeCard()];
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 200; i++) {
      holder.append(...elements);
      elements.forEach((el) => el.remove());
    }
    holder.append(...elements);
    await updated(...(elements as Updatable[]));
    expect(snapshot().hashchange).to.equal(before.hashchange + 1);
    expect(snapshot().visibilitychange).to.equal(before.visibilitychange + 1);
    holder.remove();
    await updated(...(elements as Updatable[]));
    expect(snapshot()).to.deep.equal(before);
  });
});
