import { expect } from '@open-wc/testing';
import {
  builtInSigns,
  cleanSubstance,
  groupSigns,
  isGroupId,
  MAX_SUBSTANCE_LENGTH,
  substanceKind,
} from '../../src/signs-checklist/signs.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';

describe('signs (built-in lists)', () => {
  it('has the eleven general signs in four groups, with withdrawal and without the bladder sign', () => {
    const signs = builtInSigns('default');
    expect(signs).to.have.length(11);
    expect(signs.map((s) => s.id))
      .to.include('withdrawal')
      .and.not.include('bladder');
    expect(groupSigns(signs.map((s) => ({ ...s, text: s.id }))).map((g) => g.group)).to.deep.equal([
      'control',
      'life',
      'risk',
      'body',
    ]);
    expect(signs.filter((s) => s.group === 'control').map((s) => s.id)).to.deep.equal([
      'more',
      'cutDown',
      'time',
      'craving',
    ]);
  });

  it('gives ketamine its bladder sign and drops withdrawal', () => {
    const ids = builtInSigns('ketamine').map((s) => s.id);
    expect(ids).to.include('bladder').and.not.include('withdrawal');
    expect(ids).to.have.length(11);
    expect(builtInSigns('custom').map((s) => s.id)).to.deep.equal(builtInSigns('default').map((s) => s.id));
  });

  it('has wording for every built-in sign and group in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const table = signsStrings[lang] as Record<string, unknown>;
      for (const sign of [...builtInSigns('default'), ...builtInSigns('ketamine')]) {
        expect(table[sign.key], `${lang} ${sign.key}`).to.be.a('string').and.not.empty;
      }
      for (const group of ['control', 'life', 'risk', 'body']) expect(table[`signs.group.${group}`]).to.be.a('string');
      for (const band of ['none', 'few', 'some', 'several', 'many'])
        expect(table[`signs.result.${band}`]).to.be.a('string');
    }
    expect(Object.keys(signsStrings.es).sort()).to.deep.equal(Object.keys(signsStrings.en).sort());
  });

  it('never words a result as a diagnosis or a severity', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const band of ['none', 'few', 'some', 'several', 'many']) {
        const text = String((signsStrings[lang] as Record<string, unknown>)[`signs.result.${band}`]);
        expect(text).not.to.match(/\b(mild|moderate|severe|you (are|have) (an? )?addict|leve|moderad|grave)\b/i);
      }
    }
  });

  it('reads the substance attribute', () => {
    expect(substanceKind(undefined)).to.equal('default');
    expect(substanceKind('  ')).to.equal('default');
    expect(substanceKind(' Ketamine ')).to.equal('ketamine');
    expect(substanceKind('ketamina')).to.equal('ketamine');
    expect(substanceKind('opioids')).to.equal('custom');
    expect(cleanSubstance('  prescription \n opioids ')).to.equal('prescription opioids');
    expect([...cleanSubstance('x'.repeat(200))]).to.have.length(MAX_SUBSTANCE_LENGTH);
    expect(isGroupId('body')).to.equal(true);
    expect(isGroupId('Body')).to.equal(false);
    expect(isGroupId(3)).to.equal(false);
  });

  it('groups signs in order of first appearance, keeping ungrouped ones together', () => {
    const groups = groupSigns([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B', group: 'Money' },
      { id: 'c', text: 'C' },
      { id: 'd', text: 'D', group: 'Money' },
    ]);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.id)])).to.deep.equal([
      [null, ['a', 'c']],
      ['Money', ['b', 'd']],
    ]);
  });
});
