/**
 * The three elements under real host stylesheets (Bootstrap 5, Pico 2, Bulma 1, Tailwind 3 with its typography
 * plugin, WordPress's block library), from the built CDN file, in a main column and in 300 px and 240 px sidebars,
 * in English and Spanish and as items of a flex row, with long content (a long question and link, a long e-mail, street and name, a phone
 * extension), at host font sizes of 14 to 20 px and at 200% text zoom (the root font size doubled, widths kept).
 * Nothing may stick out of an element or make the page scroll sideways; every control stays at least 24 px and shows
 * its focus ring. Pages: test/server/host-pages.mjs.
 */
import { expect } from '@open-wc/testing';
import { shadowOf } from '../helpers/shadow.js';

const HOSTS = ['none', 'bootstrap', 'pico', 'bulma', 'tailwind', 'wordpress'];
/** Host font sizes from 14 to 20 px, and 200% text zoom of 16 px. */
const FONT_SIZES = [14, 16, 18, 20, 32];
const TAGS = 'clinic-faq, clinic-signs-checklist, clinic-contact-card';
/** Half a pixel of rounding, as engines lay out in fractions. */
const SLACK = 0.5;

async function loadHost(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = name;
  // Wide enough for every column side by side at 200% text: only the elements may make it scroll sideways.
  frame.style.cssText = 'inline-size: 2300px; block-size: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__test__/host-page?name=${name}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { hostReady?: boolean };
  if (!win.hostReady) await new Promise((resolve) => win.addEventListener('host-ready', resolve, { once: true }));
  return frame;
}

const describeNode = (node: Element) =>
  `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('class') ? `.${node.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;

/** How far the element's content reaches past its box, in px, and the part that reaches furthest (0 when none). */
function overflow(el: HTMLElement): { px: number; part: string } {
  const view = el.ownerDocument.defaultView!;
  const host = el.getBoundingClientRect();
  let worst = { px: el.scrollWidth - el.clientWidth, part: 'host (scrollWidth)' };
  const note = (px: number, part: string) => {
    if (px > worst.px) worst = { px, part };
  };
  // Visually hidden text (clipped to nothing, for screen readers) is exempt; parents come before their children.
  const clipped = new Set<Element>();
  for (const part of Array.from(shadowOf(el).querySelectorAll('*'))) {
    if (part.closest('svg > *, [hidden]')) continue;
    const style = view.getComputedStyle(part);
    if (style.clipPath !== 'none' || (part.parentElement && clipped.has(part.parentElement))) {
      clipped.add(part);
      continue;
    }
    if (style.display === 'none' || style.display === 'contents') continue;
    const box = part.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    note(Math.max(host.left - box.left, box.right - host.right), describeNode(part));
    if (style.display !== 'inline' && part.clientWidth > 0)
      note(part.scrollWidth - part.clientWidth, `${describeNode(part)} (scrollWidth)`);
  }
  return worst;
}

/** Controls a reader aims at: buttons, fields, button-like links, checkbox rows (links inside sentences are exempt). */
const controls = (el: Element) =>
  Array.from(shadowOf(el).querySelectorAll<HTMLElement>('button, input:not([type=checkbox]), a.button, label.row'));

function smallControls(el: HTMLElement): string[] {
  return controls(el)
    .filter((control) => !control.closest('[hidden]'))
    .map((control) => [control, control.getBoundingClientRect()] as const)
    .filter(([, box]) => box.width < 24 || box.height < 24)
    .map(([control, box]) => `${describeNode(control)} is ${box.width.toFixed(0)}×${box.height.toFixed(0)}px`);
}

/** Every focusable control, focused in turn: its ring (or its row's, for a checkbox) is drawn. */
function missingRings(el: HTMLElement): string[] {
  const view = el.ownerDocument.defaultView!;
  const problems: string[] = [];
  const focusable = shadowOf(el).querySelectorAll<HTMLElement>('button, input, a[href]');
  for (const control of Array.from(focusable)) {
    if (control.closest('[hidden]')) continue;
    control.focus();
    if (!control.matches(':focus-visible')) {
      problems.push(`${describeNode(control)} does not match :focus-visible when focused`);
      continue;
    }
    const ringed = (control as HTMLInputElement).type === 'checkbox' ? control.closest('label')! : control;
    const style = view.getComputedStyle(ringed);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2)
      problems.push(`${describeNode(ringed)} has no focus ring (${style.outlineStyle} ${style.outlineWidth})`);
  }
  (el.ownerDocument.activeElement as HTMLElement | null)?.blur();
  return problems;
}

describe('host-CSS matrix: real stylesheets, main column and 300/240 px sidebars, 14-20 px and 200% text', () => {
  for (const name of HOSTS) {
    it(`${name}: nothing overflows, controls are at least 24 px, focus rings show`, async () => {
      const frame = await loadHost(name);
      try {
        const doc = frame.contentDocument!;
        if (name !== 'none')
          expect(doc.styleSheets[0]!.cssRules.length, 'the host stylesheet is loaded').to.be.greaterThan(100);
        const problems: string[] = [];
        const elements = Array.from(doc.querySelectorAll<HTMLElement>(TAGS));
        expect(elements).to.have.length(18);
        for (const size of FONT_SIZES) {
          doc.documentElement.style.fontSize = `${size}px`;
          const page = doc.documentElement;
          if (page.scrollWidth > page.clientWidth + 1)
            problems.push(`${size}px: the page scrolls sideways by ${page.scrollWidth - page.clientWidth}px`);
          for (const el of elements) {
            const column = el.closest<HTMLElement>('.host-column')!;
            const where = `${size}px ${column.id} <${el.localName}>`;
            const box = el.getBoundingClientRect();
            const room = column.getBoundingClientRect();
            if (box.right - room.right > SLACK)
              problems.push(`${where}: wider than its column by ${(box.right - room.right).toFixed(1)}px`);
            // Its content is wider than any column, so even as a flex item sized by its content it fills the column.
            if (room.width - box.width > SLACK) problems.push(`${where}: only ${box.width.toFixed(0)}px wide`);
            const { px, part } = overflow(el);
            if (px > SLACK) problems.push(`${where}: overflows by ${px.toFixed(1)}px (${part})`);
            problems.push(...smallControls(el).map((p) => `${where}: ${p}`));
            if (size === 16) problems.push(...missingRings(el).map((p) => `${where}: ${p}`));
          }
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
