/**
 * Shared by the late-definition tests: elements created, configured by attribute AND property,
 * and connected before any definition of them exists; then checks that every value was honoured.
 * Each test file runs in its own page, so each gets a registry with no clinic elements yet.
 */
import { expect } from '@open-wc/testing';
import { shadowOf } from '../helpers/shadow.js';

export const WEDNESDAY_10AM = new Date('2026-11-25T17:00:00Z'); // 10:00 in Denver.

export interface Early {
  container: HTMLElement;
  faq: HTMLElement & Record<string, unknown>;
  checklist: HTMLElement & Record<string, unknown>;
  card: HTMLElement & Record<string, unknown>;
  detached: HTMLElement & Record<string, unknown>;
}

/** Creates the three elements (and a detached FAQ) before their definitions load. */
export function createEarly(): Early {
  for (const tag of ['clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card']) {
    expect(customElements.get(tag), `${tag} defined too early`).to.equal(undefined);
  }
  const container = document.createElement('div');
  document.body.append(container);
  const faq = document.createElement('clinic-faq') as unknown as Early['faq'];
  faq.setAttribute('controls', '');
  faq.items = [
    { id: 'early-one', question: 'Set before the definition?', answer: '<p>Yes, <em>kept</em>.</p>' },
    { question: 'Second?', answer: 'Also kept.' },
  ];
  faq.single = true;
  const checklist = document.createElement('clinic-signs-checklist') as unknown as Early['checklist'];
  checklist.items = ['First early sign', { id: 'two', text: 'Second early sign', group: 'Early group' }];
  checklist.results = { few: 'Early result wording.' };
  checklist.setAttribute('phone', '385-287-1469');
  const card = document.createElement('clinic-contact-card') as unknown as Early['card'];
  card.setAttribute('name', 'Early Clinic');
  card.setAttribute('hours', 'Mo-Fr 09:00-17:00');
  card.setAttribute('time-zone', 'America/Denver');
  card.now = WEDNESDAY_10AM;
  card.phone = '385-287-1469';
  const detached = document.createElement('clinic-faq') as unknown as Early['detached'];
  detached.items = [{ question: 'Detached and early?', answer: 'Yes.' }];
  container.append(faq, checklist, card);
  return { container, faq, checklist, card, detached };
}

const $ = (el: Element, selector: string) => shadowOf(el).querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(shadowOf(el).querySelectorAll(selector));

/** Waits for the upgrade and checks that every value set before it is in effect. */
export async function expectHonoured({ faq, checklist, card, detached, container }: Early): Promise<void> {
  await Promise.all(
    [faq, checklist, card].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
  expect(faq.shadowRoot, 'faq upgraded').to.exist;
  expect($$(faq, '.question .text').map((t) => t.textContent!.trim())).to.deep.equal([
    'Set before the definition?',
    'Second?',
  ]);
  expect($(faq, '.answer em')!.textContent).to.equal('kept');
  expect($(faq, '#early-one'), 'own id kept').to.exist;
  expect(faq.single).to.equal(true);
  expect(faq.hasAttribute('single'), 'single reflected').to.equal(true);
  expect($$(faq, 'button.control').length, 'controls (collapse only, under single)').to.equal(1);

  expect($$(checklist, 'input[type=checkbox] + span').map((s) => s.textContent!.trim())).to.deep.equal([
    'First early sign',
    'Second early sign',
  ]);
  expect($(checklist, 'fieldset.group legend')!.textContent!.trim()).to.equal('Early group');
  ($(checklist, 'input[type=checkbox]') as HTMLInputElement).click();
  await (checklist as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect($(checklist, '.result .message')!.textContent!.trim()).to.equal('Early result wording.');
  expect($(checklist, 'a.call')!.getAttribute('href')).to.equal('tel:+13852871469');

  expect($(card, '.name')!.textContent!.trim()).to.equal('Early Clinic');
  expect($(card, 'a[part=call]')!.getAttribute('href')).to.equal('tel:+13852871469');
  expect($(card, '.status')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Open now/);

  // A detached element set up early upgrades when connected.
  container.append(detached);
  await customElements.whenDefined('clinic-faq');
  await (detached as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect($$(detached, '.question .text').map((t) => t.textContent!.trim())).to.deep.equal(['Detached and early?']);
}

/** Uncaught errors and unhandled rejections, and console warnings/errors, while loading. */
export function watchConsole(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => problems.push(`warn: ${args.join(' ')}`);
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.join(' ')}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      console.warn = warn;
      console.error = error;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Adds a module script tag and resolves once it ran (or failed). */
export function scriptTag(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}
