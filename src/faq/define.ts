import { defineElement } from '../internal/define.js';
import { ClinicFaq } from './faq.js';
import type { ClinicFaqToggleEvent } from '../events.js';

defineElement('clinic-faq', ClinicFaq);

export { ClinicFaq };
export type { ClinicFaqToggleEvent, FaqToggleDetail } from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-faq-toggle': ClinicFaqToggleEvent;
  }
  interface HTMLElementEventMap {
    'clinic-faq-toggle': ClinicFaqToggleEvent;
  }
}
