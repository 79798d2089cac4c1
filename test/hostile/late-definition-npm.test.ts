/**
 * Late definition with the npm build (`dist/index.js`, as a bundler would load it), then the CDN
 * bundle on the same page (a site that also embeds the CDN snippet).
 */
import { expect } from '@open-wc/testing';
import { createEarly, expectHonoured, watchConsole } from './late-definition.helpers.js';
import { shadowOf } from '../helpers/shadow.js';

describe('hostile page: late definition from the npm build, then the CDN bundle', () => {
  it('honours values set before the definition and tolerates the CDN copy, with no error or warning', async () => {
    const early = createEarly();
    const watch = watchConsole();
    try {
      const npm = await import('/dist/index.js' as string);
      await expectHonoured(early);
      const cdn = await import('/dist/cdn/clinic-elements.js' as string);
      expect(customElements.get('clinic-faq')).to.equal(npm.ClinicFaq);
      expect(cdn.ClinicFaq).not.to.equal(npm.ClinicFaq);
      // Elements made after both loaded still work.
      const card = document.createElement('clinic-contact-card') as HTMLElement & { updateComplete: Promise<unknown> };
      card.setAttribute('name', 'After both');
      document.body.append(card);
      await card.updateComplete;
      expect(shadowOf(card).querySelector('.name')!.textContent!.trim()).to.equal('After both');
      card.remove();
      expect(watch.problems).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });
});
