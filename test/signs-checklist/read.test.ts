import { expect } from '@open-wc/testing';
import { readChecklist, type ChecklistInputs } from '../../src/signs-checklist/read.js';
import { signsStrings } from '../../src/signs-checklist/strings.js';
import { translate } from '../../src/internal/localize.js';

const t = (key: string, vars?: Record<string, string | number>) => translate('en', signsStrings, key, vars);
const read = (inputs: Partial<ChecklistInputs>) =>
  readChecklist(
    {
      items: undefined,
      results: undefined,
      authored: [],
      base: 'https://clinic.example/page',
      lang: 'en',
      crisisSlot: false,
      ...inputs,
    },
    t,
  );

describe('readChecklist', () => {
  it('gives the built-in signs, worded for the substance, and the defaults', () => {
    const { checklist, warnings } = read({});
    expect(warnings).to.deep.equal([]);
    expect(checklist.signs).to.have.length(11);
    expect(checklist.signs[0]!.text).to.contain('alcohol or drugs');
    expect(checklist).to.deep.include({
      kind: 'default',
      thresholds: [2, 4, 6],
      messages: {},
      contactUrl: null,
      crisis: 'us',
    });
    expect(checklist.phone).to.equal(undefined);
    const ketamine = read({ substance: 'Ketamine' }).checklist;
    expect(ketamine.kind).to.equal('ketamine');
    expect(ketamine.signs.map((sign) => sign.id)).to.include('bladder');
    expect(read({ substance: 'kratom' }).checklist.signs[0]!.text).to.contain('kratom');
  });

  it('takes the items property over authored signs, and authored signs over the built-in list', () => {
    const authored = [{ text: 'Authored sign' }];
    expect(read({ items: ['Own sign'], authored }).checklist.signs.map((s) => s.text)).to.deep.equal(['Own sign']);
    expect(read({ authored }).checklist.signs.map((s) => s.text)).to.deep.equal(['Authored sign']);
    // An items value that gives no sign (here: not an array) warns and leaves the next source in charge.
    const { checklist, warnings } = read({ items: 'nope', authored });
    expect(checklist.signs.map((s) => s.text)).to.deep.equal(['Authored sign']);
    expect(warnings.map((w) => w.subject)).to.deep.equal(['items']);
  });

  it('returns every problem of every input as a warning, with a sane value', () => {
    const { checklist, warnings } = read({
      substance: 'x'.repeat(70),
      thresholds: '6,4,2',
      phone: 'CLINIC-NOW',
      contactUrl: 'javascript:alert(1)',
      crisis: 'uk',
      results: { lots: 'Many' },
    });
    expect(warnings.map((w) => w.subject)).to.deep.equal([
      'substance',
      'thresholds',
      'crisis',
      'results',
      'phone',
      'contact-url',
    ]);
    expect(checklist).to.deep.include({ thresholds: [2, 4, 6], contactUrl: null, crisis: 'us', messages: {} });
    expect(checklist.phone).to.deep.equal({ text: 'CLINIC-NOW', number: null });
    expect(checklist.signs[0]!.text).to.contain('x'.repeat(60)).and.not.contain('x'.repeat(61));
  });

  it('reads a dialable phone and a relative contact URL', () => {
    const { checklist } = read({ phone: '385-287-1469', contactUrl: '#contact' });
    expect(checklist.phone?.number?.e164).to.equal('+13852871469');
    expect(checklist.contactUrl).to.equal('#contact');
  });
});
