// Framework-neutral prop types for JSX: each element's attributes (kebab-case, as in HTML), its properties
// (camelCase, set as DOM properties by React 19 and Preact) and its event handler props `on<event-name>`.
// ./react.ts and ./preact.ts add these to each framework's `JSX.IntrinsicElements`.
//
// Nothing here lists an attribute: the props are derived from the element classes. Every public, writable,
// non-method property declared on an element is a prop, and if its type is a string, number or boolean (or a union
// of their literals) it also has an attribute, its name in kebab-case (`headingLevel` → `heading-level`).
// Properties of other types (arrays, objects, dates) are properties only. `npm test` (scripts/check-package.mjs)
// compares these props with custom-elements.json, so a property that breaks that rule fails the build.
import type { LitElement } from 'lit';
import type { ClinicFaq } from '../faq/faq.js';
import type { ClinicSignsChecklist } from '../signs-checklist/signs-checklist.js';
import type { ClinicContactCard } from '../contact-card/contact-card.js';
import type { ClinicElementsEventMap } from '../events.js';

/** Element class by tag name (for `ref`s). */
export interface ClinicElementsByTag {
  'clinic-faq': ClinicFaq;
  'clinic-signs-checklist': ClinicSignsChecklist;
  'clinic-contact-card': ClinicContactCard;
}

/** The events each element dispatches. */
interface ClinicElementsEventsByTag {
  'clinic-faq': 'clinic-faq-toggle';
  'clinic-signs-checklist': 'clinic-cta-click';
  'clinic-contact-card': 'clinic-contact-action';
}

/** A boolean attribute as JSX writes it. */
type BooleanAttribute = boolean | '' | 'true';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** Keys of `E` that can be assigned (not `readonly`, not getter-only). */
type WritableKeys<E> = {
  [K in keyof E]-?: IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>;
}[keyof E];
/** The element's own settable properties: public, writable, not methods, not those every Lit element has. */
type PropertyKeys<E> = Exclude<
  { [K in WritableKeys<E>]: E[K] extends (...args: never[]) => unknown ? never : K }[WritableKeys<E>],
  keyof LitElement
> &
  string;
/** Those properties with an attribute: the ones whose value is text, a number or a boolean. */
type AttributeKeys<E> = {
  [K in PropertyKeys<E>]: NonNullable<E[K]> extends string | number | boolean ? K : never;
}[PropertyKeys<E>];

/** `headingLevel` → `heading-level`. */
type KebabCase<S extends string> = S extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${KebabCase<Rest>}`
  : S;
/** What JSX may write in an attribute for a property of type `T`. */
type AttributeValue<T> = [T] extends [boolean] ? BooleanAttribute : [T] extends [number] ? T | `${T}` : T;

/** Props of an element class `E` that dispatches the events `Events`. */
export type ClinicElementProps<E, Events extends keyof ClinicElementsEventMap> = {
  [K in PropertyKeys<E>]?: E[K];
} & {
  [K in AttributeKeys<E> as KebabCase<K> extends K ? never : KebabCase<K>]?: AttributeValue<NonNullable<E[K]>>;
} & {
  [Name in Events as `on${Name}`]?: (event: ClinicElementsEventMap[Name]) => void;
};

/** Props by tag name. */
export type ClinicElementsProps = {
  [Tag in keyof ClinicElementsByTag]: ClinicElementProps<ClinicElementsByTag[Tag], ClinicElementsEventsByTag[Tag]>;
};

export type ClinicFaqProps = ClinicElementsProps['clinic-faq'];
export type ClinicSignsChecklistProps = ClinicElementsProps['clinic-signs-checklist'];
export type ClinicContactCardProps = ClinicElementsProps['clinic-contact-card'];
