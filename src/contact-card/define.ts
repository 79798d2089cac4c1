import { defineElement } from '../internal/define.js';
import type { ClinicElementsEventMap } from '../events.js';
import { ClinicContactCard } from './contact-card.js';

defineElement('clinic-contact-card', ClinicContactCard);

export { ClinicContactCard };
export type { ClinicContactActionEvent, ContactActionDetail, ContactAction } from '../events.js';

type CardEvents = Pick<ClinicElementsEventMap, 'clinic-contact-action'>;

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-card': ClinicContactCard;
  }
  interface GlobalEventHandlersEventMap extends CardEvents {}
  interface HTMLElementEventMap extends CardEvents {}
}
