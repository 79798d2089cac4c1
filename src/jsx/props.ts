// Framework-neutral prop types for JSX: each element's attributes (kebab-case, as in HTML), its properties
// (camelCase, set as DOM properties by React 19 and Preact) and its event handler props `on<event-name>`.
// ./react.ts and ./preact.ts add these to each framework's `JSX.IntrinsicElements`.
import type { ClinicFaq } from '../faq/faq.js';
import type { ClinicSignsChecklist } from '../signs-checklist/signs-checklist.js';
import type { ClinicContactCard } from '../contact-card/contact-card.js';
import type { ClinicContactActionEvent, ClinicCtaClickEvent, ClinicFaqToggleEvent } from '../events.js';

/** A boolean attribute as JSX writes it. */
type BooleanAttribute = boolean | '' | 'true';

export interface ClinicFaqProps extends Partial<
  Pick<ClinicFaq, 'src' | 'single' | 'searchable' | 'controls' | 'headingLevel' | 'structuredData' | 'items'>
> {
  'heading-level'?: number | `${number}`;
  'structured-data'?: BooleanAttribute;
  'onclinic-faq-toggle'?: (event: ClinicFaqToggleEvent) => void;
}

export interface ClinicSignsChecklistProps extends Partial<
  Pick<ClinicSignsChecklist, 'substance' | 'thresholds' | 'phone' | 'contactUrl' | 'crisis' | 'items' | 'results'>
> {
  'contact-url'?: string;
  'onclinic-cta-click'?: (event: ClinicCtaClickEvent) => void;
}

export interface ClinicContactCardProps extends Partial<
  Pick<
    ClinicContactCard,
    | 'name'
    | 'phone'
    | 'email'
    | 'url'
    | 'bookingUrl'
    | 'streetAddress'
    | 'locality'
    | 'region'
    | 'postalCode'
    | 'country'
    | 'hours'
    | 'timeZone'
    | 'mapUrl'
    | 'src'
    | 'structuredData'
    | 'headingLevel'
    | 'now'
  >
> {
  'booking-url'?: string;
  'street-address'?: string;
  'postal-code'?: string;
  'time-zone'?: string;
  'map-url'?: string;
  'structured-data'?: BooleanAttribute;
  'heading-level'?: number | `${number}`;
  'onclinic-contact-action'?: (event: ClinicContactActionEvent) => void;
}

/** Props by tag name. */
export interface ClinicElementsProps {
  'clinic-faq': ClinicFaqProps;
  'clinic-signs-checklist': ClinicSignsChecklistProps;
  'clinic-contact-card': ClinicContactCardProps;
}

/** Element class by tag name (for `ref`s). */
export interface ClinicElementsByTag {
  'clinic-faq': ClinicFaq;
  'clinic-signs-checklist': ClinicSignsChecklist;
  'clinic-contact-card': ClinicContactCard;
}
