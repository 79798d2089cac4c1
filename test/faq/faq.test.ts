import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/faq/define.js';
import { ClinicFaq } from '../../src/faq/faq.js';
import { faqStyles } from '../../src/faq/faq.styles.js';
import { captureWarnings } from '../helpers/console.js';
import { emulate } from '../helpers/media.js';

const questions = (el: ClinicFaq) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.question'));
const panels = (el: ClinicFaq) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.answer'));
const visibleQuestions = (el: ClinicFaq) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.item:not([hidden]) .text')).map((t) =>
    t.textContent!.trim(),
  );
const focused = (el: ClinicFaq) => el.shadowRoot!.activeElement;
const isOpen = (el: ClinicFaq, i: number) =>
  questions(el)[i]!.getAttribute('aria-expanded') === 'true' && !panels(el)[i]!.hasAttribute('hidden');

/** A generous wait for the live region, which speaks once typing has paused (500 ms): slow engines on a busy machine need it. */
const PAUSE = { timeout: 5000 };

/** Waits until the update is rendered and every opening or closing animation has run to its end (however slow the machine). */
async function animationsDone(el: ClinicFaq): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

/** Jumps the opening animations to their end, so that axe sees the final colours. */
async function finishAnimations(el: ClinicFaq): Promise<void> {
  await el.updateComplete;
  el.shadowRoot!.getAnimations().forEach((animation) => animation.finish());
}

async function seedFaq(extra = html``): Promise<ClinicFaq> {
  return fixture<ClinicFaq>(html`<clinic-faq>
    <details id="addictive"><summary>Is ketamine addictive?</summary><p>It can be misused, which is why we supervise every dose.</p></details>
    <details open><summary>How does it work?</summary><p>It acts on the brain's glutamate system.</p></details>
    <details><summary>How fast does it help?</summary><p>Often within hours, not weeks.</p></details>
    ${extra}
  </clinic-faq>`);
}

function manyItems(n: number) {
  return Array.from({ length: n }, (_, i) => ({ question: `Question ${i + 1}?`, answer: `<p>Answer ${i + 1}</p>` }));
}

