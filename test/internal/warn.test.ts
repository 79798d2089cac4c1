import { expect } from '@open-wc/testing';
import { attempt, preview, readHeadingLevel, warnOnce, type Warning } from '../../src/internal/warn.js';
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

describe('readHeadingLevel', () => {
  it('keeps 1-6, treats none as 3, and warns about anything else, quoting what was written', () => {
    expect(readHeadingLevel(2, '2')).to.deep.equal({ level: 2 });
    expect(readHeadingLevel(undefined, null)).to.deep.equal({ level: 3 });
    expect(readHeadingLevel(9, '9')).to.deep.equal({
      level: 3,
      warning: { subject: 'heading-level', message: '"9" is not 1-6; using 3.' },
    });
    expect(readHeadingLevel(NaN, 'h2').warning!.message).to.equal('"h2" is not 1-6; using 3.');
    // Set from JavaScript: a preview of the value, never the value itself when it is not text or a number.
    expect(readHeadingLevel('two', null).warning!.message).to.equal('"two" is not 1-6; using 3.');
    expect(
      readHeadingLevel(
        {
          toString: () => {
            throw new Error('hostile');
          },
        },
        null,
      ).warning!.message,
    ).to.equal('"object" is not 1-6; using 3.');
  });

  it('previews values for warnings: short text, numbers, and types', () => {
    expect(preview('a'.repeat(100))).to.equal(`${'a'.repeat(40)}…`);
    expect(preview(4.5)).to.equal('4.5');
    expect(preview([[[]]])).to.equal('array');
    expect(preview(null)).to.equal('null');
    expect(preview(Symbol('s'))).to.equal('symbol');
  });
});

describe('attempt', () => {
  it('returns what the read returns, and turns a throw into a warning and undefined', () => {
    const warnings: Warning[] = [];
    expect(attempt('src', warnings, () => 5)).to.equal(5);
    expect(attempt('src', warnings, () => JSON.parse('{'))).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.subject).to.equal('src');
    expect(warnings[0]!.message).to.match(/^could not be read \(.+\); ignored\.$/);
  });

  it('describes even a hostile thrown value without touching it', () => {
    const warnings: Warning[] = [];
    const hostile = {
      get message(): string {
        throw new Error('again');
      },
    };
    expect(
      attempt('items', warnings, () => {
        throw hostile;
      }),
    ).to.equal(undefined);
    expect(
      attempt('items', warnings, () => {
        throw 'x'.repeat(1000);
      }),
    ).to.equal(undefined);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'could not be read (an error); ignored.',
      `could not be read (${'x'.repeat(40)}…); ignored.`,
    ]);
  });
});
