import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/signs-checklist/define.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { shadowOf } from '../helpers/shadow.js';
import { NOT_RECORDED } from '../../src/internal/privacy.js';

type Restore = () => void;

/**
 * Replaces every way a page can send or keep data with a recorder: network (fetch, XHR,
 * sendBeacon, WebSocket, EventSource, window.open), storage (local/session storage, IndexedDB,
 * cookies, Cache Storage) and the URL (history, location).
 */
function instrument() {
  const touched: string[] = [];
  const restores: Restore[] = [];
  const wrap = <T extends object>(target: T, name: keyof T & string, label: string) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      touched.push(label);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restores.push(() => ((target as Record<string, unknown>)[name] = original));
  };
  const accessor = (target: object, name: string, label: string) => {
    let owner: object | null = target;
    let descriptor: PropertyDescriptor | undefined;
    while (owner && !(descriptor = Object.getOwnPropertyDescriptor(owner, name))) owner = Object.getPrototypeOf(owner);
    if (!descriptor || !descriptor.configurable) return false;
    const d = descriptor;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        touched.push(`${label} (read)`);
        return d.get ? d.get.call(target) : d.value;
      },
      set(value: unknown) {
        touched.push(`${label} (write)`);
        d.set?.call(target, value);
      },
    });
    restores.push(() => {
      if (owner === target) Object.defineProperty(target, name, d);
      else delete (target as Record<string, unknown>)[name];
    });
    return true;
  };

  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrap(XMLHttpRequest.prototype, 'send', 'XMLHttpRequest');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  wrap(window, 'open', 'window.open');
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Original = window[name];
    (window as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
      construct(target, args) {
        touched.push(name);
        return Reflect.construct(target, args);
      },
    });
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const)
    wrap(Storage.prototype, method, 'Storage');
  accessor(window, 'localStorage', 'localStorage');
  accessor(window, 'sessionStorage', 'sessionStorage');
  wrap(IDBFactory.prototype, 'open', 'indexedDB');
  wrap(IDBFactory.prototype, 'deleteDatabase', 'indexedDB');
  accessor(window, 'indexedDB', 'indexedDB');
  accessor(window, 'caches', 'caches');
  accessor(document, 'cookie', 'document.cookie');
  wrap(history, 'pushState', 'history.pushState');
  wrap(history, 'replaceState', 'history.replaceState');
  wrap(history, 'back', 'history');
  wrap(history, 'go', 'history');
  const url = location.href;
  const historyLength = history.length;
  const cookie = document.cookie;
  touched.length = 0; // Reading the cookie above is the test's, not the element's.
  const onNavigate = (event: Event) => touched.push(event.type);
  window.addEventListener('hashchange', onNavigate);
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('beforeunload', onNavigate);
  restores.push(() => {
    window.removeEventListener('hashchange', onNavigate);
    window.removeEventListener('popstate', onNavigate);
    window.removeEventListener('beforeunload', onNavigate);
  });
  return {
    touched,
    check() {
      expect(location.href, 'URL').to.equal(url);
      expect(history.length, 'history').to.equal(historyLength);
      restoreAll();
      expect(document.cookie, 'cookies').to.equal(cookie);
    },
    restore: () => restoreAll(),
  };
  function restoreAll() {
    while (restores.length) restores.pop()!();
  }
}

/** Records events of the given types that reach window in the bubbling phase. */
function listen(types: string[]) {
  const heard: Array<{ type: string; detail: unknown }> = [];
  const record = (event: Event) => heard.push({ type: event.type, detail: (event as CustomEvent).detail });
  types.forEach((type) => window.addEventListener(type, record));
  return { heard, stop: () => types.forEach((type) => window.removeEventListener(type, record)) };
}

/** Records every event the element dispatches itself (custom events), whatever its name. */
function ownEvents(el: Element) {
  const dispatched: Event[] = [];
  const original = el.dispatchEvent;
  el.dispatchEvent = function (event: Event) {
    dispatched.push(event);
    return original.call(this, event);
  };
  return { dispatched, stop: () => (el.dispatchEvent = original) };
}

async function pressUntilFocused(el: ClinicSignsChecklist, predicate: (focused: Element | null) => boolean) {
  for (let i = 0; i < 40 && !predicate(shadowOf(el).activeElement); i++) await sendKeys({ press: 'Tab' });
  expect(predicate(shadowOf(el).activeElement)).to.equal(true);
}

