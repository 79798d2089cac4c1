import { expect } from '@open-wc/testing';
import { directionsUrl, emailAddress, MAX_EMAIL } from '../../src/contact-card/links.js';
import { MAX_URL, safeHttpUrl, safeUrl } from '../../src/internal/url.js';

describe('links', () => {
  it('keeps http(s) URLs only', () => {
    expect(safeHttpUrl('https://example.org/book')).to.equal('https://example.org/book');
    expect(safeHttpUrl('/book', 'https://clinic.example/')).to.equal('https://clinic.example/book');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org', 'http://[bad', '', undefined]) {
      expect(safeHttpUrl(bad), String(bad)).to.equal(null);
    }
  });

  it('builds a Google Maps directions URL with the address encoded', () => {
    expect(directionsUrl('7050 S Highland Drive Suite 120, Cottonwood Heights, UT 84121')).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=7050%20S%20Highland%20Drive%20Suite%20120%2C%20Cottonwood%20Heights%2C%20UT%2084121',
    );
    expect(directionsUrl('a&b=c#d')).to.equal('https://www.google.com/maps/dir/?api=1&destination=a%26b%3Dc%23d');
  });

  it('accepts e-mail addresses and refuses the rest', () => {
    expect(emailAddress(' care@example.org ')).to.equal('care@example.org');
    expect(emailAddress('mailto:care@example.org')).to.equal('care@example.org');
    for (const bad of ['care', 'care@', 'a b@example.org', 'care@example', '<x>@y.z', undefined]) {
      expect(emailAddress(bad), String(bad)).to.equal(null);
    }
  });

  it('refuses addresses that would add mailto: headers or hide text: ?&=%#/, whitespace, controls', () => {
    for (const bad of [
      'help@clinic.example?bcc=harvest%40evil.example&subject=Hello',
      'help@clinic.example&cc=x@evil.example',
      'help%40clinic.example@evil.example',
      'help@clinic.example#x',
      'help@clinic.example/x',
      'a=b@clinic.example',
      'help@clinic.example\nbcc:x@evil.example',
      'help@clinic\u2028.example',
      'help@clinic.\u0085example',
      'help@@clinic.example',
      'help@clinic..example',
    ]) {
      expect(emailAddress(bad), JSON.stringify(bad)).to.equal(null);
    }
    expect(emailAddress('first.last+care@mail.clinic.example')).to.equal('first.last+care@mail.clinic.example');
  });

  it(`refuses addresses over ${MAX_EMAIL} characters, and stays linear on hostile ones (the old pattern backtracked)`, () => {
    expect(emailAddress(`${'a'.repeat(64)}@${'b'.repeat(185)}.org`)).to.have.length(MAX_EMAIL);
    expect(emailAddress(`${'a'.repeat(64)}@${'b'.repeat(186)}.org`)).to.equal(null);
    expect(emailAddress(`a@${'a.'.repeat(60_000)}@`)).to.equal(null);
    expect(emailAddress(`a@${'a.'.repeat(100)}`)).to.equal(null);
  });

  it(`trims URLs in linear time and refuses those over ${MAX_URL} characters`, () => {
    expect(safeHttpUrl(` \u0000 https://example.org/x ${'\u0001'.repeat(100)} `)).to.equal('https://example.org/x');
    expect(safeHttpUrl(`https://example.org/${' '.repeat(MAX_URL)}x`)).to.equal(null);
    expect(safeHttpUrl(`https://example.org/${' '.repeat(200_000)}x`)).to.equal(null);
    expect(safeUrl(`https://example.org/${'a'.repeat(MAX_URL)}`)).to.equal(undefined);
  });
});
