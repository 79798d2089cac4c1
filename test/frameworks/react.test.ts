// React 19 renders the three elements: properties such as `items` arrive as DOM properties (not "[object Object]"
// attributes), attributes stay attributes, and `on<event-name>` props receive the elements' custom events.
import { expect } from '@open-wc/testing';
import type { ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import '../../src/index.js';
import type { ClinicContactCard, ClinicFaq, ClinicSignsChecklist } from '../../src/index.js';
import type { ClinicContactActionEvent, ClinicCtaClickEvent, ClinicFaqToggleEvent } from '../../src/events.js';
import { shadowOf } from '../helpers/shadow.js';

// React ships CommonJS only: the test server bundles its development build into one ES module (test/frameworks/bundles.mjs).
const bundle = '/__test__/framework/react.js';
let React: typeof import('react');
let ReactDOMClient: typeof import('react-dom/client');
const h = (tag: string, props: Record<string, unknown>): ReactElement => React.createElement(tag, props);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

async function render(element: ReactElement): Promise<void> {
  await React.act(async () => root.render(element));
}

function shadow(element: Element): ShadowRoot {
  return shadowOf(element);
}

describe('React 19', () => {
  before(async () => {
    ({ React, ReactDOMClient } = await import(bundle));
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });
  afterEach(async () => {
    await React.act(async () => root.unmount());
    container.remove();
  });

  it('passes FAQ items as a property and receives clinic-faq-toggle', async () => {
    const ref = React.createRef<ClinicFaq>();
    const toggles: ClinicFaqToggleEvent['detail'][] = [];
    const items = [
      { id: 'cost', question: 'What does it cost?', answer: '<p>Ask the front desk.</p>' },
      { id: 'time', question: 'How long is a visit?', answer: '<p>About two hours.</p>' },
    ];
    await render(
      h('clinic-faq', {
        ref,
        items,
        single: true,
        'heading-level': 2,
        'onclinic-faq-toggle': (event: ClinicFaqToggleEvent) => toggles.push(event.detail),
      }),
    );
    const faq = ref.current!;
    await faq.updateComplete;
    expect(faq.items).to.equal(items);
    expect(faq.hasAttribute('items')).to.be.false;
    expect(faq.single).to.be.true;
    expect(faq.getAttribute('heading-level')).to.equal('2');
    const questions = shadow(faq).querySelectorAll<HTMLButtonElement>('[role="heading"][aria-level="2"] button');
    expect([...questions].map((b) => b.textContent!.trim())).to.deep.equal([
      'What does it cost?',
      'How long is a visit?',
    ]);
    questions[1]!.click();
    expect(toggles).to.deep.equal([{ id: 'time', question: 'How long is a visit?', open: true }]);

    // New props from a re-render reach the element; a removed handler no longer hears events.
    await render(h('clinic-faq', { ref, items: items.slice(0, 1), 'heading-level': 2 }));
    await faq.updateComplete;
    expect(shadow(faq).querySelectorAll('button[aria-expanded]')).to.have.length(1);
    shadow(faq).querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    expect(toggles).to.have.length(1);
  });

  it('passes the checklist its own signs and results, and receives clinic-cta-click', async () => {
    const ref = React.createRef<ClinicSignsChecklist>();
    const actions: string[] = [];
    await render(
      h('clinic-signs-checklist', {
        ref,
        substance: 'ketamine',
        phone: '385-287-1469',
        items: ['Needing more to feel the same', 'Missing work after using'],
        results: { few: 'A couple of these apply.' },
        'onclinic-cta-click': (event: ClinicCtaClickEvent) => actions.push(event.detail.action),
      }),
    );
    const checklist = ref.current!;
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

  it('sets the contact card from props, `now` as a Date property, and can cancel clinic-contact-action', async () => {
    const ref = React.createRef<ClinicContactCard>();
    const seen: string[] = [];
    await render(
      h('clinic-contact-card', {
        ref,
        name: 'Example Clinic',
        phone: '385-287-1469',
        'street-address': '7050 S Highland Drive',
        locality: 'Cottonwood Heights',
        region: 'UT',
        'time-zone': 'America/Denver',
        hours: 'Mo-Fr 09:00-17:00',
        now: new Date('2026-11-25T18:00:00Z'),
        'onclinic-contact-action': (event: ClinicContactActionEvent) => {
          seen.push(event.detail.action);
          event.preventDefault();
        },
      }),
    );
    const card = ref.current!;
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
