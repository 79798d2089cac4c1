import { defineElement } from '../internal/define.js';
import { ClinicContactCard } from './contact-card.js';

defineElement('clinic-contact-card', ClinicContactCard);

export { ClinicContactCard };

declare global {
  interface HTMLElementTagNameMap {
    'clinic-contact-card': ClinicContactCard;
  }
}
