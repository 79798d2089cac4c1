import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  creditAttributes,
  creditJsonLd,
  formatDay,
  isoDate,
  readCredit,
  withAttributes,
} from '../../src/internal/credit.js';
import { renderCredit } from '../../src/internal/credit-footer.js';
import { translate } from '../../src/internal/localize.js';
import { creditStrings } from '../../src/internal/strings.js';
import { captureWarnings } from '../helpers/console.js';

describe('credit: reading', () => {
  it('reads publisher, author and reviewer as text or as Organization/Person objects, the first usable of a list', () => {
    const { credit, warnings } = readCredit(
      {
        publisher: [
          { '@type': 'Organization' },
          { '@type': 'MedicalClinic', name: ' Alternative  Pathways ', url: '/' },
        ],
        author: 'Dr. Ana Ruiz',
        reviewedBy: { '@type': 'Person', name: 'Dr. Jane Roe, MD', url: 'https://clinic.example/jane' },
        lastReviewed: '2024-03-05',
      },
      'https://clinic.example/faq/faq.jsonld',
    );
    expect(warnings).to.deep.equal([]);
    expect(credit).to.deep.equal({
      publisher: { '@type': 'MedicalClinic', name: 'Alternative Pathways', url: 'https://clinic.example/' },
      author: { '@type': 'Organization', name: 'Dr. Ana Ruiz' },
      reviewedBy: { '@type': 'Person', name: 'Dr. Jane Roe, MD', url: 'https://clinic.example/jane' },
      lastReviewed: '2024-03-05',
    });
  });

  it('resolves a relative url against the base (the src document), and drops a hostile one with a warning', () => {
    expect(readCredit({ publisher: { name: 'A', url: 'about' } }, 'https://clinic.example/data/faq.jsonld').credit)
      .to.have.nested.property('publisher.url')
      .that.equals('https://clinic.example/data/about');
    const { credit, warnings } = readCredit(
      { publisher: { name: 'A', url: 'javascript:alert(1)' } },
      'https://x.example/',
    );
    expect(credit.publisher).to.deep.equal({ '@type': 'Organization', name: 'A' });
    expect(warnings).to.deep.equal(['publisher url "javascript:alert(1)" is not an http(s) URL; left out.']);
  });

  it('takes a real day, or the day of a date-time; warns about anything else', () => {
    expect(isoDate('2024-02-29')).to.equal('2024-02-29');
    expect(isoDate('2024-03-05T10:00:00-07:00')).to.equal('2024-03-05');
    for (const bad of ['2023-02-29', '2024-13-01', '5 March 2024', '2024-3-5', ''])
      expect(isoDate(bad)).to.equal(undefined);
    const { credit, warnings } = readCredit({ lastReviewed: '2024-02-30', publisher: 'A' });
    expect(credit.lastReviewed).to.equal(undefined);
    expect(credit.publisher!.name).to.equal('A');
    expect(warnings).to.deep.equal([
      'lastReviewed "2024-02-30" is not a date (YYYY-MM-DD); the review date is left out.',
    ]);
  });

  it('lets attributes override the data, and warns about bad attribute values (which count as unset)', () => {
    const data = readCredit({
      publisher: { name: 'Data', url: 'https://data.example/' },
      lastReviewed: '2024-03-05',
    }).credit;
    const base = 'https://partner.example/page';
    expect(withAttributes(data, { publisher: 'Attr' }, base).credit.publisher).to.deep.equal({
      '@type': 'Organization',
      name: 'Attr',
    });
    expect(withAttributes(data, { publisherUrl: '/clinic' }, base).credit.publisher!.url).to.equal(
      'https://partner.example/clinic',
    );
    const { credit, warnings } = withAttributes(
      data,
      { reviewed: 'yesterday', publisherUrl: 'javascript:alert(1)', reviewedBy: 'Dr. Roe' },
      base,
    );
    expect(credit.lastReviewed).to.equal('2024-03-05');
    expect(credit.publisher!.url).to.equal('https://data.example/');
    expect(credit.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr. Roe' });
    expect(warnings.map((w) => w.subject)).to.deep.equal(['publisher-url', 'reviewed']);
    // A publisher-url alone links the author when the data names no publisher.
    expect(
      withAttributes({ author: { '@type': 'Person', name: 'B' } }, { publisherUrl: 'https://b.example/' }).credit,
    ).to.deep.equal({ author: { '@type': 'Person', name: 'B', url: 'https://b.example/' } });
  });

  it('reads the credit properties of an element as text, warning about values of the wrong type', async () => {
    const element = Object.assign(document.createElement('div'), { publisher: 42, reviewed: { day: 1 } });
    const warnings = captureWarnings();
    try {
      expect(creditAttributes(element)).to.deep.equal({
        publisher: '42',
        publisherUrl: undefined,
        reviewed: undefined,
        reviewedBy: undefined,
      });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['<div> reviewed: expected a string, got object; ignored.']);
  });

  it('writes only what it has, as schema.org properties', () => {
    expect(creditJsonLd(readCredit({ publisher: 'A', lastReviewed: 'never' }).credit)).to.deep.equal({
      publisher: { '@type': 'Organization', name: 'A' },
    });
  });
});

describe('credit: the footer', () => {
  const t = (lang: string) => (key: string, vars?: Record<string, string | number>) =>
    translate(lang, creditStrings, key, vars);

  it('formats the day in the language, the same day in any time zone', () => {
    expect(formatDay('en', '2024-03-05')).to.equal('March 5, 2024');
    expect(formatDay('es', '2024-03-05')).to.equal('5 de marzo de 2024');
    expect(formatDay('en', '2024-01-01')).to.equal('January 1, 2024');
  });

  it('says who published it, with a link, and when and by whom it was reviewed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const credit = readCredit({
      publisher: { name: 'Alternative Pathways', url: 'https://clinic.example/' },
      lastReviewed: '2024-03-05',
      reviewedBy: 'Dr. Jane Roe',
    }).credit;
    render(renderCredit(credit, 'en', t('en')), host);
    expect(host.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'From Alternative Pathways Medically reviewed March 5, 2024 by Dr. Jane Roe',
    );
    const link = host.querySelector('a')!;
    expect(link.textContent).to.equal('Alternative Pathways');
    expect(link.href).to.equal('https://clinic.example/');
    expect(link.rel).to.equal('noopener');
    expect(host.querySelector('time')!.dateTime).to.equal('2024-03-05');
    render(renderCredit({ reviewedBy: credit.reviewedBy }, 'es', t('es')), host);
    expect(host.textContent!.trim()).to.equal('Revisión médica a cargo de Dr. Jane Roe');
    render(renderCredit({}, 'en', t('en')), host);
    expect(host.textContent!.trim()).to.equal('');
  });
});
