/**
 * The author's fallback inside an element stays visible until real content replaces it, and stays when loading fails:
 * a partner's `<p><a href>` inside `<clinic-faq src>` or `<clinic-contact-card src>` whose file is on another origin
 * without CORS (the failure partners meet first), 404 or slow; markup as a CMS writes it. The load error is a calm
 * note, and the console names the likely cause.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { captureWarnings } from '../helpers/console.js';
import { shadowOf } from '../helpers/shadow.js';

const faqPage = {
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: [{ '@type': 'Question', name: 'Loaded question?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }],
};
const clinic = { '@context': 'https://schema.org', '@type': 'MedicalClinic', name: 'Loaded Clinic' };

const json = (body: unknown, params: Record<string, string> = {}) =>
  `/__test__/json?${new URLSearchParams({ body: JSON.stringify(body), ...params })}`;

/** The same test server under the other spelling of its host: another origin, which sends no CORS header. */
function otherOrigin(): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}`;
}

/** Shown on screen: laid out with a size, and not hidden by any style. */
const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility === 'visible';
};

const note = (el: Element) => shadowOf(el).querySelector<HTMLElement>('.message.error');
const questions = (el: Element) =>
  Array.from(shadowOf(el).querySelectorAll('.question .text')).map((q) => q.textContent!.trim());

/** The note is the text colour, faded (the muted colour), not a warning red. */
function expectCalm(message: HTMLElement, host: Element): void {
  const rgb = (color: string) =>
    color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
  expect(rgb(getComputedStyle(message).color)).to.deep.equal(rgb(getComputedStyle(host).color));
}

describe('fallback: the author’s markup stays until real content replaces it', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('<clinic-faq src> on another origin without CORS keeps the partner’s link, with a calm note and the likely cause', async () => {
    const src = otherOrigin() + json(faqPage);
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${src}>
      <p><a href="https://clinic.example/faq">Questions about ketamine treatment, answered by the clinic</a></p>
    </clinic-faq>`);
    const link = el.querySelector('a')!;
    expect(visible(link), 'the link shows while loading').to.equal(true);
    await waitUntil(() => note(el), 'no load error shown', { timeout: 5000 });
    expect(note(el)!.textContent!.trim()).to.equal('This content could not be loaded right now.');
    expect(visible(link), 'the link stays after the failure').to.equal(true);
    expectCalm(note(el)!, el);
    const mine = warnings.messages.filter((m) => m.startsWith('<clinic-faq> src:'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.match(/network error: the server may not allow this site to read it/);
    expect(mine[0]).to.contain('Access-Control-Allow-Origin');
  });

  it('<clinic-faq src> on the same other origin loads once it sends CORS headers (so the case above is about CORS)', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${otherOrigin() + json(faqPage, { cors: '1' })}>
      <p><a href="https://clinic.example/faq">The clinic’s FAQ</a></p>
    </clinic-faq>`);
    await waitUntil(() => questions(el).length || note(el), 'never settled', { timeout: 5000 });
    expect(questions(el)).to.deep.equal(['Loaded question?']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('<clinic-faq src> keeps the fallback while loading, and replaces it with the loaded questions', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${json(faqPage, { delay: '300' })}>
      <p><a href="https://clinic.example/faq">The clinic’s FAQ</a></p>
    </clinic-faq>`);
    const link = el.querySelector('a')!;
    expect(shadowOf(el).querySelector('.message')!.textContent!.trim()).to.equal('Loading…');
    expect(visible(link)).to.equal(true);
    await waitUntil(() => questions(el).length, 'the questions never showed', { timeout: 5000 });
    expect(questions(el)).to.deep.equal(['Loaded question?']);
    expect(visible(link), 'the fallback gives way to the content').to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('<clinic-faq src> that answers 404 keeps authored questions and the other fallback markup', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${json(faqPage, { status: '404' })}>
      <p id="intro">Answers from the clinic:</p>
      <details><summary>Authored question?</summary><p>Authored answer.</p></details>
      <p id="more"><a href="https://clinic.example/faq">More questions</a></p>
    </clinic-faq>`);
    await waitUntil(() => note(el), 'no load error shown', { timeout: 5000 });
    expect(questions(el)).to.deep.equal(['Authored question?']);
    expect(visible(el.querySelector('#intro')!)).to.equal(true);
    expect(visible(el.querySelector('#more a')!)).to.equal(true);
    // The authored <details> show once, as the element's question, not again as fallback.
    expect(visible(el.querySelector('details')!)).to.equal(false);
    expect(warnings.messages.filter((m) => m.includes('answered 404'))).to.have.length(1);
  });

  it('<clinic-faq> with no questions at all keeps what the author wrote (as a CMS writes it)', async () => {
    // WordPress's autop wraps lines in <p> and adds <br>; the JSON-LD script stays hidden.
    const el = await fixture<ClinicFaq>(html`<clinic-faq>
      <p>Our questions and answers are coming soon.<br />
      Call <a href="tel:+13852871469">385-287-1469</a>.</p>
      Text straight inside the element.
    </clinic-faq>`);
    expect(visible(el.querySelector('p')!)).to.equal(true);
    expect(visible(el.querySelector('a')!)).to.equal(true);
    expect(el.innerText).to.contain('Text straight inside the element.');
    expect(questions(el)).to.deep.equal([]);
    // Questions added later by the CMS replace the fallback.
    el.insertAdjacentHTML('beforeend', '<details><summary>Added later?</summary><p>Yes.</p></details>');
    await waitUntil(() => questions(el).length, 'the added question never showed');
    expect(visible(el.querySelector('p')!)).to.equal(false);
  });

  it('<clinic-faq> keeps the fallback when `src` loads a document that holds no FAQ', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${json({ '@type': 'Thing' })}>
      <p><a href="https://clinic.example/faq">The clinic’s FAQ</a></p>
    </clinic-faq>`);
    await waitUntil(() => note(el), 'no load error shown', { timeout: 5000 });
    expect(visible(el.querySelector('a')!)).to.equal(true);
  });

  it('<clinic-contact-card src> on another origin without CORS keeps the partner’s link, with a calm note', async () => {
    const src = otherOrigin() + json(clinic);
    const el = await fixture<ClinicContactCard>(html`<clinic-contact-card src=${src} time-zone="America/Denver">
      <p><a href="https://clinic.example/contact">How to reach the clinic</a></p>
    </clinic-contact-card>`);
    const link = el.querySelector('a')!;
    expect(visible(link), 'the link shows while loading').to.equal(true);
    await waitUntil(() => note(el), 'no load error shown', { timeout: 5000 });
    expect(visible(link), 'the link stays after the failure').to.equal(true);
    expectCalm(note(el)!, el);
    const mine = warnings.messages.filter((m) => m.startsWith('<clinic-contact-card> src:'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('Access-Control-Allow-Origin');
  });

  it('<clinic-signs-checklist> turns the authored signs into checkboxes (real content replaces the fallback)', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist>
      <p>Check the signs privately:</p>
      <ul>
        <li>Using more than planned</li>
        <li>Trying to cut down without managing to</li>
      </ul>
      <div slot="crisis"><p>In danger? Call <a href="tel:112">112</a>.</p></div>
    </clinic-signs-checklist>`);
    const labels = Array.from(shadowOf(el).querySelectorAll('label.row')).map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Using more than planned', 'Trying to cut down without managing to']);
    expect(visible(el.querySelector('[slot=crisis] a')!), 'the author’s crisis content shows').to.equal(true);
  });
});
