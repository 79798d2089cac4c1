import { expect } from '@open-wc/testing';
import { builtInSigns, cleanSubstance, groupSigns, isGroupId, MAX_SUBSTANCE_LENGTH, substanceKind } from '../../src/signs-checklist/signs.js';
import { itemsFromLightDom, MAX_ITEMS, MAX_TEXT_LENGTH, normalizeItems } from '../../src/signs-checklist/items.js';
import { bandFor, DEFAULT_THRESHOLDS, normalizeResults, parseThresholds } from '../../src/signs-checklist/result.js';
import { parseClinicPhone, parseCrisis, safeContactUrl, US_CRISIS_RESOURCES } from '../../src/signs-checklist/cta.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';

describe('signs (built-in lists)', () => {
  it('has the eleven general signs in four groups, with withdrawal and without the bladder sign', () => {
    const signs = builtInSigns('default');
    expect(signs).to.have.length(11);
    expect(signs.map((s) => s.id)).to.include('withdrawal').and.not.include('bladder');
    expect(groupSigns(signs.map((s) => ({ ...s, text: s.id }))).map((g) => g.group)).to.deep.equal([
      'control',
      'life',
      'risk',
      'body',
    ]);
    expect(signs.filter((s) => s.group === 'control').map((s) => s.id)).to.deep.equal(['more', 'cutDown', 'time', 'craving']);
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
      for (const band of ['none', 'few', 'some', 'several', 'many']) expect(table[`signs.result.${band}`]).to.be.a('string');
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

describe('items (normaliser)', () => {
  it('accepts strings and { id, text, group } objects, tidying whitespace', () => {
    const { items, warnings } = normalizeItems(['  Sleeping  badly ', { id: 'late', text: 'Late to work', group: ' life ' }]);
    expect(warnings).to.deep.equal([]);
    expect(items).to.deep.equal([
      { id: 'item-1', text: 'Sleeping badly' },
      { id: 'late', text: 'Late to work', group: 'life' },
    ]);
  });

  it('skips entries without text, with a warning each', () => {
    const { items, warnings } = normalizeItems(['', 42, null, { text: '   ' }, { id: 'x' }, 'Kept']);
    expect(items.map((i) => i.text)).to.deep.equal(['Kept']);
    expect(warnings).to.have.length(5);
    expect(warnings[0]).to.contain('item 1');
  });

  it('makes ids unique and safe', () => {
    const { items } = normalizeItems([
      { id: 'a', text: 'One' },
      { id: 'a', text: 'Two' },
      { id: '"><img src=x>', text: 'Three' },
      { id: '   ', text: 'Four' },
    ]);
    expect(items.map((i) => i.id)).to.deep.equal(['a', 'a-2', '-img-src-x-', 'item-4']);
  });

  it('keeps markup as plain text', () => {
    const { items } = normalizeItems(['<img src=x onerror=alert(1)>']);
    expect(items[0].text).to.equal('<img src=x onerror=alert(1)>');
  });

  it('caps long text and long lists', () => {
    const long = normalizeItems(['y'.repeat(MAX_TEXT_LENGTH + 20)]);
    expect([...long.items[0].text]).to.have.length(MAX_TEXT_LENGTH);
    expect(long.items[0].text.endsWith('…')).to.equal(true);
    expect(long.warnings).to.have.length(1);
    const many = normalizeItems(Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `Sign ${i}`));
    expect(many.items).to.have.length(MAX_ITEMS);
    expect(many.warnings).to.have.length(1);
  });

  it('treats a non-array as no items, with a warning', () => {
    expect(normalizeItems(undefined)).to.deep.equal({ items: [], warnings: [] });
    const result = normalizeItems('one, two');
    expect(result.items).to.deep.equal([]);
    expect(result.warnings).to.have.length(1);
  });

  it('reads <li> text from authored lists, with data-group and ids', () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <p>Intro</p>
      <ul data-group="control"><li id="more">Using <b>more</b> than meant</li><li data-group="body">Needing more</li><span>x</span></ul>
      <ol><li>Other</li></ol>
      <ul slot="crisis"><li>Call 988</li></ul>`;
    expect(itemsFromLightDom(host)).to.deep.equal([
      { text: 'Using more than meant', id: 'more', group: 'control' },
      { text: 'Needing more', group: 'body' },
      { text: 'Other' },
    ]);
  });
});

describe('result (bands)', () => {
  it('parses thresholds', () => {
    expect(parseThresholds('3, 5 ,8')).to.deep.equal({ thresholds: [3, 5, 8] });
    expect(parseThresholds(null)).to.deep.equal({ thresholds: DEFAULT_THRESHOLDS });
    expect(parseThresholds('')).to.deep.equal({ thresholds: DEFAULT_THRESHOLDS });
    for (const bad of ['2,4', '4,2,6', '2,2,6', '0,2,4', '-1,2,4', '1.5,2,4', 'a,b,c', '2,4,6,8', '2;4;6', '1e3,2000,3000']) {
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

describe('cta (calls to action)', () => {
  it('reads the crisis attribute', () => {
    expect(parseCrisis(null)).to.deep.equal({ mode: 'us' });
    expect(parseCrisis(' US ')).to.deep.equal({ mode: 'us' });
    expect(parseCrisis('none')).to.deep.equal({ mode: 'none' });
    const bad = parseCrisis('uk');
    expect(bad.mode).to.equal('us');
    expect(bad.warning).to.contain('"uk"');
  });

  it('reads the clinic phone', () => {
    const ok = parseClinicPhone('385-287-1469');
    expect(ok.phone?.e164).to.equal('+13852871469');
    expect(ok.phone?.national).to.equal('(385) 287-1469');
    expect(parseClinicPhone('')).to.deep.equal({ phone: null, text: '' });
    expect(parseClinicPhone(null)).to.deep.equal({ phone: null, text: '' });
    const bad = parseClinicPhone('call us: CLINIC-NOW');
    expect(bad.phone).to.equal(null);
    expect(bad.text).to.equal('call us: CLINIC-NOW');
    expect(bad.warning).to.contain('CLINIC-NOW');
  });

  it('keeps only http(s) contact URLs, relative ones included', () => {
    const base = 'https://clinic.example/page';
    expect(safeContactUrl('#contact', base)).to.deep.equal({ url: '#contact' });
    expect(safeContactUrl('https://clinic.example/contact', base)).to.deep.equal({ url: 'https://clinic.example/contact' });
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
