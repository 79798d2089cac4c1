import { expect } from '@open-wc/testing';
import { buildVCard, escapeText, foldLine, vcardFileName } from '../../src/contact-card/vcard.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('vCard', () => {
  it('writes a vCard 4.0 with CRLF line endings', () => {
    const card = buildVCard({
      name: 'Alternative Pathways',
      tel: 'tel:+13852871469',
      email: 'care@example.org',
      url: 'https://example.org/',
      address: {
        streetAddress: '7050 S Highland Drive Suite 120',
        addressLocality: 'Cottonwood Heights',
        addressRegion: 'UT',
        postalCode: '84121',
        addressCountry: 'United States',
      },
    });
    expect(card).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'KIND:org',
        'FN:Alternative Pathways',
        'ORG:Alternative Pathways',
        'TEL;VALUE=uri;TYPE=work,voice:tel:+13852871469',
        'EMAIL;TYPE=work:care@example.org',
        'URL:https://example.org/',
        // Folded at 75 octets: the continuation line starts with a space.
        'ADR;TYPE=work:;;7050 S Highland Drive Suite 120;Cottonwood Heights;UT;84121',
        ' ;United States',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(card.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(card.replace(/\r\n /g, '')).to.contain('UT;84121;United States\r\n');
  });

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    // Line breaks some readers see (NEL, LS, PS) are escaped too; other control characters are dropped.
    expect(escapeText('a\u0085b\u2028c\u2029d\re')).to.equal('a\\nb\\nc\\nd\\ne');
    expect(escapeText('a\u0000b\u001bc\u007fd\u009be\tf')).to.equal('abcde f');
    const hostile = buildVCard({ name: 'Clinic\u2028EMAIL:x@evil.example\u0085TEL:+1\rURL:https://evil.example' });
    const lines = hostile.split('\r\n');
    expect(lines.filter((line) => /^(EMAIL|TEL|URL)/.test(line))).to.deep.equal([]);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(hostile).not.to.match(/[\u0000-\u0009\u000b-\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/);
    const card = buildVCard({ name: 'Smith, Jones; Partners', address: { streetAddress: 'Unit 4, 1 Main St' } });
    expect(card).to.contain('FN:Smith\\, Jones\\; Partners\r\n');
    expect(card).to.contain('ADR;TYPE=work:;;Unit 4\\, 1 Main St;;;;\r\n');
  });

  it('folds lines longer than 75 octets without splitting characters', () => {
    const long = 'FN:' + 'Clínica de Salud Mental y Adicciones Nuestra Señora de la Esperanza — Cottonwood Heights';
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    lines.forEach((line, i) => {
      expect(octets(line), line).to.be.at.most(75);
      if (i > 0) expect(line.startsWith(' ')).to.equal(true);
    });
    // Unfolding gives the original back.
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    expect(foldLine('short')).to.equal('short');
  });

  it('leaves out what is not known', () => {
    const card = buildVCard({});
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:\r\nEND:VCARD\r\n');
  });

  it('names the file after the clinic', () => {
    expect(vcardFileName('Alternative Pathways')).to.equal('alternative-pathways.vcf');
    expect(vcardFileName('Clínica Señora / Ñ')).to.equal('clinica-senora-n.vcf');
    expect(vcardFileName('***')).to.equal('contact.vcf');
    expect(vcardFileName(undefined)).to.equal('contact.vcf');
  });
});
