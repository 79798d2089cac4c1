import { expect } from '@open-wc/testing';
import { warnOnce } from '../../src/internal/warn.js';
import { captureWarnings } from '../helpers/console.js';

describe('warnOnce', () => {
  it('names the element and the subject, and says it once per element and subject', () => {
    const warnings = captureWarnings();
    try {
      const a = document.createElement('clinic-faq');
      const b = document.createElement('clinic-faq');
      warnOnce(a, 'heading-level', '"9" is not 1-6; using 3.');
      warnOnce(a, 'heading-level', '"9" is not 1-6; using 3.');
      warnOnce(b, 'heading-level', '"9" is not 1-6; using 3.');
      warnOnce(a, 'heading-level', '"0" is not 1-6; using 3.');
      expect(warnings.messages).to.deep.equal([
        '<clinic-faq> heading-level: "9" is not 1-6; using 3.',
        '<clinic-faq> heading-level: "9" is not 1-6; using 3.',
        '<clinic-faq> heading-level: "0" is not 1-6; using 3.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('accepts a tag name for warnings that belong to no instance', () => {
    const warnings = captureWarnings();
    try {
      warnOnce('clinic-elements', 'registerStrings', 'bad tag');
      warnOnce('clinic-elements', 'registerStrings', 'bad tag');
      expect(warnings.messages).to.deep.equal(['<clinic-elements> registerStrings: bad tag']);
    } finally {
      warnings.restore();
    }
  });
});
