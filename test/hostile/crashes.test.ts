/**
 * Round two of hostile input (issue 13), crashes: JSON-LD nested far deeper than any reader recurses, values named
 * after Object.prototype's members, and a source that throws. Each element warns, skips what it cannot read and shows
 * the rest; the FAQ never stays at "Loading…" and the card never blanks its fallback.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadowOf } from '../helpers/shadow.js';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import { deepArrays, deepValues, stash, withoutErrors } from './helpers.js';

const questions = (el: Element) =>
  Array.from(shadowOf(el).querySelectorAll('.question .text')).map((t) => t.textContent!.trim());
const status = (el: Element) => shadowOf(el).querySelector('[role="status"].message')?.textContent?.trim() ?? '';
const cardText = (el: Element) => (shadowOf(el).querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A FAQPage's JSON text with a good question and a hostile one (its `name` or answer `text` given as raw JSON). */
function faqJson(hostile: { name?: string; text?: string }): string {
  const good = '{"@type":"Question","name":"Is it private?","acceptedAnswer":{"@type":"Answer","text":"<p>Yes.</p>"}}';
  const bad = `{"@type":"Question","name":${hostile.name ?? '"Hostile?"'},"acceptedAnswer":{"@type":"Answer","text":${hostile.text ?? '"x"'}}}`;
  return `{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${bad},${good}]}`;
}

const HOSTILE_FAQS: Array<[string, { name?: string; text?: string }]> = [
  ['a question name 50,000 arrays deep', { name: deepArrays(50_000, '"Deep?"') }],
  ['an answer text in 30,000 nested @value objects', { text: deepValues(30_000, '"<p>deep</p>"') }],
];

/** A clinic's JSON text with one hostile field (raw JSON). */
function clinicJson(field: string, value: string): string {
  return `{"@context":"https://schema.org","@type":"MedicalClinic","telephone":"+1-385-287-1469","${field}":${value}}`;
}

const HOSTILE_CLINICS: Array<[string, string, string]> = [
  ['a name 50,000 arrays deep', 'name', deepArrays(50_000, '"Deep Clinic"')],
  ['a name in 30,000 nested @value objects', 'name', deepValues(30_000, '"Deep Clinic"')],
  ['openingHours 50,000 arrays deep', 'openingHours', `[${deepArrays(50_000, '"Mo-Fr 09:00-17:00"')}]`],
  [
    'openingHoursSpecification days 50,000 arrays deep',
    'openingHoursSpecification',
    `{"dayOfWeek":[${deepArrays(50_000, '"Monday"')}],"opens":"09:00","closes":"17:00"}`,
  ],
];

