import { expect, fixture, html } from '@open-wc/testing';
import {
  assignIds,
  fold,
  fromDetails,
  fromInput,
  fromJsonLd,
  matches,
  matchesInAnswer,
  MAX_ITEMS,
  queryWords,
  questionParts,
  readFaq,
  slugify,
  toJsonLd,
} from '../../src/faq/faq-items.js';
import { MAX_NODES } from '../../src/internal/sanitize.js';

const faqPage = (mainEntity: unknown) => ({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity });
const question = (name: string, text: string, extra: object = {}) => ({
  '@type': 'Question',
  name,
  acceptedAnswer: { '@type': 'Answer', text },
  ...extra,
});

describe('faq-items: slugs and ids', () => {
  it('slugifies questions into readable ids, accents folded, any script kept', () => {
    expect(slugify('Is ketamine addictive?')).to.equal('is-ketamine-addictive');
    expect(slugify('¿Qué es la ketamina?')).to.equal('que-es-la-ketamina');
    expect(slugify('Кетамин — это?')).to.equal('кетамин-это');
    expect(slugify('?!')).to.equal('question');
    expect(slugify('a'.repeat(100)).length).to.equal(64);
  });

  it('keeps authored ids, slugs the rest, and de-duplicates', () => {
    const answer = document.createElement('div');
    const drafts = [
      { question: 'Cost?', answer, open: false },
      { question: 'Cost?', answer, open: false },
      { id: 'cost', question: 'Other', answer, open: false },
      { id: ' mine ', question: 'Mine', answer, open: false },
    ];
    expect(assignIds(drafts).map((item) => item.id)).to.deep.equal(['cost', 'cost-2', 'cost-3', 'mine']);
    expect(assignIds(drafts.slice(0, 1), (id) => id === 'cost').map((item) => item.id)).to.deep.equal(['cost-2']);
  });

  it('gives 10,000 questions of one name their ids in one pass each (it took every earlier suffix again)', () => {
    const answer = document.createElement('div');
    const drafts = Array.from({ length: 10_000 }, () => ({ question: 'Same?', answer, open: false }));
    const ids = assignIds(drafts, (id) => id === 'same-3').map((item) => item.id);
    expect(ids.slice(0, 4)).to.deep.equal(['same', 'same-2', 'same-4', 'same-5']);
    expect(new Set(ids).size).to.equal(10_000);
  });
});

describe('faq-items: authored <details>', () => {
  it('reads questions, answers (cloned, untouched) and the open state of direct <details> children', async () => {
    const host = await fixture(html`<div>
      <details id="addictive" open><summary>  Is ketamine
        addictive? </summary><p class="author">Rarely, <a href="#x" onclick="void 0">when</a> supervised.</p></details>
      <details><summary>How fast?</summary>Hours.</details>
      <details><p>No summary</p></details>
      <p>Not a question</p>
      <div><details><summary>Nested</summary>x</details></div>
    </div>`);
    const { drafts, warnings } = fromDetails(host);
    expect(drafts.map((d) => [d.id, d.question, d.open])).to.deep.equal([
      ['addictive', 'Is ketamine addictive?', true],
      [undefined, 'How fast?', false],
    ]);
    expect(drafts[0]!.answer.querySelector('p.author a')!.getAttribute('onclick')).to.equal('void 0');
    expect(drafts[0]!.answer.querySelector('summary')).to.equal(null);
    expect(host.querySelector('details p.author')).to.exist; // the authored content stays where it was
    expect(warnings).to.have.length(1);
  });
});

