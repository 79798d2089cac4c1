import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/signs-checklist/define.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { registerStrings } from '../../src/internal/localize.js';
import { captureWarnings } from '../helpers/console.js';
import { emulate } from '../helpers/media.js';
import { shadowOf } from '../helpers/shadow.js';

const root = (el: Element) => shadowOf(el);
const boxes = (el: Element) => Array.from(root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
const labels = (el: Element) => boxes(el).map((box) => box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim());
const status = (el: Element) => root(el).querySelector('[role="status"]')!;
const message = (el: Element) => root(el).querySelector('.result [aria-live="polite"]')!;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** What the result shows: the count, then the message. */
const statusText = (el: Element) => squash(`${status(el).textContent} ${message(el).textContent}`);
const button = (el: Element, cls: string) => root(el).querySelector<HTMLButtonElement>(`button.${cls}`)!;

async function tick(el: ClinicSignsChecklist, ...indexes: number[]) {
  for (const i of indexes) boxes(el)[i].click();
  await el.updateComplete;
}

/** Focuses checkbox `index` with real Tab presses from the start of the element (past the crisis pointer's links). */
async function tabTo(el: ClinicSignsChecklist, index: number) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  const pointerLinks = root(el).querySelectorAll('.pointer a').length;
  for (let i = 0; i <= pointerLinks + index; i++) await sendKeys({ press: 'Tab' });
  before.remove();
  expect(root(el).activeElement).to.equal(boxes(el)[index]);
}

