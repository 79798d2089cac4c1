import { defineElement } from '../internal/define.js';
import { ClinicContactCard } from './contact-card.js';
import type { ClinicContactActionEvent } from '../events.js';

defineElement('clinic-contact-card', ClinicContactCard);

export { ClinicContactCard };
export type { ClinicContactActionEvent, ContactActionDetail, ContactAction } from '../events.js';

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-card': ClinicContactCard;
  }
  interface GlobalEventHandlersEventMap {
    'clinic-contact-action': ClinicContactActionEvent;
  }
  interface HTMLElementEventMap {
    'clinic-contact-action': ClinicContactActionEvent;
  }
}
