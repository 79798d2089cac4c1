// Preact JSX typings: `import type {} from 'clinic-elements/jsx/preact';` once, then
// <clinic-faq items={items} onclinic-faq-toggle={(e) => e.detail.open} /> is type-checked. Preact sets props that
// the element has (items, headingLevel…) as properties, others as attributes, and `on<event-name>` adds listeners.
import type { JSX } from 'preact';
import type { ClinicElementsByTag, ClinicElementsProps } from './props.js';

export type * from './props.js';

/** Preact's props for one of the elements: its own props, then Preact's HTML attributes (with `ref`, `key`). */
export type ClinicPreactProps<Tag extends keyof ClinicElementsProps> = ClinicElementsProps[Tag] &
  Omit<JSX.HTMLAttributes<ClinicElementsByTag[Tag]>, keyof ClinicElementsProps[Tag]>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'clinic-faq': ClinicPreactProps<'clinic-faq'>;
      'clinic-signs-checklist': ClinicPreactProps<'clinic-signs-checklist'>;
      'clinic-contact-card': ClinicPreactProps<'clinic-contact-card'>;
    }
  }
}
