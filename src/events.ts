// The custom events the elements dispatch, as types: `detail` shapes, `CustomEvent` types and an event map.
// Each `define.ts` adds its events to the DOM's `GlobalEventHandlersEventMap` and `HTMLElementEventMap`, so
// `element.addEventListener('clinic-faq-toggle', (event) => event.detail.open)` is typed without casts.
import type { FaqToggleDetail } from './faq/faq.js';
import type { CtaAction } from './signs-checklist/cta.js';
import type { ContactAction } from './contact-card/contact-card.js';

export type { FaqToggleDetail, CtaAction, ContactAction };

/** `detail` of `clinic-cta-click` from `<clinic-signs-checklist>`: which call to action, never the answers. */
export interface CtaClickDetail {
  readonly action: CtaAction;
}

/** `detail` of `clinic-contact-action` from `<clinic-contact-card>`. */
export interface ContactActionDetail {
  action: ContactAction;
}

/** `<clinic-faq>`: an answer opened or closed. */
export type ClinicFaqToggleEvent = CustomEvent<FaqToggleDetail>;
/** `<clinic-signs-checklist>`: a call to action was used. */
export type ClinicCtaClickEvent = CustomEvent<CtaClickDetail>;
/** `<clinic-contact-card>`: a reader acted on the card (cancelable). */
export type ClinicContactActionEvent = CustomEvent<ContactActionDetail>;

/** Every event of every element, by name. */
export interface ClinicElementsEventMap {
  'clinic-faq-toggle': ClinicFaqToggleEvent;
  'clinic-cta-click': ClinicCtaClickEvent;
  'clinic-contact-action': ClinicContactActionEvent;
}
