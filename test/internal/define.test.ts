import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { captureWarnings } from '../helpers/console.js';

describe('defineElement', () => {
  it('defines a tag once and ignores the same class again', () => {
    class First extends HTMLElement {}
    defineElement('x-define-once', First);
    expect(() => defineElement('x-define-once', First)).not.to.throw();
    expect(customElements.get('x-define-once')).to.equal(First);
  });

  it('keeps the first of two copies of the same version, silently', () => {
    const warnings = captureWarnings();
    try {
      class CopyA extends HTMLElement {
        static clinicElementsVersion = VERSION;
      }
      class CopyB extends HTMLElement {
        static clinicElementsVersion = VERSION;
      }
      defineElement('x-define-copy', CopyA);
      defineElement('x-define-copy', CopyB);
      expect(customElements.get('x-define-copy')).to.equal(CopyA);
      expect(warnings.messages).to.have.length(0);
    } finally {
      warnings.restore();
    }
  });

  it('warns once when another version or another script holds the tag', () => {
    const warnings = captureWarnings();
    try {
      class Old extends HTMLElement {
        static clinicElementsVersion = '0.0.1';
      }
      class Foreign extends HTMLElement {}
      class Ours extends HTMLElement {
        static clinicElementsVersion = VERSION;
      }
      defineElement('x-define-old', Old);
      defineElement('x-define-old', Ours);
      defineElement('x-define-old', Ours);
      customElements.define('x-define-foreign', Foreign);
      defineElement('x-define-foreign', Ours);
      expect(customElements.get('x-define-old')).to.equal(Old);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('<x-define-old>').and.contain('0.0.1');
      expect(warnings.messages[1]).to.contain('<x-define-foreign>').and.contain('another script');
    } finally {
      warnings.restore();
    }
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('loading the library more than once', () => {
  const tags = ['clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card'];

  it('loads the CDN bundle twice, a per-element bundle, and the npm build without an error or warning', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      // Distinct URLs make distinct module instances: separate copies of every class.
      const first = await import('/dist/cdn/clinic-elements.js' as string);
      await import('/dist/cdn/clinic-elements.js?copy=2' as string);
      await import('/dist/cdn/clinic-faq.js' as string);
      const npm = await import('/dist/index.js' as string);
      for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
      expect(customElements.get('clinic-faq')).to.equal(first.ClinicFaq);
      expect(npm.ClinicFaq).not.to.equal(first.ClinicFaq);
      expect(warnings.messages).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      const el = await fixture(html`<clinic-contact-card name="Example Clinic"></clinic-contact-card>`);
      expect(el.shadowRoot, 'upgraded').to.exist;
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
    }
  });
});