describe('hostile input, round two: crashes', function () {
  this.timeout(20_000);

  describe('<clinic-faq> with JSON-LD nested thousands deep', () => {
    for (const [label, hostile] of HOSTILE_FAQS) {
      it(`inline: skips ${label} with a warning and shows the other questions`, () =>
        withoutErrors(async (warnings) => {
          const el = document.createElement('clinic-faq') as ClinicFaq;
          const script = document.createElement('script');
          script.type = 'application/ld+json';
          script.textContent = faqJson(hostile);
          el.append(script);
          document.body.append(el);
          try {
            await el.updateComplete;
            expect(questions(el)).to.include('Is it private?');
            expect(
              warnings.some((w) => w.startsWith('<clinic-faq> json-ld:')),
              warnings.join('\n'),
            ).to.equal(true);
          } finally {
            el.remove();
          }
        }));

      it(`src: skips ${label} with a warning, never stays at "Loading…"`, () =>
        withoutErrors(async (warnings) => {
          const el = await fixture<ClinicFaq>(html`<clinic-faq src=${await stash(faqJson(hostile))}></clinic-faq>`);
          await waitUntil(() => status(el) !== 'Loading…' && questions(el).length > 0, 'the FAQ stayed at Loading…', {
            timeout: 10_000,
          });
          expect(questions(el)).to.include('Is it private?');
          expect(
            warnings.some((w) => w.startsWith('<clinic-faq> src:')),
            warnings.join('\n'),
          ).to.equal(true);
        }));
    }

    it('skips a source that throws (an items getter) with a warning, and shows the next source', () =>
      withoutErrors(async (warnings) => {
        const el = await fixture<ClinicFaq>(html`<clinic-faq>
          <details><summary>Authored?</summary><p>Yes.</p></details>
        </clinic-faq>`);
        el.items = [
          {
            get question(): string {
              throw new Error('hostile getter');
            },
            answer: 'x',
          },
        ];
        await el.updateComplete;
        expect(questions(el)).to.deep.equal(['Authored?']);
        expect(
          warnings.filter((w) => w.startsWith('<clinic-faq> items:')),
          warnings.join('\n'),
        ).to.have.length(1);
      }));

    it('reads inline JSON-LD next to a form whose control is named "matches" (DOM clobbering of a child)', () =>
      withoutErrors(async () => {
        const el = document.createElement('clinic-faq') as ClinicFaq;
        el.innerHTML = `<form><input name="matches"><input name="localName"></form>
          <script type="application/ld+json">${faqJson({})}</script>`;
        document.body.append(el);
        try {
          await el.updateComplete;
          expect(questions(el)).to.deep.equal(['Hostile?', 'Is it private?']);
        } finally {
          el.remove();
        }
      }));
  });

  describe('<clinic-contact-card> with JSON-LD nested thousands deep', () => {
    for (const [label, field, value] of HOSTILE_CLINICS) {
      it(`src: reads the rest of a clinic with ${label}, and keeps the authored name`, () =>
        withoutErrors(async (warnings) => {
          const el =
            await fixture<ClinicContactCard>(html`<clinic-contact-card src=${await stash(clinicJson(field, value))}>
            <h3>Authored Clinic</h3>
          </clinic-contact-card>`);
          await waitUntil(() => shadowOf(el).querySelector('a[href^="tel:"]'), 'the card never showed the phone', {
            timeout: 10_000,
          });
          expect(shadowOf(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+13852871469');
          expect(shadowOf(el).querySelector('.name')?.textContent?.trim()).to.equal('Authored Clinic');
          if (field !== 'name')
            expect(
              warnings.some((w) => w.startsWith('<clinic-contact-card> hours:')),
              warnings.join('\n'),
            ).to.equal(true);
        }));

      it(`inline: reads the rest of a clinic with ${label}`, () =>
        withoutErrors(async () => {
          const el = document.createElement('clinic-contact-card') as ClinicContactCard;
          el.innerHTML = `<h3>Authored Clinic</h3><script type="application/ld+json">${clinicJson(field, value)}</script>`;
          document.body.append(el);
          try {
            await el.updateComplete;
            expect(shadowOf(el).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:+13852871469');
            expect(shadowOf(el).querySelector('.name')?.textContent?.trim()).to.equal('Authored Clinic');
          } finally {
            el.remove();
          }
        }));
    }
  });

  describe('<clinic-contact-card> with names of Object.prototype members', () => {
    for (const country of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      it(`country="${country}": shows the card, the phone read as a US number, with a warning`, () =>
        withoutErrors(async (warnings) => {
          const el = await fixture<ClinicContactCard>(
            html`<clinic-contact-card name="Example Clinic" phone="385-287-1469" street-address="1 Main Street" country=${country}>
              <p>Fallback</p>
            </clinic-contact-card>`,
          );
          expect(shadowOf(el).querySelector('.name')?.textContent?.trim()).to.equal('Example Clinic');
          expect(shadowOf(el).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:+13852871469');
          expect(
            warnings.filter((w) => w.startsWith('<clinic-contact-card> country:')),
            warnings.join('\n'),
          ).to.have.length(1);
        }));
    }

    it('addressCountry "__proto__" in inline JSON-LD: shows the card with a warning', () =>
      withoutErrors(async (warnings) => {
        const el = document.createElement('clinic-contact-card') as ClinicContactCard;
        el.innerHTML = `<script type="application/ld+json">${JSON.stringify({
          '@type': 'MedicalClinic',
          name: 'Example Clinic',
          telephone: '385-287-1469',
          address: { '@type': 'PostalAddress', streetAddress: '1 Main Street', addressCountry: '__proto__' },
        })}</script>`;
        document.body.append(el);
        try {
          await el.updateComplete;
          expect(cardText(el)).to.contain('Example Clinic');
          expect(shadowOf(el).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:+13852871469');
          expect(
            warnings.filter((w) => w.startsWith('<clinic-contact-card> country:')),
            warnings.join('\n'),
          ).to.have.length(1);
        } finally {
          el.remove();
        }
      }));

    it('a known country name or two-letter code needs no warning', () =>
      withoutErrors(async (warnings) => {
        for (const country of ['United Kingdom', 'GB', 'gb']) {
          const el = await fixture<ClinicContactCard>(
            html`<clinic-contact-card name="Example" phone="020 7946 0958" country=${country}></clinic-contact-card>`,
          );
          expect(shadowOf(el).querySelector('a[href^="tel:"]')?.getAttribute('href'), country).to.equal(
            'tel:+442079460958',
          );
        }
        expect(warnings).to.deep.equal([]);
      }));
  });
});
