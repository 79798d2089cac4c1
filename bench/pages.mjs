// Benchmark pages, generated: the same authored FAQ content under three cases, and the pages that keep still.
import { readFileSync } from 'node:fs';

const WORDS =
  'ketamine treatment depression clinic care support dose team safety recovery session relief symptoms plan doctor help ' +
  'mood brain risk tolerance therapy monitoring family health question answer week hours progress calm evidence';

function answer(i) {
  const words = WORDS.split(' ');
  return Array.from({ length: 60 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
}

export function faqMarkup(count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `<details id="q${i}"><summary>Question ${i + 1}: how does ${WORDS.split(' ')[i % 20]} work?</summary><p>${answer(i)}.</p></details>\n`;
  }
  return out;
}

const shell = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}
<style>body{margin:0 auto;max-width:48rem;font:16px/1.5 sans-serif}</style></head>
<body><h1>FAQ</h1>${body}
<script>
  // The page's own height (not scrollHeight, which never goes below the viewport's).
  window.__initialHeight = document.documentElement.getBoundingClientRect().height;
  window.__shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  window.__afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
</script></body></html>`;

/** The stylesheet the quick starts link: gives authored `<details>` the upgraded rows' height before the script runs. */
export const STILL_STYLESHEET = '<link rel="stylesheet" href="/dist/cdn/clinic-elements.css">';

const clinicFaq =
  (head) =>
  (count, attributes = '') =>
    shell(
      `<clinic-faq id="faq" ${attributes}>${faqMarkup(count)}</clinic-faq>
<script type="module">
  await import('/dist/cdn/clinic-faq.js');
  await document.getElementById('faq').updateComplete;
  window.__ready = await window.__afterFrame();
</script>`,
      head,
    );

/** case → (count, options) → HTML. Each page sets window.__ready to the time its content is ready and painted. */
export const faqCases = {
  native: (count) =>
    shell(
      `<div id="faq">${faqMarkup(count)}</div>
<script type="module">window.__ready = await window.__afterFrame();</script>`,
    ),
  lit: (count) =>
    shell(
      `<lit-floor id="faq">${faqMarkup(count)}</lit-floor>
<script type="module">
  await import('/dist/bench/lit-floor.js');
  await document.getElementById('faq').updateComplete;
  window.__ready = await window.__afterFrame();
</script>`,
    ),
  'clinic-faq': clinicFaq(''),
  // The same with the stylesheet the quick starts link (dist/cdn/clinic-elements.css).
  'clinic-faq-css': clinicFaq(STILL_STYLESHEET),
};

export const elementPages = {
  'clinic-signs-checklist': () =>
    shell(`<clinic-signs-checklist id="el" substance="ketamine" phone="385-287-1469"></clinic-signs-checklist>
<script type="module">
  await import('/dist/cdn/clinic-signs-checklist.js');
  await document.getElementById('el').updateComplete;
  window.__ready = await window.__afterFrame();
</script>`),
  'clinic-contact-card': () =>
    shell(`<clinic-contact-card id="el" name="Alternative Pathways" phone="385-287-1469" street-address="7050 S Highland Drive Suite 120"
  locality="Cottonwood Heights" region="UT" postal-code="84121" country="US" hours="Mo-Fr 09:00-17:00" time-zone="America/Denver"></clinic-contact-card>
<script type="module">
  await import('/dist/cdn/clinic-contact-card.js');
  await document.getElementById('el').updateComplete;
  window.__ready = await window.__afterFrame();
</script>`),
};

/** The three elements as the README and the element guides write them (docs/faq.md, docs/signs-checklist.md…). */
const README_ELEMENTS = `<h2>Common questions</h2>
<clinic-faq>
  <details><summary>Do I need a referral?</summary><p>No, you can book directly.</p></details>
  <details><summary>Is ketamine addictive?</summary><p>It can be misused; under supervision, addiction has been uncommon.</p></details>
  <details><summary>How long does a session take?</summary><p>About two hours, including time to rest.</p></details>
  <details><summary>Can I drive home afterwards?</summary><p>No: not until the next day.</p></details>
</clinic-faq>
<h2>Signs of a problem with ketamine</h2>
<clinic-signs-checklist substance="ketamine" phone="385-287-1469" contact-url="/contact">
  <ul data-fallback>
    <li>Using ketamine in larger amounts, or for longer, than you meant to</li>
    <li>Bladder pain, blood in your urine, or needing to go often: please see a doctor</li>
  </ul>
  <div>
    If you need help now: <a href="tel:911">call 911</a> if anyone is in danger;
    <a href="tel:988">call or text 988</a>, any time.
  </div>
