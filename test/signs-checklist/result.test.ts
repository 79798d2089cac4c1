import { expect } from '@open-wc/testing';
import { bandFor, DEFAULT_THRESHOLDS, normalizeResults, parseThresholds } from '../../src/signs-checklist/result.js';

describe('result (bands)', () => {
  it('parses thresholds', () => {
    expect(parseThresholds('3, 5 ,8')).to.deep.equal({ thresholds: [3, 5, 8] });
    expect(parseThresholds(null)).to.deep.equal({ thresholds: DEFAULT_THRESHOLDS });
    expect(parseThresholds('')).to.deep.equal({ thresholds: DEFAULT_THRESHOLDS });
    for (const bad of [
      '2,4',
      '4,2,6',
      '2,2,6',
      '0,2,4',
      '-1,2,4',
      '1.5,2,4',
      'a,b,c',
      '2,4,6,8',
      '2;4;6',
      '1e3,2000,3000',
    ]) {
      const parsed = parseThresholds(bad);
      expect(parsed.thresholds, bad).to.equal(DEFAULT_THRESHOLDS);
      expect(parsed.warning, bad).to.contain(bad);
    }
  });

  it('picks the band for a count', () => {
    const bands = [0, 1, 2, 3, 4, 5, 6, 11].map((n) => bandFor(n));
    expect(bands).to.deep.equal(['none', 'few', 'some', 'some', 'several', 'several', 'many', 'many']);
    expect(bandFor(1, [1, 2, 3])).to.equal('some');
    expect(bandFor(3, [1, 2, 3])).to.equal('many');
    expect(bandFor(NaN)).to.equal('none');
  });

  it('validates custom result wording', () => {
    expect(normalizeResults(undefined)).to.deep.equal({ messages: {}, warnings: [] });
    const { messages, warnings } = normalizeResults({ none: ' Thanks  for looking. ', many: 7, severe: 'x', few: '' });
    expect(messages).to.deep.equal({ none: 'Thanks for looking.' });
    expect(warnings).to.have.length(3);
    expect(normalizeResults(['x']).warnings).to.have.length(1);
    expect(normalizeResults('text').warnings).to.have.length(1);
  });
});
