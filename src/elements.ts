// The element classes, their public types and helpers, without defining any tag: for subclassing or scoped registries.
export { ClinicFaq } from './faq/faq.js';
export { ClinicSignsChecklist } from './signs-checklist/signs-checklist.js';
export { ClinicContactCard } from './contact-card/contact-card.js';
export { registerStrings } from './internal/localize.js';
export type { StringTable, StringValue } from './internal/localize.js';
export { VERSION } from './internal/version.js';
export type * from './events.js';
export type { FaqItemInput } from './faq/faq-items.js';
export type { SignInput } from './signs-checklist/items.js';
export type { ResultMessages } from './signs-checklist/result.js';