</clinic-signs-checklist>
<h2>Contact</h2>
<clinic-contact-card name="Alternative Pathways" phone="385-287-1469" street-address="7050 S Highland Drive Suite 120"
  locality="Cottonwood Heights" region="UT" postal-code="84121" country="US" hours="Mo-Fr 09:00-17:00"
  time-zone="America/Denver">
  <h3>Alternative Pathways</h3>
  <address>7050 S Highland Drive Suite 120<br />Cottonwood Heights, UT 84121</address>
  <p>Phone: <a href="tel:+13852871469">385-287-1469</a></p>
</clinic-contact-card>`;

/**
 * The stylesheet line and the three elements as the snippet builder writes them (demo/builder.snippet.js, with its
 * example filled in), the stylesheet's CDN address pointed at this build. The script lines are left out: the page
 * loads all three elements with one script.
 */
async function builderElements(stylesheet) {
  const { CDN_BASE, EXAMPLE, elementMarkup, styleTag } = await import('../demo/builder.snippet.js');
  const integrity = JSON.parse(readFileSync(new URL('../dist/cdn/integrity.json', import.meta.url), 'utf8'));
  const link = stylesheet ? styleTag(integrity).replace(CDN_BASE, '/dist/cdn/') : '';
  const heads = { faq: 'Common questions', signs: 'Signs of a problem with ketamine', contact: 'Contact' };
  return `${link}
${Object.entries(heads)
  .map(
    ([kind, title]) =>
      `<h2>${title}</h2>\n${elementMarkup(kind, kind === 'faq' ? { items: EXAMPLE.items } : EXAMPLE[kind])}`,
  )
  .join('\n')}`;
}

/** The pages whose stillness `npm run bench` measures and test/hostile/no-shift.test.ts checks. */
export const STILL_PAGES = ['readme', 'builder'];

/**
 * A page of fallback content and the three elements, then content below them. `page`: `readme`, the elements as the
 * README's quick starts and the element guides write them (an FAQ of authored `<details>`, the checklist with a
 * fallback list of signs and crisis line, the contact card with its fallback address) with their stylesheet line, or
 * `builder`, the three snippets the builder writes with its example filled in (the stylesheet line with its
 * integrity value). `stylesheet`: whether the page links dist/cdn/clinic-elements.css; `script`: the URL of the
 * elements' script (the benchmark's answers late, so that the fallback is painted first), or none (the test adds it).
 */
export async function stillPage({ page = 'readme', stylesheet, script }) {
  // The quick starts put the stylesheet line in the head; a CMS author pastes the builder's snippet into the body.
  const head = page === 'readme' && stylesheet ? STILL_STYLESHEET : '';
  const elements = page === 'builder' ? await builderElements(stylesheet) : README_ELEMENTS;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${page}</title>${head}
${script ? `<script type="module" src="${script}"></script>` : ''}
<style>body{margin:0 auto;max-width:48rem;padding:0 1rem;font:16px/1.5 sans-serif}</style></head>
<body>
<h1>Ketamine treatment for depression</h1>
<p>Ketamine can ease depression within hours. It is also a controlled drug that can be misused.</p>
${elements}
<p id="below">Content below the elements: it should not move when the script arrives.</p>
<p>${'More of the page. '.repeat(40)}</p>
<script>
  window.__below = () => document.getElementById('below').getBoundingClientRect().top + scrollY;
  window.__belowBefore = window.__below();
  // The page's blocks (the elements and what is around them) where they are before the script, for the estimate.
  const blocks = () => [...document.body.children].filter((el) => el.localName !== 'script').map((el) => el.getBoundingClientRect());
  const blocksBefore = blocks();
  /**
   * The layout shift of the upgrade, computed as the Layout Instability spec scores one frame, from the blocks' boxes
   * before and after (for Firefox, which has no layout-shift entries): the blocks whose top-left corner moved, the
   * share of the viewport their old and new boxes cover (sampled every 2 px), times the largest move over the
   * viewport's larger side.
   */
  const estimateShift = (before, after) => {
    const w = innerWidth, h = innerHeight;
    const moved = before.map((b, i) => [b, after[i]]).filter(([b, a]) => Math.abs(b.x - a.x) + Math.abs(b.y - a.y) >= 1);
    if (!moved.length) return 0;
    const distance = Math.max(...moved.map(([b, a]) => Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)))) / Math.max(w, h);
    const boxes = moved.flat();
    let hit = 0, all = 0;
    for (let y = 1; y < h; y += 2)
      for (let x = 1; x < w; x += 2, all++)
        if (boxes.some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom)) hit++;
    return (hit / all) * Math.min(distance, 1);
  };
  window.__shift = 0;
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  window.__upgraded = async () => {
    const elements = [...document.querySelectorAll('clinic-faq, clinic-signs-checklist, clinic-contact-card')];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.__belowAfter = window.__below();
    window.__shiftEstimate = estimateShift(blocksBefore, blocks());
    window.__ready = true;
  };
  addEventListener('load', () => document.querySelector('script[type=module]') && window.__upgraded());
</script>
</body></html>`;
}
