/**
 * The page keeps still when the script arrives, on the benchmark's two still pages (bench/pages.mjs): the quick-start
 * page (an FAQ of authored `<details>`, the checklist with its fallback list and crisis line, the contact card with
 * its fallback address, as the README and the element guides write them, the stylesheet linked in the head) and the
 * builder page (the three snippets the builder writes with its example, pasted into the body with their stylesheet
 * line and its integrity value). With dist/cdn/clinic-elements.css linked, the content below the three elements moves
 * by at most 2% when the built CDN file upgrades them, on a desktop and on a phone. Without the stylesheet it moves by
 * more than its own distance from the top (the control). The benchmark measures the layout shift itself.
 */
import { expect } from '@open-wc/testing';

interface StillPage extends Window {
  __below(): number;
  __upgraded(): Promise<void>;
  __belowAfter: number;
  /** The page's layout shift so far, from `layout-shift` entries (Chromium). */
  __shift: number;
}

async function stillPage(page: string, width: number, stylesheet: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = page;
  frame.style.cssText = `inline-size: ${width}px; block-size: 800px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__test__/still-page?page=${page}${stylesheet ? '&css' : ''}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Where the content below the elements is before the script, and once the three are upgraded. */
async function upgrade(frame: HTMLIFrameElement): Promise<{ before: number; after: number }> {
  const win = frame.contentWindow as StillPage;
  const before = win.__below();
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/__test__/cdn?file=clinic-elements.js';
  win.document.head.append(script);
  await win.__upgraded();
  return { before, after: win.__belowAfter };
}

const FALLBACK = {
  readme: ['clinic-faq summary', 'clinic-signs-checklist li', 'clinic-contact-card address'],
  builder: ['clinic-faq summary', 'clinic-signs-checklist a[href^="tel:"]', 'clinic-contact-card address'],
};

describe('no layout shift on upgrade, with the stylesheet the quick starts and the builder link', () => {
  for (const page of ['readme', 'builder'] as const) {
    for (const [viewport, width] of [
      ['desktop', 1000],
      ['phone', 375],
    ] as const) {
      it(`${page}, ${viewport}: the content below the elements moves by at most 2% when the script arrives`, async () => {
        const frame = await stillPage(page, width, true);
        try {
          const doc = frame.contentDocument!;
          const sheet = doc.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.sheet;
          expect(sheet?.cssRules.length, 'the stylesheet is applied').to.be.greaterThan(10);
          // Before the script, the author's fallback shows (the reserve beside it is invisible).
          for (const selector of FALLBACK[page]) {
            const box = doc.querySelector(selector)!.getBoundingClientRect();
            expect(box.height, selector).to.be.greaterThan(0);
          }
          const { before, after } = await upgrade(frame);
          expect(frame.contentWindow!.customElements.get('clinic-signs-checklist')).to.exist;
          expect(Math.abs(after - before) / before, `${before} px → ${after} px`).to.be.at.most(0.02);
          // Nothing moves in between either (a row laid out at a placeholder height for a frame): where the engine
          // reports layout shifts, there are none to speak of.
          if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
            expect((frame.contentWindow as StillPage).__shift, 'layout shift').to.be.at.most(0.01);
        } finally {
          frame.remove();
        }
      });

      it(`${page}, ${viewport}: without the stylesheet the same page moves (the control)`, async () => {
        const frame = await stillPage(page, width, false);
        try {
          const { before, after } = await upgrade(frame);
          expect(after / before, `${before} px → ${after} px`).to.be.greaterThan(2);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