describe('<clinic-signs-checklist> privacy', () => {
  it('sends, stores and changes nothing while a reader ticks, clears and prints with the keyboard', async function () {
    this.timeout(30_000); // Some twenty real key presses: slow on a busy machine, never a timing assertion.
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist
      substance="ketamine"
      phone="385-287-1469"
      contact-url="#contact"
    ></clinic-signs-checklist>`);
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    const probe = instrument();
    const events = listen(['change', 'input', 'click', 'submit', 'clinic-cta-click', 'keydown']);
    const own = ownEvents(el);
    try {
      start.focus();
      // Tick three signs with Tab and Space (past the crisis pointer's three links).
      await pressUntilFocused(el, (f) => f?.matches('input[type="checkbox"]') ?? false);
      await sendKeys({ press: ' ' });
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: ' ' });
      }
      await el.updateComplete;
      const boxes = Array.from(shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
      expect(boxes.filter((box) => box.checked)).to.have.length(3);
      expect(shadowOf(el).querySelector('[role="status"]')!.textContent).to.contain('3 of 10 signs');
      // Untick one again, then clear and print with the keyboard.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shadowOf(el).querySelector('[role="status"]')!.textContent).to.contain('2 of 10 signs');
      await pressUntilFocused(el, (f) => f?.classList.contains('clear') ?? false);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await nextFrame();
      expect(boxes.some((box) => box.checked)).to.equal(false);
      await pressUntilFocused(el, (f) => f?.classList.contains('print') ?? false);
      await sendKeys({ press: 'Enter' });
      expect(printed).to.equal(1);

      expect(probe.touched, 'storage, network or URL APIs used').to.deep.equal([]);
      // Answers never leave the element in an event: change/input/click from the boxes stay inside.
      const answerEvents = events.heard.filter((e) => ['change', 'input', 'submit'].includes(e.type));
      expect(answerEvents).to.deep.equal([]);
      // The clicks that do reach the page are the Print and Clear buttons (pressing a button clicks it),
      // and carry no data of their own.
      for (const heard of events.heard.filter((e) => e.type === 'click'))
        expect(heard.detail).to.be.oneOf([0, 1, undefined]);
      expect(events.heard.filter((e) => e.type === 'clinic-cta-click')).to.deep.equal([]);
      // The element dispatched no event of its own.
      expect(own.dispatched).to.deep.equal([]);
      probe.check();
    } finally {
      probe.restore();
      events.stop();
      own.stop();
      window.print = print;
      start.remove();
    }
  });

  it('keeps native change events inside the shadow root (not composed), and stops composed input and click', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const box = shadowOf(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const inside: Array<{ type: string; composed: boolean }> = [];
    const record = (event: Event) => inside.push({ type: event.type, composed: event.composed });
    for (const type of ['change', 'input', 'click']) box.addEventListener(type, record);
    const events = listen(['change', 'input', 'click']);
    const onHost: string[] = [];
    for (const type of ['change', 'input', 'click']) el.addEventListener(type, () => onHost.push(type));
    try {
      box.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(inside.map((e) => e.type)).to.include.members(['click', 'input', 'change']);
      expect(inside.find((e) => e.type === 'change')!.composed).to.equal(false);
      expect(onHost).to.deep.equal([]);
      expect(events.heard).to.deep.equal([]);
    } finally {
      events.stop();
    }
  });

  it('reports calls to action with only the action, never answers or counts', async () => {
    const el =
      await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist phone="385-287-1469" contact-url="#contact">
      <div slot="crisis"><a href="tel:116123">116 123</a> <span class="plain">not a link</span></div>
    </clinic-signs-checklist>`);
    const boxes = Array.from(shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    boxes[0].click();
    boxes[3].click();
    await el.updateComplete;
    const heard: CustomEvent[] = [];
    const onCta = (event: Event) => heard.push(event as CustomEvent);
    // The test page must not actually dial or navigate.
    const noNavigate = (event: Event) => event.preventDefault();
    document.addEventListener('clinic-cta-click', onCta);
    document.addEventListener('click', noNavigate);
    const probe = instrument();
    try {
      shadowOf(el).querySelector<HTMLAnchorElement>('a.call')!.click();
      shadowOf(el).querySelector<HTMLAnchorElement>('a.contact')!.click();
      el.querySelector<HTMLAnchorElement>('[slot="crisis"] a')!.click();
      el.querySelector<HTMLElement>('[slot="crisis"] .plain')!.click();
      expect(heard.map((e) => e.detail)).to.deep.equal([
        { action: 'call' },
        { action: 'contact' },
        { action: 'crisis' },
      ]);
      for (const event of heard) {
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(Object.keys(event.detail)).to.deep.equal(['action']);
        expect(Object.isFrozen(event.detail)).to.equal(true);
        expect(event.target).to.equal(el);
      }
      probe.check();
    } finally {
      probe.restore();
      document.removeEventListener('clinic-cta-click', onCta);
      document.removeEventListener('click', noNavigate);
    }
  });

  it('reports the built-in crisis links, in the pointer and the box, as crisis calls to action', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const heard: unknown[] = [];
    const onCta = (event: Event) => heard.push((event as CustomEvent).detail);
    const noNavigate = (event: Event) => event.preventDefault();
    window.addEventListener('clinic-cta-click', onCta);
    document.addEventListener('click', noNavigate);
    try {
      const links = shadowOf(el).querySelectorAll<HTMLAnchorElement>('[part~="crisis"] a, .pointer a:not(.jump)');
      expect(links).to.have.length(9);
      for (const link of links) link.click();
      expect(heard).to.deep.equal(Array.from(links, () => ({ action: 'crisis' })));
    } finally {
      window.removeEventListener('clinic-cta-click', onCta);
      document.removeEventListener('click', noNavigate);
    }
  });

  it('hides which signs are checked, and their text, from page scripts', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist substance="ketamine"></clinic-signs-checklist>`,
    );
    // What a tag manager or analytics script does: listen on document, watch the DOM, query it.
    const seen: string[] = [];
    const onEvent = (event: Event) => {
      const [first] = event.composedPath();
      // The innermost node a page script can reach, with its text, and the event's target.
      seen.push(`${event.type}: <${(first as Element).localName}> ${(first as Element).textContent ?? ''}`);
      seen.push(`${event.type} target: <${(event.target as Element).localName}>`);
    };
    for (const type of ['click', 'input', 'change', 'pointerdown', 'keydown', 'focusin'])
      document.addEventListener(type, onEvent, true);
    const mutations: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        mutations.push(
          `${record.type} ${record.attributeName ?? ''} <${(record.target as Element).localName ?? '#text'}>`,
        );
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      const box = shadowOf(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.focus();
      await sendKeys({ press: ' ' });
      shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[2]!.click();
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      // The page's own view of the element.
      expect(el.shadowRoot, 'shadowRoot').to.equal(null);
      expect(document.querySelectorAll('input, label')).to.have.length(0);
      expect(el.textContent!.trim()).to.equal('');
      // Listeners on document hear the element itself, never a sign, its text or its box.
      expect(seen.length).to.be.above(0);
      for (const line of seen) expect(line).to.match(/^\w+( target)?: <clinic-signs-checklist>\s*$/);
      // Nothing in the page's DOM changed as boxes were checked.
      expect(mutations).to.deep.equal([]);
    } finally {
      observer.disconnect();
      for (const type of ['click', 'input', 'change', 'pointerdown', 'keydown', 'focusin'])
        document.removeEventListener(type, onEvent, true);
    }
  });

  it("carries the markers session-replay and heat-map tools honour, keeping an author's own values", async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist class="mine" data-clarity-mask="True"></clinic-signs-checklist>`,
    );
    for (const [name, value] of NOT_RECORDED.attributes) {
      expect(el.getAttribute(name), name).to.equal(name === 'data-clarity-mask' ? 'True' : value);
    }
    for (const name of ['mine', ...NOT_RECORDED.classes]) expect(el.classList.contains(name), name).to.equal(true);
    // The common tools' own selectors match it.
    for (const selector of [
      '.rr-block',
      '.ph-no-capture',
      '.fs-exclude',
      '.sentry-block',
      '[data-sentry-block]',
      '[data-private]',
      '[data-hj-suppress]',
      '[data-clarity-mask]',
      '[data-dd-privacy="hidden"]',
    ]) {
      expect(el.matches(selector), selector).to.equal(true);
    }
  });

  it('forgets the answers when the page is left, and when the Back button brings it back', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const boxes = () => Array.from(shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    const checked = () => boxes().filter((box) => box.checked).length;
    for (const i of [0, 3, 5]) boxes()[i]!.click();
    await el.updateComplete;
    expect(checked()).to.equal(3);
    // The browser fires pagehide as it keeps the page for Back (persisted) or unloads it; the boxes are cleared at
    // once, before the page is frozen, not at the next update.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(checked()).to.equal(0);
    await el.updateComplete;
    expect(shadowOf(el).querySelector('.result')!.textContent!.trim()).to.equal('');
    // Restored from the back/forward cache: cleared again (a page script may have ticked in between).
    boxes()[1]!.click();
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(checked()).to.equal(0);
    // A first load's pageshow (not persisted) leaves a reader's answers alone.
    boxes()[2]!.click();
    await el.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await el.updateComplete;
    expect(checked()).to.equal(1);
  });

  it('leaves no checked box for the browser to restore when the page is loaded again', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const first = loaded();
      frame.src = '/__test__/checklist-page';
      await first;
      const ready = async () => {
        const win = frame.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('clinic-signs-checklist');
        const element = frame.contentDocument!.querySelector('clinic-signs-checklist') as ClinicSignsChecklist;
        await element.updateComplete;
        return Array.from(shadowOf(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
      };
      const boxes = await ready();
      for (const i of [0, 1, 2]) boxes[i]!.click();
      expect(boxes.filter((box) => box.checked)).to.have.length(3);
      // Browsers restore form fields on reload and history navigation; the boxes opt out (autocomplete=off).
      const again = loaded();
      frame.contentWindow!.location.reload();
      await again;
      expect((await ready()).filter((box) => box.checked)).to.have.length(0);
    } finally {
      frame.remove();
    }
  });
});
