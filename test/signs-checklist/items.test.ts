import { expect } from '@open-wc/testing';
import { itemsFromLightDom, MAX_ITEMS, MAX_TEXT_LENGTH, normalizeItems } from '../../src/signs-checklist/items.js';

describe('items (normaliser)', () => {
  it('accepts strings and { id, text, group } objects, tidying whitespace', () => {
    const { items, warnings } = normalizeItems([
      '  Sleeping  badly ',
      { id: 'late', text: 'Late to work', group: ' life ' },
    ]);
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
