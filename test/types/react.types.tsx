// React 19 JSX typings (src/jsx/react.ts, shipped as clinic-elements/jsx/react), checked by `tsc --noEmit`.
import type {} from '../../src/jsx/react.js';
import { useRef } from 'react';
import type { ClinicFaq, ClinicContactCard } from '../../src/index.js';

export function App() {
  const faq = useRef<ClinicFaq>(null);
  const card = useRef<ClinicContactCard>(null);
  return (
    <main className="page">
      <clinic-faq
        ref={faq}
        single
        heading-level={2}
        items={[{ question: 'Is it private?', answer: '<p>Yes.</p>' }]}
        onclinic-faq-toggle={(event) => console.log(event.detail.id, event.detail.open)}
      />
      <clinic-faq src="/faq.jsonld" searchable controls structured-data headingLevel={4} id="faq" />
      <clinic-signs-checklist
        substance="ketamine"
        phone="385-287-1469"
        contact-url="#contact"
        thresholds="2,4,6"
        items={['Cravings', { text: 'Using more than planned', group: 'control' }]}
        results={{ none: 'Nothing ticked yet.' }}
        onclinic-cta-click={(event) => console.log(event.detail.action === 'crisis')}
      />
      <clinic-contact-card
        ref={card}
        name="Example Clinic"
        phone="385-287-1469"
        street-address="7050 S Highland Drive"
        time-zone="America/Denver"
        hours="Mo-Fr 09:00-17:00"
        now={new Date()}
        onclinic-contact-action={(event) => event.detail.action === 'vcard' && event.preventDefault()}
      >
        <address>7050 S Highland Drive</address>
      </clinic-contact-card>
      {/* @ts-expect-error heading-level is a number, not a word */}
      <clinic-faq heading-level="two" />
      {/* @ts-expect-error items need a question and an answer */}
      <clinic-faq items={[{ question: 'Only a question' }]} />
      {/* @ts-expect-error the checklist's event detail has no answers */}
      <clinic-signs-checklist onclinic-cta-click={(event) => event.detail.ticked} />
      {/* @ts-expect-error `now` is a Date */}
      <clinic-contact-card now="noon" />
      {/* @ts-expect-error no such property (any hyphenated name is allowed by JSX itself) */}
      <clinic-contact-card openingHours="Mo-Fr" />
      {/* @ts-expect-error `questions` is read-only (props are derived from the class: no getters, no methods) */}
      <clinic-faq questions={[]} />
      {/* @ts-expect-error a boolean attribute is present or absent, not a word */}
      <clinic-contact-card structured-data="yes" />
    </main>
  );
}
