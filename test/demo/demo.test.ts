// The demo pages as a reader opens them (demo/index.html and demo/es.html, with the built CDN bundle): the Spanish page
// speaks Spanish in every element, and the two pages link to each other.
import { expect, waitUntil } from '@open-wc/testing';
import { signsStrings } from '../../src/signs-checklist/strings.js';
import { shadowOf, spokenText } from '../helpers/shadow.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];

/** Opens a demo page in a frame and waits until its three elements have rendered. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  const registry = frame.contentWindow!.customElements;
  await Promise.all(
    ['clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card'].map((tag) => registry.whenDefined(tag)),
  );
  await Promise.all(
    Array.from(page.querySelectorAll<Updating>('clinic-faq, clinic-signs-checklist, clinic-contact-card')).map(
      (el) => el.updateComplete,
    ),
  );
  return page;
}

const shadowText = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('demo pages', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('the Spanish page shows Spanish in the FAQ, the checklist and the contact card', async function () {
    this.timeout(30000); // A whole page with the bundle, in a slow engine.
    const page = await openPage('/demo/es.html');
    expect(page.documentElement.lang).to.equal('es');

    const faq = page.querySelector('clinic-faq')!.shadowRoot!;
    expect(shadowText(faq.querySelector('label'))).to.equal('Buscar en las preguntas');
    expect(shadowText(faq.querySelector('.question'))).to.equal('¿La ketamina causa adicción?');
    // Where the FAQ speaks of severe depression, it points to 988.
    const fast = Array.from(faq.querySelectorAll('.item')).find(
      (item) => shadowText(item.querySelector('.question')) === '¿Qué tan rápido puede ayudar?',
    )!;
    expect(fast.querySelector('a[href="tel:988"]')!.textContent).to.equal('llame al 988');

    // No authored English signs: the built-in Spanish list shows, for ketamine.
    // (The checklist's shadow root is closed; Lit keeps it as renderRoot.)
    const checklist = shadowOf(page.querySelector('clinic-signs-checklist')!);
    const signs = Array.from(checklist.querySelectorAll('label')).map(shadowText);
    // The crisis box has its Spanish heading, and the text link sends AYUDA.
    expect(shadowText(checklist.querySelector('[part~="crisis"] [role="heading"]'))).to.equal(
      'Si necesita ayuda ahora',
    );
    expect(checklist.querySelector('.pointer a[href="sms:988?body=AYUDA"]')).to.exist;
    expect(signs.length).to.be.at.least(10);
    expect(signs.some((sign) => sign.includes('ketamina'))).to.equal(true);
    const english = Object.entries(signsStrings.en)
      .filter(([key]) => key.startsWith('signs.item.'))
      .map(([, text]) => String(text).replace('{substance}', 'ketamine').slice(0, 24));
    for (const sign of signs)
      expect(
        english.some((start) => sign.includes(start)),
        sign,
      ).to.equal(false);
    expect(shadowText(checklist), 'the built-in crisis help').to.contain('988');

    // The contact card: Spanish words, and a US clinic's times as US Spanish writes them (12-hour).
    const card = page.querySelector('clinic-contact-card')!.shadowRoot!;
    expect(shadowText(card.querySelector('caption'))).to.equal('Horario de atención');
    // As read aloud: the short day name (shown in narrow columns) is aria-hidden.
    expect(spokenText(card.querySelector('tbody tr:first-child th')), 'Monday (today, on a Monday)').to.match(
      /^lunes( Hoy)?$/,
    );
    expect(shadowText(card.querySelector('tbody tr:first-child td')).replace(/\s/g, ' ')).to.match(
      /^9:00 a\. ?m\. – 5:00 p\. ?m\.$/,
    );
    expect(shadowText(card.querySelector('a[part="call"]'))).to.equal('Llamar al (385) 287-1469');

    const back = page.querySelector<HTMLAnchorElement>('header a[hreflang="en"]')!;
    expect(back.getAttribute('href')).to.equal('index.html');
    expect(back.lang).to.equal('en');
  });

  it('the English page links to the Spanish one, and its FAQ points to 988', async function () {
    this.timeout(30000);
    const page = await openPage('/demo/index.html');
    const spanish = page.querySelector<HTMLAnchorElement>('header a[hreflang="es"]')!;
    expect(spanish.getAttribute('href')).to.equal('es.html');
    expect(spanish.lang).to.equal('es');
    expect(spanish.textContent).to.equal('Español');
    const faq = page.querySelector('clinic-faq')!;
    await waitUntil(() => faq.shadowRoot!.querySelectorAll('.question').length > 0, 'the FAQ renders');
    const fast = Array.from(faq.shadowRoot!.querySelectorAll('.item')).find(
      (item) => shadowText(item.querySelector('.question')) === 'How quickly can it help?',
    )!;
    expect(shadowText(fast.querySelector('.answer'))).to.contain(
      'If you are thinking about suicide, call 988 or text 988 now.',
    );
  });
});
