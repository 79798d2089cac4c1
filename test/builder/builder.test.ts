// The snippet builder (demo/builder.html): its pure snippet module, then the page itself, filled in like a CMS author
// would, with its preview, the copied code, and that code pasted into a blank page (an iframe) with the local CDN file.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../helpers/console.js';
import { shadowOf } from '../helpers/shadow.js';

interface SnippetModule {
  VERSION: string;
  CDN_BASE: string;
  ELEMENTS: Record<string, { tag: string; file: string }>;
  escapeHtml(text: string): string;
  isWebUrl(text: string): boolean;
  validate(kind: string, values: Record<string, unknown>): Record<string, string>;
  elementMarkup(kind: string, values: Record<string, unknown>): string;
  scriptTag(kind: string, integrity: Record<string, string> | null): string;
  snippet(kind: string, values: Record<string, unknown>, integrity: Record<string, string>): string;
}
interface HoursModule {
  DAYS: { name: string; short: string }[];
  hoursText(days: ({ opens: string; closes: string } | null)[]): string;
  daysFromHours(text: string): ({ opens: string; closes: string } | null)[] | null;
}
interface BuilderModule {
  initBuilder(
    root: ParentNode,
    options: { integrity: Promise<Record<string, string>> | Record<string, string> },
  ): Promise<void>;
}

// Plain ES modules served as they are (the builder is no TypeScript): loaded by URL.
const snippetUrl = '/demo/builder.snippet.js';
const builderUrl = '/demo/builder.js';
const hoursUrl = '/demo/builder.hours.js';
let S: SnippetModule;
let H: HoursModule;
let B: BuilderModule;
let integrity: Record<string, string>;

before(async () => {
  S = await import(snippetUrl);
  B = await import(builderUrl);
  H = await import(hoursUrl);
  integrity = await (await fetch('/dist/cdn/integrity.json')).json();
  await import('/dist/cdn/clinic-elements.js' as string); // defines the elements for the preview, as builder.html does
});

