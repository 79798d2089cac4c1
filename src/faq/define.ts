import { defineElement } from '../internal/define.js';
import type { ClinicElementsEventMap } from '../events.js';
import { ClinicFaq } from './faq.js';

defineElement('clinic-faq', ClinicFaq);

export { ClinicFaq };
export type { ClinicFaqToggleEvent, FaqToggleDetail } from '../events.js';
export type { FaqItemInput } from './faq-items.js';

type FaqEvents = Pick<ClinicElementsEventMap, 'clinic-faq-toggle'>;

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
  interface GlobalEventHandlersEventMap extends FaqEvents {}
  interface HTMLElementEventMap extends FaqEvents {}
}
