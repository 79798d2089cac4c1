import { expect } from '@open-wc/testing';
import { parsePhone, readPhone, telUri } from '../../src/internal/phone.js';

describe('parsePhone', () => {
  it('reads US numbers as people write them', () => {
    for (const text of ['385-287-1469', '(385) 287-1469', '385.287.1469', '+1 385 287 1469', '1-385-287-1469']) {
      expect(parsePhone(text), text).to.deep.equal({ e164: '+13852871469', national: '(385) 287-1469', region: 'US' });
    }
    expect(parsePhone('1-800-662-4357')?.e164).to.equal('+18006624357');
  });

  it('keeps international numbers in E.164', () => {
    expect(parsePhone('+44 20 7946 0958')).to.deep.equal({ e164: '+442079460958', national: '+44 20 7946 0958' });
    expect(parsePhone('+34 915 123 456')?.e164).to.equal('+34915123456');
    expect(parsePhone('020 7946 0958', 'GB')?.e164).to.equal('+442079460958');
    expect(parsePhone('+52 55 1234 5678')?.e164).to.equal('+525512345678');
    expect(parsePhone('55 1234 5678', 'MX')).to.deep.equal({
      e164: '+525512345678',
      national: '55 1234 5678',
      region: 'MX',
    });
    expect(parsePhone('915 12 34 56', 'es')?.e164).to.equal('+34915123456');
    expect(parsePhone('(613) 555-0199', 'CA')).to.deep.equal({
      e164: '+16135550199',
      national: '(613) 555-0199',
      region: 'CA',
    });
    expect(parsePhone('+61 2 9374 4000')?.e164).to.equal('+61293744000');
  });

  it('refuses national numbers of regions it has no plan for', () => {
    expect(parsePhone('12345678', 'ZZ')).to.equal(null);
    expect(parsePhone('12', 'ES')).to.equal(null);
  });

  it('refuses what cannot be dialled', () => {
    for (const text of [
      '',
      'call us',
      '555-1234',
      '123',
      '+1234567890123456',
      '385-287-1469 ext',
      'ext 2',
      '385-287-1469 ext 1234567',
      '385-287-1469 ext two',
      '011-385-287-1469',
    ]) {
      expect(parsePhone(text), text).to.equal(null);
    }
    expect(parsePhone(42 as unknown as string)).to.equal(null);
  });
});

describe('phone extensions', () => {
  it('reads an extension however it is written, and dials it as RFC 3966 ;ext=', () => {
    for (const text of [
      '(555) 010-2030 ext 4',
      '(555) 010-2030 ext. 4',
      '(555) 010-2030 Ext.4',
      '(555) 010-2030 extension 4',
      '555-010-2030 x4',
      '555-010-2030 X 4',
      '555-010-2030 #4',
      '555-010-2030,4',
      '+1-555-010-2030;ext=4',
    ]) {
      const number = parsePhone(text);
      expect(number, text).to.deep.equal({
        e164: '+15550102030',
        national: '(555) 010-2030 ext. 4',
        region: 'US',
        extension: '4',
      });
      expect(telUri(number!), text).to.equal('tel:+15550102030;ext=4');
    }
    expect(telUri(parsePhone('+44 20 7946 0958 ext 123')!)).to.equal('tel:+442079460958;ext=123');
    expect(telUri(parsePhone('385-287-1469')!)).to.equal('tel:+13852871469');
  });

  it('reads an extension from a tel: attribute, and stays bounded on hostile text', () => {
    expect(telUri(readPhone('tel:+1-555-010-2030;ext=4').phone!.number!)).to.equal('tel:+15550102030;ext=4');
    expect(readPhone('(555) 010-2030 ext 4').phone!.text).to.equal('(555) 010-2030 ext 4');
    // Longer than any number is written: not dialled (and readPhone keeps only 64 characters to show).
    expect(parsePhone(`555-010-2030${' '.repeat(100)}x4`)).to.equal(null);
    expect(parsePhone(`${'x'.repeat(50_000)}4`)).to.equal(null);
    expect(readPhone(`555-010-2030 ${','.repeat(50_000)}4`).phone!.number).to.equal(null);
  });
});

describe('readPhone', () => {
  it('reads a phone as written, with its dialable form', () => {
    expect(readPhone('  385-287-1469 ')).to.deep.equal({
      phone: { text: '385-287-1469', number: { e164: '+13852871469', national: '(385) 287-1469', region: 'US' } },
    });
    expect(readPhone('tel:+13852871469').phone?.number?.e164).to.equal('+13852871469');
    expect(readPhone('915 12 34 56', 'ES').phone?.number?.e164).to.equal('+34915123456');
  });

  it('keeps text that cannot be dialled, to show without a link, with a warning', () => {
    const { phone, warning } = readPhone('call us: CLINIC-NOW');
    expect(phone).to.deep.equal({ text: 'call us: CLINIC-NOW', number: null });
    expect(warning).to.equal(
      '"call us: CLINIC-NOW" is not a phone number that can be dialled; shown as text without a link.',
    );
  });

  it('reads nothing from empty text, and caps what it keeps', () => {
    expect(readPhone('')).to.deep.equal({});
    expect(readPhone(undefined)).to.deep.equal({});
    expect(readPhone('   ')).to.deep.equal({});
    expect(readPhone('9'.repeat(5000)).phone!.text).to.have.length(64);
  });
});
