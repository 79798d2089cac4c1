import { defineElement } from '../internal/define.js';
import { ClinicSignsChecklist } from './signs-checklist.js';

defineElement('clinic-signs-checklist', ClinicSignsChecklist);

export { ClinicSignsChecklist };

declare global {
  interface HTMLElementTagNameMap {
    'clinic-signs-checklist': ClinicSignsChecklist;
  }
}
