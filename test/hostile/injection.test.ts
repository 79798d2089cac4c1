/**
 * Round two of hostile input (issue 13), injection: an e-mail address that would add mailto: headers, line breaks
 * in vCard values, and relative links in a partner's `src` document (which mean that document's site, not the page's).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadowOf } from '../helpers/shadow.js';
import '../../src/contact-card/define.js';
import type { ClinicContactCard } from '../../src/contact-card/contact-card.js';
import { stash, withoutErrors } from './helpers.js';

const $$ = (el: Element, selector: string) => Array.from(shadowOf(el).querySelectorAll<HTMLAnchorElement>(selector));
const loaded = (el: ClinicContactCard) =>
  waitUntil(
    () =>
      shadowOf(el).querySelector('.base')?.getAttribute('aria-busy') === 'false' && shadowOf(el).querySelector('.name'),
    'src never loaded',
    {
      timeout: 10_000,
    },
  );
/** The card's links by what they are for (directions, appointment, website). */
const links = (el: Element) =>
  Object.fromEntries(
    $$(el, '.actions a').map((a) => [
      /directions|website|appointment/i.exec(a.textContent!)?.[0].toLowerCase(),
      a.getAttribute('href'),
    ]),
  );

const HARVEST = 'help@clinic.example?bcc=harvest%40evil.example&subject=Appointment';

describe('hostile input, round two: injection', () => {
  describe('an e-mail address with mailto: headers', () => {
    it('as an attribute: no e-mail link, nothing in the vCard, a warning', () =>
      withoutErrors(async (warnings) => {
        const el = await fixture<ClinicContactCard>(
          html`<clinic-contact-card name="Example Clinic" email=${HARVEST}></clinic-contact-card>`,
        );
        expect($$(el, 'a[href^="mailto:"]')).to.deep.equal([]);
        expect(el.toVCard()).not.to.contain('EMAIL');
        expect(el.toVCard()).not.to.contain('evil');
        expect(warnings).to.deep.equal([
          `<clinic-contact-card> email: "${HARVEST.slice(0, 40)}…" is not an e-mail address; left out.`,
        ]);
      }));

    it('in a src document: the same', () =>
      withoutErrors(async (warnings) => {
        const el = await fixture<ClinicContactCard>(
          html`<clinic-contact-card src=${await stash({ '@type': 'MedicalClinic', name: 'Example Clinic', email: HARVEST })}></clinic-contact-card>`,
        );
        await loaded(el);
        expect($$(el, 'a[href^="mailto:"]')).to.deep.equal([]);
        expect(el.toVCard()).not.to.contain('evil');
        expect(warnings.some((w) => w.startsWith('<clinic-contact-card> email:'))).to.equal(true);
      }));
  });

  it('a name with line breaks readers honour (U+2028, U+2029, U+0085) adds no line to the vCard', () =>
    withoutErrors(async () => {
      const el = await fixture<ClinicContactCard>(
        html`<clinic-contact-card name=${'Example Clinic\u2028EMAIL:x@evil.example\u0085URL:https://evil.example\u2029'}></clinic-contact-card>`,
      );
      const vcard = el.toVCard();
      expect(vcard).not.to.match(/[\u0085\u2028\u2029]/);
      expect(vcard.split('\r\n').filter((line) => /^(EMAIL|URL)/.test(line))).to.deep.equal([]);
    }));

  describe('relative links', () => {
    const partner = {
      '@type': 'MedicalClinic',
      name: 'Partner Clinic',
      url: 'about',
      hasMap: { '@id': './map.html' },
      potentialAction: {
        '@type': 'ReserveAction',
        target: { '@type': 'EntryPoint', urlTemplate: '/book?from=partner' },
      },
    };

    it('in a src document resolve against that document, after redirects', () =>
      withoutErrors(async () => {
        const src = await stash(partner);
        const el = await fixture<ClinicContactCard>(
          html`<clinic-contact-card src=${`/__test__/redirect?to=${encodeURIComponent(src)}`}></clinic-contact-card>`,
        );
        await loaded(el);
        const documentUrl = new URL(src, location.href);
        expect(links(el)).to.deep.equal({
          directions: new URL('./map.html', documentUrl).href,
          appointment: new URL('/book?from=partner', documentUrl).href,
          website: new URL('about', documentUrl).href,
        });
        expect(new URL(links(el).website!).pathname).to.equal('/__test__/about');
      }));

    it("in attributes and in the page's own inline JSON-LD resolve against the page", () =>
      withoutErrors(async () => {
        const el = await fixture<ClinicContactCard>(html`<clinic-contact-card url="about" booking-url="/book">
          <script type="application/ld+json">${JSON.stringify({ ...partner, url: undefined, potentialAction: undefined })}</script>
        </clinic-contact-card>`);
        expect(links(el)).to.deep.equal({
          directions: new URL('./map.html', location.href).href,
          appointment: new URL('/book', location.href).href,
          website: new URL('about', location.href).href,
        });
      }));
  });
});
