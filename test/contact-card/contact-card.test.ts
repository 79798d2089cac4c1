import { elementUpdated, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/contact-card/define.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import { captureWarnings } from '../helpers/console.js';

const Card = customElements.get('clinic-contact-card') as typeof ClinicContactCard;
const realClock = Card.clock;
const realReaderZone = Card.readerTimeZone;
const realReaderRegion = Card.readerRegion;

/** A weekday morning in Denver: Wednesday 2026-11-25, 10:00 MST. */
const WEDNESDAY_10AM = new Date('2026-11-25T17:00:00Z');

const route = (body: unknown, params: Record<string, string> = {}) =>
  `/__test__/json?${new URLSearchParams({ body: JSON.stringify(body), ...params })}`;

const SEED_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'MedicalClinic',
  name: 'Alternative Pathways',
  telephone: '+1-385-287-1469',
  address: {
    '@type': 'PostalAddress',
    streetAddress: '7050 S Highland Drive Suite 120',
    addressLocality: 'Cottonwood Heights',
    addressRegion: 'UT',
    postalCode: '84121',
    addressCountry: 'US',
  },
  openingHoursSpecification: [
    {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday'],
      opens: '09:00:00',
      closes: '17:00:00',
    },
  ],
};

async function seedCard(extra: Partial<Record<string, string>> = {}, now: Date | null = WEDNESDAY_10AM) {
  const el = await fixture<ClinicContactCard>(html`<clinic-contact-card
    name="Alternative Pathways"
    phone="385-287-1469"
    street-address="7050 S Highland Drive Suite 120"
    locality="Cottonwood Heights"
    region="UT"
    postal-code="84121"
    country="United States"
    hours=${extra.hours ?? 'Mo-Fr 09:00-17:00'}
    time-zone=${extra.timeZone ?? 'America/Denver'}
    .now=${now ?? undefined}
  ></clinic-contact-card>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: Element) => text($(el, '.status'));
/** The address as its lines. */
const addressOf = (el: Element) =>
  ($(el, 'address')?.innerText ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

async function setNow(el: ClinicContactCard, iso: string) {
  el.now = new Date(iso);
  await el.updateComplete;
}

beforeEach(() => {
  // The reader is in the clinic's zone unless a test says otherwise.
  Card.readerTimeZone = () => 'America/Denver';
  // A reader in another country, so that addresses show their country line unless a test says otherwise.
  Card.readerRegion = () => 'DE';
});

afterEach(() => {
  Card.clock = realClock;
  Card.readerTimeZone = realReaderZone;
  Card.readerRegion = realReaderRegion;
});

describe('<clinic-contact-card>: contact details', () => {
  it('shows the name, address, call and directions links, and passes axe', async () => {
    const el = await seedCard();
    expect(text($(el, 'h3[part="name"]'))).to.equal('Alternative Pathways');
    expect(addressOf(el)).to.deep.equal([
      '7050 S Highland Drive Suite 120',
      'Cottonwood Heights, UT 84121',
      'United States',
    ]);
    const call = $<HTMLAnchorElement>(el, 'a[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+13852871469');
    expect(text(call)).to.equal('Call (385) 287-1469');
    const directions = $$(el, 'a').find((a) => text(a).startsWith('Get directions')) as HTMLAnchorElement;
    expect(directions.href).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=7050%20S%20Highland%20Drive%20Suite%20120%2C%20Cottonwood%20Heights%2C%20UT%2084121%2C%20United%20States',
    );
    expect(directions.target).to.equal('_blank');
    expect(directions.rel).to.equal('noopener');
    expect(text(directions.querySelector('.visually-hidden'))).to.equal('(opens in a new tab)');
    $$(el, 'svg').forEach((icon) => expect(icon.getAttribute('aria-hidden')).to.equal('true'));
    await expect(el).to.be.accessible();
  });

  it('adds e-mail, website and booking links, and a map-url instead of the directions search', async () => {
    const el = await seedCard();
    el.email = 'care@example.org';
    el.url = 'https://example.org/';
    el.bookingUrl = 'https://example.org/book';
    el.mapUrl = 'https://maps.example/ap';
    await el.updateComplete;
    const hrefs = $$(el, 'ul.actions a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'tel:+13852871469',
      'https://maps.example/ap',
      'https://example.org/book',
      'mailto:care@example.org',
      'https://example.org/',
    ]);
    expect(text($(el, 'a[href^="mailto:"]'))).to.equal('Email care@example.org');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level asked for', async () => {
    const el = await seedCard();
    el.headingLevel = 2;
    await el.updateComplete;
    expect($(el, 'h2.name')).to.exist;
    const warnings = captureWarnings();
    try {
      el.setAttribute('heading-level', '42');
      await el.updateComplete;
      expect($(el, 'h3.name')).to.exist;
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      el.removeAttribute('heading-level');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect($(el, 'h3.name'), 'removing the attribute goes back to 3').to.exist;
    expect(warnings.messages).to.deep.equal(['<clinic-contact-card> heading-level: "42" is not 1-6; using 3.']);
  });

  it("leaves the reader's own country out of the address, as post does", async () => {
    Card.readerRegion = () => 'US';
    const el = await fixture<ClinicContactCard>(
      html`<clinic-contact-card name="Clínica" street-address="1 Main St" locality="Town" region="UT" country="us"></clinic-contact-card>`,
    );
    expect(addressOf(el)).to.deep.equal(['1 Main St', 'Town, UT']);
    el.country = 'GB';
    await el.updateComplete;
    expect(addressOf(el)).to.deep.equal(['1 Main St', 'Town, UT', 'United Kingdom']);
    el.country = 'United States';
    await el.updateComplete;
    expect(addressOf(el), 'a country written out is shown as written').to.deep.equal([
      '1 Main St',
      'Town, UT',
      'United States',
    ]);
  });

  it('reads international numbers and shows country codes in the reader language', async () => {
    const el = await fixture<ClinicContactCard>(
      html`<clinic-contact-card name="Clínica" phone="+44 20 7946 0958" country="GB" locality="London"></clinic-contact-card>`,
    );
    expect($(el, 'a[part="call"]')!.getAttribute('href')).to.equal('tel:+442079460958');
    expect(text($(el, 'a[part="call"]'))).to.equal('Call +44 20 7946 0958');
    expect(addressOf(el)).to.deep.equal(['London', 'United Kingdom']);
    el.phone = '020 7946 0958';
    await el.updateComplete;
    expect($(el, 'a[part="call"]')!.getAttribute('href')).to.equal('tel:+442079460958');
  });

  it('dials an extension (RFC 3966 ;ext=) and keeps it in the vCard and structured data', async () => {
    const el = await fixture<ClinicContactCard>(
      html`<clinic-contact-card name="AP" phone="(555) 010-2030 ext 4" structured-data></clinic-contact-card>`,
    );
    const call = $(el, 'a[part="call"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+15550102030;ext=4');
    expect(text(call)).to.equal('Call (555) 010-2030 ext. 4');
    expect(el.toVCard()).to.contain('\r\nTEL;VALUE=uri;TYPE=work,voice:tel:+15550102030;ext=4\r\n');
    const data = JSON.parse(
      document.head.querySelector('script[data-clinic-elements="clinic-contact-card"]')!.textContent!,
    );
    expect(data.telephone).to.equal('+15550102030 ext. 4');
  });
});

describe('<clinic-contact-card>: opening hours', () => {
  it('shows a table with localised days and times, today marked in words', async () => {
    const el = await seedCard();
    const table = $(el, 'table')!;
    expect(text(table.querySelector('caption'))).to.equal('Hours');
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((row) => text(row.querySelector('th')))).to.deep.equal([
      'Monday',
      'Tuesday',
      'Wednesday Today',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(text(rows[0]!.querySelector('td'))).to.equal('9:00 AM – 5:00 PM');
    expect(text(rows[5]!.querySelector('td'))).to.equal('Closed');
    expect(rows[2]!.getAttribute('aria-current')).to.equal('date');
    expect(rows.filter((row) => row.hasAttribute('aria-current'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says whether the clinic is open now and when that changes', async () => {
    const el = await seedCard();
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
    expect($(el, '.status')!.classList.contains('open')).to.equal(true);
    await setNow(el, '2026-11-25T14:00:00Z'); // Wednesday 7:00
    expect(statusText(el)).to.equal('Closed · opens 9:00 AM');
    await setNow(el, '2026-11-26T01:00:00Z'); // Wednesday 18:00
    expect(statusText(el)).to.equal('Closed · opens tomorrow 9:00 AM');
    await setNow(el, '2026-11-28T19:00:00Z'); // Saturday noon
    expect(statusText(el)).to.equal('Closed · opens Monday 9:00 AM');
    expect(text($(el, 'tr[aria-current] th'))).to.equal('Saturday Today');
  });

  it('is right on the DST switch days in America/Denver', async () => {
    const el = await seedCard({ hours: 'Su 09:00-17:00' }, new Date('2026-03-08T15:30:00Z'));
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM'); // 9:30 MDT
    await setNow(el, '2026-03-08T08:30:00Z'); // 1:30 MST, before the switch
    expect(statusText(el)).to.equal('Closed · opens 9:00 AM');
    await setNow(el, '2026-11-01T15:30:00Z'); // 8:30 MST, after falling back
    expect(statusText(el)).to.equal('Closed · opens 9:00 AM');
    await setNow(el, '2026-11-01T16:00:00Z'); // 9:00 MST
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
  });

  it('follows overnight ranges into the next week, 24-hour days and closed days', async () => {
    const el = await seedCard({ hours: 'Su 22:00-02:00' }, new Date('2026-11-30T06:00:00Z')); // Sunday 23:00
    expect(statusText(el)).to.equal('Open now · closes tomorrow 2:00 AM');
    expect(text($(el, 'tbody tr:last-child td'))).to.equal('10:00 PM – 2:00 AM');
    await setNow(el, '2026-11-30T08:00:00Z'); // Monday 1:00
    expect(statusText(el)).to.equal('Open now · closes 2:00 AM');
    expect(text($(el, 'tbody tr:first-child td'))).to.equal('Closed');
    await setNow(el, '2026-11-30T10:00:00Z'); // Monday 3:00
    expect(statusText(el)).to.equal('Closed · opens Sunday 10:00 PM');

    // A week or more ahead, the date is given.
    el.hours = 'Mo 00:30-01:00';
    await el.updateComplete;
    expect(statusText(el)).to.equal('Closed · opens Monday, December 7 12:30 AM');

    el.hours = '24/7';
    await el.updateComplete;
    expect(statusText(el)).to.equal('Open 24 hours');
    expect(text($(el, 'tbody tr td'))).to.equal('Open 24 hours');

    el.hours = 'Mo 00:00-24:00';
    await el.updateComplete;
    expect(statusText(el)).to.equal('Open now · closes at midnight');
    el.hours = 'Mo-Tu 00:00-24:00';
    await el.updateComplete;
    expect(statusText(el)).to.equal('Open now · closes Wednesday 12:00 AM');
  });

  it('names the clinic time zone for a reader in another zone', async () => {
    Card.readerTimeZone = () => 'America/Denver';
    const el = await seedCard();
    expect($(el, '.zone')).to.equal(null);
    Card.readerTimeZone = () => 'Europe/Madrid';
    el.requestUpdate();
    await el.updateComplete;
    expect(text($(el, '.zone'))).to.match(/^Times are in Mountain/);
    expect(text($(el, 'caption'))).to.equal('Hours');
    // Still the clinic's own time: 10:00 in Denver is 18:00 in Madrid.
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
  });

  it('refreshes when the time passes a boundary, and when the tab becomes visible', async () => {
    // The clock runs from one second before 17:00 in Denver.
    const closing = Date.parse('2026-11-26T00:00:00Z'); // 17:00 MST
    let offset = closing - 500 - Date.now();
    Card.clock = () => Date.now() + offset;
    const el = await seedCard({}, null);
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
    await waitUntil(() => statusText(el) === 'Closed · opens tomorrow 9:00 AM', 'status did not refresh', {
      timeout: 4000,
    });

    offset = Date.parse('2026-11-28T19:00:00Z') - Date.now(); // Saturday
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(statusText(el)).to.equal('Closed · opens Monday 9:00 AM');
  });
});

describe('<clinic-contact-card>: data in', () => {
  it('reads an inline JSON-LD MedicalClinic and follows its changes', async () => {
    const el =
      await fixture<ClinicContactCard>(html`<clinic-contact-card time-zone="America/Denver" .now=${WEDNESDAY_10AM}>
      <script type="application/ld+json">${JSON.stringify(SEED_JSON_LD)}</script>
    </clinic-contact-card>`);
    expect(text($(el, '.name'))).to.equal('Alternative Pathways');
    expect($(el, 'a[part="call"]')!.getAttribute('href')).to.equal('tel:+13852871469');
    expect(addressOf(el)).to.deep.equal([
      '7050 S Highland Drive Suite 120',
      'Cottonwood Heights, UT 84121',
      'United States',
    ]);
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
    expect(text($(el, 'tbody tr:nth-child(4) td'))).to.equal('Closed');

    const script = el.querySelector('script')!;
    script.textContent = JSON.stringify({ ...SEED_JSON_LD, name: 'New <b>name</b>' });
    await waitUntil(() => text($(el, '.name')) === 'New <b>name</b>', 'did not follow the script');
    expect($(el, '.name b')).to.equal(null);
  });

  it('lets attributes win over JSON-LD, and JSON-LD over the fallback markup', async () => {
    const el =
      await fixture<ClinicContactCard>(html`<clinic-contact-card name="From attribute" time-zone="America/Denver">
      <script type="application/ld+json">${JSON.stringify({ ...SEED_JSON_LD, telephone: '801-555-0100' })}</script>
      <h3>From markup</h3>
      <a href="tel:+13852871469">385-287-1469</a>
    </clinic-contact-card>`);
    expect(text($(el, '.name'))).to.equal('From attribute');
    expect($(el, 'a[part="call"]')!.getAttribute('href')).to.equal('tel:+18015550100');
  });

  it('reads the authored fallback markup when it is all there is', async () => {
    const el = await fixture<ClinicContactCard>(html`<clinic-contact-card>
      <h3>Alternative Pathways</h3>
      <address>7050 S Highland Drive Suite 120<br />Cottonwood Heights, UT 84121</address>
      <p><a href="tel:+13852871469">385-287-1469</a></p>
    </clinic-contact-card>`);
    expect(text($(el, '.name'))).to.equal('Alternative Pathways');
    expect(addressOf(el)).to.deep.equal(['7050 S Highland Drive Suite 120', 'Cottonwood Heights, UT 84121']);
    expect($(el, 'a[part="call"]')!.getAttribute('href')).to.equal('tel:+13852871469');
    // The fallback is replaced: no slot renders it a second time.
    expect($(el, 'slot')).to.equal(null);
    // A free-text address goes into the vCard as one street line.
    expect(el.toVCard().replace(/\r\n /g, '')).to.contain(
      '\r\nADR;TYPE=work:;;7050 S Highland Drive Suite 120\\, Cottonwood Heights\\, UT 84121;;;;\r\n',
    );
  });

  it('loads a JSON-LD document from src', async () => {
    const el = await fixture<ClinicContactCard>(
      html`<clinic-contact-card src=${route(SEED_JSON_LD)} time-zone="America/Denver" .now=${WEDNESDAY_10AM}></clinic-contact-card>`,
    );
    expect($(el, 'slot')).to.exist;
    await waitUntil(() => text($(el, '.name')) === 'Alternative Pathways', 'src did not load');
    expect(statusText(el)).to.equal('Open now · closes 5:00 PM');
    expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps what is there, says so and warns once when src fails', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ClinicContactCard>(
        html`<clinic-contact-card src=${route('', { status: '500' })} name="Alternative Pathways"></clinic-contact-card>`,
      );
      await waitUntil(() => $(el, '.error'), 'no error shown');
      expect(text($(el, '.error'))).to.equal('This content could not be loaded right now.');
      expect(text($(el, '.name'))).to.equal('Alternative Pathways');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.filter((m) => m.startsWith('<clinic-contact-card> src:'))).to.have.length(1);

      el.src = route({ '@type': 'FAQPage' });
      await waitUntil(() => !$(el, '.error'), 'error stayed');
      await waitUntil(
        () => warnings.messages.some((m) => m.includes('holds no schema.org MedicalClinic')),
        'no warning',
      );
      expect(text($(el, '.name'))).to.equal('Alternative Pathways');
    } finally {
      warnings.restore();
    }
  });
});

describe('<clinic-contact-card>: structured data out', () => {
  const script = () =>
    document.head.querySelector<HTMLScriptElement>('script[data-clinic-elements="clinic-contact-card"]');

  it('writes one MedicalClinic into the head, keeps it in sync and removes it on disconnect', async () => {
    const el = await seedCard();
    expect(script()).to.equal(null);
    el.structuredData = true;
    await el.updateComplete;
    const data = JSON.parse(script()!.textContent!);
    expect(data).to.deep.include({ '@type': 'MedicalClinic', name: 'Alternative Pathways', telephone: '+13852871469' });
    expect(data.address).to.deep.include({ '@type': 'PostalAddress', postalCode: '84121' });
    expect(data.openingHoursSpecification[0]).to.deep.include({ opens: '09:00', closes: '17:00' });
    expect(document.head.querySelectorAll('script[data-clinic-elements="clinic-contact-card"]')).to.have.length(1);

    el.name = 'Renamed';
    await el.updateComplete;
    expect(JSON.parse(script()!.textContent!).name).to.equal('Renamed');

    el.structuredData = false;
    await el.updateComplete;
    expect(script()).to.equal(null);

    el.structuredData = true;
    await el.updateComplete;
    const parent = el.parentNode!;
    el.remove();
    expect(script()).to.equal(null);
    parent.appendChild(el);
    await elementUpdated(el);
    expect(script()).to.exist;
    el.remove();
  });
});

describe('<clinic-contact-card>: actions', () => {
  function record(el: Element, cancel = false) {
    const actions: string[] = [];
    el.addEventListener('clinic-contact-action', (event) => {
      const { detail, bubbles, composed } = event as CustomEvent<{ action: string }>;
      expect(bubbles && composed).to.equal(true);
      actions.push(detail.action);
      if (cancel) event.preventDefault();
    });
    return actions;
  }

  it('announces every link action, and cancelling the event stops the link', async () => {
    const el = await seedCard();
    el.email = 'care@example.org';
    el.url = 'https://example.org/';
    el.bookingUrl = 'https://example.org/book';
    await el.updateComplete;
    const actions = record(el, true);
    const prevented: boolean[] = [];
    const onClick = (event: Event) => prevented.push(event.defaultPrevented);
    document.addEventListener('click', onClick);
    try {
      for (const link of $$(el, 'ul.actions a')) link.click();
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(actions).to.deep.equal(['call', 'directions', 'booking', 'email', 'website']);
    expect(prevented).to.deep.equal([true, true, true, true, true]);
  });

  it('downloads a vCard as text/vcard', async () => {
    const el = await seedCard();
    el.email = 'care@example.org';
    await el.updateComplete;
    const actions = record(el);
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const button = $$(el, 'button').find((b) => text(b) === 'Add to contacts')!;
      button.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(actions).to.deep.equal(['vcard']);
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('alternative-pathways.vcf');
    expect(clicked[0]!.isConnected).to.equal(false);
    const response = await fetch(clicked[0]!.href);
    expect(response.headers.get('content-type')).to.match(/^text\/vcard/);
    const card = await response.text();
    expect(card).to.equal(el.toVCard());
    expect(card).to.contain('\r\nTEL;VALUE=uri;TYPE=work,voice:tel:+13852871469\r\n');
    expect(card).to.contain('\r\nFN:Alternative Pathways\r\n');
    expect(card).to.contain('\r\nEMAIL;TYPE=work:care@example.org\r\n');
    expect(card.replace(/\r\n /g, '')).to.contain(
      'ADR;TYPE=work:;;7050 S Highland Drive Suite 120;Cottonwood Heights;UT;84121;United States\r\n',
    );
  });

  it('does nothing when the vcard event is cancelled', async () => {
    const el = await seedCard();
    record(el, true);
    let clicks = 0;
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => clicks++;
    try {
      $$(el, 'button')
        .find((b) => text(b) === 'Add to contacts')!
        .click();
      $$(el, 'button')
        .find((b) => text(b) === 'Copy address')!
        .click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicks).to.equal(0);
    await el.updateComplete;
    expect(text($(el, '.message'))).to.equal('');
  });

  describe('copy address', () => {
    function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
      Object.defineProperty(navigator, 'clipboard', {
        value: writeText ? { writeText } : undefined,
        configurable: true,
      });
      return () => delete (navigator as unknown as Record<string, unknown>).clipboard;
    }

    it('copies with the Clipboard API and confirms visibly in a live region', async () => {
      const el = await seedCard();
      const actions = record(el);
      const copied: string[] = [];
      const restore = stubClipboard(async (value) => void copied.push(value));
      try {
        $$(el, 'button')
          .find((b) => text(b) === 'Copy address')!
          .click();
        await waitUntil(() => text($(el, '.message')) !== '', 'no confirmation');
      } finally {
        restore();
      }
      expect(actions).to.deep.equal(['copy-address']);
      expect(copied).to.deep.equal([
        'Alternative Pathways\n7050 S Highland Drive Suite 120\nCottonwood Heights, UT 84121\nUnited States',
      ]);
      expect($(el, '.message')!.getAttribute('role')).to.equal('status');
      expect(text($(el, '.message'))).to.equal('Address copied.');
    });

    it('selects the address and says how to copy it when the clipboard is unavailable', async () => {
      for (const writeText of [undefined, () => Promise.reject(new DOMException('denied', 'NotAllowedError'))]) {
        const el = await seedCard();
        const restore = stubClipboard(writeText);
        try {
          $$(el, 'button')
            .find((b) => text(b) === 'Copy address')!
            .click();
          await waitUntil(() => text($(el, '.message')) !== '', 'no message');
        } finally {
          restore();
        }
        expect(text($(el, '.message'))).to.equal('Address selected: press Ctrl+C (or ⌘C) to copy it.');
        const selected = document.getSelection()!.toString().replace(/\s+/g, ' ').trim();
        document.getSelection()!.removeAllRanges();
        expect(selected).to.equal('7050 S Highland Drive Suite 120 Cottonwood Heights, UT 84121 United States');
      }
    });
  });
});

describe('<clinic-contact-card>: Spanish', () => {
  /** Text with the engine's narrow and no-break spaces as plain spaces, and "p. m." as "p.m." (CLDR versions differ). */
  const clock = (value: string) => value.replace(/\s/g, ' ').replace(/([ap])\. m\./g, '$1.m.');

  it('speaks US Spanish for a US clinic on a page in plain "es": Spanish days, 12-hour times', async () => {
    const el = await fixture<ClinicContactCard>(html`<div lang="es">
      <clinic-contact-card
        name="Alternative Pathways"
        phone="385-287-1469"
        street-address="7050 S Highland Drive Suite 120"
        locality="Cottonwood Heights"
        region="UT"
        postal-code="84121"
        country="US"
        hours="Mo-Fr 09:00-17:00"
        time-zone="America/Denver"
        .now=${WEDNESDAY_10AM}
      ></clinic-contact-card>
    </div>`).then((div) => div.firstElementChild as ClinicContactCard);
    await el.updateComplete;
    expect(clock(statusText(el))).to.equal('Abierto ahora · cierra a las 5:00 p.m.');
    expect(text($(el, 'a[part="call"]'))).to.equal('Llamar al (385) 287-1469');
    expect(text($(el, 'address'))).to.contain('Estados Unidos');
    expect(text($(el, 'caption'))).to.equal('Horario de atención');
    expect(text($(el, 'tbody tr:first-child th'))).to.equal('lunes');
    expect(clock(text($(el, 'tbody tr:first-child td')))).to.equal('9:00 a.m. – 5:00 p.m.');
    expect(text($(el, 'tr[aria-current] th'))).to.equal('miércoles Hoy');
    expect(text($(el, 'tbody tr:nth-child(6) td'))).to.equal('Cerrado');
    expect($$(el, 'button').map(text)).to.deep.equal(['Agregar a contactos', 'Copiar la dirección']);
    await setNow(el, '2026-11-28T19:00:00Z');
    expect(clock(statusText(el))).to.equal('Cerrado · abre el lunes a las 9:00 a.m.');
    await setNow(el, '2026-11-26T01:00:00Z');
    expect(clock(statusText(el))).to.equal('Cerrado · abre mañana a las 9:00 a.m.');
    el.hours = 'Mo-Su 01:00-13:00';
    await setNow(el, '2026-11-25T17:00:00Z'); // 10:00 in Denver
    expect(clock(statusText(el))).to.equal('Abierto ahora · cierra a la 1:00 p.m.');
    await setNow(el, '2026-11-25T21:00:00Z'); // 14:00 in Denver
    expect(clock(statusText(el)), "one o'clock takes the singular article").to.equal(
      'Cerrado · abre mañana a la 1:00 a.m.',
    );
    await expect(el).to.be.accessible();
  });

  it("keeps the page's own region, and plain Spanish where the clinic's country is unknown", async () => {
    const cards = await fixture(html`<div>
      <div lang="es-ES">
        <clinic-contact-card name="AP" country="US" hours="Mo-Fr 09:00-17:00" time-zone="America/Denver" .now=${WEDNESDAY_10AM}></clinic-contact-card>
      </div>
      <div lang="es">
        <clinic-contact-card name="AP" hours="Mo-Fr 09:00-17:00" time-zone="America/Denver" .now=${WEDNESDAY_10AM}></clinic-contact-card>
      </div>
      <div lang="es">
        <clinic-contact-card name="AP" phone="385-287-1469" hours="Mo-Fr 09:00-17:00" time-zone="America/Denver" .now=${WEDNESDAY_10AM}></clinic-contact-card>
      </div>
    </div>`);
    const [spain, unknown, byPhone] = Array.from(cards.querySelectorAll<ClinicContactCard>('clinic-contact-card'));
    await Promise.all([spain!.updateComplete, unknown!.updateComplete, byPhone!.updateComplete]);
    expect(statusText(spain!)).to.equal('Abierto ahora · cierra a las 17:00');
    expect(text($(spain!, 'tbody tr:first-child td'))).to.equal('9:00 – 17:00');
    expect(statusText(unknown!)).to.equal('Abierto ahora · cierra a las 17:00');
    expect(clock(statusText(byPhone!)), 'a number dialled in the US plan makes a US clinic').to.equal(
      'Abierto ahora · cierra a las 5:00 p.m.',
    );
    // The page's language can change: the card follows it.
    byPhone!.parentElement!.lang = 'es-ES';
    await waitUntil(() => text($(byPhone!, 'tbody tr:first-child td')) === '9:00 – 17:00', 'Spain Spanish times');
  });
});

describe('<clinic-contact-card>: bad data', () => {
  async function withWarnings(run: () => Promise<void>): Promise<string[]> {
    const warnings = captureWarnings();
    try {
      await run();
    } finally {
      warnings.restore();
    }
    return warnings.messages;
  }

  it('keeps an unparsable phone as text without a link', async () => {
    let el!: ClinicContactCard;
    const messages = await withWarnings(async () => {
      el = await fixture<ClinicContactCard>(
        html`<clinic-contact-card name="AP" phone="call 555-CLINIC"></clinic-contact-card>`,
      );
    });
    expect($(el, 'a[href^="tel:"]')).to.equal(null);
    expect(text($(el, '.phone-text'))).to.equal('call 555-CLINIC');
    expect(messages).to.deep.equal([
      '<clinic-contact-card> phone: "call 555-CLINIC" is not a phone number that can be dialled; shown as text without a link.',
    ]);
  });

  it('hides the status for an unknown time zone and shows malformed hours as written', async () => {
    let el!: ClinicContactCard;
    const messages = await withWarnings(async () => {
      el = await seedCard({ timeZone: 'Mountain/Nowhere' });
    });
    expect($(el, '.status')).to.equal(null);
    expect($(el, 'table')).to.exist;
    expect($(el, 'tr[aria-current]')).to.equal(null);
    expect(messages.some((m) => m.startsWith('<clinic-contact-card> time-zone: "Mountain/Nowhere"'))).to.equal(true);

    const more = await withWarnings(async () => {
      el.hours = 'weekdays 9 to 5';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '.hours'))).to.equal('Hours: weekdays 9 to 5');
    expect(more.filter((m) => m.startsWith('<clinic-contact-card> hours:'))).to.have.length(1);
    // Everything else still shows.
    expect($(el, 'a[part="call"]')).to.exist;
  });

  it('warns without a time zone and shows the table unmarked', async () => {
    const messages = await withWarnings(async () => {
      const el = await fixture<ClinicContactCard>(
        html`<clinic-contact-card name="AP" hours="Mo-Fr 09:00-17:00"></clinic-contact-card>`,
      );
      expect($(el, '.status')).to.equal(null);
      expect($$(el, 'tbody tr')).to.have.length(7);
    });
    expect(messages.some((m) => m.startsWith('<clinic-contact-card> time-zone: no time-zone'))).to.equal(true);
  });

  it('drops unsafe URLs and bad e-mail with a warning, and renders text as text', async () => {
    let el!: ClinicContactCard;
    const messages = await withWarnings(async () => {
      el = await fixture<ClinicContactCard>(html`<clinic-contact-card
        name="<img src=x onerror=alert(1)>"
        url="javascript:alert(1)"
        booking-url="data:text/html,hi"
        map-url="javascript:void 0"
        email="not an address"
        locality="Town"
      ></clinic-contact-card>`);
    });
    expect($(el, 'img')).to.equal(null);
    expect(text($(el, '.name'))).to.equal('<img src=x onerror=alert(1)>');
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.google.com/maps/dir/?api=1&destination=Town']);
    expect(messages.map((m) => m.split(':')[0])).to.have.members([
      '<clinic-contact-card> email',
      '<clinic-contact-card> url',
      '<clinic-contact-card> booking-url',
      '<clinic-contact-card> map-url',
    ]);
  });

  it('warns about invalid inline JSON-LD and an invalid now, and renders what exists', async () => {
    let el!: ClinicContactCard;
    const messages = await withWarnings(async () => {
      el =
        await fixture<ClinicContactCard>(html`<clinic-contact-card phone="385-287-1469" hours="Mo 09:00-17:00" time-zone="America/Denver" .now=${new Date('nope')}>
        <script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">{"@type": "FAQPage"}</script>
      </clinic-contact-card>`);
    });
    expect($(el, '.name')).to.equal(null);
    expect($(el, 'address')).to.equal(null);
    expect($$(el, 'button').map(text)).to.deep.equal(['Add to contacts']);
    expect($(el, 'a[part="call"]')).to.exist;
    expect($(el, '.status')).to.exist;
    const subjects = messages.map((m) => m.split(':')[0]);
    expect(subjects.filter((s) => s === '<clinic-contact-card> json-ld')).to.have.length(2);
    expect(subjects).to.include('<clinic-contact-card> now');
  });

  it('shows its authored content when it has no data at all', async () => {
    const el = await fixture<ClinicContactCard>(html`<clinic-contact-card><p>Call us.</p></clinic-contact-card>`);
    expect($(el, 'slot')).to.exist;
    expect($(el, '.card')).to.equal(null);
    await nextFrame();
  });
});