describe('<clinic-faq> accordion (APG)', () => {
  it('renders authored <details> as heading > button with aria-expanded and aria-controls', async () => {
    const el = await seedFaq();
    const buttons = questions(el);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Is ketamine addictive?',
      'How does it work?',
      'How fast does it help?',
    ]);
    buttons.forEach((button, i) => {
      const heading = button.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.children).to.have.length(1);
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel).to.equal(panels(el)[i]);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
    expect(panels(el)[1]!.textContent).to.contain('glutamate');
    expect(panels(el)[0]!.hasAttribute('hidden')).to.equal(true);
  });

  it('drops role=region when there are more than six panels', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq .items=${manyItems(7)}></clinic-faq>`);
    expect(panels(el)).to.have.length(7);
    expect(panels(el).every((p) => !p.hasAttribute('role') && !p.hasAttribute('aria-labelledby'))).to.equal(true);
  });

  it('uses heading-level, and warns and uses 3 for a bad one', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq heading-level="2" .items=${manyItems(1)}></clinic-faq>`);
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    const warnings = captureWarnings();
    try {
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      el.setAttribute('heading-level', 'h2');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    expect(warnings.messages[0]).to.equal('<clinic-faq> heading-level: "9" is not 1-6; using 3.');
  });

  it('goes back to level 3 quietly when heading-level is removed (as frameworks do on re-render)', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq heading-level="2" .items=${manyItems(1)}></clinic-faq>`);
    const warnings = captureWarnings();
    try {
      el.removeAttribute('heading-level');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('toggles with Enter and Space, keeps every question in the Tab order, and moves with arrows, Home and End', async () => {
    const el = await seedFaq();
    questions(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, 0)).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el, 0)).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(questions(el)[1]);
    // A visible focus ring, drawn inside the button so that nothing clips it.
    const ring = getComputedStyle(questions(el)[1]!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth)).to.be.at.most(0);
    await sendKeys({ press: 'Tab' });
    // The open answer holds no focusable content, so Tab goes on to the next question.
    expect(focused(el)).to.equal(questions(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(questions(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(questions(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(questions(el)[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(questions(el)[2]);
  });

  it('has no axe violations, closed and open', async () => {
    const el = await seedFaq();
    el.collapseAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.expandAll();
    await finishAnimations(el);
    await expect(el).to.be.accessible();
    el.searchable = true;
    el.controls = true;
    await finishAnimations(el);
    await expect(el).to.be.accessible();
  });

  it('fires clinic-faq-toggle (bubbling, composed) with id, question and open', async () => {
    const el = await seedFaq();
    const events: CustomEvent[] = [];
    document.addEventListener('clinic-faq-toggle', (e) => events.push(e as CustomEvent), { once: true });
    questions(el)[0]!.click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ id: 'addictive', question: 'Is ketamine addictive?', open: true });
    expect(events[0]!.composed).to.equal(true);
  });

  it('opens one answer at a time with single', async () => {
    const el = await seedFaq();
    el.expandAll();
    await el.updateComplete;
    el.single = true;
    await el.updateComplete;
    expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
    questions(el)[2]!.click();
    await el.updateComplete;
    expect([0, 1, 2].map((i) => isOpen(el, i))).to.deep.equal([false, false, true]);
    questions(el)[0]!.click();
    await el.updateComplete;
    expect([0, 1, 2].map((i) => isOpen(el, i))).to.deep.equal([true, false, false]);
  });

  it('honours only the first authored open answer under single', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq single>
      <details open><summary>A</summary>a</details><details open><summary>B</summary>b</details>
    </clinic-faq>`);
    expect([0, 1].map((i) => isOpen(el, i))).to.deep.equal([true, false]);
  });

  it('expandAll() and collapseAll(), and the controls buttons', async () => {
    const el = await seedFaq();
    el.expandAll();
    await el.updateComplete;
    expect([0, 1, 2].every((i) => isOpen(el, i))).to.equal(true);
    el.collapseAll();
    await el.updateComplete;
    expect([0, 1, 2].some((i) => isOpen(el, i))).to.equal(false);

    el.controls = true;
    await el.updateComplete;
    const [expand, collapse] = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.control'));
    expect(expand!.textContent).to.equal('Expand all');
    expect(collapse!.textContent).to.equal('Collapse all');
    expand!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([0, 1, 2].every((i) => isOpen(el, i))).to.equal(true);
    collapse!.click();
    await el.updateComplete;
    expect([0, 1, 2].some((i) => isOpen(el, i))).to.equal(false);
  });

  it('hides "Expand all" and ignores expandAll() with a warning under single', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq single controls .items=${manyItems(3)}></clinic-faq>`);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.control')).map((b) => b.textContent)).to.deep.equal([
      'Collapse all',
    ]);
    const warnings = captureWarnings();
    try {
      el.expandAll();
    } finally {
      warnings.restore();
    }
    await el.updateComplete;
    expect(questions(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
  });

  it('toggle(id, open) opens, closes and flips by id', async () => {
    const el = await seedFaq();
    expect(el.toggle('addictive')).to.equal(true);
    expect(el.toggle('addictive', true)).to.equal(true);
    expect(el.toggle('addictive')).to.equal(false);
    expect(el.toggle('nope')).to.equal(false);
    expect(el.questions.map((q) => q.id)).to.deep.equal(['addictive', 'how-does-it-work', 'how-fast-does-it-help']);
  });

  it('settles in the right state after rapid toggling', async () => {
    const el = await seedFaq();
    for (let i = 0; i < 7; i++) questions(el)[0]!.click();
    await animationsDone(el);
    expect(isOpen(el, 0)).to.equal(true);
    expect(panels(el)[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
    questions(el)[0]!.click();
    questions(el)[0]!.click();
    questions(el)[0]!.click();
    await animationsDone(el);
    expect(isOpen(el, 0)).to.equal(false);
    expect(panels(el)[0]!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<clinic-faq> deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens, scrolls to and focuses the item named by the hash on load', async () => {
    history.replaceState(null, '', '#how-fast-does-it-help');
    const el = await seedFaq();
    await nextFrame();
    expect(isOpen(el, 2)).to.equal(true);
    expect(focused(el)).to.equal(questions(el)[2]);
  });

  it('follows hashchange, and ignores hashes that name no item', async () => {
    const el = await seedFaq();
    location.hash = '#addictive';
    await waitUntil(() => isOpen(el, 0), 'the item did not open');
    await el.updateComplete;
    expect(focused(el)).to.equal(questions(el)[0]);
    location.hash = '#nothing-here';
    await aTimeout(50);
    expect(isOpen(el, 2)).to.equal(false);
  });

  it('clears a search that hides the linked item, and survives a malformed hash', async () => {
    const el = await seedFaq();
    el.searchable = true;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'glutamate';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal(['How does it work?']);
    location.hash = '#addictive';
    await waitUntil(() => isOpen(el, 0), 'the item did not open');
    expect(input.value).to.equal('');
    expect(visibleQuestions(el)).to.have.length(3);
    location.hash = '#%E0%A4%A';
    await aTimeout(50);
    expect(questions(el)).to.have.length(3);
  });

  it('opens an item of a src FAQ once it has loaded', async () => {
    history.replaceState(null, '', '#why-supervised');
    const body = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'First?', acceptedAnswer: { '@type': 'Answer', text: 'One' } },
        {
          '@type': 'Question',
          '@id': '#why-supervised',
          name: 'Why supervised?',
          acceptedAnswer: { '@type': 'Answer', text: 'Two' },
        },
      ],
    });
    const src = `/__test__/json?${new URLSearchParams({ body, delay: '100' })}`;
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${src}></clinic-faq>`);
    await waitUntil(() => questions(el).length === 2 && isOpen(el, 1), 'the linked item did not open');
    await el.updateComplete;
    expect(isOpen(el, 0)).to.equal(false);
    expect(focused(el)).to.equal(questions(el)[1]);
  });

  it('gives ids that are unique in the document', async () => {
    const ids = await fixture(html`<div>
      <p id="how-fast-does-it-help">A page element already uses this id.</p>
      <clinic-faq .items=${[
        { question: 'Cost?', answer: 'a' },
        { question: 'How fast does it help?', answer: 'b' },
      ]}></clinic-faq>
      <clinic-faq .items=${[{ question: 'Cost?', answer: 'c' }]}></clinic-faq>
    </div>`);
    const [first, second] = Array.from(ids.querySelectorAll<ClinicFaq>('clinic-faq'));
    await first!.updateComplete;
    await second!.updateComplete;
    expect(first!.questions.map((q) => q.id)).to.deep.equal(['cost', 'how-fast-does-it-help-2']);
    expect(second!.questions.map((q) => q.id)).to.deep.equal(['cost-2']);
  });
});

