// The "freeze inputs" of issue 13: hostile inputs under the 512 KiB `src` cap, each loaded into the element it
// targets, with the longest main-thread block measured while the element takes it in (bench/README.md).

/** A JSON-LD FAQPage with these questions (`[name, answer]`). */
const faqPage = (entries) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: entries.map(([name, text]) => ({
    '@type': 'Question',
    name,
    acceptedAnswer: { '@type': 'Answer', text },
  })),
});
const oneAnswer = (text) =>
  faqPage([
    ['Hostile answer?', text],
    ['Is it private?', '<p>Yes.</p>'],
  ]);
const clinic = (fields) => ({
  '@context': 'https://schema.org',
  '@type': 'MedicalClinic',
  name: 'Example Clinic',
  telephone: '+1-385-287-1469',
  ...fields,
});

/** Opening hours of about 20,000 `;`-separated parts, ranges and `off` mixed (about 450 KB). */
const HOURS = Array.from({ length: 20_000 }, (_, i) =>
  i % 2 ? `${['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'][i % 7]} off` : `Mo-Fr 0${i % 9}:00-1${i % 9}:30`,
).join('; ');

/** Trusted Types with Lit's policy allowed and the sanitiser's refused: answers are shown as plain text. */
const REFUSED_TT = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * name → { tag, input, doc?, csp?, again? }. `input` is what the page does to the element (`src` documents come from
 * `doc`, served at /bench/freeze-doc?case=…); `again` also times an update with the input already in (a new
 * attribute, then a return to the tab), which must not pay the parse a second time.
 */
export const freezeCases = {
  'card: openingHours of 20,000 parts (attribute)': {
    tag: 'clinic-contact-card',
    input: { attribute: ['hours', HOURS] },
    again: true,
  },
  'card: openingHours of 20,000 parts (src)': {
    tag: 'clinic-contact-card',
    input: { src: true },
    doc: () => clinic({ openingHours: HOURS }),
    again: true,
  },
  'card: 9,000 openingHoursSpecification entries (src)': {
    tag: 'clinic-contact-card',
    input: { src: true },
    doc: () =>
      clinic({
        openingHoursSpecification: Array.from({ length: 9_000 }, (_, i) => ({
          dayOfWeek: 'Monday',
          opens: `0${i % 9}:00`,
          closes: '17:00',
        })),
      }),
    again: true,
  },
  'card: e-mail "a@" + "a.".repeat(60000) + "@"': {
    tag: 'clinic-contact-card',
    input: { attribute: ['email', `a@${'a.'.repeat(60_000)}@`] },
  },
  'card: url of 200,000 spaces': {
    tag: 'clinic-contact-card',
    input: { attribute: ['url', `https://example.org/${' '.repeat(200_000)}x`] },
  },
  'faq: answer "<div>".repeat(100000) (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => oneAnswer('<div>'.repeat(100_000)),
  },
  'faq: answer "<b id=…></p><p>" × 20,000 (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => oneAnswer(Array.from({ length: 20_000 }, (_, i) => `<p><b id=${i}></p>`).join('')),
  },
  'faq: a tag with 60,000 attributes (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => oneAnswer(`<p ${Array.from({ length: 60_000 }, (_, i) => `a${i}`).join(' ')}>x</p>`),
  },
  'faq: 400 KB answer of "<script " with the policy refused (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => oneAnswer('<script '.repeat(50_000)),
    csp: REFUSED_TT,
  },
  'faq: 200 answers of 2,400 characters of short paragraphs (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => faqPage(Array.from({ length: 200 }, (_, i) => [`Question ${i}?`, '<p>x</p>'.repeat(300)])),
  },
  'faq: 4,500 questions (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => faqPage(Array.from({ length: 4_500 }, (_, i) => [`Question ${i}?`, `<p>Answer ${i}.</p>`])),
  },
  'faq: 6,000 questions of one name (src)': {
    tag: 'clinic-faq',
    input: { src: true },
    doc: () => faqPage(Array.from({ length: 6_000 }, () => ['Same?', 'a'])),
  },
};

/** The JSON text of a case's `src` document (under the 512 KiB cap: checked by the benchmark). */
export function freezeDoc(name) {
  return JSON.stringify(freezeCases[name].doc());
}

/**
 * The page of one case: the element with ordinary content, then the input, timed. A MessageChannel ping-pong runs
 * throughout: the longest gap between two of its messages is the longest time the main thread was blocked (long tasks
 * are counted too, where the engine reports them). Sets `window.__freeze` to the figures in milliseconds.
 */
export function freezePage(name) {
  const c = freezeCases[name];
  const docUrl = `/bench/freeze-doc?case=${encodeURIComponent(name)}`;
  const markup =
    c.tag === 'clinic-faq'
      ? '<clinic-faq id="el"><details><summary>Authored?</summary><p>Yes.</p></details></clinic-faq>'
      : '<clinic-contact-card id="el" name="Example Clinic" phone="385-287-1469" time-zone="America/Denver"></clinic-contact-card>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>freeze</title></head><body>${markup}
<script type="module">
  await import('/dist/cdn/clinic-elements.js');
  const el = document.getElementById('el');
  await el.updateComplete;
  const input = ${JSON.stringify(c.input)};
  const longTasks = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  } catch {}
  let last = performance.now();
  let block = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    block = Math.max(block, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const done = async () => {
    await el.updateComplete;
    if (input.src) {
      while (el.shadowRoot.querySelector('.base')?.getAttribute('aria-busy') === 'true' || el.shadowRoot.querySelector('.message')?.textContent === 'Loading…') {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await el.updateComplete;
    }
    el.getBoundingClientRect();
  };
  const measure = async (act) => {
    await settle();
    longTasks.length = 0;
    block = 0;
    last = performance.now();
    running = true;
    channel.port2.postMessage(0);
    const start = performance.now();
    act();
    await done();
    const total = performance.now() - start;
    await settle();
    running = false;
    return { block, total, longTask: longTasks.length ? Math.max(...longTasks) : 0 };
  };
  // A fixed piece of work (10 million additions), timed: how fast this machine runs script right now, to read the
  // blocks against (about 10 ms on an idle machine; a loaded one takes several times longer for everything).
  const calibrate = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e7; i++) sum += i % 7;
  const result = { calibration: performance.now() - calibrate + (sum < 0 ? 1 : 0) };
  const first = await measure(() => (input.src ? el.setAttribute('src', ${JSON.stringify(docUrl)}) : el.setAttribute(...input.attribute)));
  Object.assign(result, first);
  if (${Boolean(c.again)}) {
    const again = await measure(() => {
      el.setAttribute('name', 'Renamed Clinic');
      document.dispatchEvent(new Event('visibilitychange'));
    });
    result.againBlock = again.block;
  }
  result.shown = el.shadowRoot.textContent.replace(/\\s+/g, ' ').trim().slice(0, 80);
  window.__freeze = result;
</script></body></html>`;
}
