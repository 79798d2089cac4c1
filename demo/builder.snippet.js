// The snippet builder's pure part: reads nothing from the page. Validates form values with the elements' own parsers
// (from the npm build in dist/) and turns them into one embed snippet: a version-pinned CDN script tag with
// Subresource Integrity, then the element's markup, every value escaped.
import { VERSION } from '../dist/internal/version.js';
import { parsePhone, telUri } from '../dist/internal/phone.js';
import { hoursWarning, parseOpeningHours, isValidTimeZone } from '../dist/contact-card/hours.js';
import { emailAddress } from '../dist/contact-card/links.js';
import { countryCode } from '../dist/contact-card/clinic.js';
import { parseThresholds } from '../dist/signs-checklist/result.js';
import { MAX_SUBSTANCE_LENGTH } from '../dist/signs-checklist/signs.js';

export { VERSION };

/** Where the snippet loads the bundles from: this exact version on jsDelivr (npm). */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/clinic-elements@${VERSION}/dist/cdn/`;

/** The three elements: tag name and CDN file. */
export const ELEMENTS = {
  faq: { tag: 'clinic-faq', file: 'clinic-faq.js' },
  signs: { tag: 'clinic-signs-checklist', file: 'clinic-signs-checklist.js' },
  contact: { tag: 'clinic-contact-card', file: 'clinic-contact-card.js' },
};

const TEXT_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for element content or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char]);
}

const trim = (value) => (typeof value === 'string' ? value.trim() : '');

/** An http(s) URL, absolute or relative to the page (`/contact`, `#contact`); not javascript:, data: and the like. */
export function isWebUrl(text) {
  if (/^[a-z][a-z\d+.-]*:/i.test(text) && !/^https?:/i.test(text)) return false;
  try {
    const url = new URL(text, 'https://example.org/page');
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** An e-mail address the card accepts (the same check). */
const isEmail = (text) => emailAddress(text) !== null;

/**
 * Problems with `values` for element `kind`, by field name (FAQ items as `question-<i>` / `answer-<i>`).
 * An empty object means the snippet can be used as it is.
 */
export function validate(kind, values) {
  const errors = {};
  const url = (name, label) => {
    const text = trim(values[name]);
    if (text && !isWebUrl(text))
      errors[name] = `${label} must be a web address starting with https:// (or a path on your site).`;
  };
  const phone = (name) => {
    const text = trim(values[name]);
    // The card reads a number without + in its address country's plan; the checklist in the US one.
    if (text && !parsePhone(text, countryCode(trim(values.country))))
      errors[name] =
        'This does not look like a phone number. Examples: (555) 010-2030, (555) 010-2030 ext 4, +44 20 7946 0958.';
  };
  if (kind === 'faq') {
    const items = values.items ?? [];
    if (!items.length && !trim(values.src)) errors.items = 'Add at least one question, or a JSON-LD address.';
    items.forEach((item, i) => {
      const question = trim(item.question);
      const answer = trim(item.answer);
      if (!question && answer) errors[`question-${i}`] = 'Write the question for this answer.';
      if (question && !answer) errors[`answer-${i}`] = 'Write the answer to this question.';
    });
    url('src', 'The JSON-LD address');
  } else if (kind === 'signs') {
    if ([...trim(values.substance)].length > MAX_SUBSTANCE_LENGTH) {
      errors.substance = `Keep it under ${MAX_SUBSTANCE_LENGTH + 1} characters, for example "alcohol" or "ketamine".`;
    }
    phone('phone');
    url('contact-url', 'The contact link');
    if (trim(values.thresholds) && parseThresholds(trim(values.thresholds)).warning) {
      errors.thresholds = 'Write three whole numbers, each bigger than the one before, separated by commas: 2,4,6.';
    }
  } else if (kind === 'contact') {
    if (!trim(values.name) && !trim(values.src)) errors.name = "Write the clinic's name (or give a JSON-LD address).";
    phone('phone');
    if (trim(values.email) && !isEmail(trim(values.email))) errors.email = 'This does not look like an e-mail address.';
    url('url', 'The website');
    url('booking-url', 'The booking page');
    url('map-url', 'The map link');
    const hours = trim(values.hours);
    if (hours) {
      const parsed = parseOpeningHours(hours);
      // The card's own warning: what the builder accepts, the card shows.
      if (!parsed.hours || parsed.errors.length) errors.hours = hoursWarning(parsed.errors);
    }
    url('src', 'The JSON-LD address');
    const zone = trim(values['time-zone']);
    if (zone && !isValidTimeZone(zone)) errors['time-zone'] = 'Not a known time zone. Example: America/Denver.';
    if (hours && !zone && !errors.hours)
      errors['time-zone'] = 'Add the time zone so the card can say whether the clinic is open now.';
  }
  return errors;
}

/** ` name="value"` for each non-empty attribute, and ` name` for each true boolean. */
function attributes(list) {
  return list
    .map(([name, value]) => (value === true ? ` ${name}` : value ? ` ${name}="${escapeHtml(value)}"` : ''))
    .join('');
}

/** Plain text as paragraphs: a blank line starts a new one, single line breaks stay. */
function paragraphs(text, indent) {
  return trim(text)
    .split(/\n\s*\n/)
    .map((part) => `${indent}<p>${escapeHtml(part.trim()).replace(/\s*\n\s*/g, '<br />\n' + indent + '   ')}</p>`)
    .join('\n');
}

function faqMarkup(values) {
  const level = trim(values['heading-level']);
  const attrs = attributes([
    ['src', trim(values.src)],
    ['single', !!values.single],
    ['searchable', !!values.searchable],
    ['controls', !!values.controls],
    ['heading-level', level && level !== '3' ? level : ''],
    ['structured-data', !!values['structured-data']],
  ]);
  const items = (values.items ?? [])
    .filter((item) => trim(item.question) && trim(item.answer))
    .map(
      (item) =>
        `  <details>\n    <summary>${escapeHtml(trim(item.question))}</summary>\n${paragraphs(item.answer, '    ')}\n  </details>`,
    );
  return `<clinic-faq${attrs}>${items.length ? `\n${items.join('\n')}\n` : ''}</clinic-faq>`;
}

function signsMarkup(values) {
  const crisis = values.crisis === 'none' ? 'none' : '';
  const phone = parsePhone(trim(values.phone));
  const attrs = attributes([
    ['substance', trim(values.substance)],
    ['phone', trim(values.phone)],
    ['contact-url', trim(values['contact-url'])],
    ['thresholds', trim(values.thresholds)],
    ['crisis', crisis],
  ]);
  // Shown before and without JavaScript; the upgraded element replaces it.
  const fallback = [];
  if (phone)
    fallback.push(
      `  <p>Questions about your use, or someone else's? Call us: <a href="${escapeHtml(telUri(phone))}">${escapeHtml(trim(values.phone))}</a>.</p>`,
    );
  if (!crisis) {
    fallback.push(
      '  <div>If you need to talk to someone now: <a href="tel:988">call or text 988</a>, SAMHSA\'s helpline <a href="tel:+18006624357">1-800-662-4357</a>, or <a href="tel:911">911</a>.</div>',
    );
  }
  return `<clinic-signs-checklist${attrs}>${fallback.length ? `\n${fallback.join('\n')}\n` : ''}</clinic-signs-checklist>`;
}

function contactMarkup(values) {
  const level = trim(values['heading-level']) || '3';
  const names = [
    'name',
    'phone',
    'email',
    'url',
    'booking-url',
    'street-address',
    'locality',
    'region',
    'postal-code',
    'country',
    'hours',
    'time-zone',
    'map-url',
    'src',
  ];
  const attrs = attributes([
    ...names.map((name) => [name, trim(values[name])]),
    ['heading-level', level !== '3' ? level : ''],
    ['structured-data', !!values['structured-data']],
  ]);
  // The fallback: readable before and without JavaScript.
  const lines = [];
  if (trim(values.name)) lines.push(`  <h${level}>${escapeHtml(trim(values.name))}</h${level}>`);
  const place = [trim(values.locality), [trim(values.region), trim(values['postal-code'])].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const address = [trim(values['street-address']), place, trim(values.country)].filter(Boolean).map(escapeHtml);
  if (address.length) lines.push(`  <address>${address.join('<br />')}</address>`);
  const phone = parsePhone(trim(values.phone), countryCode(trim(values.country)));
  if (phone) lines.push(`  <p><a href="${escapeHtml(telUri(phone))}">${escapeHtml(trim(values.phone))}</a></p>`);
  if (trim(values.email) && isEmail(trim(values.email)))
    lines.push(`  <p><a href="mailto:${escapeHtml(trim(values.email))}">${escapeHtml(trim(values.email))}</a></p>`);
  if (trim(values.hours)) lines.push(`  <p>Hours: ${escapeHtml(trim(values.hours))}</p>`);
  return `<clinic-contact-card${attrs}>${lines.length ? `\n${lines.join('\n')}\n` : ''}</clinic-contact-card>`;
}

/** The element's markup, as the snippet has it (and as the preview shows it). */
export function elementMarkup(kind, values) {
  if (kind === 'faq') return faqMarkup(values);
  if (kind === 'signs') return signsMarkup(values);
  if (kind === 'contact') return contactMarkup(values);
  throw new Error(`unknown element kind ${kind}`);
}

/** The version-pinned script tag for `kind`, with `integrity` (sha384, from dist/cdn/integrity.json) and `crossorigin`. */
export function scriptTag(kind, integrity) {
  const { file } = ELEMENTS[kind];
  const sri = integrity?.[file];
  if (!sri) throw new Error(`no integrity value for ${file}`);
  return `<script type="module" src="${CDN_BASE}${file}" integrity="${escapeHtml(sri)}" crossorigin="anonymous"></script>`;
}

/** The whole embed snippet: script tag, then the element. */
export function snippet(kind, values, integrity) {
  return `${scriptTag(kind, integrity)}\n${elementMarkup(kind, values)}\n`;
}