describe('builder: snippet module', () => {
  it('escapes markup in text and attributes', () => {
    expect(S.escapeHtml(`<img src=x onerror="alert(1)"> & 'ok'`)).to.equal(
      `&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; 'ok'`,
    );
    const markup = S.elementMarkup('faq', {
      items: [{ question: 'Is <b>this</b> "safe"?', answer: 'Yes & no.\n\n</details><script>alert(1)</script>' }],
      src: '',
    });
    expect(markup).to.equal(
      '<clinic-faq>\n  <details>\n    <summary>Is &lt;b&gt;this&lt;/b&gt; &quot;safe&quot;?</summary>\n    <p>Yes &amp; no.</p>\n' +
        '    <p>&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n  </details>\n</clinic-faq>',
    );
    const card = S.elementMarkup('contact', { name: 'A "quoted" <clinic>', 'heading-level': '2' });
    expect(card).to.contain('name="A &quot;quoted&quot; &lt;clinic&gt;"');
    expect(card).to.contain('<h2>A &quot;quoted&quot; &lt;clinic&gt;</h2>');
    const parsed = new DOMParser().parseFromString(card, 'text/html');
    expect(parsed.querySelector('clinic-contact-card')!.getAttribute('name')).to.equal('A "quoted" <clinic>');
    expect(parsed.querySelectorAll('script, img')).to.have.length(0);
  });

  it('pins the version and adds integrity and crossorigin to the script tag', () => {
    const tag = S.scriptTag('signs', integrity);
    expect(tag).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/clinic-elements@${S.VERSION}/dist/cdn/clinic-signs-checklist.js" ` +
        `integrity="${integrity['clinic-signs-checklist.js']}" crossorigin="anonymous"></script>`,
    );
    expect(integrity['clinic-signs-checklist.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(() => S.scriptTag('faq', null)).to.throw(/integrity/);
  });

  it('validates like the elements read their attributes', () => {
    expect(S.validate('faq', { items: [], src: '' })).to.have.keys('items');
    expect(
      S.validate('faq', {
        items: [
          { question: 'Q?', answer: ' ' },
          { question: '', answer: 'A.' },
        ],
        src: 'javascript:alert(1)',
      }),
    ).to.have.keys('answer-0', 'question-1', 'src');
    expect(S.validate('faq', { items: [], src: 'https://partner.example/faq.jsonld' })).to.deep.equal({});
    expect(
      S.validate('signs', {
        substance: 'x'.repeat(61),
        phone: 'call us',
        'contact-url': 'data:text/html,hi',
        thresholds: '4,2,6',
      }),
    ).to.have.keys('substance', 'phone', 'contact-url', 'thresholds');
    expect(
      S.validate('signs', {
        substance: 'alcohol',
        phone: '+44 20 7946 0958',
        'contact-url': '#contact',
        thresholds: '1,3,5',
      }),
    ).to.deep.equal({});
    expect(
      S.validate('contact', { name: ' ', email: 'not-an-address', hours: 'whenever', 'time-zone': 'Mars/Olympus' }),
    ).to.have.keys('name', 'email', 'hours', 'time-zone');
    expect(S.validate('contact', { name: 'Clinic', hours: 'Mo-Fr 09:00-17:00' })).to.have.keys('time-zone');
    expect(S.validate('contact', { src: 'https://clinic.example/clinic.jsonld' })).to.deep.equal({});
    expect(S.validate('contact', { name: 'Clinic', src: 'ftp://clinic.example/clinic.jsonld' })).to.have.keys('src');
    expect(S.elementMarkup('contact', { src: '/clinic.jsonld?a=1&b=2' })).to.equal(
      '<clinic-contact-card src="/clinic.jsonld?a=1&amp;b=2"></clinic-contact-card>',
    );
    expect(
      S.validate('contact', {
        name: 'Clinic',
        hours: 'Mo-Fr 09:00-17:00',
        'time-zone': 'America/Denver',
        url: '/about',
      }),
    ).to.deep.equal({});
    expect(S.isWebUrl('https://example.org/a')).to.be.true;
    expect(S.isWebUrl('JavaScript:alert(1)')).to.be.false;
  });

  it('writes fallback markup that reads without JavaScript', () => {
    const signs = new DOMParser().parseFromString(
      S.elementMarkup('signs', { phone: '385-287-1469', crisis: 'us' }),
      'text/html',
    );
    expect(signs.querySelector('a[href="tel:+13852871469"]')!.textContent).to.equal('385-287-1469');
    expect(signs.querySelector('a[href="tel:988"]')).to.exist;
    const extension = new DOMParser().parseFromString(
      S.elementMarkup('contact', { name: 'Clinic', phone: '(555) 010-2030 ext 4' }),
      'text/html',
    );
    expect(extension.querySelector('a[href="tel:+15550102030;ext=4"]')!.textContent).to.equal('(555) 010-2030 ext 4');
    // A national number is read in the address country's plan, as the card reads it.
    const british = { name: 'Clinic', phone: '020 7946 0958', country: 'GB' };
    expect(S.validate('contact', british)).to.deep.equal({});
    expect(S.elementMarkup('contact', british)).to.contain('<a href="tel:+442079460958">020 7946 0958</a>');
    expect(S.validate('contact', { ...british, country: 'US' })).to.have.keys('phone');
    const noCrisis = S.elementMarkup('signs', { crisis: 'none' });
    expect(noCrisis).to.equal('<clinic-signs-checklist crisis="none"></clinic-signs-checklist>');
    const card = new DOMParser().parseFromString(
      S.elementMarkup('contact', {
        name: 'Clinic',
        'street-address': '1 Main St',
        locality: 'Town',
        region: 'UT',
        'postal-code': '84000',
      }),
      'text/html',
    );
    expect(card.querySelector('h3')!.textContent).to.equal('Clinic');
    expect(card.querySelector('address')!.innerHTML).to.equal('1 Main St<br>Town, UT 84000');
  });
});

/** The card's table of hours, one "day: times" line per row (without the "Today" mark, which moves with the clock). */
function tableRows(card: Element): string[] {
  return [...shadowOf(card).querySelectorAll('[part~="table"] tbody tr')].map((row) =>
    [...row.children]
      .map((cell) =>
        cell
          .textContent!.replace(/\s+/g, ' ')
          .trim()
          .replace(/ Today$/, ''),
      )
      .join(': '),
  );
}

describe('builder: opening hours', () => {
  const NOW = new Date('2026-03-04T17:00:00Z'); // a Wednesday, 10:00 in Denver
  async function rowsFor(hours: string) {
    const card = await fixture(
      html`<clinic-contact-card name="C" hours=${hours} time-zone="America/Denver" .now=${NOW}></clinic-contact-card>`,
    );
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    return tableRows(card);
  }

  it('writes a week of days as text people read, and reads it back', () => {
    const nine = { opens: '09:00', closes: '17:00' };
    const week = [nine, nine, nine, nine, nine, { opens: '10:00', closes: '14:00' }, null];
    expect(H.hoursText(week)).to.equal('Mon-Fri 9am-5pm, Sat 10am-2pm');
    expect(H.daysFromHours('Mon-Fri 9am-5pm, Sat 10am-2pm')).to.deep.equal(week);
    expect(H.daysFromHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00')).to.deep.equal(week);
    const odd = [
      { opens: '08:30', closes: '12:00' },
      null,
      { opens: '08:30', closes: '12:00' },
      null,
      { opens: '22:00', closes: '02:00' },
      { opens: '00:00', closes: '00:00' },
      { opens: '00:00', closes: '00:00' },
    ];
    expect(H.hoursText(odd)).to.equal('Mon 8:30am-12pm, Wed 8:30am-12pm, Fri 10pm-2am, Sat-Sun 24 hours');
    expect(H.daysFromHours(H.hoursText(odd))).to.deep.equal(odd);
    expect(H.hoursText([null, null, null, null, null, null, null])).to.equal('');
    expect(H.hoursText([{ opens: '', closes: '' }, null, null, null, null, null, null])).to.equal('Mon 9am-5pm');
    // More than one opening a day, or text the card cannot read: no rows (the text stays as it is).
    expect(H.daysFromHours('Mon 9am-12pm, 1pm-5pm')).to.equal(null);
    expect(H.daysFromHours('Mon 9-5')).to.equal(null);
  });

  it("accepts only hours the card shows, row for row, with the card's own message for the rest", async function () {
    this.timeout(20000);
    const canonical = await rowsFor('Mo-Fr 09:00-17:00; Sa 10:00-14:00');
    expect(canonical).to.have.length(7);
    expect(canonical[0]).to.equal('Monday: 9:00 AM – 5:00 PM');
    expect(canonical[6]).to.equal('Sunday: Closed');
    for (const text of [
      'Mon-Fri 9am-5pm, Sat 10am-2pm',
      'Mon-Fri 9am-5pm, Sat 10am-2pm, Sun closed',
      'Monday to Friday 9 a.m. to 5 p.m.; Saturday 10 a.m. to 2 p.m.',
      'Mo-Fr 09:00-17:00, Sa 10:00-14:00',
      'weekdays 9:00 AM – 5:00 PM, Sat 10am-2pm',
      H.hoursText(H.daysFromHours('Mo-Fr 09:00-17:00; Sa 10:00-14:00')!),
    ]) {
      expect(S.validate('contact', { name: 'C', hours: text, 'time-zone': 'America/Denver' }), text).to.deep.equal({});
      expect(await rowsFor(text), text).to.deep.equal(canonical);
    }
    // What the builder refuses, the card would not show as a table either, and the message is the card's.
    for (const text of ['Mon-Fri 9-5', 'Mon-Fri 9am', 'whenever', 'Mon 9am-5pm'.repeat(200)]) {
      const error = S.validate('contact', { name: 'C', hours: text, 'time-zone': 'America/Denver' }).hours;
      expect(error, text).to.match(/The hours are shown as written, without an open\/closed status\.$/);
      const warnings = captureWarnings();
      const rows = await rowsFor(text);
      warnings.restore();
      expect(rows, text).to.deep.equal([]);
      expect(warnings.messages.join('\n'), text).to.contain(`hours: ${error}`);
    }
  });
});

/** sha384 of a local file, as a Subresource Integrity value. */
async function sri(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** A CDN file of this build, byte for byte (the test server's esbuild step would rewrite /dist/cdn/*.js). */
const localCdn = (file: string) => `${location.origin}/__test__/cdn?file=${file}`;

/** The snippet in a blank page (an iframe), its CDN address pointed at this build's dist/cdn. */
async function pasteIntoBlankPage(code: string): Promise<HTMLIFrameElement> {
  const local = code.replace(/src="([^"]+)"/, (_, src: string) => `src="${localCdn(src.slice(S.CDN_BASE.length))}"`);
  const frame = document.createElement('iframe');
  frame.title = 'Blank page';
  frame.style.cssText = 'width: 40rem; height: 40rem';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${local}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** What a reader gets from an upgraded element: its rendered text, whitespace folded. */
function rendered(element: Element): string {
  // (No `instanceof Element`: nodes in the iframe come from another realm.)
  const text = (node: Node): string => {
    const shadow =
      (node as Partial<Element> & { renderRoot?: ShadowRoot }).renderRoot ?? (node as Partial<Element>).shadowRoot;
    if (shadow) return text(shadow);
    return [...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : text(child)))
      .join(' ');
  };
  return text(element).replace(/\s+/g, ' ').trim();
}

describe('builder page', () => {
  let page: HTMLElement;
  const frames: HTMLIFrameElement[] = [];
  const $ = <T extends Element = HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  let clipboard: string[];

  function fill(selector: string, value: string) {
    const field = $<HTMLInputElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function choose(kind: string) {
    const radio = $<HTMLInputElement>(`input[name="element"][value="${kind}"]`);
    radio.click();
  }
  async function settled(tag: string) {
    const element = $('#preview').querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    await element.updateComplete;
    return element;
  }

  before(async () => {
    for (const sheet of ['/demo/demo.css', '/demo/builder.css']) {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: sheet });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
    }
  });

  beforeEach(async () => {
    const source = await (await fetch('/demo/builder.html')).text();
    const main = new DOMParser().parseFromString(source, 'text/html').querySelector('main')!;
    page = await fixture(html`<div></div>`);
    page.append(document.importNode(main, true));
    clipboard = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void clipboard.push(text) },
    });
    await B.initBuilder(page, { integrity: fetch('/dist/cdn/integrity.json').then((r) => r.json()) });
  });

  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  for (const [kind, tag] of [
    ['faq', 'clinic-faq'],
    ['signs', 'clinic-signs-checklist'],
    ['contact', 'clinic-contact-card'],
  ] as const) {
    it(`is accessible with the ${kind} form and preview`, async function () {
      this.timeout(30000); // axe over the whole page is slow in WebKitGTK
      choose(kind);
      await settled(tag);
      await expect(page).to.be.accessible();
    });
  }

  const headings = (faq: Element, level = 3) =>
    [...shadowOf(faq).querySelectorAll(`[role="heading"][aria-level="${level}"] button`)].map((b) =>
      b.textContent!.trim(),
    );

  it('builds a FAQ: questions typed in show in the preview and in the code, which renders the same in a blank page', async () => {
    // Before the author types, the preview shows the example, and the code has none of it.
    expect(page.querySelectorAll('#faq-items li')).to.have.length(1);
    expect($<HTMLInputElement>('#faq-items input').value).to.equal('');
    expect($<HTMLInputElement>('#faq-items input').placeholder).to.equal('e.g. Is ketamine treatment addictive?');
    expect(headings(await settled('clinic-faq'))).to.deep.equal([
      'Is ketamine treatment addictive?',
      'How soon might I feel a difference?',
    ]);
    expect($('#preview-example').hidden).to.be.false;
    expect($<HTMLTextAreaElement>('#snippet').value).not.to.contain('ketamine');

    fill('#faq-items input', 'Do I need a referral?');
    fill('#faq-items textarea', 'No. Call us and we will book a first visit.');
    expect($('#preview-example').hidden).to.be.true;
    $('#add-question').click();
    const rows = page.querySelectorAll('#faq-items li');
    expect(rows).to.have.length(2);
    const question = rows[1]!.querySelector('input')!;
    expect(document.activeElement).to.equal(question);
    await sendKeys({ type: 'Parking?' }); // (WebKit's driver drops spaces typed after the first)
    const answer = rows[1]!.querySelector('textarea')!;
    answer.value =
      'Free parking behind the building & a "drop-off" lane.\n\nBring <someone> to drive you home after a session.';
    answer.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLInputElement>('input[name="searchable"]').click();
    fill('#faq-heading-level', '2');

    const faq = await settled('clinic-faq');
    expect(faq.hasAttribute('searchable')).to.be.true;
    expect(headings(faq, 2), 'only what the author typed').to.deep.equal(['Do I need a referral?', 'Parking?']);
    expect(shadowOf(faq).querySelector('input[type="search"]')).to.exist;

    $('#copy').click();
    await waitUntil(() => clipboard.length === 1, 'copied');
    const code = clipboard[0]!;
    expect(code).to.equal($<HTMLTextAreaElement>('#snippet').value);
    expect($('#copy-status').textContent).to.match(/^Copied/);
    expect(code).to.contain('<summary>Parking?</summary>');
    expect(code).to.contain('<p>Free parking behind the building &amp; a &quot;drop-off&quot; lane.</p>');
    expect(code).to.contain('<p>Bring &lt;someone&gt; to drive you home after a session.</p>');
    expect(code).not.to.contain('ketamine');

    const script = new DOMParser().parseFromString(code, 'text/html').querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(
      `https://cdn.jsdelivr.net/npm/clinic-elements@${S.VERSION}/dist/cdn/clinic-faq.js`,
    );
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.getAttribute('integrity')).to.equal(await sri(localCdn('clinic-faq.js')));

    const frame = await pasteIntoBlankPage(code);
    frames.push(frame);
    // Module scripts run before the frame's load event: the element is defined (the integrity matched) or never will be.
    expect(frame.contentWindow!.customElements.get('clinic-faq'), 'defined').to.exist;
    const pasted = frame.contentDocument!.querySelector('clinic-faq') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await pasted.updateComplete;
    expect(pasted.outerHTML).to.equal(faq.outerHTML);
    expect(rendered(pasted)).to.equal(rendered(faq));
  });

  it('builds a checklist and a contact card the same way', async () => {
    choose('signs');
    expect($('#fields-signs').hidden).to.be.false;
    expect($('#fields-faq').hidden).to.be.true;
    expect(rendered(await settled('clinic-signs-checklist')), 'the example until the author types').to.contain(
      'ketamine',
    );
    fill('#signs-substance', 'alcohol');
    fill('#signs-phone', '(555) 010-2030 x12');
    fill('#signs-thresholds', '1,3,5');
    fill('#signs-crisis', 'none');
    const checklist = await settled('clinic-signs-checklist');
    expect(rendered(checklist)).to.contain('alcohol');
    expect(shadowOf(checklist).querySelector('[part~="crisis"]')).to.be.null;
    expect(shadowOf(checklist).querySelector('a.call')!.getAttribute('href')).to.equal('tel:+15550102030;ext=12');
    $('#copy').click();
    await waitUntil(() => clipboard.length === 1, 'copied');
    expect(clipboard[0]).to.contain(`integrity="${await sri(localCdn('clinic-signs-checklist.js'))}"`);
    const frame = await pasteIntoBlankPage(clipboard[0]!);
    frames.push(frame);
    expect(frame.contentWindow!.customElements.get('clinic-signs-checklist'), 'defined').to.exist;
    const pasted = frame.contentDocument!.querySelector('clinic-signs-checklist') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await pasted.updateComplete;
    expect(pasted.outerHTML).to.equal(checklist.outerHTML);
    expect(rendered(pasted)).to.equal(rendered(checklist));

    choose('contact');
    fill('#contact-name', 'Clinic & Co "North"');
    fill('#contact-email', 'hello@clinic.example');
    const card = await settled('clinic-contact-card');
    expect(shadowOf(card).querySelector('[part~="name"]')!.textContent).to.contain('Clinic & Co "North"');
    expect(shadowOf(card).querySelector('a[href="mailto:hello@clinic.example"]')).to.exist;
    $('#copy').click();
    await waitUntil(() => clipboard.length === 2, 'copied');
    expect(clipboard[1]).to.contain('integrity="' + integrity['clinic-contact-card.js'] + '"');
    const cardFrame = await pasteIntoBlankPage(clipboard[1]!);
    frames.push(cardFrame);
    expect(cardFrame.contentWindow!.customElements.get('clinic-contact-card'), 'defined').to.exist;
    const pastedCard = cardFrame.contentDocument!.querySelector('clinic-contact-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await pastedCard.updateComplete;
    expect(pastedCard.outerHTML).to.equal(card.outerHTML);
    for (const part of ['name', 'actions']) {
      expect(rendered(shadowOf(pastedCard).querySelector(`[part~="${part}"]`)!), part).to.equal(
        rendered(shadowOf(card).querySelector(`[part~="${part}"]`)!),
      );
    }
  });

  it('never puts the example in the code: a clinic that types only its name publishes only its name', async () => {
    choose('contact');
    const fields = [...page.querySelectorAll<HTMLInputElement>('#fields-contact input:not([type="checkbox"])')];
    expect(fields.filter((field) => field.value)).to.deep.equal([]);
    expect($<HTMLInputElement>('#contact-phone').placeholder).to.equal('e.g. (555) 010-2030 ext 4');
    const example = await settled('clinic-contact-card');
    expect(rendered(shadowOf(example).querySelector('[part~="name"]')!)).to.equal('Example Recovery Clinic');
    expect($('#preview-example').hidden).to.be.false;

    fill('#contact-name', 'Northside Clinic');
    const card = await settled('clinic-contact-card');
    expect($('#preview-example').hidden).to.be.true;
    expect(rendered(shadowOf(card).querySelector('[part~="name"]')!)).to.equal('Northside Clinic');
    for (const part of ['address', 'call', 'hours'])
      expect(shadowOf(card).querySelector(`[part~="${part}"]`), part).to.be.null;
    $('#copy').click();
    await waitUntil(() => clipboard.length === 1, 'copied');
    const element = clipboard[0]!.slice(clipboard[0]!.indexOf('<clinic-contact-card'));
    expect(element).to.equal(
      '<clinic-contact-card name="Northside Clinic">\n  <h3>Northside Clinic</h3>\n</clinic-contact-card>\n',
    );
  });

  it('takes the hours day by day, writes them as text, and reads typed text back into the days', async () => {
    choose('contact');
    fill('#contact-name', 'Northside Clinic');
    fill('#contact-time-zone', 'America/Denver');
    const day = (n: number, role: string) =>
      $<HTMLInputElement>(`#day-rows fieldset:nth-child(${n + 1}) [data-role="${role}"]`);
    const days = [...page.querySelectorAll('#day-rows legend')].map((legend) => legend.textContent);
    expect(days).to.deep.equal(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(day(0, 'opens').disabled).to.be.true;

    day(0, 'open').click();
    expect(day(0, 'opens').disabled).to.be.false;
    expect([day(0, 'opens').value, day(0, 'closes').value]).to.deep.equal(['09:00', '17:00']);
    expect($<HTMLInputElement>('#contact-hours').value).to.equal('Mon 9am-5pm');
    fill('#day-rows fieldset:nth-child(1) [data-role="opens"]', '08:30');
    $('#same-as-monday').click();
    day(5, 'open').click();
    fill('#day-rows fieldset:nth-child(6) [data-role="closes"]', '13:00');
    expect($<HTMLInputElement>('#contact-hours').value).to.equal('Mon-Fri 8:30am-5pm, Sat 9am-1pm');
    const card = await settled('clinic-contact-card');
    expect(tableRows(card)[0]).to.equal('Monday: 8:30 AM – 5:00 PM');
    expect(tableRows(card)[5]).to.equal('Saturday: 9:00 AM – 1:00 PM');
    expect(tableRows(card)[6]).to.equal('Sunday: Closed');

    // Typed text: the days follow what the card reads; what it cannot read gets the card's message beside the field.
    fill('#contact-hours', 'Tue-Thu 10am-6pm');
    expect([0, 1, 2, 3, 4].map((n) => day(n, 'open').checked)).to.deep.equal([false, true, true, true, false]);
    expect(day(2, 'closes').value).to.equal('18:00');
    fill('#contact-hours', 'Mon-Fri 9-5');
    const error = $('#contact-hours-error');
    expect(error.hidden).to.be.false;
    expect(error.textContent).to.equal(
      '"Mon-Fri 9-5": "9-5" is not a time range. The hours are shown as written, without an open/closed status.',
    );
    expect($('#contact-hours').getAttribute('aria-invalid')).to.equal('true');
    expect($('#contact-hours').getAttribute('aria-describedby')).to.contain('contact-hours-error');
    fill('#contact-hours', 'Mon 9am-12pm, 1pm-5pm');
    expect($('#days-status').textContent).to.match(/more than one opening/);
    expect(error.hidden).to.be.true;
    await expect(page).to.be.accessible();
  });

  it('refuses to load a file whose integrity does not match', async () => {
    const code = S.snippet(
      'faq',
      { items: [{ question: 'Q?', answer: 'A.' }] },
      { 'clinic-faq.js': `sha384-${'A'.repeat(64)}` },
    );
    const frame = await pasteIntoBlankPage(code);
    frames.push(frame);
    expect(frame.contentWindow!.customElements.get('clinic-faq')).to.be.undefined;
    // …while the same page with the real value upgrades.
    const good = await pasteIntoBlankPage(S.snippet('faq', { items: [{ question: 'Q?', answer: 'A.' }] }, integrity));
    frames.push(good);
    expect(good.contentWindow!.customElements.get('clinic-faq')).to.exist;
  });

  it('explains invalid fields and does not copy until they are fixed', async () => {
    choose('contact');
    const warnings = captureWarnings();
    fill('#contact-name', '');
    fill('#contact-phone', 'call us');
    await settled('clinic-contact-card');
    warnings.restore();
    expect(warnings.messages.join('\n'), 'the preview element says so too').to.contain('phone');
    const phoneError = $('#contact-phone-error');
    expect(phoneError.hidden).to.be.false;
    expect(phoneError.textContent).to.match(/phone number/);
    expect($('#contact-phone').getAttribute('aria-invalid')).to.equal('true');
    expect($('#contact-phone').getAttribute('aria-describedby')).to.contain('contact-phone-error');

    $('#copy').click();
    await waitUntil(() => document.activeElement === $('#contact-name'), 'focus moves to the first field to fix');
    expect(clipboard).to.deep.equal([]);
    expect($('#snippet-problem').textContent).to.equal('2 fields need attention before you copy the code.');
    expect($('#contact-name-error').textContent).to.match(/name/);
    await expect(page).to.be.accessible();

    fill('#contact-name', 'Clinic');
    fill('#contact-phone', '385-287-1469');
    expect($('#contact-phone-error').hidden).to.be.true;
    expect($('#snippet-problem').hidden).to.be.true;
    $('#copy').click();
    await waitUntil(() => clipboard.length === 1, 'copied once fixed');
  });

  it('removes a question and keeps focus in the list', async () => {
    fill('#faq-items input', 'First?');
    fill('#faq-items textarea', 'One.');
    $('#add-question').click();
    fill('#faq-items li:nth-child(2) input', 'Second?');
    fill('#faq-items li:nth-child(2) textarea', 'Two.');
    const first = page.querySelector<HTMLButtonElement>('#faq-items li .remove')!;
    expect(first.textContent).to.equal('Remove question 1');
    first.click();
    const rows = page.querySelectorAll('#faq-items li');
    expect(rows).to.have.length(1);
    expect(rows[0]!.querySelector('label')!.textContent).to.equal('Question 1');
    expect(document.activeElement).to.equal(rows[0]!.querySelector('input'));
    const faq = await settled('clinic-faq');
    expect(headings(faq)).to.deep.equal(['Second?']);
    rows[0]!.querySelector<HTMLButtonElement>('.remove')!.click();
    expect(document.activeElement).to.equal($('#add-question'));
    $('#copy').click();
    await waitUntil(() => !$('#items-error').hidden, 'asks for a question');
    expect(clipboard).to.deep.equal([]);
  });

  it('falls back to selecting the code when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    $('#copy').click();
    const output = $<HTMLTextAreaElement>('#snippet');
    await waitUntil(() => $('#copy-status').textContent !== '', 'a status');
    expect(document.activeElement).to.equal(output);
    expect(output.selectionStart).to.equal(0);
    expect(output.selectionEnd).to.equal(output.value.length);
  });
});