describe('faq-items: schema.org FAQPage', () => {
  it('reads questions and sanitised answers, ids from @id or url fragments', () => {
    const result = fromJsonLd(
      faqPage([
        question('Is it addictive?', '<p>Rarely.<script>alert(1)</script></p>', {
          '@id': 'https://x.example/faq#addictive',
        }),
        question('How fast?', 'Within <b onclick="x()">hours</b>.', { url: 'https://x.example/faq#how%20fast' }),
        { '@type': 'Question', name: 'Suggested', suggestedAnswer: [{ '@type': 'Answer', text: 'Maybe' }] },
        { '@type': 'Question', name: 'No answer' },
        question('Bad escape', 'x', { '@id': '#100%' }),
        { '@type': 'Question', acceptedAnswer: { text: 'No name' } },
        'junk',
      ]),
    );
    if ('error' in result) throw new Error(result.error);
    expect(result.drafts.map((d) => [d.id, d.question, d.answer.innerHTML])).to.deep.equal([
      ['addictive', 'Is it addictive?', '<p>Rarely.</p>'],
      ['how fast', 'How fast?', 'Within <b>hours</b>.'],
      [undefined, 'Suggested', 'Maybe'],
      ['100%', 'Bad escape', 'x'],
    ]);
    expect(result.warnings.some((w) => w.includes('<script>'))).to.equal(true);
    expect(result.warnings.filter((w) => w.includes('skipped'))).to.have.length(2);
  });

  it('finds the FAQPage in @graph and arrays, with prefixed types', () => {
    const result = fromJsonLd([
      { '@graph': [{ '@type': 'WebPage' }, { ...faqPage(question('Q', 'A')), '@type': 'schema:FAQPage' }] },
    ]);
    expect('drafts' in result && result.drafts[0]!.question).to.equal('Q');
  });

  it('reports a wrong type or an empty page as an error', () => {
    expect(fromJsonLd({ '@type': 'Article' })).to.deep.equal({ error: 'no schema.org FAQPage found' });
    expect(fromJsonLd(faqPage([]))).to.have.property('error');
    expect(fromJsonLd(null)).to.have.property('error');
  });

  it('resolves relative links against the base URL', () => {
    const result = fromJsonLd(
      faqPage(question('Q', '<a href="help">help</a>')),
      'https://partner.example/data/faq.jsonld',
    );
    expect('drafts' in result && result.drafts[0]!.answer.querySelector('a')!.href).to.equal(
      'https://partner.example/data/help',
    );
  });

  it('round-trips through toJsonLd into the FAQPage shape', () => {
    const result = fromJsonLd(faqPage([question('Q1', '<p>A1</p>'), question('Q2', 'A2')]));
    if ('error' in result) throw new Error(result.error);
    const out = toJsonLd(assignIds(result.drafts));
    expect(out).to.deep.equal(faqPage([question('Q1', '<p>A1</p>'), question('Q2', 'A2')]));
  });
});

describe('faq-items: the items property', () => {
  it('accepts { id?, question, answer } and sanitises answers', () => {
    const { drafts, warnings } = fromInput([
      { id: 'a', question: 'Q?', answer: '<p onmouseover="x()">A <iframe src="https://evil.example"></iframe></p>' },
      { question: 'No answer' },
      { question: 42, answer: 'x' },
      null,
    ]);
    expect(drafts.map((d) => [d.id, d.question, d.answer.innerHTML])).to.deep.equal([['a', 'Q?', '<p>A </p>']]);
    expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(3);
    expect(warnings.some((w) => w.includes('<iframe>'))).to.equal(true);
  });

  it('warns about a value that is not an array', () => {
    expect(fromInput('nope' as unknown).warnings[0]).to.contain('must be an array');
  });

  it(`builds at most ${MAX_NODES} nodes for all the answers together, with a warning`, () => {
    const answer = '<p>x</p>'.repeat(150); // 300 nodes each
    const { drafts, warnings } = fromInput(Array.from({ length: 40 }, (_, i) => ({ question: `Q${i}?`, answer })));
    const count = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    };
    const built = drafts.reduce((sum, d) => sum + count(d.answer), 0);
    expect(built).to.be.at.most(MAX_NODES);
    expect(drafts[0]!.answer.querySelectorAll('p')).to.have.length(150);
    expect(drafts[39]!.answer.textContent).to.equal('');
    expect([...new Set(warnings.filter((w) => w.includes('cut off')))]).to.deep.equal([
      `answer sanitised: content over ${MAX_NODES} nodes in all, 32 levels deep or 100000 characters was cut off`,
    ]);
  });

  it(`reads the first ${MAX_ITEMS} items, with a warning (and a document's first ${MAX_ITEMS} questions)`, () => {
    const many = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => ({ question: `Q${i}?`, answer: `A${i}` }));
    const input = fromInput(many);
    expect(input.drafts).to.have.length(MAX_ITEMS);
    expect(input.warnings).to.deep.equal([`only the first ${MAX_ITEMS} questions are read`]);
    const page = fromJsonLd(faqPage(many.map(({ question: name, answer }) => question(name, answer))));
    expect('drafts' in page && page.drafts).to.have.length(MAX_ITEMS);
    expect('warnings' in page && page.warnings).to.deep.equal([`only the first ${MAX_ITEMS} questions are read`]);
  });
});

