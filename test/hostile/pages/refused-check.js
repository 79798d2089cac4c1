// The page requires Trusted Types and allows only Lit's policy: the library's own is refused. Answers are then shown
// as plain text, and structured data is not written (writing script text without a policy is a violation), each
// with a warning; nothing is reported. Reports to the test like strict-check.js.
const results = [];
const check = (name, ok, detail = '') => results.push({ name, ok: Boolean(ok), detail: String(detail) });
const warnings = window.__warnings;
const $$ = (el, selector) => Array.from(el.shadowRoot.querySelectorAll(selector));

async function run() {
  await Promise.all(['clinic-faq', 'clinic-contact-card'].map((tag) => customElements.whenDefined(tag)));
  const trustedTypes = Boolean(window.trustedTypes);
  check('trusted types present', true, trustedTypes ? 'yes' : 'no (the page is vacuous here)');
  const faq = document.getElementById('faq');
  faq.items = [
    { question: 'Plain?', answer: '<p>Shown <b>as</b> text.</p><script>parent.__cspXss = 10</script>' },
    { question: 'Large?', answer: '<script '.repeat(50_000) },
  ];
  await faq.updateComplete;
  const card = document.getElementById('card');
  await card.updateComplete;
  const answers = $$(faq, '.answer').map((a) => a.textContent.trim());
  check('faq: answers shown', answers[0] === 'Shown as text.', JSON.stringify(answers[0]));
  const written = (tag) => document.head.querySelector(`script[data-clinic-elements="${tag}"]`) !== null;
  const said = (tag) => warnings.filter((w) => w.startsWith(`<${tag}> structured-data:`)).length;
  for (const tag of ['clinic-faq', 'clinic-contact-card']) {
    if (trustedTypes) {
      check(`${tag}: no structured data`, !written(tag));
      check(`${tag}: one warning`, said(tag) === 1, warnings.join('\n'));
    } else {
      check(`${tag}: structured data written`, written(tag));
    }
  }
  check('card: rendered', card.shadowRoot.querySelector('.name')?.textContent.trim() === 'Example Clinic');
  check('no payload ran', parent.__cspXss === undefined, parent.__cspXss);
  await new Promise((resolve) => setTimeout(resolve, 300));
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
