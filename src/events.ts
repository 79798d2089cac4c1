/**
 * Every custom event the elements dispatch, in one place: its name, its `detail` type and what it means.
 * `ClinicElement.emit()` dispatches them; each `define.ts` adds its element's events to the DOM's
 * `GlobalEventHandlersEventMap` and `HTMLElementEventMap` from `ClinicElementsEventMap`, so
 * `element.addEventListener('clinic-faq-toggle', (event) => event.detail.open)` is typed without casts.
 *
 * The same rules for all: every event bubbles and is composed (it crosses shadow roots, so a page listening on
 * `document` hears it); its `detail` is frozen; only events whose default action a page may stop are cancelable.
 */

/** What a reader did with `<clinic-contact-card>`. */
export type ContactAction = 'call' | 'directions' | 'email' | 'website' | 'booking' | 'vcard' | 'copy-address';

/** The calls to action of `<clinic-signs-checklist>`. Never anything about the answers. */
export type CtaAction = 'call' | 'contact' | 'crisis';

/** `detail` of `clinic-faq-toggle`: which answer opened or closed. */
export interface FaqToggleDetail {
  /** The item's id (its deep-link target). */
  readonly id: string;
  readonly question: string;
  /** Whether the answer is now open. */
  readonly open: boolean;
}

/** `detail` of `clinic-cta-click`: which call to action was used, never the answers. */
export interface CtaClickDetail {
  readonly action: CtaAction;
}

/** `detail` of `clinic-contact-action`: which action the reader took. */
export interface ContactActionDetail {
  readonly action: ContactAction;
}

/** The `detail` of every event, by event name. */
export interface ClinicElementsEventDetails {
  /** `<clinic-faq>`: an answer opened or closed, for any reason (click, key, method, deep link, find-in-page). */
  'clinic-faq-toggle': FaqToggleDetail;
  /** `<clinic-signs-checklist>`: a call to action (call, contact, a crisis link) was used. */
  'clinic-cta-click': CtaClickDetail;
  /** `<clinic-contact-card>`: a reader acted on the card. Cancelable: cancelling stops the link, download or copy. */
  'clinic-contact-action': ContactActionDetail;
}

export type ClinicEventName = keyof ClinicElementsEventDetails;

/** Events a listener may cancel with `preventDefault()`, stopping the element's own action. */
export const CANCELABLE_EVENTS: ReadonlySet<ClinicEventName> = new Set(['clinic-contact-action']);

/** Every event of every element, by name, as the DOM's event maps take them. */
export type ClinicElementsEventMap = { [K in ClinicEventName]: CustomEvent<ClinicElementsEventDetails[K]> };

/** `<clinic-faq>`: an answer opened or closed. */
export type ClinicFaqToggleEvent = ClinicElementsEventMap['clinic-faq-toggle'];
/** `<clinic-signs-checklist>`: a call to action was used. */
export type ClinicCtaClickEvent = ClinicElementsEventMap['clinic-cta-click'];
/** `<clinic-contact-card>`: a reader acted on the card (cancelable). */
export type ClinicContactActionEvent = ClinicElementsEventMap['clinic-contact-action'];
