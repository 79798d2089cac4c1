import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/contact-card/define.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import { clinicFromJsonLd, clinicJsonLd, normalizeClinic } from '../../src/contact-card/clinic.js';
import { captureWarnings } from '../helpers/console.js';

const CLINIC = {
  '@type': 'MedicalClinic',
  name: 'Alternative Pathways',
  telephone: '+1-385-287-1469',
};
const PUBLISHER = { '@type': 'Organization', name: 'Utah Recovery Network', url: 'https://network.example/' };

const inline = (data: unknown) => unsafeHTML(`<script type="application/ld+json">${JSON.stringify(data)}</script>`);
const route = (data: unknown) => `/__test__/json?${new URLSearchParams({ body: JSON.stringify(data) })}`;
const credit = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=credit]');
const creditText = (el: Element) => credit(el)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
const written = () =>
  JSON.parse(document.head.querySelector('script[data-clinic-elements="clinic-contact-card"]')?.textContent ?? 'null');

describe('<clinic-contact-card> credit', () => {
  it('credits the publisher of the page about the clinic (its subjectOf) with a link', async () => {
    const data = {
      '@context': 'https://schema.org',
      ...CLINIC,
      subjectOf: { '@type': 'WebPage', publisher: PUBLISHER },
    };
    const el = await fixture<ClinicContactCard>(html`<clinic-contact-card>${inline(data)}</clinic-contact-card>`);
    expect(creditText(el)).to.equal('From Utah Recovery Network');
    const link = credit(el)!.querySelector('a')!;
    expect(link.href).to.equal('https://network.example/');
    expect(link.rel).to.equal('noopener');
    await expect(el).to.be.accessible();
  });

  it('reads the author of a WebPage in the src document, relative links against its URL, and no review date', async () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        CLINIC,
        {
          '@type': 'ContactPage',
          author: { name: 'Alternative Pathways', url: 'contact' },
          lastReviewed: '2024-03-05',
        },
      ],
    };
    const el = await fixture<ClinicContactCard>(html`<clinic-contact-card src=${route(data)}></clinic-contact-card>`);
    await waitUntil(() => credit(el), 'no credit after loading', { timeout: 5000 });
    expect(creditText(el)).to.equal('From Alternative Pathways');
    expect(credit(el)!.querySelector('a')!.href).to.equal(new URL('/__test__/contact', location.href).href);
  });

  it('lets attributes set and override the credit, warns about a hostile URL, and hide-credit hides it', async () => {
    const warnings = captureWarnings();
    let el: ClinicContactCard;
    try {
      el = await fixture<ClinicContactCard>(
        html`<clinic-contact-card name="Alternative Pathways" phone="385-287-1469" publisher="Partner Health"
          publisher-url="javascript:alert(1)"></clinic-contact-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(creditText(el)).to.equal('From Partner Health');
    expect(credit(el)!.querySelector('a')).to.equal(null);
    expect(warnings.messages).to.deep.equal([
      '<clinic-contact-card> publisher-url: "javascript:alert(1)" is not an http(s) URL; left out.',
    ]);
    el.publisherUrl = 'https://partner.example/';
    await el.updateComplete;
    expect(credit(el)!.querySelector('a')!.href).to.equal('https://partner.example/');
    el.hideCredit = true;
    await el.updateComplete;
    expect(credit(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Partner Health');
  });

  it('keeps the credit in the JSON-LD it writes, as the subjectOf of the clinic, which reads back the same', async () => {
    const data = {
      '@context': 'https://schema.org',
      ...CLINIC,
      subjectOf: { '@type': 'WebPage', publisher: PUBLISHER },
    };
    const el = await fixture<ClinicContactCard>(
      html`<clinic-contact-card structured-data hide-credit>${inline(data)}</clinic-contact-card>`,
    );
    const out = written();
    expect(out.subjectOf).to.deep.equal({ '@type': 'WebPage', publisher: PUBLISHER });
    el.remove();
    const again = await fixture<ClinicContactCard>(html`<clinic-contact-card>${inline(out)}</clinic-contact-card>`);
    expect(creditText(again)).to.equal('From Utah Recovery Network');
  });

  it('says it in Spanish', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><clinic-contact-card name="Alternative Pathways" publisher="Alternative Pathways"></clinic-contact-card></div>`,
    );
    const el = wrapper.firstElementChild as ClinicContactCard;
    await el.updateComplete;
    expect(creditText(el)).to.equal('De Alternative Pathways');
  });
});

describe('the card reader: credit', () => {
  it('takes the publisher of the clinic’s subjectOf before a WebPage in the document, and no review date', () => {
    const graph = {
      '@graph': [
        { ...CLINIC, subjectOf: { '@type': 'WebPage', author: 'Alternative Pathways', lastReviewed: '2024-01-01' } },
        { '@type': 'WebPage', publisher: PUBLISHER },
      ],
    };
    const { clinic, warnings } = normalizeClinic([clinicFromJsonLd(graph)!]);
    expect(warnings).to.deep.equal([]);
    expect(clinic.credit).to.deep.equal({
      publisher: undefined,
      author: { '@type': 'Organization', name: 'Alternative Pathways' },
    });
    expect(clinicJsonLd(clinic).subjectOf).to.deep.equal({
      '@type': 'WebPage',
      author: { '@type': 'Organization', name: 'Alternative Pathways' },
    });
    const page = normalizeClinic([
      clinicFromJsonLd({ '@graph': [CLINIC, { '@type': 'WebPage', publisher: PUBLISHER }] })!,
    ]);
    expect(page.clinic.credit!.publisher).to.deep.equal(PUBLISHER);
    expect(normalizeClinic([clinicFromJsonLd(CLINIC)!]).clinic).not.to.have.property('credit');
  });

  it('warns, under publisher, about a hostile URL of the credit it uses', () => {
    const data = {
      ...CLINIC,
      subjectOf: { publisher: { name: 'A', url: 'data:text/html,<script>alert(1)</script>' } },
    };
    const { clinic, warnings } = normalizeClinic([clinicFromJsonLd(data)!]);
    expect(clinic.credit!.publisher).to.deep.equal({ '@type': 'Organization', name: 'A' });
    expect(warnings).to.deep.equal([
      {
        subject: 'publisher',
        message: 'publisher url "data:text/html,<script>alert(1)</script>" is not an http(s) URL; left out.',
      },
    ]);
  });
});
