import { expect } from '@open-wc/testing';
import { directionsUrl, emailAddress } from '../../src/contact-card/links.js';
import { safeHttpUrl } from '../../src/internal/url.js';

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
});
