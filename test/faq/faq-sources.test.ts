import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/faq/define.js';
import { ClinicFaq } from '../../src/faq/faq.js';
import { captureWarnings } from '../helpers/console.js';

const faqPage = (entries: Array<[string, string]>) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: entries.map(([name, text]) => ({
    '@type': 'Question',
    name,
    acceptedAnswer: { '@type': 'Answer', text },
  })),
});
const route = (params: Record<string, string | number>) =>
  `/__test__/json?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

const questionTexts = (el: ClinicFaq) =>
  Array.from(el.shadowRoot!.querySelectorAll('.question .text')).map((t) => t.textContent!.trim());
const status = (el: ClinicFaq) => el.shadowRoot!.querySelector('.message[role=status]')!;

async function settled(el: ClinicFaq): Promise<void> {
  await waitUntil(() => !status(el).textContent!.endsWith('…'), 'src never settled', { timeout: 5000 });
  await el.updateComplete;
}

const authored = html`<details id="mine"><summary>Authored question?</summary><p>Authored answer.</p></details>`;

describe('<clinic-faq> inline JSON-LD', () => {
  it('reads a schema.org FAQPage from a JSON-LD script child and sanitises its answers', async () => {
    const json = JSON.stringify(
      faqPage([
        ['Is it safe?', '<p>Yes, <a href="javascript:alert(1)">supervised</a>.</p><img src=x onerror=alert(1)>'],
      ]),
    );
    const warnings = captureWarnings();
    let el: ClinicFaq;
    try {
      el = await fixture<ClinicFaq>(
        html`<clinic-faq>${unsafeHTML(`<script type="application/ld+json">${json}</script>`)}</clinic-faq>`,
      );
    } finally {
      warnings.restore();
    }
    expect(questionTexts(el)).to.deep.equal(['Is it safe?']);
    const answer = el.shadowRoot!.querySelector('.answer')!;
    expect(answer.innerHTML).not.to.contain('img');
    expect(answer.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(warnings.messages.some((m) => m.startsWith('<clinic-faq> json-ld: answer sanitised'))).to.equal(true);
  });

  it('warns about invalid JSON-LD and renders nothing from it', async () => {
    const warnings = captureWarnings();
    let el: ClinicFaq;
    try {
      el = await fixture<ClinicFaq>(
        html`<clinic-faq>${unsafeHTML('<script type="application/ld+json">{"@type": "FAQPage",</script>')}</clinic-faq>`,
      );
    } finally {
      warnings.restore();
    }
    expect(questionTexts(el)).to.deep.equal([]);
    expect(warnings.messages[0]).to.match(/^<clinic-faq> json-ld: invalid JSON/);
  });
});

describe('<clinic-faq src>', () => {
  it('shows a loading state, then the loaded items instead of the authored ones', async () => {
    const body = JSON.stringify(faqPage([['Loaded question?', '<p>Loaded <em>answer</em>.</p>']]));
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${route({ body, delay: 200 })}>${authored}</clinic-faq>`);
    expect(status(el).textContent).to.equal('Loading…');
    expect(questionTexts(el)).to.deep.equal(['Authored question?']);
    await settled(el);
    expect(questionTexts(el)).to.deep.equal(['Loaded question?']);
    expect(el.shadowRoot!.querySelector('.answer em')!.textContent).to.equal('answer');
    expect(status(el).textContent).to.equal('');
    await expect(el).to.be.accessible();
  });

  const failures: Array<[string, string, RegExp]> = [
    ['a non-2xx answer', route({ status: 404, body: 'nope' }), /answered 404/],
    ['invalid JSON', route({ body: '{"@type": "FAQPage", ' }), /invalid JSON/],
    ['a wrong @type', route({ body: JSON.stringify({ '@type': 'Article', name: 'x' }) }), /no schema.org FAQPage/],
    ['a body over the size limit', '/__test__/big?kb=600', /over \d+ bytes/],
    ['a network error', 'http://127.0.0.1:1/faq.jsonld', /network error/],
    ['a non-http URL', 'javascript:alert(1)', /only http/],
  ];
  for (const [what, src, message] of failures) {
    it(`keeps the authored content, shows a message and warns once on ${what}`, async () => {
      const warnings = captureWarnings();
      let el: ClinicFaq;
      try {
        el = await fixture<ClinicFaq>(html`<clinic-faq src=${src}>${authored}</clinic-faq>`);
        await settled(el);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(questionTexts(el)).to.deep.equal(['Authored question?']);
      expect(status(el).textContent).to.equal('This content could not be loaded right now.');
      expect(status(el).classList.contains('error')).to.equal(true);
      const srcWarnings = warnings.messages.filter((m) => m.startsWith('<clinic-faq> src:'));
      expect(srcWarnings, warnings.messages.join('\n')).to.have.length(1);
      expect(srcWarnings[0]).to.match(message);
    });
  }

  it('shows the error in Spanish inside lang="es"', async () => {
    const warnings = captureWarnings();
    let el: ClinicFaq;
    try {
      el = await fixture<ClinicFaq>(html`<clinic-faq lang="es" src=${route({ status: 500, body: '' })}></clinic-faq>`);
      await settled(el);
    } finally {
      warnings.restore();
    }
    expect(status(el).textContent).to.equal('No se pudo cargar este contenido en este momento.');
  });
});

