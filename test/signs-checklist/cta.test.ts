import { expect } from '@open-wc/testing';
import { parseCrisis, safeContactUrl, US_CRISIS_RESOURCES } from '../../src/signs-checklist/cta.js';

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

  it('lists 988 (call and text), the SAMHSA helpline and 911', () => {
    const hrefs = US_CRISIS_RESOURCES.flatMap((r) => r.links.map((l) => l.href));
    expect(hrefs).to.deep.equal(['tel:988', 'sms:988', 'tel:+18006624357', 'tel:911']);
  });
});
