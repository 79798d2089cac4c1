// Exercises all three elements on the strict-CSP page and reports to the test (the parent window):
// every check's outcome, every securitypolicyviolation event and every uncaught error.
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok: Boolean(ok), detail: String(detail) });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(fn, ms = 4000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (fn()) return true;
    await sleep(20);
  }
  return false;
}
// renderRoot: the checklist's shadow root is closed; Lit keeps it for the element.
const $ = (el, selector) => (el.renderRoot ?? el.shadowRoot).querySelector(selector);
const $$ = (el, selector) => Array.from((el.renderRoot ?? el.shadowRoot).querySelectorAll(selector));

async function run() {
  await Promise.all(
    ['clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card'].map((tag) => customElements.whenDefined(tag)),
  );
  check('trusted types present', true, window.trustedTypes ? 'yes' : 'no (the Trusted Types part is vacuous here)');

  // --- FAQ: inline JSON-LD answers through the sanitiser, search, toggles, structured data ----
  const faq = document.getElementById('faq');
  await faq.updateComplete;
  check('faq: questions rendered', faq.questions.length === 2, faq.questions.length);
  const answer = $(faq, '.answer');
  check(
    'faq: answer HTML parsed (not plain-text fallback)',
    answer.querySelector('p strong') && answer.querySelector('ul, p'),
    answer.innerHTML,
  );
  check('faq: safe link kept', answer.querySelector('a[href="https://example.org/care"]'), answer.innerHTML);
  check(
    'faq: img and javascript: link removed',
    !answer.querySelector('img') && !answer.querySelector('a[href^="javascript"]'),
    answer.innerHTML,
  );
  $(faq, '.question').click();
  await faq.updateComplete;
  check('faq: toggle opens', $(faq, '.question').getAttribute('aria-expanded') === 'true' && !$(faq, '.answer').hidden);
  const search = $(faq, 'input[type=search]');
  search.value = 'visit';
  search.dispatchEvent(new Event('input'));
  await faq.updateComplete;
  check(
    'faq: search filters',
    $$(faq, '.item:not([hidden])').length === 1 && $(faq, 'mark'),
    $$(faq, '.item:not([hidden])').length,
  );
  search.value = '';
  search.dispatchEvent(new Event('input'));
  await faq.updateComplete;
  $$(faq, 'button.control')[0].click();
  await faq.updateComplete;
  check(
    'faq: expand all',
    faq.questions.every((q) => q.open),
  );
  const faqLd = document.head.querySelector('script[data-clinic-elements="clinic-faq"]');
  check('faq: structured data written', faqLd && JSON.parse(faqLd.textContent)['@type'] === 'FAQPage');
  check(
    'faq: styles applied (adopted or allowed)',
    getComputedStyle($(faq, '.question')).cursor === 'pointer' ||
      getComputedStyle($(faq, '.question')).display === 'flex',
    getComputedStyle($(faq, '.question')).display,
  );

  // --- FAQ from src (fetch under connect-src 'self') and from items ---------------------------
  const page = {
    '@type': 'FAQPage',
    mainEntity: [
      {
        '@type': 'Question',
        name: 'Loaded?',
        acceptedAnswer: { '@type': 'Answer', text: '<p>Yes, <em>loaded</em>.</p><script>parent.__cspXss = 3</script>' },
      },
    ],
  };
  const faqSrc = document.getElementById('faq-src');
  faqSrc.src = `/__test__/json?body=${encodeURIComponent(JSON.stringify(page))}`;
  check('faq src: loaded', await until(() => faqSrc.questions.length === 1));
  await faqSrc.updateComplete;
  check(
    'faq src: answer sanitised',
    $(faqSrc, '.answer em') && !$(faqSrc, '.answer script'),
    $(faqSrc, '.answer')?.innerHTML,
  );
  const faqItems = document.getElementById('faq-items');
  faqItems.items = [
    { question: 'From items?', answer: '<p>Yes <a href="/x" onclick="parent.__cspXss = 4">here</a></p>' },
  ];
  await faqItems.updateComplete;
  check(
    'faq items: rendered',
    $(faqItems, '.answer p a[href="/x"]') && !$(faqItems, '.answer a[onclick]'),
    $(faqItems, '.answer')?.innerHTML,
  );

  // --- Answers where only a tokenizer that agrees with the browser's finds the tags (issue 13) --------
  const hostile = document.body.appendChild(document.createElement('clinic-faq'));
  const RAW = ['textarea', 'title', 'noembed', 'xmp', 'iframe', 'noscript', 'noframes', 'style', 'script', 'plaintext'];
  const payload = 'style="color: red" onclick="parent.__cspXss = 9"';
  const answers = [
    `<!--><p ${payload}>a</p>`,
    `<!---><p ${payload}>b</p>`,
    `<!-- x --!><p ${payload}>c</p>`,
    `<style>a</xmp><p ${payload}>d</p></style>`,
    `<script><!--<script></script><p ${payload}>e</p>--></script><p ${payload}>f</p>`,
    `<svg><style><img src=x ${payload}></style></svg><select><style><input ${payload}></style></select>`,
    ...RAW.map((name) => `<${name}><!--</${name}><p ${payload}>${name}</p>-->`),
  ];
  hostile.items = answers.map((answer, i) => ({ question: `Hostile ${i}?`, answer }));
  await hostile.updateComplete;
  check('faq hostile: rendered', hostile.questions.length === answers.length, hostile.questions.length);
  const shown = $$(hostile, '.answer').map((a) => a.textContent.replace(/\s+/g, ' ').trim());
  check(
    'faq hostile: what follows a comment or raw text is shown',
    ['a', 'b', 'c', '', 'f'].every((text, i) => shown[i] === text),
    JSON.stringify(shown),
  );
  check('faq hostile: no handler or style attribute kept', !hostile.shadowRoot.querySelector('[onclick], [style]'));

  // --- Checklist: ticks, result, clear ---------------------------------------------------------
  const checklist = document.getElementById('checklist');
  await checklist.updateComplete;
  const boxes = $$(checklist, 'input[type=checkbox]');
  check('checklist: signs rendered', boxes.length >= 5, boxes.length);
  boxes.slice(0, 3).forEach((box) => box.click());
  await checklist.updateComplete;
  check(
    'checklist: result counts ticks',
    /3/.test($(checklist, '.result').textContent),
    $(checklist, '.result').textContent.trim(),
  );
  $(checklist, 'button.clear').click();
  await checklist.updateComplete;
  check(
    'checklist: clear',
    $$(checklist, 'input[type=checkbox]').every((box) => !box.checked),
  );
  check('checklist: call link', $(checklist, 'a.call[href="tel:+13852871469"]'));

  // --- Contact card: hours, status, copy address, vCard, structured data -----------------------
  const card = document.getElementById('card');
  card.now = new Date('2026-11-25T17:00:00Z'); // Wednesday 10:00 in Denver.
  await card.updateComplete;
  check('card: name', $(card, '.name')?.textContent.trim() === 'Example Clinic');
  check('card: hours table', $$(card, 'table tbody tr').length === 7);
  check('card: open status', /open/i.test($(card, '.status')?.textContent ?? ''), $(card, '.status')?.textContent);
  const copy = $$(card, '.tools button')[1];
  copy.click();
  check(
    'card: copy address says something',
    await until(() => $(card, '.message').textContent.trim() !== ''),
    $(card, '.message').textContent,
  );
  check('card: vCard', /^BEGIN:VCARD/.test(card.toVCard()));
  const cardLd = document.head.querySelector('script[data-clinic-elements="clinic-contact-card"]');
  check('card: structured data written', cardLd && JSON.parse(cardLd.textContent).name === 'Example Clinic');

  check('no payload ran', parent.__cspXss === undefined, parent.__cspXss);
  await sleep(300); // Late violations (async loads) are counted too.
}

run()
  .catch((error) => check('run finished', false, error?.stack || error))
  .finally(() =>
    parent.postMessage(
      {
        source: 'clinic-csp',
        page: location.pathname,
        results,
        violations: window.__violations,
        errors: window.__errors,
      },
      '*',
    ),
  );