describe('<clinic-faq searchable>', () => {
  it('filters questions and answers as the reader types, accent-insensitively, and announces the count', async () => {
    const el = await seedFaq();
    el.searchable = true;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    const label = el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent).to.equal('Search the questions');
    const status = el.shadowRoot!.querySelector('.visually-hidden[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    const answerContent = panels(el)[1]!.firstElementChild;
    input.focus();
    await sendKeys({ type: 'GLUTAMATE' });
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal(['How does it work?']);
    await waitUntil(
      () => status.textContent!.trim() === '1 of 3 questions',
      'the count is announced once typing stops',
      PAUSE,
    );
    // Typing re-filters the same answers: nothing is rebuilt, so a selection or focus inside an answer survives.
    expect(panels(el)[1]!.firstElementChild).to.equal(answerContent);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await sendKeys({ type: 'ketamíne' });
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal(['Is ketamine addictive?']);
    const mark = el.shadowRoot!.querySelector('.question mark')!;
    expect(mark.textContent).to.equal('ketamine');
  });

  it('shows a helpful empty state, and everything again when cleared', async () => {
    const el = await seedFaq();
    el.searchable = true;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'zebra' });
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal([]);
    input.value = 'zebra <img src=x onerror=alert(1)>';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal([]);
    const empty = Array.from(el.shadowRoot!.querySelectorAll('.message')).find((m) =>
      m.textContent!.includes('No question'),
    )!;
    expect(empty.textContent).to.contain('zebra <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(visibleQuestions(el)).to.have.length(3);
  });

  it('keeps highlights and hidden rows right across many keystrokes, a changed list and a cleared box', async () => {
    const el = await fixture<ClinicFaq>(
      html`<clinic-faq searchable .items=${[
        { question: 'Can I drive after a session?', answer: '<p>No, not the same day.</p>' },
        { question: 'Is a driver needed?', answer: '<p>Yes: someone drives you home.</p>' },
        { question: 'What does it cost?', answer: '<p>See our prices.</p>' },
      ]}></clinic-faq>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    /** Each visible question as its text with the marked runs in [brackets]. */
    const shown = () =>
      Array.from(el.shadowRoot!.querySelectorAll('.item:not([hidden]) .text')).map((text) =>
        Array.from(text.childNodes)
          .filter((node) => node.nodeType !== Node.COMMENT_NODE)
          .map((node) => (node.nodeName === 'MARK' ? `[${node.textContent}]` : node.textContent))
          .join('')
          .trim(),
      );
    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    const steps: Array<[string, string[]]> = [
      ['d', ['Can I [d]rive after a session?', 'Is a [d]river nee[d]e[d]?', 'What [d]oes it cost?']],
      ['dr', ['Can I [dr]ive after a session?', 'Is a [dr]iver needed?']],
      ['dri', ['Can I [dri]ve after a session?', 'Is a [dri]ver needed?']],
      ['driv', ['Can I [driv]e after a session?', 'Is a [driv]er needed?']],
      ['drive', ['Can I [drive] after a session?', 'Is a [drive]r needed?']],
      ['driver', ['Is a [driver] needed?']],
      ['drive', ['Can I [drive] after a session?', 'Is a [drive]r needed?']],
      ['dr', ['Can I [dr]ive after a session?', 'Is a [dr]iver needed?']],
      // Found in an answer only: the question shows no marks.
      ['prices', ['What does it cost?']],
      ['dr cost', []],
      ['d', ['Can I [d]rive after a session?', 'Is a [d]river nee[d]e[d]?', 'What [d]oes it cost?']],
    ];
    for (const [query, expected] of steps) {
      await type(query);
      expect(shown(), query).to.deep.equal(expected);
    }
    // A new list while searching is searched and marked afresh.
    el.items = [
      { question: 'Do you drive me home?', answer: '<p>No.</p>' },
      { question: 'Parking?', answer: '<p>Free.</p>' },
    ];
    await el.updateComplete;
    expect(shown()).to.deep.equal(['[D]o you [d]rive me home?']);
    await type('');
    expect(shown()).to.deep.equal(['Do you drive me home?', 'Parking?']);
    expect(el.shadowRoot!.querySelector('mark')).to.equal(null);
  });

  it('speaks Spanish inside lang="es"', async () => {
    const wrapper = await fixture(html`<div lang="es">
      <clinic-faq searchable controls .items=${manyItems(2)}></clinic-faq>
    </div>`);
    const el = wrapper.querySelector('clinic-faq')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Buscar en las preguntas');
    expect(Array.from(el.shadowRoot!.querySelectorAll('.control')).map((b) => b.textContent)).to.deep.equal([
      'Abrir todas las respuestas',
      'Cerrar todas las respuestas',
    ]);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'answer 1';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role=status].visually-hidden')!;
    await waitUntil(() => status.textContent!.trim() === '1 de 2 preguntas', 'the Spanish count', PAUSE);
    expect(el.shadowRoot!.querySelector('.where')!.textContent!.trim()).to.equal(', Aparece en la respuesta');
    input.value = 'cebra';
    input.dispatchEvent(new Event('input'));
    await waitUntil(
      () =>
        status.textContent!.trim() ===
        'Ninguna pregunta coincide con “cebra”. Pruebe con menos palabras o con otras distintas.',
      'the Spanish no-match help',
      PAUSE,
    );
  });
});

describe('<clinic-faq searchable>: what a screen reader hears', () => {
  const statusOf = (el: ClinicFaq) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

  async function searchFaq(): Promise<{ el: ClinicFaq; input: HTMLInputElement }> {
    const el = await seedFaq();
    el.searchable = true;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    return { el, input };
  }

  /** What the page shows and the region holds once the element has rendered the next key press. */
  function afterNextKey(el: ClinicFaq, input: HTMLInputElement): Promise<{ shown: string[]; status: string }> {
    return new Promise((resolve) => {
      input.addEventListener(
        'input',
        async () => {
          await el.updateComplete;
          resolve({ shown: visibleQuestions(el), status: statusOf(el) });
        },
        { once: true },
      );
    });
  }

  it('says the count once typing stops, not after the first key', async () => {
    const { el, input } = await searchFaq();
    const first = afterNextKey(el, input);
    await sendKeys({ press: 'g' });
    // The list filters at once; the live region waits for a pause.
    expect(await first).to.deep.equal({ shown: ['How does it work?'], status: '' });
    await sendKeys({ type: 'lutamate' });
    await waitUntil(() => statusOf(el) === '1 of 3 questions', 'the count is said once typing stops', PAUSE);
    // The next key empties the region again (an empty region says nothing) until the next pause.
    const next = afterNextKey(el, input);
    await sendKeys({ press: 'Backspace' });
    expect((await next).status).to.equal('');
    await waitUntil(
      () => statusOf(el) === '1 of 3 questions',
      'the same count is said again after the next pause',
      PAUSE,
    );
  });

  it('says the no-match help, not "0 of 3"', async () => {
    const { el } = await searchFaq();
    await sendKeys({ type: 'zebra' });
    await waitUntil(
      () => statusOf(el) === 'No question matches “zebra”. Try fewer or different words.',
      'the no-match help is announced',
      PAUSE,
    );
    // Escape clears a search box: everything shows again and the region empties, silently.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(visibleQuestions(el)).to.have.length(3);
    await waitUntil(() => statusOf(el) === '', 'the region empties', PAUSE);
  });

  it("says when a question matches only in its answer, visibly and in the button's name", async () => {
    const { el } = await searchFaq();
    await sendKeys({ type: 'hours' });
    await el.updateComplete;
    expect(visibleQuestions(el)).to.deep.equal(['How fast does it help?']);
    const button = questions(el)[2]!;
    const note = button.querySelector<HTMLElement>('[part~="match-note"]')!;
    expect(note.textContent!.trim()).to.equal(', Found in the answer');
    // Visible, in the button (so it is part of the name a screen reader says), and not a mark in the question.
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(note).color).not.to.equal(getComputedStyle(button).backgroundColor);
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('How fast does it help?, Found in the answer');
    expect(button.querySelector('mark')).to.equal(null);
    // A question that holds every word of the search has marks and no note.
    const input = el.shadowRoot!.querySelector('input')!;
    input.select();
    await sendKeys({ type: 'fast' });
    await el.updateComplete;
    expect(button.querySelector('mark')!.textContent).to.equal('fast');
    expect(button.querySelector('[part~="match-note"]')).to.equal(null);
    // A search with one word in the question and one only in the answer: the note says part of it is there.
    input.select();
    // (No doubled letter: WebKit's driver drops the second of two equal keys in a row.)
    await sendKeys({ type: 'fast often' });
    await el.updateComplete;
    expect(button.querySelector('mark')!.textContent).to.equal('fast');
    expect(button.querySelector('[part~="match-note"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says nothing after it is removed from the page while a pause is pending', async () => {
    const wrapper = await fixture(html`<div>
      <clinic-faq searchable .items=${manyItems(3)}></clinic-faq>
      <clinic-faq searchable .items=${manyItems(3)}></clinic-faq>
    </div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll<ClinicFaq>('clinic-faq'));
    await first!.updateComplete;
    await second!.updateComplete;
    const input = first!.shadowRoot!.querySelector('input')!;
    input.value = 'question ';
    input.dispatchEvent(new Event('input'));
    input.focus();
    // Removed as the last key is handled, well before a pause could end.
    input.addEventListener('input', () => first!.remove(), { once: true });
    await sendKeys({ press: '2' });
    expect(first!.isConnected).to.equal(false);
    second!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'question 3' });
    // The second FAQ's pause began after the first's: once it speaks, the first would have spoken too.
    await waitUntil(() => statusOf(second!) === '1 of 3 questions', 'the connected FAQ speaks', PAUSE);
    await first!.updateComplete;
    expect(statusOf(first!)).to.equal('');
  });
});

