import { expect } from '@open-wc/testing';
import {
  CRISIS_POINTER_LINKS,
  parseCrisis,
  safeContactUrl,
  US_CRISIS_RESOURCES,
} from '../../src/signs-checklist/cta.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';

describe('cta (calls to action)', () => {
  it('reads the crisis attribute', () => {
    expect(parseCrisis(null)).to.deep.equal({ mode: 'us' });
    expect(parseCrisis(' US ')).to.deep.equal({ mode: 'us' });
    expect(parseCrisis('none')).to.deep.equal({ mode: 'none' });
    const bad = parseCrisis('uk');
    expect(bad.mode).to.equal('us');
    expect(bad.warning).to.contain('"uk"');
  });

  it('keeps only http(s) contact URLs, relative ones included', () => {
    const base = 'https://clinic.example/page';
    expect(safeContactUrl('#contact', base)).to.deep.equal({ url: '#contact' });
    expect(safeContactUrl('https://clinic.example/contact', base)).to.deep.equal({
      url: 'https://clinic.example/contact',
    });
    expect(safeContactUrl('', base)).to.deep.equal({ url: null });
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'mailto:a@b.example', 'http://[bad']) {
      const result = safeContactUrl(bad, base);
      expect(result.url, bad).to.equal(null);
      expect(result.warning, bad).to.be.a('string');
    }
  });

  it('lists 911 first, then 988 (call, text, chat), 988 for deaf readers, then SAMHSA apart, as a referral line', () => {
    expect(US_CRISIS_RESOURCES.map((r) => r.links.map((l) => l.href))).to.deep.equal([
      ['tel:911'],
      ['tel:988', 'sms:988', 'https://988lifeline.org/chat'],
      ['tel:711'],
      ['tel:+18006624357', 'tel:+18004874889'],
    ]);
    expect(CRISIS_POINTER_LINKS.map((l) => l.href)).to.deep.equal(['tel:988', 'sms:988']);
    // 988 answers a text of AYUDA in Spanish.
    expect(CRISIS_POINTER_LINKS[1]!.hrefEs).to.equal('sms:988?body=AYUDA');
    expect(signsStrings.en['signs.crisis.samhsa']).to.contain('referral line').and.not.contain('crisis');
    expect(signsStrings.en['signs.crisis.lifeline']).to.contain('press 2 for Spanish');
    expect(signsStrings.es['signs.crisis.lifeline']).to.contain('AYUDA');
  });

  it('names every crisis link by what it does, so a links list reads well out of context', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const link of [...CRISIS_POINTER_LINKS, ...US_CRISIS_RESOURCES.flatMap((r) => r.links)]) {
        const name = signsStrings[lang][link.key as keyof (typeof signsStrings)['en']] as string;
        // A verb or a named line, never a bare number.
        expect(name, link.key).to.match(/[A-Za-zÁ-ú]{3}/);
        if (link.href.startsWith('tel:+1800')) expect(name, link.key).to.contain('SAMHSA');
      }
    }
    expect(signsStrings.en['signs.crisis.samhsaCall']).to.equal("Call SAMHSA's helpline, 1-800-662-4357");
  });
});
