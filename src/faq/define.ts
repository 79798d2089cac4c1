import { defineElement } from '../internal/define.js';
import { ClinicFaq } from './faq.js';

defineElement('clinic-faq', ClinicFaq);

export { ClinicFaq };

declare global {
  interface HTMLElementTagNameMap {
    'clinic-faq': ClinicFaq;
  }
}