describe('<clinic-faq> find-in-page', () => {
  it('lets find-in-page reach collapsed answers where the engine supports hidden=until-found', async () => {
    const el = await seedFaq();
    const panel = panels(el)[0]!;
    if ('onbeforematch' in HTMLElement.prototype) {
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      // What the browser does when find-in-page matches text in the collapsed answer.
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
      panel.removeAttribute('hidden');
      await el.updateComplete;
      expect(isOpen(el, 0)).to.equal(true);
    } else {
      expect(panel.getAttribute('hidden')).to.equal('');
      expect(panel.getBoundingClientRect().height).to.equal(0);
    }
  });
});

describe('<clinic-faq> motion and print', () => {
  afterEach(async () => {
    await emulate({ reducedMotion: 'no-preference', media: 'screen' });
  });

  it('animates only under prefers-reduced-motion: no-preference', async () => {
    const rules = faqStyles.cssText;
    const motion = rules.slice(rules.indexOf('@media (prefers-reduced-motion: no-preference)'));
    const outside = rules.replace(motion.slice(0, motion.indexOf('@keyframes')), '');
    expect(motion).to.match(/^@media \(prefers-reduced-motion: no-preference\) \{[^@]*transition:[^@]*animation:/);
    expect(outside).not.to.match(/(transition|animation):(?! none)/);

    const emulated = await emulate({ reducedMotion: 'reduce' });
    if (emulated) expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = await seedFaq();
    // An answer open from the start appears at once, without animating in.
    expect(getComputedStyle(panels(el)[1]!).animationName).to.equal('none');
    await nextFrame();
    await nextFrame();
    questions(el)[0]!.click();
    await el.updateComplete;
    const style = getComputedStyle(panels(el)[0]!);
    const chevron = getComputedStyle(el.shadowRoot!.querySelector('.chevron')!);
    const reduced = emulated || matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduced) {
      expect(style.animationName).to.equal('none');
      expect(parseFloat(chevron.transitionDuration)).to.be.below(0.001);
    } else {
      expect(style.animationName).to.equal('reveal');
      expect(chevron.transitionProperty).to.contain('rotate');
    }
    // Closing: a fade-out before the panel hides, or nothing at all under reduced motion.
    el.shadowRoot!.getAnimations().forEach((animation) => animation.finish());
    questions(el)[0]!.click();
    await el.updateComplete;
    await nextFrame();
    // The closing panel's transition, read from its style (a running animation may already be over on a slow machine).
    const closing = getComputedStyle(panels(el)[0]!);
    const longest = Math.max(...closing.transitionDuration.split(',').map((d) => parseFloat(d)));
    if (reduced) expect(longest).to.be.below(0.001);
    else {
      expect(closing.transitionProperty).to.contain('opacity');
      expect(longest).to.be.above(0.1);
    }
    panels(el)[0]!
      .getAnimations()
      .forEach((animation) => animation.finish());
    await nextFrame();
    expect(panels(el)[0]!.getBoundingClientRect().height).to.equal(0);
  });

  it('prints every answer expanded and hides the controls', async () => {
    const rules = faqStyles.cssText;
    const print = rules.slice(rules.indexOf('@media print'));
    expect(print).to.match(/\.answer\[hidden\] \{\s*display: block !important;/);
    expect(print).to.match(/\.tools,\s*\.chevron \{\s*display: none;/);
    const el = await seedFaq();
    await nextFrame();
    await nextFrame();
    if (await emulate({ media: 'print' })) {
      expect(panels(el)[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(panels(el)[0]!).opacity).to.equal('1');
      expect(el.shadowRoot!.querySelector('.chevron')!.getBoundingClientRect().width).to.equal(0);
    } else {
      expect(panels(el)[0]!.getBoundingClientRect().height).to.equal(0);
    }
  });
});
