/**
 * Wrong-type property values from JavaScript (frameworks and CMS scripts set properties directly): every public
 * property of every element, as the Custom Elements Manifest lists them (so a property added later is covered too),
 * gets each hostile value below, on an element already rendered with sensible content and on one not yet
 * connected. Each time: no uncaught error, `updateComplete` resolves, the element still shows its content, a value
 * of the wrong type gives a console warning naming the element and the property, and putting the good value back
 * renders exactly what it did before.
 */
import { expect } from '@open-wc/testing';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import { captureWarnings } from '../helpers/console.js';
import { shadowOf } from '../helpers/shadow.js';

interface ManifestField {
  kind: string;
  name: string;
  type?: { text: string };
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string; members?: ManifestField[] }[] }[];
}

type Host = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;

/** The public, settable fields of each element (no methods, statics, private, protected or read-only members). */
const publicFields = new Map<string, ManifestField[]>();
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  if (!declaration.customElement || !declaration.tagName) continue;
  publicFields.set(
    declaration.tagName,
    (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly),
  );
}

/** What a property holds, from its declared type. */
type Kind = 'boolean' | 'number' | 'string' | 'date' | 'array' | 'object';
function kindOf(field: ManifestField): Kind {
  const type = field.type?.text ?? 'string';
  if (type.includes('[]')) return 'array';
  if (/\bboolean\b/.test(type)) return 'boolean';
  if (/\bnumber\b/.test(type)) return 'number';
  if (/\bstring\b/.test(type)) return 'string';
  if (/\bDate\b/.test(type)) return 'date';
  return 'object';
}

/**
 * Whether `value` is of the wrong type for a property of this kind. Null and undefined unset any property; a number
 * is fine as text; and, as with the platform's own boolean properties, any value has a truthiness.
 */
function isWrongType(kind: Kind, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (kind) {
    case 'boolean':
      return false;
    case 'string':
      return typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value));
    case 'number':
      return typeof value !== 'number' || !Number.isFinite(value);
    case 'date':
      return !(value instanceof Date);
    case 'array':
      return !Array.isArray(value);
    case 'object':
      return typeof value !== 'object' || Array.isArray(value);
  }
}

const HOSTILE: [label: string, make: () => unknown][] = [
  ['a number', () => 5],
  ['NaN', () => NaN],
  ['true', () => true],
  ['null', () => null],
  ['undefined', () => undefined],
  ['{}', () => ({})],
  ['[]', () => []],
  ["['x']", () => ['x']],
  ['a function', () => () => 'x'],
  ['a Symbol', () => Symbol('hostile')],
  ['a BigInt', () => BigInt(10)],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('hostile toString');
      },
    }),
  ],
  ['a very long string', () => 'long '.repeat(20_000)],
  ['a Date', () => new Date('2026-11-25T17:00:00Z')],
];

/** A weekday morning in Denver, so that the card's status line is the same on every run. */
const WEDNESDAY_10AM = new Date('2026-11-25T17:00:00Z');

interface Setup {
  /** Light DOM the element starts with. */
  markup: string;
  /** Property values of a sensible page. */
  properties: Record<string, unknown>;
  /** Whether the shadow root shows the element's real content (not just its frame). */
  showsContent: (root: ShadowRoot) => boolean;
}

const SETUPS: Record<string, Setup> = {
  'clinic-faq': {
    markup: `<details><summary>Do you take insurance?</summary><p>Most plans.</p></details>
      <details><summary>Is it confidential?</summary><p>Always.</p></details>`,
    properties: { single: true, searchable: true, controls: true, headingLevel: 2, structuredData: true },
    showsContent: (root) => root.querySelectorAll('.question').length === 2,
  },
  'clinic-contact-card': {
    markup: '',
    properties: {
      name: 'Hope Clinic',
      phone: '385-287-1469',
      email: 'help@hope.example',
      url: 'https://hope.example/',
      bookingUrl: 'https://hope.example/book',
      streetAddress: '1 Main Street',
      locality: 'Salt Lake City',
      region: 'UT',
      postalCode: '84101',
      country: 'US',
      hours: 'Mo-Fr 09:00-17:00',
      timeZone: 'America/Denver',
      mapUrl: 'https://maps.example/hope',
      structuredData: true,
      headingLevel: 2,
      now: WEDNESDAY_10AM,
    },
    showsContent: (root) => !!root.querySelector('.card address'),
  },
  'clinic-signs-checklist': {
    markup: '',
    properties: {
      substance: 'alcohol',
      thresholds: '1,3,5',
      phone: '385-287-1469',
      contactUrl: '#contact',
      crisis: 'us',
      results: { few: 'A few signs.' },
    },
    showsContent: (root) =>
      root.querySelectorAll('input[type=checkbox]').length > 0 && !!root.querySelector('[part=cta]'),
  },
};

