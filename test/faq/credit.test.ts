import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/faq/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import { captureWarnings } from '../helpers/console.js';

const page = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  ...extra,
  mainEntity: [
    { '@type': 'Question', name: 'Is it safe?', acceptedAnswer: { '@type': 'Answer', text: '<p>Yes.</p>' } },
  ],
});
const CREDITED = page({
  publisher: { '@type': 'MedicalClinic', name: 'Alternative Pathways', url: 'https://clinic.example/' },
  lastReviewed: '2024-03-05',
  reviewedBy: { '@type': 'Person', name: 'Dr. Jane Roe' },
});
const inline = (data: unknown) => unsafeHTML(`<script type="application/ld+json">${JSON.stringify(data)}</script>`);
const route = (data: unknown) => `/__test__/json?${new URLSearchParams({ body: JSON.stringify(data) })}`;

const credit = (el: ClinicFaq) => el.shadowRoot!.querySelector<HTMLElement>('[part=credit]');
const creditText = (el: ClinicFaq) => credit(el)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
const link = (el: ClinicFaq) => credit(el)?.querySelector('a') ?? null;
const written = () =>
  JSON.parse(document.head.querySelector('script[data-clinic-elements="clinic-faq"]')?.textContent ?? 'null');

async function quietFixture(template: ReturnType<typeof html>) {
  const warnings = captureWarnings();
  try {
    const el = await fixture<ClinicFaq>(template);
    return { el, warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

describe('<clinic-faq> credit and review date', () => {
  it('credits the publisher with a link and says when and by whom the answers were reviewed (inline JSON-LD)', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${inline(CREDITED)}</clinic-faq>`);
    expect(creditText(el)).to.equal('From Alternative Pathways Medically reviewed March 5, 2024 by Dr. Jane Roe');
    expect(link(el)!.href).to.equal('https://clinic.example/');
    expect(link(el)!.textContent).to.equal('Alternative Pathways');
    expect(link(el)!.rel).to.equal('noopener');
    await expect(el).to.be.accessible();
  });

  it('shows nothing when the content names no publisher or review', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq>${inline(page({}))}</clinic-faq>`);
    expect(credit(el)).to.equal(null);
  });

  it('reads the credit of a FAQPage loaded from src, relative links against the src URL', async () => {
    const data = page({
      author: { '@type': 'Organization', name: 'Clinic', url: 'about' },
      lastReviewed: '2025-11-30',
    });
    const el = await fixture<ClinicFaq>(html`<clinic-faq src=${route(data)}></clinic-faq>`);
    await waitUntil(() => credit(el), 'no credit after loading', { timeout: 5000 });
    expect(creditText(el)).to.equal('From Clinic Medically reviewed November 30, 2025');
    expect(link(el)!.href).to.equal(new URL('/__test__/about', location.href).href);
  });

  it('lets attributes set or override the credit, in any order, and hide-credit hide it', async () => {
    const el = await fixture<ClinicFaq>(
      html`<clinic-faq publisher="Partner Health" reviewed="2025-01-15">${inline(CREDITED)}</clinic-faq>`,
    );
    expect(creditText(el)).to.equal('From Partner Health Medically reviewed January 15, 2025 by Dr. Jane Roe');
    expect(link(el)).to.equal(null);
    el.publisherUrl = 'https://partner.example/';
    el.reviewedBy = 'Dr. Ana Ruiz';
    await el.updateComplete;
    expect(link(el)!.href).to.equal('https://partner.example/');
    expect(creditText(el)).to.equal('From Partner Health Medically reviewed January 15, 2025 by Dr. Ana Ruiz');
    el.hideCredit = true;
    await el.updateComplete;
    expect(el.hasAttribute('hide-credit')).to.equal(true);
    expect(credit(el)).to.equal(null);
    const authored = await fixture<ClinicFaq>(
      html`<clinic-faq publisher="Alternative Pathways" reviewed="2024-03-05"
        ><details><summary>Q?</summary><p>A.</p></details></clinic-faq
      >`,
    );
    expect(creditText(authored)).to.equal('From Alternative Pathways Medically reviewed March 5, 2024');
  });

  it('warns once about a bad review date and hides only the date', async () => {
    const data = page({ publisher: 'Alternative Pathways', lastReviewed: '2024-02-30', reviewedBy: 'Dr. Jane Roe' });
    const { el, warnings } = await quietFixture(html`<clinic-faq>${inline(data)}</clinic-faq>`);
    expect(creditText(el)).to.equal('From Alternative Pathways Medically reviewed by Dr. Jane Roe');
    const capture = captureWarnings();
    try {
      el.publisher = 'Alternative Pathways';
      await el.updateComplete;
    } finally {
      capture.restore();
    }
    expect([...warnings, ...capture.messages].filter((m) => m.includes('lastReviewed'))).to.deep.equal([
      '<clinic-faq> json-ld: lastReviewed "2024-02-30" is not a date (YYYY-MM-DD); the review date is left out.',
    ]);
    const { el: attribute, warnings: more } = await quietFixture(
      html`<clinic-faq reviewed="last week">${inline(CREDITED)}</clinic-faq>`,
    );
    expect(more).to.deep.equal(['<clinic-faq> reviewed: "last week" is not a date (YYYY-MM-DD); ignored.']);
    expect(creditText(attribute)).to.contain('March 5, 2024');
  });

  it('drops a javascript: publisher URL with a warning and shows the name as text', async () => {
    const data = page({ publisher: { name: 'Alternative Pathways', url: 'javascript:alert(1)' } });
    const { el, warnings } = await quietFixture(
      html`<clinic-faq reviewed-by="Dr. Roe" publisher-url=" JaVaScRiPt:alert(2)">${inline(data)}</clinic-faq>`,
    );
    expect(creditText(el)).to.equal('From Alternative Pathways Medically reviewed by Dr. Roe');
    expect(link(el)).to.equal(null);
    expect(warnings).to.deep.equal([
      '<clinic-faq> json-ld: publisher url "javascript:alert(1)" is not an http(s) URL; left out.',
      '<clinic-faq> publisher-url: "JaVaScRiPt:alert(2)" is not an http(s) URL; left out.',
    ]);
  });

  it('writes the day in the reader’s language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><clinic-faq>${inline(CREDITED)}</clinic-faq></div>`);
    const el = wrapper.querySelector('clinic-faq')!;
    await el.updateComplete;
    expect(creditText(el)).to.equal(
      'De Alternative Pathways Revisión médica: 5 de marzo de 2024, a cargo de Dr. Jane Roe',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the credit in the JSON-LD it writes, which reads back to the same footer', async () => {
    const el = await fixture<ClinicFaq>(html`<clinic-faq structured-data hide-credit>${inline(CREDITED)}</clinic-faq>`);
    const data = written();
    expect(data).to.deep.include({
      publisher: { '@type': 'MedicalClinic', name: 'Alternative Pathways', url: 'https://clinic.example/' },
      lastReviewed: '2024-03-05',
      reviewedBy: { '@type': 'Person', name: 'Dr. Jane Roe' },
    });
    el.remove();
    const again = await fixture<ClinicFaq>(html`<clinic-faq>${inline(data)}</clinic-faq>`);
    expect(creditText(again)).to.equal('From Alternative Pathways Medically reviewed March 5, 2024 by Dr. Jane Roe');
  });
});
