/**
 * The sanitiser's CSP-quiet pre-pass and the Trusted Types path for JSON-LD script text. These
 * keep a strict-CSP page free of violation reports (see csp.test.ts); safety itself comes from
 * the fresh-node rebuild, so the pre-pass only has to be faithful for ordinary content.
 */
import { expect } from '@open-wc/testing';
import { JsonLdOutput } from '../../src/internal/json-ld.js';
import { prepareMarkup } from '../../src/internal/markup.js';
import { resetSanitizerPolicy, sanitizeHtml, setScriptText } from '../../src/internal/sanitize.js';
import { captureWarnings } from '../helpers/console.js';

function withTrustedTypes(fake: unknown, fn: () => void): void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes');
  Object.defineProperty(globalThis, 'trustedTypes', { value: fake, configurable: true, writable: true });
  resetSanitizerPolicy();
  try {
    fn();
  } finally {
    if (own) Object.defineProperty(globalThis, 'trustedTypes', own);
    else delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
    resetSanitizerPolicy();
  }
}

const quietForCsp = (html: string) => prepareMarkup(html).html;

describe('the pre-pass quiet for CSP (prepareMarkup)', () => {
  it('renames event-handler and style attributes in every tokenizer shape', () => {
    expect(quietForCsp('<img src=x onerror=alert(1)>')).to.equal('<img src=x data-clinic-onerror=alert(1)>');
    expect(quietForCsp('<img/src/onerror=a>')).to.equal('<img/src/data-clinic-onerror=a>');
    expect(quietForCsp('<p ONCLICK = "a()" style=\'color:red\'>x</p>')).to.equal(
      '<p data-clinic-ONCLICK = "a()" data-clinic-style=\'color:red\'>x</p>',
    );
    expect(quietForCsp('<a href="x"onclick=y>z</a>')).to.equal('<a href="x"data-clinic-onclick=y>z</a>');
    expect(quietForCsp('<b onx\tonfocus\nstyle>t</b>')).to.equal(
      '<b data-clinic-onx\tdata-clinic-onfocus\ndata-clinic-style>t</b>',
    );
    expect(quietForCsp('</p onclick=x>')).to.equal('</p data-clinic-onclick=x>');
  });

  it('turns style elements into raw-text xmp, marked, so their content stays unparsed', () => {
    expect(quietForCsp('<STYLE media=x>p{}</style >')).to.equal('<xmp data-clinic-style media=x>p{}</xmp >');
    const { issues } = sanitizeHtml('<p>a</p><style>p { color: red }</style>');
    expect(issues.join()).to.contain('<style>');
  });

  it('leaves text, comments, URLs and other attributes alone', () => {
    const same = [
      'a < b onclick=1 and 3 > 2',
      '<a href="https://example.org/online/?style=1" lang="en">online</a>',
      "<a href=/online/ title='x onclick=y'>t</a>",
      '<!-- <img onerror=x> --><p>after</p>',
      '<!-- unterminated <img onerror=x>',
      '<p title="unterminated onclick=x',
      '<p one=1>',
      '<! bogus onclick=x>',
      '<p>\u00a0onclick=x</p>',
      '<p ',
    ];
    for (const html of same.slice(0, 4)) expect(quietForCsp(html), html).to.equal(html);
    expect(quietForCsp(same[4]!)).to.equal(same[4]);
    expect(quietForCsp(same[5]!), 'a tag the input ends in, which the browser drops').to.equal('');
    expect(quietForCsp(same[6]!)).to.equal('<p data-clinic-one=1>'); // Dropped by the allow-list anyway.
    expect(quietForCsp(same[7]!)).to.equal(same[7]);
    expect(quietForCsp(same[8]!)).to.equal(same[8]);
    expect(quietForCsp(same[9]!)).to.equal('');
  });

  it('changes nothing a reader sees in ordinary answers', () => {
    const html =
      '<p>Plan <strong>two hours</strong>; see <a href="https://example.org/online-care?on=1">online care</a>.</p>' +
      '<ul><li lang="es" dir="ltr">Uno</li></ul><pre><code>&lt;img onerror=x&gt;</code></pre>';
    const div = document.createElement('div');
    div.append(sanitizeHtml(html).fragment);
    expect(div.innerHTML).to.equal(
      '<p>Plan <strong>two hours</strong>; see <a href="https://example.org/online-care?on=1" rel="noopener noreferrer">online care</a>.</p>' +
        '<ul><li lang="es" dir="ltr">Uno</li></ul><pre><code>&lt;img onerror=x&gt;</code></pre>',
    );
  });
});

describe('setScriptText', () => {
  const script = () => {
    const element = document.createElement('script');
    element.type = 'application/ld+json';
    return element;
  };

  it('sets the text directly without Trusted Types', () => {
    withTrustedTypes(undefined, () => {
      const element = script();
      setScriptText(element, '{"a":1}');
      expect(element.text).to.equal('{"a":1}');
    });
  });

  it('goes through the clinic-elements-sanitizer policy where Trusted Types exist', () => {
    const made: string[] = [];
    const fake = {
      createPolicy(name: string, rules: { createScript(s: string): string }) {
        made.push(name);
        return { createHTML: (s: string) => s, createScript: (s: string) => `${rules.createScript(s)}` };
      },
    };
    withTrustedTypes(fake, () => {
      const element = script();
      setScriptText(element, '{"b":2}');
      setScriptText(element, '{"b":3}');
      expect(element.text).to.equal('{"b":3}');
    });
    expect(made).to.deep.equal(['clinic-elements-sanitizer']);
  });

  it('sets nothing, and says so, when the page does not allow the policy', () => {
    const fake = {
      createPolicy() {
        throw new TypeError('policy not allowed');
      },
    };
    withTrustedTypes(fake, () => {
      const element = script();
      // Any way of setting the text would be a require-trusted-types-for violation on such a page.
      expect(setScriptText(element, '{"c":3}')).to.equal(false);
      expect(element.textContent).to.equal('');
      // HTML still comes out, as plain text, with the reason.
      const { fragment, issues } = sanitizeHtml('<p>x</p>');
      expect(fragment.textContent).to.equal('x');
      expect(issues[0]).to.contain('clinic-elements-sanitizer');
    });
  });

  it('writes no structured data, with one warning, when the page does not allow the policy', () => {
    const fake = {
      createPolicy() {
        throw new TypeError('policy not allowed');
      },
    };
    const host = document.createElement('test-host');
    const output = new JsonLdOutput(host);
    const warnings = captureWarnings();
    try {
      withTrustedTypes(fake, () => {
        output.write({ '@type': 'FAQPage', n: 1 });
        output.write({ '@type': 'FAQPage', n: 2 });
      });
    } finally {
      warnings.restore();
    }
    expect(document.head.querySelectorAll('script[data-clinic-elements="test-host"]')).to.have.length(0);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^<test-host> structured-data: .*clinic-elements-sanitizer/);
  });
});
