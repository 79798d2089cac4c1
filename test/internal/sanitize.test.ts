import { expect } from '@open-wc/testing';
import {
  ALLOWED_ELEMENTS,
  DROPPED_ELEMENTS,
  MAX_DEPTH,
  MAX_NODES,
  resetSanitizerPolicy,
  sanitizeHtml,
} from '../../src/internal/sanitize.js';
import { plainText } from '../../src/internal/markup.js';
import { ALLOWED_SCHEMES, safeUrl } from '../../src/internal/url.js';

/** The sanitised HTML, read back through a container (for assertions only). */
function clean(input: string, baseUrl?: string): string {
  const div = document.createElement('div');
  div.append(sanitizeHtml(input, { baseUrl }).fragment);
  return div.innerHTML;
}

/** Replaces `globalThis.trustedTypes` while `fn` runs (the native one may be a read-only accessor). */
function withTrustedTypes(fake: unknown, fn: () => void): void {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes');
  Object.defineProperty(globalThis, 'trustedTypes', { value: fake, configurable: true, writable: true });
  try {
    fn();
  } finally {
    if (own) Object.defineProperty(globalThis, 'trustedTypes', own);
    else delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
  }
}

describe('sanitizeHtml', () => {
  afterEach(() => resetSanitizerPolicy());

  it('keeps the allowed tags', () => {
    const input =
      '<p>One <strong>two</strong> <b>b</b> <em>e</em> <i>i</i> <u>u</u> <small>s</small> H<sub>2</sub>O x<sup>2</sup><br></p>' +
      '<ul><li>a</li></ul><ol><li>b</li></ol><h2>h2</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6>' +
      '<blockquote>q</blockquote><pre><code>c</code></pre><dl><dt>t</dt><dd>d</dd></dl><div><span>s</span></div>';
    expect(clean(input)).to.equal(input);
    expect(ALLOWED_ELEMENTS).to.include.members(['p', 'a', 'ul', 'ol', 'li', 'br', 'strong', 'em']);
  });

  it('drops script, style, iframes, forms, SVG and MathML with their content', () => {
    const out = clean(
      '<p>ok</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://x"></iframe>' +
        '<form><input value="x"><button>Send</button></form><svg><script>alert(2)</script><text>svg</text></svg>' +
        '<math><mi>x</mi></math><template><p>t</p></template><noscript>n</noscript><object>o</object><embed>' +
        '<img src=x onerror="alert(3)"><video><source src="v.mp4"></video>',
    );
    expect(out).to.equal('<p>ok</p>');
    expect(DROPPED_ELEMENTS).to.include.members(['script', 'style', 'iframe', 'svg', 'math', 'form', 'template']);
  });

  it('removes event handlers, styles, classes and ids but keeps lang and a valid dir', () => {
    expect(
      clean(
        '<p onclick="alert(1)" style="color:red" class="x" id="y" lang="es" dir="rtl">hola</p><p dir="sideways">x</p>',
      ),
    ).to.equal('<p lang="es" dir="rtl">hola</p><p>x</p>');
  });

  it('unwraps unknown elements and keeps their text', () => {
    expect(
      clean('<p><font color="red">big</font> <custom-el>deal</custom-el></p><table><tr><td>cell</td></tr></table>'),
    ).to.equal('<p>big deal</p>cell');
  });

  it('maps h1 to h2', () => {
    expect(clean('<h1 onclick="x()">Title</h1>')).to.equal('<h2>Title</h2>');
  });

  it('keeps safe links with rel="noopener noreferrer" and only target=_blank', () => {
    expect(clean('<a href="https://example.org/a?b=1" target="_blank">x</a>')).to.equal(
      '<a href="https://example.org/a?b=1" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(clean('<a href="mailto:care@example.org" target="_top">m</a>')).to.equal(
      '<a href="mailto:care@example.org" rel="noopener noreferrer">m</a>',
    );
    expect(clean('<a href="tel:+13852871469">t</a><a href="/help#x">r</a><a>no href</a>')).to.equal(
      '<a href="tel:+13852871469" rel="noopener noreferrer">t</a><a href="/help#x" rel="noopener noreferrer">r</a><a rel="noopener noreferrer">no href</a>',
    );
  });

  it('removes javascript:, data: and other unsafe URLs however they are disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \tjavascript:alert(1)',
      'java\nscript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#0;javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '\u0001javascript:alert(1)',
    ];
    for (const href of hostile) {
      const result = sanitizeHtml(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`);
      const a = result.fragment.querySelector('a')!;
      expect(a.hasAttribute('href'), href).to.equal(false);
      expect(result.issues.join(' '), href).to.contain('unsafe link');
    }
  });

  it('resolves relative links against a base URL', () => {
    expect(clean('<a href="/help">h</a>', 'https://partner.example/faq.jsonld')).to.contain(
      'href="https://partner.example/help"',
    );
    expect(safeUrl('https://a.example/x', 'https://b.example/')).to.equal('https://a.example/x');
    expect(safeUrl('http://[bad', 'https://b.example/')).to.equal(undefined);
    expect(ALLOWED_SCHEMES).to.deep.equal(['http:', 'https:', 'mailto:', 'tel:']);
  });

  it('builds fresh nodes in the target document, never the parsed ones', () => {
    const { fragment } = sanitizeHtml('<p>hi</p>');
    expect(fragment.firstChild!.ownerDocument).to.equal(document);
  });

  it('reports what it removed, and nothing for clean input', () => {
    expect(sanitizeHtml('<p>fine <a href="https://x.example">x</a></p>').issues).to.deep.equal([]);
    expect(sanitizeHtml('<p>x</p><script>1</script><blink>b</blink>').issues).to.deep.equal([
      'removed <blink>, <script>',
    ]);
  });

  it('drops comments and never lets markup in text become elements', () => {
    expect(clean('<p>&lt;script&gt;alert(1)&lt;/script&gt;<!-- c --></p>')).to.equal(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('cuts hostile nesting and node counts off, with an issue', () => {
    const deep = '<div>'.repeat(MAX_DEPTH + 20) + 'x';
    const deepResult = sanitizeHtml(deep);
    expect(deepResult.issues.join(' ')).to.contain('cut off');
    const many = '<b>x</b>'.repeat(MAX_NODES);
    const manyResult = sanitizeHtml(many);
    expect(manyResult.fragment.childNodes.length).to.be.at.most(MAX_NODES);
    expect(manyResult.issues.join(' ')).to.contain('cut off');
  });

  it('uses one Trusted Types policy when the page has Trusted Types, created once', () => {
    const names: string[] = [];
    const fake = {
      createPolicy(name: string, rules: { createHTML: (s: string) => string }) {
        names.push(name);
        return { createHTML: (s: string) => rules.createHTML(s) };
      },
    };
    withTrustedTypes(fake, () => {
      expect(clean('<p>a</p>')).to.equal('<p>a</p>');
      expect(clean('<p>b</p>')).to.equal('<p>b</p>');
    });
    expect(names).to.deep.equal(['clinic-elements-sanitizer']);
  });

  it('falls back to plain text when the Trusted Types policy is refused', () => {
    const fake = {
      createPolicy() {
        throw new TypeError('Policy "clinic-elements-sanitizer" disallowed.');
      },
    };
    withTrustedTypes(fake, () => {
      const result = sanitizeHtml('<p>Call <b>us</b> &amp; ask</p><script>alert(1)</script>');
      expect(result.fragment.childNodes).to.have.length(1);
      expect(result.fragment.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
      expect(result.fragment.textContent).to.equal('Call us & ask');
      expect(result.issues[0]).to.contain('plain text');
    });
  });

  it('falls back to plain text when parsing throws', () => {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
    Object.defineProperty(Element.prototype, 'innerHTML', {
      ...original,
      set() {
        throw new Error('blocked');
      },
    });
    try {
      const result = sanitizeHtml('<em>hi</em>');
      expect(result.fragment.textContent).to.equal('hi');
      expect(result.issues[0]).to.contain('blocked');
    } finally {
      Object.defineProperty(Element.prototype, 'innerHTML', original);
    }
  });

  it('plainText strips tags and decodes the basic entities', () => {
    expect(plainText('<p>a&nbsp;&lt;b&gt; &quot;c&quot; &#39;d&#39;</p><style>x{}</style><b')).to.equal(
      'a <b> "c" \'d\'',
    );
  });
});
