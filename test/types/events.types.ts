// Type-level tests, compiled by `tsc --noEmit` (npm test's first step): typed tags, events and their details.
// `@ts-expect-error` lines fail the compile if the wrong usage they show were ever accepted.
import '../../src/index.js';
import type {
  ClinicContactActionEvent,
  ClinicCtaClickEvent,
  ClinicElementsEventMap,
  ClinicFaqToggleEvent,
  ContactAction,
  CtaAction,
} from '../../src/index.js';
import { ClinicContactCard, ClinicFaq, ClinicSignsChecklist } from '../../src/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T | undefined => undefined;

// Tag names give the element classes.
const faq = document.createElement('clinic-faq');
const checklist = document.querySelector('clinic-signs-checklist');
const card = document.querySelector('clinic-contact-card')!;
assert<Equal<typeof faq, ClinicFaq>>();
assert<Equal<typeof checklist, ClinicSignsChecklist | null>>();
assert<Equal<typeof card, ClinicContactCard>>();

// Properties keep their types.
faq.items = [{ question: 'Is it private?', answer: '<p>Yes.</p>' }];
faq.headingLevel = 2;
// @ts-expect-error headingLevel is a number
faq.headingLevel = '2';
// @ts-expect-error an FAQ item needs a question and an answer
faq.items = [{ question: 'Only a question' }];
checklist!.items = ['Cravings', { text: 'Using more than planned', group: 'control' }];
checklist!.results = { none: 'Nothing ticked.' };
// @ts-expect-error result wording is keyed by band
checklist!.results = { lots: 'Many ticked.' };
card.now = new Date();
// @ts-expect-error `now` is a Date
card.now = '2026-01-01';

// Events are typed on the element, on any element (they bubble and are composed), on document and window.
faq.addEventListener('clinic-faq-toggle', (event) => {
  assert<Equal<typeof event, ClinicFaqToggleEvent>>();
  const { id, question, open }: { id: string; question: string; open: boolean } = event.detail;
  void [id, question, open];
  // @ts-expect-error the detail has no `answer`
  void event.detail.answer;
});
document.body.addEventListener('clinic-cta-click', (event) => {
  const action: CtaAction = event.detail.action;
  assert<Equal<typeof action, 'call' | 'contact' | 'crisis'>>();
  // @ts-expect-error the detail is read-only: it never carries the answers
  event.detail.action = 'call';
});
document.addEventListener('clinic-contact-action', (event) => {
  const action: ContactAction = event.detail.action;
  if (action === 'directions') event.preventDefault();
  // @ts-expect-error not one of the card's actions
  if (action === 'print') void action;
});
window.addEventListener('clinic-faq-toggle', (event) => void event.detail.open);
card.addEventListener('clinic-contact-action', (event: ClinicContactActionEvent) => void event.detail);
// @ts-expect-error a toggle listener does not fit the contact card's event
card.addEventListener('clinic-contact-action', (event: ClinicFaqToggleEvent) => void event.detail.open);

// The event map lists every event.
assert<Equal<keyof ClinicElementsEventMap, 'clinic-faq-toggle' | 'clinic-cta-click' | 'clinic-contact-action'>>();
assert<Equal<ClinicElementsEventMap['clinic-cta-click'], ClinicCtaClickEvent>>();
// Methods.
const opened: boolean = faq.toggle('privacy', true);
const cleared: Promise<void> = checklist!.clear();
const vcard: string = card.toVCard();
void [opened, cleared, vcard];
// @ts-expect-error toggle needs the question's id
faq.toggle();
