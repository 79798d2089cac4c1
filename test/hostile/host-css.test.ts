/**
 * A host page with aggressive global CSS. Rules reach the host elements themselves (they match
 * `*`), never the shadow trees; the `.base` wrapper resets what would be inherited, so only the
 * documented properties come through: font and colour.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/faq/define.js';
import '../../src/contact-card/define.js';
import '../../src/signs-checklist/define.js';
import type { ClinicFaq } from '../../src/faq/faq.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { shadowOf } from '../helpers/shadow.js';

const HOSTILE_CSS = `
  html { font-size: 40px !important; }
  * {
    box-sizing: content-box !important;
    line-height: 3 !important;
    letter-spacing: 0.5em !important;
    word-spacing: 2em !important;
    text-transform: uppercase !important;
    text-align: right !important;
    text-indent: 5em !important;
    white-space: nowrap !important;
    text-shadow: 0 0 3px red !important;
    visibility: hidden !important;
    font-family: Georgia, serif;
    color: rgb(20, 30, 40);
    font-style: italic;
  }
  button, input, a, details, summary, table, address, ul, li, p, span, label, fieldset, legend, svg, h1, h2, h3 {
    display: none !important; opacity: 0 !important; width: 0 !important; height: 0 !important;
  }
  button { position: absolute !important; left: -9999px !important; }
  a { color: inherit !important; text-decoration: none !important; }
  /* (The checklist's own element carries the session-replay tools' classes by design; everything else with a class goes.) */
  [part], [part~="base"], [class]:not(clinic-signs-checklist), [role], [aria-expanded] { display: none !important; }
  :host, :host(*), :host-context(body), ::slotted(*) { display: none !important; }
  svg, path { width: 100vw !important; height: 100vw !important; fill: red !important; }
  input[type="checkbox"] { appearance: none !important; }
  body clinic-faq > *, body clinic-contact-card > *, body clinic-signs-checklist > * { display: none !important; }
