// Vue 3 renders the three elements from a template: `isCustomElement` keeps Vue from resolving them as components,
// `:items` and `:now` bind DOM properties, plain attributes stay attributes, and `@clinic-…` listens to their events.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ClinicContactCard, ClinicFaq, ClinicSignsChecklist } from '../../src/index.js';
import type { FaqToggleDetail } from '../../src/events.js';
import { shadowOf } from '../helpers/shadow.js';

// Vue's full build (with the template compiler), served as one ES module by the test server (test/frameworks/bundles.mjs).
const bundle = '/__test__/framework/vue.js';
let Vue: typeof import('vue');

let container: HTMLElement;
let app: ReturnType<typeof import('vue').createApp> | undefined;
let warnings: string[];

function mount(template: string, setup: () => Record<string, unknown>) {
  app = Vue.createApp({ template, setup });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('clinic-');
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(container);
}

function shadow(element: Element): ShadowRoot {
  return shadowOf(element);
}

describe('Vue 3', () => {
  before(async () => {
    Vue = await import(bundle);
  });
  beforeEach(() => {
    warnings = [];
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    expect(warnings, 'Vue warnings').to.deep.equal([]);
  });

  it('binds FAQ items as a property, reacts to changes and hears clinic-faq-toggle', async () => {
    const items = Vue.ref([
      { id: 'vue-cost', question: 'What does it cost?', answer: '<p>Ask the front desk.</p>' },
      { id: 'vue-time', question: 'How long is a visit?', answer: '<p>About two hours.</p>' },
    ]);
    const toggles: FaqToggleDetail[] = [];
    mount(
      `<clinic-faq :items="items" single heading-level="2" @clinic-faq-toggle="onToggle($event.detail)"></clinic-faq>`,
      () => ({ items, onToggle: (detail: FaqToggleDetail) => toggles.push(detail) }),
    );
    const faq = container.querySelector('clinic-faq') as ClinicFaq;
    await faq.updateComplete;
    expect(faq.hasAttribute('items')).to.be.false;
    expect(faq.single).to.be.true;
    expect(faq.headingLevel).to.equal(2);
    const questions = () => [
      ...shadow(faq).querySelectorAll<HTMLButtonElement>('[role="heading"][aria-level="2"] button'),
    ];
    expect(questions().map((b) => b.textContent!.trim())).to.deep.equal(['What does it cost?', 'How long is a visit?']);
    questions()[0]!.click();
    expect(toggles).to.deep.equal([{ id: 'vue-cost', question: 'What does it cost?', open: true }]);

    items.value = [...items.value, { id: 'vue-bring', question: 'What should I bring?', answer: '<p>A photo ID.</p>' }];
    await Vue.nextTick();
    await faq.updateComplete;
    expect(questions()).to.have.length(3);
  });

  it('binds the checklist its signs and results, and hears clinic-cta-click', async () => {
    const actions: string[] = [];
    mount(
      `<clinic-signs-checklist substance="ketamine" phone="385-287-1469" :items="items" :results="results"
        @clinic-cta-click="actions.push($event.detail.action)"></clinic-signs-checklist>`,
      () => ({
        items: ['Needing more to feel the same', 'Missing work after using'],
        results: { few: 'A couple of these apply.' },
        actions,
      }),
    );
    const checklist = container.querySelector('clinic-signs-checklist') as ClinicSignsChecklist;
    await checklist.updateComplete;
    const labels = [...shadow(checklist).querySelectorAll('[part~="item"]')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Needing more to feel the same', 'Missing work after using']);
    expect(checklist.substance).to.equal('ketamine');
    shadow(checklist).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await checklist.updateComplete;
    expect(shadow(checklist).querySelector('[part~="result"]')!.textContent).to.contain('A couple of these apply.');
    const call = shadow(checklist).querySelector<HTMLAnchorElement>('a.call')!;
    call.addEventListener('click', (event) => event.preventDefault());
    call.click();
    expect(actions).to.deep.equal(['call']);
  });

  it('fills the contact card from attributes and a Date property, and can cancel clinic-contact-action', async () => {
    const seen: string[] = [];
    mount(
      `<clinic-contact-card name="Example Clinic" phone="385-287-1469" street-address="7050 S Highland Drive"
        locality="Cottonwood Heights" region="UT" time-zone="America/Denver" hours="Mo-Fr 09:00-17:00" :now="now"
        @clinic-contact-action="onAction"></clinic-contact-card>`,
      () => ({
        now: new Date('2026-11-25T18:00:00Z'),
        onAction: (event: CustomEvent<{ action: string }>) => {
          seen.push(event.detail.action);
          event.preventDefault();
        },
      }),
    );
    const card = container.querySelector('clinic-contact-card') as ClinicContactCard;
    await card.updateComplete;
    expect(card.now).to.be.instanceOf(Date);
    expect(card.streetAddress).to.equal('7050 S Highland Drive');
    expect(shadow(card).querySelector('[part~="name"]')!.textContent).to.contain('Example Clinic');
    expect(shadow(card).querySelector('[part~="status"]')!.textContent).to.match(/open/i);
    const call = shadow(card).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.href).to.equal('tel:+13852871469');
    call.click();
    expect(seen).to.deep.equal(['call']);
  });
});
