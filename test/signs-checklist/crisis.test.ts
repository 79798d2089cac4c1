// What the checklist gives a reader in crisis: 988 within the first Tab stops, a named region with a real heading,
// the most urgent help first, every link named for what it does, and a warning where the US numbers may not work.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../src/signs-checklist/define.js';
import type { ClinicSignsChecklist } from '../../src/signs-checklist/signs-checklist.js';
import { captureWarnings } from '../helpers/console.js';
import { shadowOf } from '../helpers/shadow.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const crisisBox = (el: Element) => shadowOf(el).querySelector<HTMLElement>('[part~="crisis"]')!;

/** The Tab stops inside the element, in order, pressing Tab from a button placed just before it. */
async function tabStops(el: ClinicSignsChecklist, count: number): Promise<Element[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  const stops: Element[] = [];
  try {
    for (let i = 0; i < count; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(shadowOf(el).activeElement!);
    }
  } finally {
    before.remove();
  }
  return stops;
}

describe('<clinic-signs-checklist> for a reader in crisis', () => {
  it('puts a call-988 link in the first Tab stops, before the first sign', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist substance="ketamine" phone="385-287-1469"></clinic-signs-checklist>`,
    );
    const pointer = shadowOf(el).querySelector('.pointer')!;
    expect(squash(pointer.textContent)).to.equal(
      'Thinking about suicide, or in danger? Call 988 or Text 988 More help below',
    );
    // The pointer comes before the question and its first sign.
    expect(
      pointer.compareDocumentPosition(shadowOf(el).querySelector('input[type=checkbox]')!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.above(0);
    const stops = await tabStops(el, 3);
    expect(stops.map((stop) => stop.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', '#crisis']);
  });

  it('moves focus to the crisis region with "More help below", leaving the URL alone', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const url = location.href;
    const jump = shadowOf(el).querySelector<HTMLAnchorElement>('.pointer .jump')!;
    jump.focus();
    await sendKeys({ press: 'Enter' });
    expect(shadowOf(el).activeElement).to.equal(crisisBox(el));
    expect(location.href).to.equal(url);
    // The next Tab reaches the first way to get help: 911.
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement!.getAttribute('href')).to.equal('tel:911');
  });

  it('is a named region with a real heading, at the level heading-level gives', async () => {
    const el = await fixture<ClinicSignsChecklist>(
      html`<clinic-signs-checklist heading-level="2"></clinic-signs-checklist>`,
    );
    const box = crisisBox(el);
    expect(box.localName).to.equal('section');
    const heading = shadowOf(el).getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(squash(heading.textContent)).to.equal('If you need help now');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const warnings = captureWarnings();
    try {
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(warnings.messages).to.deep.equal(['<clinic-signs-checklist> heading-level: "9" is not 1-6; using 3.']);
    } finally {
      warnings.restore();
    }
    await expect(el).to.be.accessible();
    // What heading and landmark navigation find, from the browser's own accessibility tree (Chromium exposes it here).
    if (/Chrome\//.test(navigator.userAgent)) {
      type Node = { role: string; name?: string; level?: number; children?: Node[] };
      const flat = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(flat)];
      const nodes = flat((await a11ySnapshot({})) as unknown as Node);
      expect(
        nodes.some((n) => n.role === 'region' && n.name === 'If you need help now'),
        'region',
      ).to.equal(true);
      expect(
        nodes.some((n) => n.role === 'heading' && n.name === 'If you need help now' && n.level === 3),
        'heading',
      ).to.equal(true);
    }
  });

  it('lists 911 first, then 988 (call, text, chat), 988 for deaf readers, then SAMHSA, each link named for what it does', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist></clinic-signs-checklist>`);
    const items = Array.from(crisisBox(el).querySelectorAll('.resources > li'));
    const links = items.map((li) =>
      Array.from(li.querySelectorAll('a')).map((a) => [squash(a.textContent), a.getAttribute('href')]),
    );
    expect(links).to.deep.equal([
      [['Call 911', 'tel:911']],
      [
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Chat with 988 online', 'https://988lifeline.org/chat'],
      ],
      [['Dial 711 for relay', 'tel:711']],
      [
        ["Call SAMHSA's helpline, 1-800-662-4357", 'tel:+18006624357'],
        ["SAMHSA's TTY line, 1-800-487-4889", 'tel:+18004874889'],
      ],
    ]);
    expect(squash(items[0]!.textContent)).to.match(/^If you or someone else is in danger right now/);
    expect(squash(items[1]!.textContent)).to.contain('press 2 for Spanish');
    expect(squash(items[2]!.textContent)).to.contain('Deaf or hard of hearing').and.contain('videophone');
    expect(squash(items[3]!.textContent)).to.contain('For treatment options near you').and.contain('referral line');
    // Every target is big enough to hit on a phone.
    for (const link of crisisBox(el).querySelectorAll('a'))
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    expect(crisisBox(el).getBoundingClientRect().height).to.be.above(0);
  });

  it('warns once when the page is for a region outside the US and shows US numbers without being told to', async () => {
    const warnings = captureWarnings();
    try {
      const pages = await fixture(html`<div>
        <div lang="en-GB"><clinic-signs-checklist id="gb"></clinic-signs-checklist></div>
        <div lang="es-MX"><clinic-signs-checklist id="mx"></clinic-signs-checklist></div>
        <div lang="fr-CA"><clinic-signs-checklist id="ca" crisis="us"></clinic-signs-checklist></div>
        <div lang="en-AU"><clinic-signs-checklist id="au"><p slot="crisis">Lifeline: <a href="tel:131114">13 11 14</a></p></clinic-signs-checklist></div>
        <div lang="en-US"><clinic-signs-checklist id="us"></clinic-signs-checklist></div>
        <div lang="es"><clinic-signs-checklist id="es"></clinic-signs-checklist></div>
      </div>`);
      const all = Array.from(pages.querySelectorAll<ClinicSignsChecklist>('clinic-signs-checklist'));
      await Promise.all(all.map((el) => el.updateComplete));
      all[0]!.requestUpdate();
      await all[0]!.updateComplete;
      const crisisWarnings = warnings.messages.filter((m) => m.includes(' crisis: '));
      expect(crisisWarnings).to.have.length(2);
      expect(crisisWarnings[0]).to.match(
        /^<clinic-signs-checklist> crisis: the page's language \(en-GB\) is for a region outside the US/,
      );
      expect(crisisWarnings[0]).to.contain('slot="crisis"').and.contain('crisis="us"');
      expect(crisisWarnings[1]).to.contain('(es-MX)');
    } finally {
      warnings.restore();
    }
  });

  it('lets a site give its own crisis lines with slot="crisis" (the pointer then names no number), or hide them', async () => {
    const el = await fixture<ClinicSignsChecklist>(html`<clinic-signs-checklist>
      <div slot="crisis"><p>In the UK, call <a href="tel:116123">Samaritans on 116 123</a>.</p></div>
    </clinic-signs-checklist>`);
    const slot = shadowOf(el).querySelector<HTMLSlotElement>('slot[name="crisis"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    expect(el.querySelector('[slot="crisis"]')!.getBoundingClientRect().height).to.be.above(0);
    expect(squash(crisisBox(el).querySelector('[role="heading"]')!.textContent)).to.equal('If you need help now');
    expect(squash(shadowOf(el).querySelector('.pointer')!.textContent)).to.equal(
      'In crisis, or in danger? More help below',
    );
    expect(shadowOf(el).querySelector('a[href="tel:988"]')?.getBoundingClientRect().height ?? 0).to.equal(0);
    await expect(el).to.be.accessible();
    el.setAttribute('crisis', 'none');
    await el.updateComplete;
    expect(shadowOf(el).querySelector('[part~="crisis"]')).to.equal(null);
    expect(shadowOf(el).querySelector('.pointer')).to.equal(null);
    expect(el.querySelector('[slot="crisis"]')!.getBoundingClientRect().height).to.equal(0);
    const warnings = captureWarnings();
    try {
      el.setAttribute('crisis', 'uk');
      await el.updateComplete;
      expect(warnings.messages[0]).to.match(/^<clinic-signs-checklist> crisis: "uk"/);
      expect(crisisBox(el)).to.exist;
    } finally {
      warnings.restore();
    }
  });
});