describe('<clinic-faq> items property', () => {
  it('renders developer items with sanitised answers and takes precedence over the markup', async () => {
    const warnings = captureWarnings();
    let el: ClinicFaq;
    try {
      el = await fixture<ClinicFaq>(html`<clinic-faq
        .items=${[{ id: 'dev', question: 'Developer question?', answer: '<p onclick="alert(1)">Hi <script>alert(1)</script></p>' }]}
        >${authored}</clinic-faq
      >`);
    } finally {
      warnings.restore();
    }
    expect(questionTexts(el)).to.deep.equal(['Developer question?']);
    expect(el.shadowRoot!.querySelector('.answer')!.innerHTML).to.contain('<p>Hi </p>');
    expect(el.questions[0]!.id).to.equal('dev');
    el.items = null;
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(['Authored question?']);
  });

  it('warns about items that are not an array', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ClinicFaq>(html`<clinic-faq .items=${'nope' as never}></clinic-faq>`);
      expect(questionTexts(el)).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages[0]).to.equal(
      '<clinic-faq> items: items must be an array of { id?, question, answer }; ignored',
    );
  });
});

describe('<clinic-faq> content added later', () => {
  it('picks up <details> a CMS adds or edits after upgrade, keeping open answers open', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${authored}</clinic-faq>`);
    el.toggle('mine', true);
    const details = document.createElement('details');
    details.innerHTML = '<summary>Added later?</summary><p>Yes.</p>';
    el.append(details);
    await waitUntil(() => questionTexts(el).length === 2, 'the new item never appeared');
    expect(questionTexts(el)).to.deep.equal(['Authored question?', 'Added later?']);
    expect(el.questions.map((q) => q.open)).to.deep.equal([true, false]);
    el.querySelector('summary')!.textContent = 'Edited question?';
    await waitUntil(() => questionTexts(el)[0] === 'Edited question?', 'the edit never showed');
  });
});

describe('<clinic-faq structured-data>', () => {
  const scripts = () =>
    Array.from(document.head.querySelectorAll<HTMLScriptElement>('script[data-clinic-elements="clinic-faq"]'));

  it('writes one FAQPage to the head, keeps it in sync and removes it on disconnect', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq structured-data>${authored}</clinic-faq>`);
    expect(scripts()).to.have.length(1);
    const data = JSON.parse(scripts()[0]!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Authored question?',
          acceptedAnswer: { '@type': 'Answer', text: '<p>Authored answer.</p>' },
        },
      ],
    });
    // The FAQPage shape: every Question has a name and an Answer with text.
    for (const question of data.mainEntity) {
      expect(question['@type']).to.equal('Question');
      expect(question.name).to.be.a('string').and.not.empty;
      expect(question.acceptedAnswer['@type']).to.equal('Answer');
      expect(question.acceptedAnswer.text).to.be.a('string').and.not.empty;
    }
    el.items = [{ question: 'Q </script><script>alert(1)</script>', answer: 'A' }];
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    expect(scripts()[0]!.textContent).not.to.contain('</script>');
    expect(JSON.parse(scripts()[0]!.textContent!).mainEntity[0].name).to.equal('Q </script><script>alert(1)</script>');
    el.structuredData = false;
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    el.remove();
    expect(scripts()).to.have.length(0);
    document.body.append(el);
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    el.remove();
  });
});

describe('<clinic-faq> without JavaScript', () => {
  it('shows the authored questions and open answers before and without the element', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <clinic-faq><details open><summary>Is ketamine addictive?</summary><p>It can be misused.</p></details>
      <details><summary>How fast does it help?</summary><p>Often within hours.</p></details></clinic-faq></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('clinic-faq')).to.equal(undefined);
      const [first, second] = Array.from(doc.querySelectorAll('details'));
      expect(doc.body.innerText).to.contain('Is ketamine addictive?');
      expect(doc.body.innerText).to.contain('It can be misused.');
      expect(doc.body.innerText).to.contain('How fast does it help?');
      expect(first!.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(second!.querySelector('summary')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('upgrades authored markup that was on the page before the element was defined', async () => {
    const wrapper = await fixture(html`<div>
      <late-clinic-faq><details open><summary>Before upgrade?</summary><p>Visible.</p></details></late-clinic-faq>
    </div>`);
    const late = wrapper.firstElementChild as HTMLElement;
    expect(late.matches(':not(:defined)')).to.equal(true);
    expect(late.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    customElements.define('late-clinic-faq', class extends ClinicFaq {});
    const el = late as ClinicFaq;
    await el.updateComplete;
    await nextFrame();
    expect(questionTexts(el)).to.deep.equal(['Before upgrade?']);
    expect(el.questions[0]!.open).to.equal(true);
    expect(el.shadowRoot!.querySelector('.answer')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