`;

let sheet: HTMLStyleElement;

const WEDNESDAY_10AM = new Date('2026-11-25T17:00:00Z');

async function renderAll(): Promise<{
  faq: ClinicFaq;
  checklist: ClinicSignsChecklist;
  card: ClinicContactCard;
  wrapper: HTMLElement;
}> {
  const wrapper = await fixture<HTMLElement>(html`<section style="width: 900px">
    <clinic-faq searchable controls>
      <details><summary>Is every session supervised?</summary><p>Yes, always.</p></details>
      <details><summary>How long does a visit take?</summary><p>About two hours.</p></details>
    </clinic-faq>
    <clinic-signs-checklist phone="385-287-1469" contact-url="#contact"></clinic-signs-checklist>
    <clinic-contact-card
      name="Example Clinic"
      phone="385-287-1469"
      email="care@example.org"
      url="https://example.org"
      street-address="1 Main Street"
      locality="Springfield"
      hours="Mo-Fr 09:00-17:00"
      time-zone="America/Denver"
      .now=${WEDNESDAY_10AM}
    ></clinic-contact-card>
  </section>`);
  const faq = wrapper.querySelector<ClinicFaq>('clinic-faq')!;
  const checklist = wrapper.querySelector<ClinicSignsChecklist>('clinic-signs-checklist')!;
  const card = wrapper.querySelector<ClinicContactCard>('clinic-contact-card')!;
  await Promise.all([faq.updateComplete, checklist.updateComplete, card.updateComplete]);
  return { faq, checklist, card, wrapper };
}

const controls = (el: Element) =>
  Array.from(shadowOf(el).querySelectorAll<HTMLElement>('button, a[href], input:not([type=checkbox])'));

/** Visible, of a sane size, and focusable. */
function expectUsable(control: HTMLElement, label: string): void {
  const style = getComputedStyle(control);
  const box = control.getBoundingClientRect();
  expect(style.display, `${label} display`).not.to.equal('none');
  expect(style.visibility, `${label} visibility`).to.equal('visible');
  expect(Number(style.opacity), `${label} opacity`).to.equal(1);
  expect(box.width, `${label} width`).to.be.within(24, 900);
  expect(box.height, `${label} height`).to.be.within(24, 400);
  expect(box.left, `${label} on screen`).to.be.at.least(0);
  control.focus();
  expect((control.getRootNode() as ShadowRoot).activeElement, `${label} focusable`).to.equal(control);
}

/** Only font and colour come through to the text; the rest is the element's own. */
function expectOwnText(el: Element): void {
  const host = getComputedStyle(el);
  const base = getComputedStyle(shadowOf(el).querySelector('.base')!);
  expect(host.letterSpacing, 'the hostile rule does apply to the host').not.to.be.oneOf(['normal', '0px']);
  expect(base.letterSpacing).to.be.oneOf(['normal', '0px']);
  expect(base.wordSpacing).to.equal('0px');
  expect(base.textTransform).to.equal('none');
  expect(base.textAlign).to.be.oneOf(['start', 'left']);
  expect(base.textIndent).to.equal('0px');
  expect(base.whiteSpace).to.equal('normal');
  expect(base.textShadow).to.equal('none');
  expect(base.visibility).to.equal('visible');
  expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.closeTo(1.5, 0.01);
  // The documented inherited properties do come through.
  expect(base.fontFamily).to.contain('Georgia');
  expect(base.color).to.equal('rgb(20, 30, 40)');
  expect(base.fontStyle).to.equal('italic');
  // Inside, the element's own box model.
  for (const inner of Array.from(shadowOf(el).querySelectorAll('button, input, a, p, div')).slice(0, 20)) {
    expect(getComputedStyle(inner).boxSizing).to.equal('border-box');
  }
  // No horizontal overflow from hostile spacing or nowrap.
  const box = shadowOf(el).querySelector<HTMLElement>('.base')!;
  expect(box.scrollWidth, `${el.localName} overflows`).to.be.at.most(box.clientWidth + 1);
}

describe('hostile page: aggressive host CSS', () => {
  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });
  after(() => {
    sheet.remove();
    document.documentElement.style.removeProperty('font-size');
  });
  afterEach(() => resetMouse());

  it('applies to the page itself (the rules are real)', async () => {
    const probe = await fixture(html`<div><button>page button</button><p>page text</p></div>`);
    expect(getComputedStyle(probe.querySelector('button')!).display).to.equal('none');
    expect(getComputedStyle(probe).textTransform).to.equal('uppercase');
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('40px');
  });

  it('keeps every control of the three elements visible, sane-sized and focusable', async () => {
    const { faq, checklist, card } = await renderAll();
    for (const el of [faq, checklist, card]) {
      const list = controls(el);
      expect(list.length, `${el.localName} controls`).to.be.greaterThan(1);
      list.forEach((control, i) =>
        expectUsable(control, `${el.localName} control ${i} (${control.localName}.${control.className})`),
      );
    }
    for (const box of Array.from(shadowOf(checklist).querySelectorAll<HTMLInputElement>('input[type=checkbox]'))) {
      const style = getComputedStyle(box);
      expect(style.display).not.to.equal('none');
      expect(style.appearance).not.to.equal('none');
      const row = box.closest('label')!.getBoundingClientRect();
      expect(row.height).to.be.at.least(44);
    }
  });

  it('keeps the text the element’s own: only font and colour inherit', async () => {
    const { faq, checklist, card } = await renderAll();
    for (const el of [faq, checklist, card]) expectOwnText(el);
  });

  it('resets the other inherited text properties a page could push in (writing mode, breaking, fill…)', async () => {
    const more = document.createElement('style');
    more.textContent = `* {
      writing-mode: vertical-rl !important; text-orientation: upright !important; word-break: break-all !important;
      hyphens: auto !important; tab-size: 40 !important; quotes: "x" "y" !important; caption-side: bottom !important;
      -webkit-text-fill-color: transparent !important; -webkit-text-stroke: 2px red !important; paint-order: stroke !important;
      text-underline-position: under !important; text-emphasis-style: circle !important;
    }`;
    document.head.append(more);
    try {
      const { faq, checklist, card } = await renderAll();
      for (const el of [faq, checklist, card]) {
        expect(getComputedStyle(el).writingMode, 'the rule applies to the host').to.equal('vertical-rl');
        for (const inner of [
          shadowOf(el).querySelector('.base')!,
          ...Array.from(shadowOf(el).querySelectorAll('button, a, caption, label')),
        ]) {
          const style = getComputedStyle(inner);
          const what = `${el.localName} ${inner.localName}.${inner.className}`;
          expect(style.writingMode, what).to.equal('horizontal-tb');
          expect(style.wordBreak, what).to.equal('normal');
          expect(style.hyphens, what).to.equal('manual');
          expect(style.getPropertyValue('tab-size'), what).to.equal('8');
          expect(style.getPropertyValue('-webkit-text-fill-color'), what).to.equal(style.color);
          expect(parseFloat(style.getPropertyValue('-webkit-text-stroke-width')), what).to.equal(0);
          expect(style.getPropertyValue('paint-order'), what).to.equal('normal');
          expect(style.getPropertyValue('text-emphasis-style'), what).to.be.oneOf(['none', '']);
          expect(style.getPropertyValue('text-underline-position'), what).to.equal('auto');
        }
        const caption = shadowOf(el).querySelector('caption');
        if (caption) expect(getComputedStyle(caption).captionSide).to.equal('top');
      }
    } finally {
      more.remove();
    }
  });

  it('stays usable with a real mouse and keyboard', async () => {
    const { faq, checklist } = await renderAll();
    const question = shadowOf(faq).querySelector<HTMLElement>('.question')!;
    question.scrollIntoView({ block: 'center' });
    const q = question.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(q.left + q.width / 2), Math.round(q.top + q.height / 2)] });
    await faq.updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    const answer = shadowOf(faq).querySelector<HTMLElement>('.answer')!;
    expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(answer.querySelector('p')!).display).to.equal('block');

    const row = shadowOf(checklist).querySelector<HTMLElement>('label.row')!;
    row.scrollIntoView({ block: 'center' });
    const r = row.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + 30), Math.round(r.top + r.height / 2)] });
    await checklist.updateComplete;
    expect(shadowOf(checklist).querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);

    // Keyboard: focus the first question and move with the arrow keys (APG accordion).
    question.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadowOf(faq).activeElement).to.equal(shadowOf(faq).querySelectorAll('.question')[1]);
    await sendKeys({ press: 'Enter' });
    await faq.updateComplete;
    expect(shadowOf(faq).querySelectorAll('.question')[1]!.getAttribute('aria-expanded')).to.equal('true');
  });
});
