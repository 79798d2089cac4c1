// Benchmark pages, generated: the same authored FAQ content under three cases.
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

/** The README's optional CSS that gives authored `<details>` the upgraded rows' height before the script runs. */
export const NO_SHIFT_CSS = `<style>
clinic-faq:not(:defined) > details { border-block-end: 1px solid; }
clinic-faq:not(:defined) > details:first-child { border-block-start: 1px solid; }
clinic-faq:not(:defined) > details > summary {
  display: block; box-sizing: border-box; min-block-size: 44px; padding: 0.625em 0.5em; line-height: 1.4; font-weight: 600;
}
</style>`;

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
  // The same with the README's no-shift CSS for authored details.
  'clinic-faq-css': clinicFaq(NO_SHIFT_CSS),
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
