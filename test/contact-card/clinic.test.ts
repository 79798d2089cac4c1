import { expect, fixture, html } from '@open-wc/testing';
import {
  addressLines,
  clinicFromAttributes,
  clinicFromFallback,
  clinicFromJsonLd,
  clinicJsonLd,
  countryCode,
  normalizeClinic,
  readClinic,
  regionOfLanguage,
} from '../../src/contact-card/clinic.js';

const SEED = {
  '@context': 'https://schema.org',
  '@type': 'MedicalClinic',
  name: 'Alternative Pathways',
  telephone: '385-287-1469',
  url: 'https://example.org/',
  email: 'mailto:care@example.org',
  address: {
    '@type': 'PostalAddress',
    streetAddress: '7050 S Highland Drive Suite 120',
    addressLocality: 'Cottonwood Heights',
    addressRegion: 'UT',
    postalCode: '84121',
    addressCountry: { '@type': 'Country', name: 'US' },
  },
  hasMap: 'https://maps.example/ap',
  potentialAction: {
    '@type': 'ReserveAction',
    target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/book' },
  },
  openingHoursSpecification: [{ dayOfWeek: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:00' }],
};

describe('clinic: sources', () => {
  it('reads a MedicalClinic, also inside @graph, and other LocalBusiness types', () => {
    const source = clinicFromJsonLd(SEED)!;
    expect(source).to.deep.include({
      name: 'Alternative Pathways',
      telephone: '385-287-1469',
      email: 'mailto:care@example.org',
      url: 'https://example.org/',
      bookingUrl: 'https://example.org/book',
      mapUrl: 'https://maps.example/ap',
    });
    expect(source.address).to.deep.equal({
      streetAddress: '7050 S Highland Drive Suite 120',
      addressLocality: 'Cottonwood Heights',
      addressRegion: 'UT',
      postalCode: '84121',
      addressCountry: 'US',
    });
    const graph = {
      '@graph': [{ '@type': 'WebPage' }, { '@type': ['LocalBusiness'], name: 'B', address: '1 Main St, Town' }],
    };
    expect(clinicFromJsonLd(graph)).to.deep.include({ name: 'B', addressText: '1 Main St, Town' });
    expect(clinicFromJsonLd({ '@type': 'Thing', telephone: '1' })).to.deep.include({ telephone: '1' });
    expect(clinicFromJsonLd({ '@type': 'FAQPage' })).to.equal(null);
    expect(clinicFromJsonLd('nonsense')).to.equal(null);
    const actions = {
      '@type': 'MedicalClinic',
      potentialAction: [
        { '@type': 'ViewAction', target: 'x' },
        { '@type': 'ReserveAction', target: 'https://b.example/' },
      ],
      hasMap: { '@id': 'https://m.example/' },
    };
    expect(clinicFromJsonLd(actions)).to.deep.include({
      bookingUrl: 'https://b.example/',
      mapUrl: 'https://m.example/',
    });
    expect(clinicFromJsonLd({ '@type': 'MedicalClinic', address: { '@type': 'PostalAddress' } })!.address).to.equal(
      undefined,
    );
  });

  it('reads attributes, ignoring blank ones', () => {
    const source = clinicFromAttributes({
      name: ' AP ',
      phone: '',
      timeZone: 'America/Denver',
      hours: 'Mo 09:00-17:00',
    });
    expect(source).to.deep.include({
      name: 'AP',
      telephone: undefined,
      timeZone: 'America/Denver',
      openingHours: 'Mo 09:00-17:00',
    });
  });

  it('reads the authored fallback markup', async () => {
    const host = await fixture(html`<div>
      <h3>Alternative  Pathways</h3>
      <address>7050 S Highland Drive Suite 120<br />Cottonwood Heights, UT 84121<p>United States</p></address>
      <a href="tel:+13852871469">385-287-1469</a>
      <a href="mailto:care@example.org?subject=Hi">Write</a>
    </div>`);
    expect(clinicFromFallback(host)).to.deep.equal({
      name: 'Alternative Pathways',
      telephone: '385-287-1469',
      email: 'care@example.org',
      addressText: '7050 S Highland Drive Suite 120\nCottonwood Heights, UT 84121\nUnited States',
    });
    const bare = await fixture(html`<div><a href="tel:+13852871469"></a></div>`);
    expect(clinicFromFallback(bare)).to.deep.include({
      telephone: '+13852871469',
      name: undefined,
      addressText: undefined,
    });
  });

  it('reads the country code from the country', () => {
    expect(countryCode('United States')).to.equal('US');
    expect(countryCode('U.S.A.')).to.equal('US');
    expect(countryCode('España')).to.equal('ES');
    expect(countryCode('Estados Unidos')).to.equal('US');
    expect(countryCode('mx')).to.equal('MX');
    expect(countryCode('Atlantis'), 'an unknown country is unknown, not the US').to.equal(undefined);
    expect(countryCode(undefined)).to.equal(undefined);
    // Own names only: members of Object.prototype are no country.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(countryCode(name), name).to.equal(undefined);
  });

  it('lays out address lines', () => {
    const lines = addressLines(
      {
        streetAddress: '1 Main St',
        addressLocality: 'Town',
        addressRegion: 'UT',
        postalCode: '84121',
        addressCountry: 'US',
      },
      (code) => (code === 'US' ? 'United States' : code),
    );
    expect(lines).to.deep.equal(['1 Main St', 'Town, UT 84121', 'United States']);
    expect(addressLines({ addressLocality: 'Town' })).to.deep.equal(['Town']);
    expect(addressLines({ postalCode: '84121', addressCountry: 'Utopia' })).to.deep.equal(['84121', 'Utopia']);
  });

  it("reads the reader's country from a language tag", () => {
    expect(regionOfLanguage('en-US')).to.equal('US');
    expect(regionOfLanguage('es-mx')).to.equal('MX');
    expect(regionOfLanguage('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLanguage('de-CH-1996')).to.equal('CH');
    expect(regionOfLanguage('en')).to.equal(undefined);
    expect(regionOfLanguage('es-419'), 'a UN region is no country').to.equal(undefined);
    expect(regionOfLanguage('sr-Latn')).to.equal(undefined);
  });
});

describe('clinic: normalise', () => {
  it('takes each field from the first source that has it', () => {
    const { clinic, warnings } = normalizeClinic([
      { name: 'From attributes', address: { postalCode: '84121' }, timeZone: 'America/Denver' },
      clinicFromJsonLd(SEED)!,
      { name: 'Fallback', addressText: 'ignored\nwhen structured' },
    ]);
    expect(warnings).to.deep.equal([]);
    expect(clinic.name).to.equal('From attributes');
    expect(clinic.phone).to.deep.equal({
      text: '385-287-1469',
      number: { e164: '+13852871469', national: '(385) 287-1469', region: 'US' },
    });
    expect(clinic.email).to.equal('care@example.org');
    expect(clinic.addressLines).to.deep.equal([
      '7050 S Highland Drive Suite 120',
      'Cottonwood Heights, UT 84121',
      'US',
    ]);
    expect(clinic.directionsUrl).to.equal('https://maps.example/ap');
    expect(clinic.hours!.rules).to.have.length(1);
    expect(clinic.timeZone).to.equal('America/Denver');
  });

  it("knows the clinic's country from its address, else from its phone number", () => {
    const country = (source: Parameters<typeof normalizeClinic>[0][number]) => normalizeClinic([source]).clinic.country;
    expect(country({ address: { addressCountry: 'US' } })).to.equal('US');
    expect(
      country({ address: { addressCountry: 'México' }, telephone: '+1 385 287 1469' }),
      'the address wins',
    ).to.equal('MX');
    expect(country({ telephone: '385-287-1469' }), 'a number dialled in the US plan').to.equal('US');
    expect(country({ telephone: '+1 385 287 1469' })).to.equal('US');
    expect(country({ telephone: '+44 20 7946 0958' }), 'a number whose country is not read').to.equal(undefined);
    expect(country({ address: { addressCountry: 'ES' }, telephone: '912 345 678' })).to.equal('ES');
    expect(country({ addressText: '1 Main St\nTown' }), 'a free-text address alone').to.equal(undefined);
  });

  it('builds directions from the address and falls back to free text', () => {
    const { clinic } = normalizeClinic([{ addressText: '1 Main St\nTown' }]);
    expect(clinic.addressLines).to.deep.equal(['1 Main St', 'Town']);
    expect(clinic.directionsUrl).to.equal('https://www.google.com/maps/dir/?api=1&destination=1%20Main%20St%2C%20Town');
    expect(normalizeClinic([{}]).clinic).to.deep.equal({
      address: {},
      addressLines: [],
      hours: null,
      name: undefined,
      url: undefined,
      bookingUrl: undefined,
      directionsUrl: undefined,
    });
  });

  it('reads phone numbers in the address country', () => {
    const { clinic } = normalizeClinic([{ telephone: '915 12 34 56', address: { addressCountry: 'ES' } }]);
    expect(clinic.phone!.number!.e164).to.equal('+34915123456');
    expect(normalizeClinic([{ telephone: 'tel:+13852871469' }]).clinic.phone!.number!.e164).to.equal('+13852871469');
  });

  it('drops bad values with a warning for each', () => {
    const { clinic, warnings } = normalizeClinic([
      {
        telephone: 'call us',
        email: 'nobody',
        url: 'javascript:alert(1)',
        bookingUrl: 'data:text/html,x',
        mapUrl: 'ftp://maps',
        openingHours: 'Mo 9-5',
        timeZone: 'Mars/Base',
      },
    ]);
    expect(warnings.map((w) => w.subject)).to.deep.equal([
      'phone',
      'email',
      'url',
      'booking-url',
      'map-url',
      'hours',
      'time-zone',
    ]);
    expect(clinic.phone).to.deep.equal({ text: 'call us', number: null });
    for (const key of ['email', 'url', 'bookingUrl', 'directionsUrl', 'timeZone'] as const)
      expect(clinic[key], key).to.equal(undefined);
    expect(clinic.hours).to.equal(null);
    expect(clinic.hoursText).to.equal('Mo 9-5');
  });

  it('warns when hours have no time zone to be read in', () => {
    const { warnings } = normalizeClinic([{ openingHours: 'Mo 09:00-17:00' }]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.subject).to.equal('time-zone');
    expect(normalizeClinic([{ openingHoursSpecification: [{ dayOfWeek: 'Caturday' }] }]).clinic.hoursText).to.equal(
      undefined,
    );
  });
});

describe('clinic: JSON-LD out', () => {
  it('writes one MedicalClinic with a PostalAddress, E.164 telephone and opening hours', () => {
    const { clinic } = normalizeClinic([
      { timeZone: 'America/Denver', openingHours: 'Mo-Fr 09:00-17:00; Sa 10:00-14:00; Su 22:00-02:00' },
      clinicFromJsonLd({ ...SEED, openingHoursSpecification: undefined })!,
    ]);
    expect(clinicJsonLd(clinic)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name: 'Alternative Pathways',
      telephone: '+13852871469',
      email: 'care@example.org',
      url: 'https://example.org/',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '7050 S Highland Drive Suite 120',
        addressLocality: 'Cottonwood Heights',
        addressRegion: 'UT',
        postalCode: '84121',
        addressCountry: 'US',
      },
      hasMap: 'https://maps.example/ap',
      potentialAction: { '@type': 'ReserveAction', target: 'https://example.org/book' },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`),
          opens: '09:00',
          closes: '17:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Saturday'],
          opens: '10:00',
          closes: '14:00',
        },
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Sunday'],
          opens: '22:00',
          closes: '02:00',
        },
      ],
    });
  });

  it('writes all-day, closed and special hours the schema.org way', () => {
    const { clinic } = normalizeClinic([
      {
        timeZone: 'America/Denver',
        openingHoursSpecification: [
          { dayOfWeek: ['Sunday', 'Monday'], opens: '00:00', closes: '23:59' },
          { opens: '00:00', closes: '00:00', validFrom: '2026-12-25', validThrough: '2026-12-25' },
          { dayOfWeek: 'Friday', opens: '10:00', closes: '12:00', validFrom: '2026-12-31' },
        ],
        addressText: '1 Main St\nTown',
      },
    ]);
    const data = clinicJsonLd(clinic);
    expect(data.address).to.equal('1 Main St, Town');
    expect(data.openingHoursSpecification).to.deep.equal([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Sunday'],
        opens: '00:00',
        closes: '23:59',
      },
      {
        '@type': 'OpeningHoursSpecification',
        opens: '00:00',
        closes: '00:00',
        validFrom: '2026-12-25',
        validThrough: '2026-12-25',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Friday'],
        opens: '10:00',
        closes: '12:00',
        validFrom: '2026-12-31',
      },
    ]);
    expect(clinicJsonLd(normalizeClinic([{}]).clinic)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
    });
  });
});

describe('readClinic (field by field from the first source that has it)', () => {
  const host = (markup: string) => {
    const element = document.createElement('div');
    element.innerHTML = markup;
    return element;
  };
  const inline = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const idle = { status: 'idle' } as const;

  it('prefers attributes, then src, then inline JSON-LD, then the fallback markup', () => {
    const element = host(
      `${inline({ '@type': 'MedicalClinic', name: 'Inline', telephone: '385-287-1469', email: 'inline@clinic.example' })}<h2>Fallback</h2><address>1 Fallback Way</address>`,
    );
    const loaded = {
      status: 'loaded',
      src: 'c.jsonld',
      url: 'https://clinic.example/c.jsonld',
      data: { '@type': 'MedicalClinic', name: 'From src', telephone: '801-555-0100' },
    } as const;
    const { clinic, warnings } = readClinic({ attributes: { name: 'Attribute' }, source: loaded, host: element });
    expect(warnings).to.deep.equal([]);
    expect(clinic.name).to.equal('Attribute');
    expect(clinic.phone!.text).to.equal('801-555-0100');
    expect(clinic.email).to.equal('inline@clinic.example');
    expect(clinic.addressLines).to.deep.equal(['1 Fallback Way']);
  });

  it('warns about a failed src, a src or script that is no clinic, and invalid JSON, and uses the rest', () => {
    const element = host(
      `<script type="application/ld+json">{oops</script>${inline({ '@type': 'Article' })}<h2>Fallback</h2>`,
    );
    const failed = readClinic({
      attributes: {},
      source: { status: 'failed', src: 'c.jsonld', reason: 'network', message: 'network error' },
      host: element,
    });
    expect(failed.clinic.name).to.equal('Fallback');
    expect(failed.warnings.map((w) => w.subject)).to.deep.equal(['src', 'json-ld', 'json-ld']);
    const notClinic = readClinic({
      attributes: {},
      source: { status: 'loaded', src: 'c.jsonld', url: 'https://x.example/c.jsonld', data: { '@type': 'Article' } },
      host: host(''),
    });
    expect(notClinic.warnings).to.deep.equal([
      { subject: 'src', message: '"c.jsonld" holds no schema.org MedicalClinic or LocalBusiness.' },
    ]);
    expect(readClinic({ attributes: {}, source: idle, host: host('') }).clinic.name).to.equal(undefined);
  });
});
