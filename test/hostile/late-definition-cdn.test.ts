/**
 * Late definition with the CDN bundle, then more copies: the same CDN file twice (same URL: one
 * module; another URL: a second copy of every class), a per-element bundle and the npm build.
 */
import { expect } from '@open-wc/testing';
import { createEarly, expectHonoured, scriptTag, watchConsole } from './late-definition.helpers.js';
import { shadowOf } from '../helpers/shadow.js';

describe('hostile page: late definition from the CDN bundle, then more copies', () => {
  it('honours attributes and properties set before the definition, with no error or warning', async () => {
    const early = createEarly();
    const watch = watchConsole();
    try {
      await scriptTag('/dist/cdn/clinic-elements.js');
      await scriptTag('/dist/cdn/clinic-elements.js'); // The same file twice on one page.
      await expectHonoured(early);
      expect(watch.problems).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('loads a second copy of the CDN file, a per-element bundle and the npm build without error or warning', async () => {
    const watch = watchConsole();
    try {
      const first = customElements.get('clinic-faq');
      const copy = await import('/dist/cdn/clinic-elements.js?copy=2' as string);
      await import('/dist/cdn/clinic-contact-card.js' as string);
      const npm = await import('/dist/index.js' as string);
      expect(copy.ClinicFaq).not.to.equal(first);
      expect(npm.ClinicFaq).not.to.equal(first);
      expect(customElements.get('clinic-faq')).to.equal(first);
      // Strings registered through any copy reach elements of the first one.
      npm.registerStrings('en', { 'faq.collapseAll': 'Close every answer' });
      const faq = document.querySelector('clinic-faq') as HTMLElement & { updateComplete: Promise<unknown> };
      await faq.updateComplete;
      expect(shadowOf(faq).querySelector('button.control')!.textContent!.trim()).to.equal('Close every answer');
      expect(watch.problems).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
