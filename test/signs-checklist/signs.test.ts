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

  it('gives ketamine its bladder sign, shown with its own advice but not counted, and drops withdrawal', () => {
    const signs = builtInSigns('ketamine');
    const ids = signs.map((s) => s.id);
    expect(ids).to.include('bladder').and.not.include('withdrawal');
    expect(ids).to.have.length(11);
    const bladder = signs.find((s) => s.id === 'bladder')!;
    expect(bladder).to.deep.include({ counts: false, hint: 'signs.hint.bladder' });
    expect(signs.filter((s) => s.counts !== false)).to.have.length(10);
    expect(builtInSigns('custom').map((s) => s.id)).to.deep.equal(builtInSigns('default').map((s) => s.id));
  });

  it('puts the supervised-medicine note right after the signs it is about, never under the bladder sign', () => {
    const general = builtInSigns('default');
    expect(general.filter((s) => s.notesAfter).map((s) => [s.id, s.notesAfter])).to.deep.equal([
      ['withdrawal', ['signs.note.supervised']],
    ]);
    expect(general.map((s) => s.id).slice(-2)).to.deep.equal(['tolerance', 'withdrawal']);
    const ketamine = builtInSigns('ketamine');
    expect(ketamine.filter((s) => s.notesAfter).map((s) => [s.id, s.notesAfter])).to.deep.equal([
      ['tolerance', ['signs.note.supervisedKetamine', 'signs.note.afterStoppingKetamine']],
    ]);
    expect(ketamine.map((s) => s.id).slice(-2)).to.deep.equal(['tolerance', 'bladder']);
    expect(signsStrings.en['signs.note.supervised']).to.match(/^About the two signs above/);
    expect(signsStrings.en['signs.note.supervisedKetamine']).to.match(/^About the sign above/);
  });

  it('words the bladder sign with blood in the urine, and "giving up activities" with its cause', () => {
    expect(signsStrings.en['signs.item.bladder']).to.contain('blood in your urine');
    expect(signsStrings.es['signs.item.bladder']).to.contain('sangre en la orina');
    expect(signsStrings.en['signs.hint.bladder']).to.contain('see a doctor');
    expect(signsStrings.en['signs.item.activities']).to.match(/because of \{substance\}$/);
    expect(signsStrings.es['signs.item.activities']).to.match(/por consumir \{substance\}$/);
    expect(signsStrings.en['signs.note.afterStoppingKetamine']).to.contain('not count this as withdrawal');
  });

  it('has wording for every built-in sign and group in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const table = signsStrings[lang] as Record<string, unknown>;
      for (const sign of [...builtInSigns('default'), ...builtInSigns('ketamine')]) {
        for (const key of [sign.key, sign.hint, ...(sign.notesAfter ?? [])].filter(Boolean)) {
          expect(table[key!], `${lang} ${key}`).to.be.a('string').and.not.empty;
        }
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
