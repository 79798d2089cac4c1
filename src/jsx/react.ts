// React 19 JSX typings: `import type {} from 'clinic-elements/jsx/react';` once (e.g. in a .d.ts of your app), then
// <clinic-faq items={items} onclinic-faq-toggle={(e) => e.detail.open} /> is type-checked. React 19 sets props that
// the element has (items, headingLevel…) as properties, others as attributes, and `on<event-name>` adds listeners.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ClinicElementsByTag, ClinicElementsProps } from './props.js';

export type * from './props.js';

/** React's props for one of the elements: its own props, then React's HTML attributes, `ref` and `key`. */
export type ClinicReactProps<Tag extends keyof ClinicElementsProps> = ClinicElementsProps[Tag] &
  Omit<
    DetailedHTMLProps<HTMLAttributes<ClinicElementsByTag[Tag]>, ClinicElementsByTag[Tag]>,
    keyof ClinicElementsProps[Tag]
  >;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'clinic-faq': ClinicReactProps<'clinic-faq'>;
      'clinic-signs-checklist': ClinicReactProps<'clinic-signs-checklist'>;
      'clinic-contact-card': ClinicReactProps<'clinic-contact-card'>;
    }
  }
}
