/**
 * Property-based fuzzing (fast-check): random attribute values, random JSON-LD shapes and random
 * `items` for each element. At least 1,000 cases per element in Chromium (200 in Firefox and
 * WebKit, which run the same properties more slowly). Every case: no uncaught error, no rejected
 * update, and the element renders something sensible (its base, a bounded number of items, no
 * "undefined"/"NaN"/"[object Object]"/"Invalid Date" leaking into the text).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { shadowOf } from '../helpers/shadow.js';

const chromium = /Chrome\//.test(navigator.userAgent);
const RUNS = chromium ? 1000 : 200;
/** Fixed seeds keep CI reproducible; FUZZ_SEED-style variety comes from the per-element offsets. */
const SEED = 20261127;

const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date/;

// --- Generators ------------------------------------------------------------------------------

/** Text as people and attackers write it: plain, unicode, HTML-ish, whitespace, huge. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\n\t',
      '\u0000',
      '\u202e',
      '<b>bold</b>',
      '<img src=x onerror=__fuzz()>',
      'javascript:__fuzz()',
      '{count}',
      '{{x}}',
      '&amp;',
      '%E0%A4%A',
      '#',
      '0',
      '-1',
      '1e309',
      'null',
      'true',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 600, maxLength: 1500 }) },
);
const attr = fc.option(text, { nil: undefined });
/** Anything JSON can hold, and a few things it cannot. */
const anything = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, NaN, Infinity, -0, Symbol('s'), () => 1, new Date(NaN), [], {}),
  },
);
const orAnything = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anything });
const schemaType = (type: string) =>
  fc.constantFrom(type, `https://schema.org/${type}`, `schema:${type}`, [type, 'Thing'], type.toLowerCase(), 'Thing');

/** A JSON-LD document wrapped in one of the shapes JSON-LD allows (array, @graph, nesting). */
const wrapped = <T>(node: fc.Arbitrary<T>) =>
  fc.oneof(
    node,
    node.map((n) => [n]),
    node.map((n) => ({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, n] })),
    fc.tuple(anything, node).map(([a, n]) => [a, n]),
  );

const question = fc.record(
  {
    '@type': orAnything(schemaType('Question')),
    '@id': orAnything(text.map((t) => `#${t}`)),
    name: orAnything(text),
    acceptedAnswer: orAnything(
      fc.oneof(
        fc.record({ '@type': schemaType('Answer'), text: orAnything(text) }, { requiredKeys: [] }),
        fc.array(fc.record({ text: orAnything(text) }), { maxLength: 3 }),
      ),
    ),
    suggestedAnswer: orAnything(fc.record({ text: orAnything(text) })),
  },
  { requiredKeys: [] },
);
const faqPage = wrapped(
  fc.record(
    {
      '@context': fc.constant('https://schema.org'),
      '@type': orAnything(schemaType('FAQPage')),
      mainEntity: orAnything(fc.array(question, { maxLength: 8 })),
    },
    { requiredKeys: ['@type'] },
  ),
);
const faqItems = orAnything(
  fc.array(
    fc.record({ id: orAnything(text), question: orAnything(text), answer: orAnything(text) }, { requiredKeys: [] }),
    { maxLength: 10 },
  ),
);

