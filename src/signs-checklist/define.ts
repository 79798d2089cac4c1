import { defineElement } from '../internal/define.js';
import { ClinicSignsChecklist } from './signs-checklist.js';
import type { ClinicCtaClickEvent } from '../events.js';

defineElement('clinic-signs-checklist', ClinicSignsChecklist);

export { ClinicSignsChecklist };
export type { ClinicCtaClickEvent, CtaClickDetail, CtaAction } from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'clinic-signs-checklist': ClinicSignsChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-cta-click': ClinicCtaClickEvent;
  }
  interface HTMLElementEventMap {
    'clinic-cta-click': ClinicCtaClickEvent;
  }
}