describe('<clinic-signs-checklist>', () => {
  it('lists the general signs as labelled checkboxes in four named groups inside the question', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const form = root(el).querySelector('fieldset[part="form"]')!;
    expect(form.querySelector(':scope > legend')!.textContent).to.equal(
      'Which of these have you noticed in the past 12 months?',
    );
    const groups = Array.from(form.querySelectorAll('fieldset.group'));
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).to.deep.equal([
      'Loss of control',
      'Effects on daily life',
      'Risky use',
      'Changes in the body',
    ]);
    expect(boxes(el)).to.have.length(11);
    expect(labels(el)[0]).to.equal('Using alcohol or drugs in larger amounts, or for longer, than you meant to');
    expect(labels(el).some((l) => l.startsWith('Feeling sick, shaky'))).to.equal(true);
    expect(labels(el).some((l) => l.includes('bladder'))).to.equal(false);
    for (const box of boxes(el)) {
      expect(box.labels![0].textContent!.trim()).not.to.equal('');
      expect(box.checked).to.equal(false);
      expect(box.hasAttribute('name')).to.equal(false);
    }
    expect(root(el).querySelector('.intro')!.textContent).to.equal(
      'Check any that apply, for yourself or for someone close to you.',
    );
    // The supervised-medicine note comes right after tolerance and withdrawal, the two signs it is about, and is
    // read with them.
    const note = groups[3].querySelector('.note')!;
    expect(note.textContent).to.match(/^About the two signs above: if a doctor prescribed a medicine/);
    expect(note.previousElementSibling!.textContent).to.contain('Needing more').and.contain('Feeling sick');
    const described = boxes(el).filter((box) => box.getAttribute('aria-describedby') === note.id);
    expect(described.map((box) => box.dataset.sign)).to.deep.equal(['tolerance', 'withdrawal']);
    expect(root(el).querySelector('.disclaimer')!.textContent).to.contain('not a diagnosis');
  });

  it('is accessible empty, partly and fully ticked', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist phone="385-287-1469" contact-url="#contact"></clinic-signs-checklist>`,
    );
    await expect(el).to.be.accessible();
    await tick(el, 0, 4, 9);
    await expect(el).to.be.accessible();
    await tick(
      el,
      ...boxes(el)
        .map((box, i) => (box.checked ? -1 : i))
        .filter((i) => i >= 0),
    );
    expect(boxes(el).every((box) => box.checked)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('has empty live regions from the start; each box says the count, the message only when it changes', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    expect(status(el).textContent!.trim()).to.equal('');
    expect(message(el).textContent!.trim()).to.equal('');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(squash(message(el).textContent)));
    observer.observe(message(el), { childList: true, subtree: true, characterData: true });
    try {
      await tick(el, 0);
      expect(statusText(el)).to.match(/^1 of 11 signs Even one sign can be worth talking about\./);
      await tick(el, 1);
      expect(statusText(el)).to.match(/^2 of 11 signs A clinician can help you make sense/);
      const heard = said.length;
      await tick(el, 2); // 3 signs: the same band, so the message region is left alone.
      expect(squash(status(el).textContent)).to.equal('3 of 11 signs');
      expect(said.length, 'the message was said again for the same band').to.equal(heard);
      await tick(el, 3);
      expect(statusText(el)).to.match(/^4 of 11 signs Several signs together are worth taking seriously/);
      await tick(el, 4, 5);
      expect(statusText(el)).to.match(/^6 of 11 signs With this many signs, it is a good idea to reach out soon/);
      for (const i of [0, 1, 2, 3, 4, 5]) boxes(el)[i].click();
      await el.updateComplete;
      expect(statusText(el)).to.match(/^0 of 11 signs You have not checked any signs\./);
      expect(statusText(el)).to.contain('a clinician is glad to listen');
    } finally {
      observer.disconnect();
    }
  });

  it('toggles a sign with the Space key and reaches every box with Tab', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    await tabTo(el, 1);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(boxes(el)[1].checked).to.equal(true);
    expect(root(el).querySelectorAll('label.ticked')).to.have.length(1);
    expect(statusText(el)).to.match(/^1 of 11 signs/);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(boxes(el)[1].checked).to.equal(false);
    expect(statusText(el)).to.match(/^0 of 11 signs/);
  });

  it('gives every sign row a tap target at least 44px tall', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist phone="385-287-1469"></clinic-signs-checklist>`,
    );
    for (const row of root(el).querySelectorAll('label.row')) {
      expect(row.getBoundingClientRect().height).to.be.at.least(44);
    }
    for (const control of root(el).querySelectorAll('button, .button')) {
      expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(44);
    }
    expect(getComputedStyle(boxes(el)[0]).accentColor).to.equal('rgb(15, 107, 92)');
  });

  it('uses the thresholds attribute for the bands, and warns once about a bad one', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist thresholds="1,2,3"></clinic-signs-checklist>`,
    );
    await tick(el, 0);
    expect(statusText(el)).to.contain('A clinician can help you make sense');
    await tick(el, 1, 2);
    expect(statusText(el)).to.contain('With this many signs');
    const warnings = captureWarnings();
    try {
      el.thresholds = '6,4,2';
      await el.updateComplete;
      el.thresholds = '6,4,2 ';
      await el.updateComplete;
      expect(statusText(el)).to.match(/^3 of 11 signs A clinician can help you make sense/);
      expect(warnings.messages.filter((m) => m.includes('thresholds'))).to.have.length(2);
      expect(warnings.messages[0]).to.match(/^<clinic-signs-checklist> thresholds: "6,4,2"/);
    } finally {
      warnings.restore();
    }
  });

  it('words the signs for the substance, with ketamine’s own list and notes', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist substance="ketamine"></clinic-signs-checklist>`,
    );
    expect(boxes(el)).to.have.length(11);
    expect(labels(el)[0]).to.equal('Using ketamine in larger amounts, or for longer, than you meant to');
    expect(labels(el).some((l) => l.startsWith('Feeling sick, shaky'))).to.equal(false);
    expect(labels(el).find((l) => l.startsWith('Giving up'))).to.match(/because of ketamine$/);
    const body = root(el).querySelectorAll('fieldset.group')[3]!;
    // Tolerance, then the two notes, then the bladder sign with its own advice: no note sits under the bladder sign.
    const parts = Array.from(body.children).map(
      (child) => child.localName + (child.className ? `.${child.className}` : ''),
    );
    expect(parts).to.deep.equal(['legend', 'ul', 'p.note', 'p.note', 'ul']);
    const [supervised, afterStopping] = Array.from(body.querySelectorAll('.note'));
    expect(supervised!.textContent).to.match(/^About the sign above: ketamine given as a treatment/);
    expect(afterStopping!.textContent).to.contain('Doctors do not count this as withdrawal');
    const bladder = boxes(el).find((box) => box.dataset.sign === 'bladder')!;
    expect(bladder.closest('label')!.textContent).to.contain('blood in your urine');
    const hint = root(el).getElementById(bladder.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('harming your bladder').and.contain('see a doctor');
    el.substance = '<b>cannabis</b>';
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Using <b>cannabis</b> in larger amounts, or for longer, than you meant to');
    expect(root(el).querySelector('b')).to.equal(null);
    expect(labels(el).some((l) => l.startsWith('Feeling sick, shaky'))).to.equal(true);
    const warnings = captureWarnings();
    try {
      el.substance = 'x'.repeat(100);
      await el.updateComplete;
      expect(warnings.messages.some((m) => m.includes('substance'))).to.equal(true);
      expect(labels(el)[0]).to.contain(`Using ${'x'.repeat(60)} in`);
    } finally {
      warnings.restore();
    }
  });

  it('shows the ketamine bladder sign without counting it, and asks to see a doctor when it is checked', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist substance="ketamine"></clinic-signs-checklist>`,
    );
    const bladder = boxes(el).findIndex((box) => box.dataset.sign === 'bladder');
    await tick(el, bladder);
    // Not counted (it would count one harm twice with the "harm" sign), and never "you have not checked any signs".
    expect(squash(status(el).textContent)).to.equal('0 of 10 signs');
    expect(squash(message(el).textContent)).to.equal('You checked the bladder sign. Please see a doctor about it.');
    await tick(el, 0);
    expect(squash(status(el).textContent)).to.equal('1 of 10 signs');
    expect(squash(message(el).textContent)).to.match(
      /^Even one sign can be worth talking about\..*Please see a doctor about it\.$/,
    );
  });

  it('keeps ticks when the wording changes and counts only signs still listed', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    await tick(el, 0, 10); // "more" and "withdrawal"
    el.substance = 'ketamine';
    await el.updateComplete;
    expect(boxes(el)[0].checked).to.equal(true);
    expect(boxes(el).filter((b) => b.checked)).to.have.length(1);
    expect(statusText(el)).to.match(/^1 of 10 signs/);
  });

  it('turns authored <li>s into the checkbox items, text only, with optional groups', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist>
      <p>Common signs include:</p>
      <ul>
        <li data-group="control">Using more <em>than planned</em></li>
        <li data-group="control"><img alt="" />Cravings</li>
        <li data-group="Money">Spending money meant for bills</li>
      </ul>
    </clinic-signs-checklist>`);
    expect(labels(el)).to.deep.equal(['Using more than planned', 'Cravings', 'Spending money meant for bills']);
    expect(Array.from(root(el).querySelectorAll('fieldset.group > legend')).map((l) => l.textContent)).to.deep.equal([
      'Loss of control',
      'Money',
    ]);
    expect(root(el).querySelector('img, em')).to.equal(null);
    // The authored list itself is not shown after upgrade.
    expect(el.querySelector('ul')!.assignedSlot).to.equal(null);
    expect(el.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);
    await tick(el, 2);
    expect(statusText(el)).to.match(/^1 of 3 signs/);
    // Later edits to the list are picked up.
    const li = document.createElement('li');
    li.textContent = 'Hiding how much';
    el.querySelector('ul')!.append(li);
    await aTimeout(0);
    await el.updateComplete;
    expect(labels(el)).to.have.length(4);
    expect(labels(el)[3]).to.equal('Hiding how much');
    expect(boxes(el)[2].checked).to.equal(true);
  });

  it('takes items from a property, ahead of authored <li>s, and warns about bad entries', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist
        .items=${['Sleeping badly', { id: 'late', text: 'Late for work', group: 'life' }, { nope: 1 }]}
        ><ul>
          <li>Authored</li>
        </ul></clinic-signs-checklist
      >`);
      expect(labels(el)).to.deep.equal(['Sleeping badly', 'Late for work']);
      expect(root(el).querySelector('fieldset.group legend')!.textContent).to.equal('Effects on daily life');
      expect(warnings.messages.some((m) => m.startsWith('<clinic-signs-checklist> items: item 3'))).to.equal(true);
      el.items = [];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Authored']);
      el.items = 'oops' as unknown as string[];
      el.innerHTML = '';
      await aTimeout(0);
      await el.updateComplete;
      expect(boxes(el)).to.have.length(11);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('takes custom result wording from the results property', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist .results=${{ few: 'Thanks for checking.', none: 'Nothing ticked.' }}></clinic-signs-checklist>`,
    );
    await tick(el, 0);
    expect(statusText(el)).to.equal('1 of 11 signs Thanks for checking.');
    await tick(el, 1);
    expect(statusText(el)).to.contain('A clinician can help you make sense');
    await tick(el, 0, 1);
    expect(statusText(el)).to.equal('0 of 11 signs Nothing ticked.');
    const warnings = captureWarnings();
    try {
      el.results = { severe: 'no' } as unknown as Record<string, string>;
      await el.updateComplete;
      expect(warnings.messages[0]).to.match(/^<clinic-signs-checklist> results: "severe" is not a band/);
    } finally {
      warnings.restore();
    }
  });

  it('clears every answer, announces it and puts focus on the first sign', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    await tick(el, 1, 3, 5);
    button(el, 'clear').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    expect(boxes(el).some((box) => box.checked)).to.equal(false);
    expect(root(el).querySelectorAll('label.ticked')).to.have.length(0);
    expect(statusText(el)).to.equal('Your answers have been cleared.');
    expect(root(el).activeElement).to.equal(boxes(el)[0]);
    await tick(el, 2);
    expect(statusText(el)).to.match(/^1 of 11 signs/);
  });

  it('prints with the Print button: the checked signs, the count, the clinic and crisis numbers, no buttons', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist phone="385-287-1469"></clinic-signs-checklist>`,
    );
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await tick(el, 1, 4);
      button(el, 'print').click();
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
    const printRules = (
      shadowOf(el).adoptedStyleSheets.length
        ? shadowOf(el).adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))
        : Array.from(shadowOf(el).querySelectorAll('style')).flatMap((s) => Array.from(s.sheet!.cssRules))
    ).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    expect(printRules).to.have.length(1);
    const printCss = Array.from(printRules[0].cssRules)
      .map((rule) => rule.cssText)
      .join('\n');
    expect(printCss).to.match(/\.row:not\(\.ticked\)[^{]*\{[^}]*display: none/);
    expect(printCss).to.contain('.actions');
    // The crisis numbers stay on paper: nothing hides the box.
    expect(printCss).not.to.match(/\.crisis[,\s{]/);
    // Only Chromium can emulate print media here; the other engines are checked by the rules above.
    if (await emulate({ media: 'print' })) {
      try {
        const shown = Array.from(root(el).querySelectorAll('label.row')).filter(
          (row) => getComputedStyle(row).display !== 'none',
        );
        expect(shown.map((row) => row.textContent!.trim())).to.have.length(2);
        expect(getComputedStyle(root(el).querySelector('.actions')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.print-only')!).display).to.equal('block');
        expect(root(el).querySelector('.print-only')!.textContent).to.equal('2 of 11 signs');
        const crisis = root(el).querySelector<HTMLElement>('[part~="crisis"]')!;
        expect(getComputedStyle(crisis).display).not.to.equal('none');
        const visibleText = (node: HTMLElement) => squash(node.innerText);
        expect(visibleText(crisis)).to.contain('Call 911').and.contain('Call 988').and.contain('1-800-662-4357');
        expect(visibleText(root(el).querySelector<HTMLElement>('.cta')!)).to.contain('(385) 287-1469');
      } finally {
        await emulate({ media: 'screen' });
      }
    }
  });

  it('offers the clinic phone as a click-to-call link and a contact link', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist phone="385-287-1469" contact-url="#contact"></clinic-signs-checklist>`,
    );
    const call = root(el).querySelector<HTMLAnchorElement>('a.call')!;
    expect(call.getAttribute('href')).to.equal('tel:+13852871469');
    expect(call.textContent!.trim()).to.equal('Call (385) 287-1469');
    expect(root(el).querySelector('a.contact')!.getAttribute('href')).to.equal('#contact');
  });

  it('dials the clinic phone with its extension', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist phone="(555) 010-2030 x4"></clinic-signs-checklist>`,
    );
    const call = root(el).querySelector<HTMLAnchorElement>('a.call')!;
    expect(call.getAttribute('href')).to.equal('tel:+15550102030;ext=4');
    expect(call.textContent!.trim()).to.equal('Call (555) 010-2030 ext. 4');
  });

  it('shows an unusable phone as text and drops a non-http contact URL, with warnings', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ClinicSignsChecklist>(
        html`<clinic-signs-checklist phone="CALL-NOW" contact-url="javascript:alert(1)"></clinic-signs-checklist>`,
      );
      expect(root(el).querySelector('a.call')).to.equal(null);
      expect(root(el).querySelector('a.contact')).to.equal(null);
      expect(root(el).querySelector('.cta')!.textContent).to.contain('Phone: CALL-NOW');
      expect(warnings.messages.some((m) => m.startsWith('<clinic-signs-checklist> phone:'))).to.equal(true);
      expect(warnings.messages.some((m) => m.startsWith('<clinic-signs-checklist> contact-url:'))).to.equal(true);
      const bare = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
      expect(root(bare).querySelector('.cta')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('reads in Spanish under a lang="es" ancestor', async () => {
    const wrapper = await fixture(html`<div lang="es">
      <clinic-signs-checklist phone="385-287-1469" contact-url="#contacto"></clinic-signs-checklist>
    </div>`);
    const el = wrapper.querySelector('clinic-signs-checklist')!;
    await el.updateComplete;
    expect(root(el).querySelector('legend')!.textContent).to.equal(
      '¿Cuáles de estas señales ha notado en los últimos 12 meses?',
    );
    expect(labels(el)[0]).to.equal(
      'Consumir alcohol o drogas en mayor cantidad o por más tiempo de lo que tenía pensado',
    );
    expect(root(el).querySelector('fieldset.group legend')!.textContent).to.equal('Pérdida de control');
    expect(button(el, 'clear').textContent).to.equal('Borrar mis respuestas');
    expect(root(el).querySelector('a.call')!.textContent!.trim()).to.equal('Llamar al (385) 287-1469');
    expect(root(el).querySelector('[part="crisis"]')!.textContent).to.contain('en inglés y en español');
    // 988's Spanish text service answers the word AYUDA.
    expect(root(el).querySelector('.pointer a[href^="sms:"]')!.getAttribute('href')).to.equal('sms:988?body=AYUDA');
    await tick(el, 0);
    expect(statusText(el)).to.match(/^1 de 11 señales Vale la pena hablar incluso de una sola señal/);
    el.substance = 'ketamine';
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Consumir ketamina en mayor cantidad o por más tiempo de lo que tenía pensado');
    el.substance = 'opioides';
    await el.updateComplete;
    expect(labels(el)[3]).to.equal('Sentir ganas intensas o ansias de consumir opioides');
    await expect(el).to.be.accessible();
  });

  it('marks authored signs in another language, or shows the translated built-in list instead of a fallback list', async () => {
    const wrapper = await fixture(html`<div lang="es">
      <clinic-signs-checklist id="marked"><ul lang="en"><li>Using more than planned</li><li lang="es">Ansias</li></ul></clinic-signs-checklist>
      <clinic-signs-checklist id="fallback"><ul data-fallback><li>Using more than planned</li></ul></clinic-signs-checklist>
    </div>`);
    const marked = wrapper.querySelector<ClinicSignsChecklist>('#marked')!;
    const fallback = wrapper.querySelector<ClinicSignsChecklist>('#fallback')!;
    await Promise.all([marked.updateComplete, fallback.updateComplete]);
    // English rows in a Spanish element carry lang="en", so a screen reader reads them with an English voice.
    const rows = Array.from(root(marked).querySelectorAll('li:has(input)'));
    expect(rows.map((li) => li.getAttribute('lang'))).to.deep.equal(['en', null]);
    // A list marked data-fallback is only for readers without JavaScript: the built-in Spanish signs show.
    expect(boxes(fallback)).to.have.length(11);
    expect(labels(fallback)[0]).to.match(/^Consumir alcohol o drogas/);
    await expect(marked).to.be.accessible();
  });

  it('formats counts with Intl and takes site strings from registerStrings', async () => {
    registerStrings('ar-EG', { 'signs.question': 'سؤال' });
    const wrapper = await fixture(html`<div lang="ar-EG">
      <clinic-signs-checklist .items=${Array.from({ length: 12 }, (_, i) => `Sign ${i + 1}`)}></clinic-signs-checklist>
    </div>`);
    const el = wrapper.querySelector('clinic-signs-checklist')!;
    await el.updateComplete;
    expect(root(el).querySelector('legend')!.textContent).to.equal('سؤال');
    await tick(el, 0);
    const twelve = new Intl.NumberFormat('ar-EG').format(12);
    expect(statusText(el)).to.contain(twelve);
  });
});
