import { defineElement } from '../internal/define.js';
import type { ClinicElementsEventMap } from '../events.js';
import { ClinicSignsChecklist } from './signs-checklist.js';

defineElement('clinic-signs-checklist', ClinicSignsChecklist);

export { ClinicSignsChecklist };
export type { ClinicCtaClickEvent, CtaClickDetail, CtaAction } from '../events.js';
export type { SignInput } from './items.js';
export type { ResultMessages } from './result.js';

type ChecklistEvents = Pick<ClinicElementsEventMap, 'clinic-cta-click'>;

declare global {
  interface HTMLElementTagNameMap {
    'clinic-signs-checklist': ClinicSignsChecklist;
  }
  interface GlobalEventHandlersEventMap extends ChecklistEvents {}
  interface HTMLElementEventMap extends ChecklistEvents {}
}