/** Text that means a value leaked into the page unconverted. */
const LEAKS = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date|Symbol\(/;

const container = document.createElement('div');
document.body.append(container);

function create(tag: string): Host {
  const element = document.createElement(tag) as Host;
  element.innerHTML = SETUPS[tag]!.markup;
  Object.assign(element, SETUPS[tag]!.properties);
  return element;
}

const shownText = (element: Host) => shadowOf(element).textContent!.replace(/\s+/g, ' ').trim();

/** What the element shows with its sensible values. */
async function baselineOf(tag: string): Promise<string> {
  const element = create(tag);
  container.append(element);
  await element.updateComplete;
  const text = shownText(element);
  element.remove();
  return text;
}

/** Problems seen outside the element's own promise: uncaught errors and unhandled rejections. */
const uncaught: string[] = [];
const describeReason = (reason: unknown) =>
  reason instanceof Error ? `${reason.name}: ${reason.message}` : typeof reason;
const onError = (event: ErrorEvent) => uncaught.push(`uncaught error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(`unhandled rejection: ${describeReason(event.reason)}`);

/** Lets a late rejection or error (a later update, a listener) surface before the case is judged. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Sets `value` on `property` of a fresh element (connected first, or only afterwards), then puts the good value
 * back. Returns what went wrong, if anything.
 */
async function hostileCase(
  tag: string,
  field: ManifestField,
  value: unknown,
  connectFirst: boolean,
  baseline: string,
): Promise<string[]> {
  const problems: string[] = [];
  const element = create(tag);
  const good = element[field.name];
  const warnings = captureWarnings();
  uncaught.length = 0;
  try {
    if (connectFirst) {
      container.append(element);
      await element.updateComplete;
    }
    try {
      element[field.name] = value;
    } catch (error) {
      problems.push(`setting it threw ${describeReason(error)}`);
    }
    if (!connectFirst) container.append(element);
    try {
      await element.updateComplete;
    } catch (error) {
      problems.push(`updateComplete rejected: ${describeReason(error)}`);
    }
    await settle();
    const root = (element as Element & { renderRoot?: ShadowRoot }).renderRoot ?? element.shadowRoot;
    // An array given as a list of items is the author's own list, which may leave no items.
    const ownList = kindOf(field) === 'array' && Array.isArray(value);
    if (!root?.querySelector('[part=base]')) problems.push('nothing rendered');
    else if (!ownList && !SETUPS[tag]!.showsContent(root)) problems.push('its content is gone');
    else if (LEAKS.test(shownText(element))) problems.push(`shows "${LEAKS.exec(shownText(element))![0]}"`);
    const subjects = [`<${tag}> ${field.name}:`, `<${tag}> ${field.attribute ?? field.name}:`];
    if (isWrongType(kindOf(field), value) && !warnings.messages.some((m) => subjects.some((s) => m.startsWith(s)))) {
      problems.push('no warning naming the element and the property');
    }
    element[field.name] = good;
    try {
      await element.updateComplete;
    } catch (error) {
      problems.push(`updateComplete rejected after the good value: ${describeReason(error)}`);
    }
    await settle();
    if (shownText(element) !== baseline) problems.push('the good value set again does not render as before');
  } finally {
    warnings.restore();
    element.remove();
  }
  problems.push(...uncaught);
  return problems;
}

describe('hostile input: wrong-type property values from JavaScript', () => {
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  it('finds the public properties of the three elements in the manifest', () => {
    expect([...publicFields.keys()].sort()).to.deep.equal(Object.keys(SETUPS).sort());
    for (const [tag, fields] of publicFields) {
      expect(fields.length, tag).to.be.greaterThan(0);
      for (const field of fields)
        expect(field.name in document.createElement(tag), `${tag}.${field.name}`).to.equal(true);
    }
  });

  for (const [tag, fields] of publicFields) {
    for (const connectFirst of [true, false]) {
      describe(`<${tag}>, ${connectFirst ? 'already rendered' : 'set before connecting'}`, () => {
        let baseline = '';
        before(async () => {
          baseline = await baselineOf(tag);
        });
        for (const field of fields) {
          it(`${field.name}: no throw, content kept, wrong types warned, good value works again`, async () => {
            const failures: string[] = [];
            for (const [label, make] of HOSTILE) {
              const problems = await hostileCase(tag, field, make(), connectFirst, baseline);
              if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
            }
            expect(failures).to.deep.equal([]);
          });
        }
      });
    }
  }
});