const timeText = fc.oneof(
  fc
    .tuple(fc.integer({ min: -1, max: 25 }), fc.integer({ min: 0, max: 61 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  text,
);
const dayText = fc.constantFrom(
  'Mo',
  'Tu',
  'We',
  'Th',
  'Fr',
  'Sa',
  'Su',
  'Mo-Fr',
  'Sa-Su',
  'Fr-Mo',
  'Xx',
  '',
  'Monday',
  'https://schema.org/Sunday',
  'PublicHolidays',
);
const hoursText = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.tuple(dayText, timeText, timeText).map(([d, a, b]) => `${d} ${a}-${b}`),
        { maxLength: 4 },
      ),
      fc.constantFrom('; ', ', ', ';'),
    )
    .map(([parts, separator]) => parts.join(separator)),
  text,
);
const validHours = fc.constantFrom(
  'Mo-Fr 09:00-17:00',
  'Mo-Su 00:00-24:00',
  'Sa 22:00-02:00',
  'Mo,We 08:30-12:00; Tu 13:00-19:00',
  'Mo-Fr 09:00-12:00, 13:00-17:00',
);
const timeZone = fc.oneof(
  fc.constantFrom(
    'America/Denver',
    'UTC',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Etc/GMT+12',
    'Europe/London',
    'america/denver',
    'Mars/Olympus',
    '',
  ),
  text,
);
const spec = fc.record(
  {
    '@type': orAnything(fc.constant('OpeningHoursSpecification')),
    dayOfWeek: orAnything(fc.oneof(dayText, fc.array(dayText, { maxLength: 7 }))),
    opens: orAnything(timeText),
    closes: orAnything(timeText),
    validFrom: orAnything(fc.oneof(fc.constantFrom('2026-11-25', '2026-02-30', '1970-01-01', '9999-12-31'), text)),
    validThrough: orAnything(fc.oneof(fc.constantFrom('2026-11-26', '2026-13-01'), text)),
  },
  { requiredKeys: [] },
);
const clinicNode = wrapped(
  fc.record(
    {
      '@type': orAnything(schemaType('MedicalClinic')),
      name: orAnything(text),
      telephone: orAnything(
        fc.oneof(fc.constantFrom('+1-385-287-1469', '385-287-1469', '+44 20 7946 0958', '911', '0'), text),
      ),
      email: orAnything(fc.oneof(fc.constant('care@example.org'), text)),
      url: orAnything(fc.oneof(fc.constant('https://example.org'), text)),
      hasMap: orAnything(text),
      address: orAnything(
        fc.oneof(
          text,
          fc.record(
            {
              streetAddress: orAnything(text),
              addressLocality: orAnything(text),
              addressRegion: orAnything(text),
              postalCode: orAnything(text),
              addressCountry: orAnything(fc.oneof(fc.constantFrom('US', 'ES', 'ZZ', 'usa'), text)),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      openingHours: orAnything(fc.oneof(hoursText, fc.array(hoursText, { maxLength: 3 }))),
      openingHoursSpecification: orAnything(fc.oneof(spec, fc.array(spec, { maxLength: 5 }))),
      potentialAction: orAnything(fc.record({ '@type': fc.constant('ReserveAction'), target: orAnything(text) })),
    },
    { requiredKeys: [] },
  ),
);
const instant = fc.oneof(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z') }),
  fc.constantFrom(new Date(NaN), new Date(8.64e15), new Date(-8.64e15)),
  anything,
);

// --- Harness ---------------------------------------------------------------------------------

let container: HTMLElement;
const errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
let restore: (() => void) | undefined;

function setAttributes(el: Element, attributes: Record<string, string | boolean | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
}

function jsonLdScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  let json: string;
  try {
    json = JSON.stringify(data) ?? String(data);
  } catch {
    json = '{';
  }
  script.textContent = json;
  return script;
}

/** The input has no words that would legitimately appear in the output as "leaks". */
function inputMentionsLeak(...inputs: unknown[]): boolean {
  return inputs.some((input) => {
    try {
      return LEAKS.test(
        JSON.stringify(input, (_k, v) => (typeof v === 'symbol' || typeof v === 'function' ? String(v) : v)) ?? '',
      );
    } catch {
      return true;
    }
  });
}

function visibleText(el: Element): string {
  return shadowOf(el).textContent ?? '';
}

async function settle(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  expect(errors, 'uncaught errors').to.deep.equal([]);
}

describe('hostile input: fuzz', function () {
  this.timeout(120_000);

  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const { warn } = console;
    console.warn = () => {};
    restore = () => (console.warn = warn);
    container = document.createElement('div');
    document.body.append(container);
    (window as { __fuzz?: () => void }).__fuzz = () => errors.push('a payload ran');
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    restore?.();
    container.remove();
  });
  afterEach(() => container.replaceChildren());

  it(`<clinic-faq>: ${RUNS} random attribute sets, JSON-LD shapes and items`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          'heading-level': orAnything(fc.oneof(fc.integer({ min: -2, max: 9 }).map(String), text)),
          single: fc.boolean(),
          searchable: fc.boolean(),
          controls: fc.boolean(),
          'structured-data': fc.boolean(),
          src: fc.constantFrom(undefined, '', ' ', 'javascript:void 0', 'data:application/json,{}', 'ftp://x/y'),
        }),
        fc.option(faqPage, { nil: undefined }),
        fc.option(faqItems, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        fc.integer({ min: 0, max: 3 }),
        async (attributes, jsonLd, items, query, action) => {
          errors.length = 0;
          const faq = document.createElement('clinic-faq') as ClinicFaq;
          setAttributes(faq, {
            ...attributes,
            'heading-level': typeof attributes['heading-level'] === 'string' ? attributes['heading-level'] : undefined,
          });
          if (jsonLd !== undefined) faq.append(jsonLdScript(jsonLd));
          if (items !== undefined) faq.items = items as never;
          container.replaceChildren(faq);
          await settle(faq);
          const shown = shadowOf(faq).querySelectorAll('.item');
          expect(shadowOf(faq).querySelector('.base'), 'base').to.exist;
          expect(shown.length).to.equal(faq.questions.length);
          if (shown.length) rendered++;
          for (const q of faq.questions) expect(q.question.trim(), 'empty question').not.to.equal('');
          expect(new Set(faq.questions.map((q) => q.id)).size, 'unique ids').to.equal(faq.questions.length);
          const level = shadowOf(faq).querySelector('.heading')?.getAttribute('aria-level');
          if (level) expect(Number(level)).to.be.within(1, 6);
          // Interactions on whatever was rendered.
          if (action === 1 && !faq.single) faq.expandAll();
          if (action === 2) faq.collapseAll();
          if (action === 3 && faq.questions[0]) faq.toggle(faq.questions[0].id);
          const search = shadowOf(faq).querySelector<HTMLInputElement>('input[type=search]');
          if (search && query !== undefined) {
            search.value = query;
            search.dispatchEvent(new Event('input'));
          }
          await settle(faq);
          if (faq.single) expect(faq.questions.filter((q) => q.open).length).to.be.at.most(1);
          if (!inputMentionsLeak(jsonLd, items, query)) expect(visibleText(faq)).not.to.match(LEAKS);
          const out = document.head.querySelector('script[data-clinic-elements="clinic-faq"]');
          if (out) expect(() => JSON.parse(out.textContent!)).not.to.throw();
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The generators reach real rendering, not only the empty fallbacks.
    expect(rendered, 'cases that rendered questions').to.be.at.least(RUNS / 5);
  });

  it(`<clinic-signs-checklist>: ${RUNS} random attribute sets, items and result wording`, async () => {
    let custom = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          substance: attr,
          thresholds: fc.option(
            fc.oneof(
              fc.array(fc.integer({ min: -3, max: 60 }), { maxLength: 4 }).map((n) => n.join(',')),
              text,
            ),
            { nil: undefined },
          ),
          phone: fc.option(
            fc.oneof(fc.constantFrom('385-287-1469', '+1 (385) 287-1469', '988', '+44 20 7946 0958'), text),
            { nil: undefined },
          ),
          'contact-url': fc.option(
            fc.oneof(
              fc.constantFrom('#contact', '/contact', 'https://example.org/c', 'javascript:__fuzz()', 'mailto:x@y.z'),
              text,
            ),
            { nil: undefined },
          ),
          crisis: fc.option(fc.oneof(fc.constantFrom('us', 'none', 'US', ' none '), text), { nil: undefined }),
        }),
        fc.option(
          orAnything(
            fc.array(
              fc.oneof(
                text,
                fc.record(
                  { id: orAnything(text), text: orAnything(text), group: orAnything(text) },
                  { requiredKeys: [] },
                ),
              ),
              { maxLength: 60 },
            ),
          ),
          { nil: undefined },
        ),
        fc.option(
          orAnything(
            fc.record(
              {
                none: orAnything(text),
                few: orAnything(text),
                some: orAnything(text),
                several: orAnything(text),
                many: orAnything(text),
              },
              { requiredKeys: [] },
            ),
          ),
          { nil: undefined },
        ),
        fc.nat({ max: 60 }),
        async (attributes, items, results, ticks) => {
          errors.length = 0;
          const checklist = document.createElement('clinic-signs-checklist') as ClinicSignsChecklist;
          setAttributes(checklist, attributes);
          if (items !== undefined) checklist.items = items as never;
          if (results !== undefined) checklist.results = results as never;
          container.replaceChildren(checklist);
          await settle(checklist);
          const boxes = Array.from(shadowOf(checklist).querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
          expect(boxes.length, 'signs shown').to.be.within(1, 50);
          if (boxes[0]!.dataset.sign!.startsWith('item-') || Array.isArray(items)) custom++;
          for (const box of boxes) expect(box.closest('label')!.textContent!.trim(), 'empty sign').not.to.equal('');
          expect(new Set(boxes.map((b) => b.dataset.sign)).size, 'unique sign ids').to.equal(boxes.length);
          boxes.slice(0, ticks).forEach((box) => box.click());
          await settle(checklist);
          if (ticks > 0)
            expect(shadowOf(checklist).querySelector('.result')!.textContent!.trim(), 'a result').not.to.equal('');
          const call = shadowOf(checklist).querySelector('a.call');
          if (call) expect(call.getAttribute('href')).to.match(/^tel:\+\d+$/);
          const contact = shadowOf(checklist).querySelector('a.contact');
          if (contact)
            expect(['http:', 'https:']).to.include(new URL(contact.getAttribute('href')!, document.baseURI).protocol);
          if (!inputMentionsLeak(attributes, items, results)) expect(visibleText(checklist)).not.to.match(LEAKS);
        },
      ),
      { numRuns: RUNS, seed: SEED + 1, endOnFailure: true },
    );
    expect(custom, 'cases with custom items').to.be.at.least(RUNS / 5);
  });

  it('<clinic-contact-card>: `now` at the ends of the Date range (found by the fuzz) renders, using the real time', async () => {
    for (const now of [
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date(8.64e15 - 3 * 86_400_000),
      new Date(253_402_300_799_999),
    ]) {
      errors.length = 0;
      const card = document.createElement('clinic-contact-card') as ClinicContactCard;
      setAttributes(card, { name: 'Edge Clinic', hours: 'Mo-Su 00:00-24:00', 'time-zone': 'America/Denver' });
      card.now = now;
      container.replaceChildren(card);
      await settle(card);
      expect(shadowOf(card).querySelector('.name')!.textContent!.trim()).to.equal('Edge Clinic');
      expect(shadowOf(card).querySelectorAll('table tbody tr').length).to.equal(7);
    }
  });

  it(`<clinic-contact-card>: ${RUNS} random attribute sets, JSON-LD shapes and instants`, async () => {
    let cards = 0;
    let statuses = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: attr,
          phone: fc.option(fc.oneof(fc.constantFrom('385-287-1469', '+44 20 7946 0958', '0', '+'), text), {
            nil: undefined,
          }),
          email: attr,
          url: fc.option(
            fc.oneof(fc.constantFrom('https://example.org', '//example.org', 'javascript:__fuzz()', '/x'), text),
            { nil: undefined },
          ),
          'booking-url': attr,
          'street-address': attr,
          locality: attr,
          region: attr,
          'postal-code': attr,
          country: fc.option(fc.oneof(fc.constantFrom('US', 'ES', 'ZZ', 'de', 'United States'), text), {
            nil: undefined,
          }),
          hours: fc.option(fc.oneof({ weight: 2, arbitrary: validHours }, { weight: 2, arbitrary: hoursText }), {
            nil: undefined,
          }),
          'time-zone': fc.option(timeZone, { nil: undefined }),
          'map-url': attr,
          'heading-level': fc.option(fc.oneof(fc.integer({ min: -1, max: 8 }).map(String), text), { nil: undefined }),
          'structured-data': fc.boolean(),
        }),
        fc.option(clinicNode, { nil: undefined }),
        fc.option(instant, { nil: undefined }),
        fc.constantFrom(undefined, 'en', 'es', 'ar', 'zz', 'x-invalid-', 'ja-JP-u-ca-japanese'),
        async (attributes, jsonLd, now, lang) => {
          errors.length = 0;
          const card = document.createElement('clinic-contact-card') as ClinicContactCard;
          setAttributes(card, attributes);
          if (lang) card.setAttribute('lang', lang);
          if (jsonLd !== undefined) card.append(jsonLdScript(jsonLd));
          if (now !== undefined) card.now = now as Date;
          container.replaceChildren(card);
          await settle(card);
          expect(shadowOf(card).querySelector('.base'), 'base').to.exist;
          const rows = shadowOf(card).querySelectorAll('table tbody tr');
          if (rows.length) expect(rows.length).to.equal(7);
          const status = shadowOf(card).querySelector('.status');
          if (shadowOf(card).querySelector('.card')) cards++;
          if (status) statuses++;
          if (status) expect(status.textContent!.trim(), 'status text').not.to.equal('');
          for (const link of Array.from(shadowOf(card).querySelectorAll('a[href]'))) {
            expect(['http:', 'https:', 'tel:', 'mailto:']).to.include(
              new URL(link.getAttribute('href')!, document.baseURI).protocol,
            );
          }
          expect(card.toVCard()).to.match(/^BEGIN:VCARD\r\n[\s\S]*END:VCARD\r\n$/);
          if (!inputMentionsLeak(attributes, jsonLd)) expect(visibleText(card)).not.to.match(LEAKS);
          const out = document.head.querySelector('script[data-clinic-elements="clinic-contact-card"]');
          if (out) expect(() => JSON.parse(out.textContent!)).not.to.throw();
        },
      ),
      { numRuns: RUNS, seed: SEED + 2, endOnFailure: true },
    );
    expect(cards, 'cases that rendered a card').to.be.at.least(RUNS / 2);
    expect(statuses, 'cases with an open/closed status').to.be.at.least(RUNS / 50);
  });
});