describe('faq-items: search', () => {
  const item = (q: string, a: string) => {
    const answer = document.createElement('div');
    answer.textContent = a;
    return { id: 'x', question: q, answer, open: false };
  };

  it('folds case and accents', () => {
    expect(fold('ÉSTÁ Ñandú')).to.equal('esta nandu');
    expect(queryWords('  Qué   TAL ')).to.deep.equal(['que', 'tal']);
  });

  it('matches every word in the question or the answer', () => {
    const it1 = item('¿Qué es la ketamina?', 'Un anestésico usado en depresión.');
    expect(matches(it1, queryWords('ketamina depresion'))).to.equal(true);
    expect(matches(it1, queryWords('KETAMINA'))).to.equal(true);
    expect(matches(it1, queryWords('ketamina adicción'))).to.equal(false);
  });

  it('tells when a word of the search is only in the answer', () => {
    const it1 = item('¿Qué es la ketamina?', 'Un anestésico usado en depresión.');
    expect(matchesInAnswer(it1, queryWords('KETAMINA'))).to.equal(false);
    expect(matchesInAnswer(it1, queryWords('depresion'))).to.equal(true);
    expect(matchesInAnswer(it1, queryWords('ketamina depresión')), 'one word of two in the answer').to.equal(true);
  });

  it('cuts a question into highlighted runs on the original characters', () => {
    const item = (question: string) => ({ id: 'q', question, answer: document.createElement('div'), open: false });
    expect(questionParts(item('¿Qué es? Que sí'), ['que'])).to.deep.equal([
      ['¿', false],
      ['Qué', true],
      [' es? ', false],
      ['Que', true],
      [' sí', false],
    ]);
    expect(questionParts(item('abc'), [])).to.deep.equal([['abc', false]]);
  });
});

describe('readFaq (which source the questions come from)', () => {
  const jsonLd = (name: string) =>
    `<script type="application/ld+json">${JSON.stringify(faqPage([question(name, '<p>Answer.</p>')]))}</script>`;
  const host = (markup: string) => {
    const element = document.createElement('div');
    element.innerHTML = markup;
    return element;
  };
  const idle = { status: 'idle' } as const;
  const questions = (reading: ReturnType<typeof readFaq>) => reading.drafts.map((draft) => draft.question);

  it('takes the items property first, even an empty list, and warns about anything else', () => {
    const element = host('<details><summary>Authored</summary>A.</details>');
    expect(
      questions(readFaq({ items: [{ question: 'Property', answer: 'A.' }], source: idle, host: element })),
    ).to.deep.equal(['Property']);
    expect(questions(readFaq({ items: [], source: idle, host: element }))).to.deep.equal([]);
    const notAList = readFaq({ items: 'nope', source: idle, host: element });
    expect(questions(notAList)).to.deep.equal(['Authored']);
    expect(notAList.warnings.map((w) => w.subject)).to.deep.equal(['items']);
  });

  it('takes the src document over the authored content, and says when it failed', () => {
    const element = host('<details><summary>Authored</summary>A.</details>');
    const loaded = {
      status: 'loaded',
      src: 'faq.jsonld',
      url: 'https://clinic.example/faq.jsonld',
      data: faqPage([question('From src', '<a href="cost">Cost</a>')]),
    } as const;
    const fromSrc = readFaq({ items: undefined, source: loaded, host: element });
    expect(questions(fromSrc)).to.deep.equal(['From src']);
    // Relative links in the document resolve against the document's own URL.
    expect(fromSrc.drafts[0]!.answer.querySelector('a')!.getAttribute('href')).to.equal('https://clinic.example/cost');
    expect(fromSrc.failed).to.equal(false);

    const failed = readFaq({
      items: undefined,
      source: { status: 'failed', src: 'faq.jsonld', reason: 'status', message: 'the server answered 404' },
      host: element,
    });
    expect(questions(failed)).to.deep.equal(['Authored']);
    expect(failed.failed).to.equal(true);
    expect(failed.warnings[0]!.message).to.contain('"faq.jsonld"').and.contain('404');

    const notFaq = readFaq({ items: undefined, source: { ...loaded, data: { '@type': 'Article' } }, host: element });
    expect(questions(notFaq)).to.deep.equal(['Authored']);
    expect(notFaq.failed).to.equal(true);
  });

  it('takes authored <details> over inline JSON-LD, and the first FAQPage script otherwise', () => {
    expect(
      questions(
        readFaq({
          items: undefined,
          source: idle,
          host: host(`<details><summary>Authored</summary>A.</details>${jsonLd('Inline')}`),
        }),
      ),
    ).to.deep.equal(['Authored']);
    const inline = readFaq({
      items: undefined,
      source: idle,
      host: host(`<script type="application/ld+json">{oops</script>${jsonLd('First')}${jsonLd('Second')}`),
    });
    expect(questions(inline)).to.deep.equal(['First']);
    expect(inline.warnings.map((w) => w.subject)).to.deep.equal(['json-ld']);
  });
});
