/**
 * The markup pre-pass against the browser's own parser: whatever the input, the parse of what the pre-pass gives holds
 * no `on…` or `style` attribute, no `<style>` element and no SVG or MathML (the CSP-quiet promise); every attribute
 * the browser finds is one the tokenizer found (it splits tags where the browser does); nesting is cut before the
 * parser sees it. A corpus of the tokenizer's hard cases, then random soups of them.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_MARKUP,
  MAX_NODES,
  plainText,
  prepareMarkup,
  tokenize,
} from '../../src/internal/markup.js';

const chromium = /Chrome\//.test(navigator.userAgent);
const RUNS = chromium ? 1500 : 400;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Every element of a parsed document (template contents too), depth first, with its depth. */
function* elements(doc: Document): Generator<[Element, number]> {
  const stack: Array<[Node, number]> = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node instanceof Element) yield [node, depth];
    const children = node instanceof HTMLTemplateElement ? node.content.childNodes : node.childNodes;
    for (const child of Array.from(children)) stack.push([child, depth + 1]);
  }
}

/** What on a strict-CSP page would be reported, in the parse of `html`. */
function reportable(html: string): string[] {
  const found: string[] = [];
  for (const [element] of elements(parse(html))) {
    if (element.localName === 'style') found.push(`<style> in ${element.namespaceURI}`);
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      found.push(`<${element.localName}> in ${element.namespaceURI}`);
    for (const attr of Array.from(element.attributes))
      if (/^(on|style$)/i.test(attr.name)) found.push(`${attr.name} on <${element.localName}>`);
  }
  return found;
}

/**
 * The input with every attribute the tokenizer finds (of plain letters) renamed `data-seen-…`: in its parse, an
 * attribute of plain letters is one the browser found where the tokenizer found none. Names of other characters are
 * left alone, so this needs inputs whose attributes are named in letters.
 */
function unseenAttributes(html: string): string[] {
  let out = '';
  let copied = 0;
  tokenize(html, (tag) => {
    for (const attr of tag.attrs) {
      if (!/^[a-z]+$/i.test(html.slice(attr.from, attr.nameTo))) continue;
      out += `${html.slice(copied, attr.from)}data-seen-`;
      copied = attr.from;
    }
  });
  out += html.slice(copied);
  const unseen: string[] = [];
  for (const [element] of elements(parse(out))) {
    for (const attr of Array.from(element.attributes))
      if (/^[a-z]+$/.test(attr.name)) unseen.push(`${attr.name} on <${element.localName}>`);
  }
  return unseen;
}

/** The element and text nodes of the parse of `html`, besides the html, head and body the parser always makes. */
function nodes(html: string): number {
  let count = 0;
  for (const [element] of elements(parse(html))) {
    if (!['html', 'head', 'body'].includes(element.localName)) count++;
    for (const child of Array.from(element.childNodes)) if (child.nodeType === 3) count++;
  }
  return count;
}

function maxDepth(html: string): number {
  let max = 0;
  for (const [, depth] of elements(parse(html))) max = Math.max(max, depth);
  return max;
}

/** The tokenizer's hard cases: comments, bogus comments, raw text, script escapes, attribute syntax, foreign content. */
const CORPUS = [
  // Comments as the issue found them, and every way a comment ends or does not.
  '<!--><p style="color:red" onclick="x()">after</p>',
  '<!---><p onclick=x>after</p>',
  '<!-- a --!><p onclick=x>after</p>',
  '<!----!><p onclick=x>',
  '<!--!><p onclick=x>--><p onmouseover=y>',
  '<!---!><p onclick=x>--><p onmouseover=y>',
  '<!-- <!-- nested --><p onclick=x>',
  '<!--<!---><p onclick=x>',
  '<!-- -- --><p onclick=x>',
  '<!-- --- ><p onclick=x> -->',
  '<!--',
  '<!-- unterminated <p onclick=x>',
  // Bogus comments, doctypes, CDATA outside foreign content, processing instructions.
  '<! bogus onclick=x><p onclick=y>',
  '<!-x><p onclick=y>',
  '<!DOCTYPE html "a>b"><p onclick=y>',
  '<![CDATA[ x ]]><p onclick=y>',
  '<![CDATA[ > <p onclick=y> ]]>',
  '<?php echo 1 ?><p onclick=y>',
  '</ x><p onclick=y>',
  '</3 onclick=z><p onclick=y>',
  '</><p onclick=y>',
  '<p>a < b onclick=1 and 3 > 2</p>',
  '<<p onclick=y>',
  // Raw text and RCDATA followed by a comment, and their end tags.
  ...['textarea', 'title', 'noembed', 'xmp', 'iframe', 'noscript', 'style', 'script', 'noframes'].flatMap((name) => [
    `<${name}><!--</${name}><p style="color:red" onclick=x>--></p>`,
    `<${name}></${name.toUpperCase()} x><p onclick=x>`,
    `<${name}></${name}x><p onclick=x></${name}><p onmouseover=y>`,
    `<${name}/><!--</${name}><p onclick=x>-->`,
    `<${name} a="</${name}>"><p onclick=x></${name}><p onmouseover=y>`,
  ]),
  '<plaintext><p onclick=x></plaintext><p onmouseover=y>',
  '<style>a</xmp><p onclick=x></style><p onmouseover=y>',
  // Script data escapes.
  '<script><!--<script></script><p onclick=x>--></script><p onmouseover=y>',
  '<script><!--<script></script><p onclick=x></script><p onmouseover=y>',
  '<script><!--</script><p onclick=x>',
  '<script><!-- --><p onclick=x></script><p onmouseover=y>',
  '<script><!--<script>--></script><p onclick=x></script><p onmouseover=y>',
  '<script><!--<scriptx></script><p onclick=x>',
  '<script><!--<script/--></script><p onclick=x>-->',
  '<script><!-- <script></SCRIPT></script><p onclick=x> --></script><p onmouseover=y>',
  '<script>-->--></script><p onclick=x>',
  // Attribute syntax.
  '<p title="x onclick=y" onmouseover=z>',
  "<p title='x\" onclick=y' onmouseover=z>",
  '<p title=x"onclick=y onmouseover=z>',
  '<p/onclick=y>',
  '<p =onclick=y onmouseover=z>',
  '<p title="x"onclick=y>',
  '<p title = "x" onclick = y>',
  '<p onclick>',
  '<p a=b/onclick=y>',
  '<p a="b"/onclick=y>',
  '<p title="unterminated onclick=x',
  '<p onclick=x',
  '<p\nonclick=x\tstyle=y\fonfocus=z>',
  '<p ONCLICK=x STYLE=y>',
  '</p onclick=x><p onmouseover=y>',
  // Foreign content and other parsing modes the pre-pass turns into <canvas>.
  '<svg><style><img src=x onerror=y></style></svg>',
  '<svg><![CDATA[ > ]]><p onclick=x></svg>',
  '<svg/onload=x><style><p onclick=y></style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=y>',
  '<svg><p><style><!--</style><img src=x onerror=y>-->',
  '<select><style><input onclick=x></style>',
  '<template><col><style><col onclick=x></style></template>',
  '<frameset><style><frame onload=x></style>',
  '<noscript><style></noscript><p onclick=x></style>',
  '<table><style><!--</style><td onclick=x>--></table>',
  '<form><input name=nextSibling onclick=x></form>',
  '<p onclick=' + 'a'.repeat(1000),
];

describe('markup pre-pass against the browser parser', function () {
  this.timeout(120_000);
  it('leaves nothing a strict CSP would report, in every hard case', () => {
    for (const html of CORPUS) expect(reportable(prepareMarkup(html).html), html).to.deep.equal([]);
  });

  it('finds every attribute the browser finds, in every hard case without foreign content', () => {
    for (const html of CORPUS) {
      if (/<(svg|math|select|template|frameset|noscript)/i.test(html)) continue;
      expect(unseenAttributes(html), html).to.deep.equal([]);
    }
  });

  it('the corpus means something: the browser does find on… attributes in most of it unprepared', () => {
    const noisy = CORPUS.filter((html) => reportable(html).length > 0);
    expect(noisy.length).to.be.greaterThan(CORPUS.length * 0.8);
  });

  const PIECES = [
    '<p onclick=a>',
    '<p',
    '<b',
    ' onclick=b',
    ' style=c',
    ' title="',
    "'",
    '"',
    '=',
    '/',
    '>',
    ' ',
    '\n',
    'text',
    '<!--',
    '-->',
    '--!>',
    '<!-->',
    '<!--->',
    '--',
    '-',
    '<!',
    '<?',
    '</',
    '<',
    '<![CDATA[',
    ']]>',
    '<!DOCTYPE x',
    '<textarea>',
    '</textarea>',
    '<title>',
    '</title>',
    '<style>',
    '</style>',
    '<xmp>',
    '</xmp>',
    '<iframe>',
    '</iframe>',
    '<noembed>',
    '</noembed>',
    '<noframes>',
    '</noframes>',
    '<plaintext>',
    '<script>',
    '</script>',
    '<script',
    '<!--<script>',
    '<noscript>',
    '</noscript>',
    '<svg>',
    '</svg>',
    '<svg/>',
    '<math>',
    '<mtext>',
    '<mglyph>',
    '<select>',
    '</select>',
    '<template>',
    '</template>',
    '<frameset>',
    '<table>',
    '<td>',
    '<div>',
    '</div>',
    '<li>',
    '<a href="',
    '<img src=x onerror=y>',
  ];
  const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('leaves nothing a strict CSP would report, in random soups of those cases', () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(reportable(prepareMarkup(html).html), html).to.deep.equal([]);
      }),
      { numRuns: RUNS, seed: 20261128 },
    );
  });

  it('finds every attribute the browser finds, in random soups without foreign content', () => {
    const plain = PIECES.filter((piece) => !/<(svg|math|mtext|mglyph|select|template|frameset|noscript)/.test(piece));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...plain), { maxLength: 40 }).map((p) => p.join('')),
        (html) => {
          expect(unseenAttributes(html), html).to.deep.equal([]);
        },
      ),
      { numRuns: RUNS, seed: 20261129 },
    );
  });

  it('changes nothing a reader sees in ordinary answers', () => {
    const html =
      '<p>Plan <strong>two hours</strong>; see <a href="https://example.org/online-care?on=1" title="x">online care</a>.</p>' +
      '<ul><li lang="es" dir="ltr">Uno<li>Dos</ul><!-- a note --><pre><code>&lt;img onerror=x&gt;</code></pre><p>a < b</p>';
    expect(prepareMarkup(html)).to.deep.equal({ html, cut: false });
  });
});

describe('markup pre-pass: limits before the parser', function () {
  this.timeout(60_000);
  it('cuts nesting beyond MAX_DEPTH, keeping the text', () => {
    const { html, cut } = prepareMarkup(`${'<div>'.repeat(2_000)}deep`);
    expect(cut).to.equal(true);
    expect(maxDepth(html)).to.be.at.most(MAX_DEPTH + 3); // + html, body and the text.
    expect(parse(html).body.textContent).to.equal('deep');
    expect(maxDepth(prepareMarkup('<div>'.repeat(100_000)).html)).to.be.at.most(MAX_DEPTH + 3);
  });

  it('keeps nesting up to MAX_DEPTH as it is, closed or not', () => {
    const nested = `${'<div>'.repeat(MAX_DEPTH)}x${'</div>'.repeat(MAX_DEPTH)}`;
    expect(prepareMarkup(nested.repeat(3)).html).to.equal(nested.repeat(3));
    const lists =
      '<ul><li>a<li>b<li>c</ul>'.repeat(50) +
      '<p>one<p>two<p>three'.repeat(50) +
      '<dl><dt>a<dd>b<dt>c<dd>d</dl>'.repeat(50);
    expect(prepareMarkup(lists)).to.deep.equal({ html: lists, cut: false });
  });

  it('bounds the elements the browser reopens (formatting elements left open across blocks)', () => {
    const html = Array.from({ length: 20_000 }, (_, i) => `<p><b id=${i}></p>`).join('');
    expect(maxDepth(prepareMarkup(html).html)).to.be.at.most(2 * MAX_DEPTH + 4);
  });

  it('never lets the parser nest much deeper than MAX_DEPTH, whatever the soup', () => {
    const pieces = [
      '<div>',
      '</div>',
      '<b>',
      '</b>',
      '<i x>',
      '</i>',
      '<p>',
      '</p>',
      '<span>',
      '</span>',
      '<li>',
      '<ul>',
      '</ul>',
      '<table>',
      '</table>',
      '<td>',
      '<tr>',
      '<a>',
      '</a>',
      '<button>',
      '<dl>',
      '<dd>',
      '<h1>',
      '</h2>',
      '<section>',
      '<form>',
      '</form>',
      '<select>',
      '<svg>',
      '<font>',
      '</font>',
      '<nobr>',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 200, maxLength: 600 }), (list) => {
        const html = list.join('');
        expect(maxDepth(prepareMarkup(html).html), html).to.be.at.most(3 * MAX_DEPTH);
      }),
      { numRuns: chromium ? 300 : 60, seed: 20261130 },
    );
  });

  it(`gives the parser no more than ${MAX_NODES} nodes to make, reopened formatting elements counted`, () => {
    const reopen = Array.from({ length: 31 }, (_, i) => `<p><b id=${i}></p>`).join('');
    for (const html of [
      '<p>x</p>'.repeat(12_000),
      '</p>'.repeat(50_000),
      `${reopen}${'<p>x</p>'.repeat(12_000)}`,
      `<table>${'<td>x'.repeat(20_000)}`,
      `${'<b><div>'.repeat(15)}${'x</b>'.repeat(20_000)}`,
    ]) {
      const prepared = prepareMarkup(html);
      expect(prepared.cut, html.slice(0, 40)).to.equal(true);
      expect(nodes(prepared.html), html.slice(0, 40)).to.be.at.most(MAX_NODES);
    }
    const few = prepareMarkup('<p>x</p>'.repeat(100), 50).html;
    expect('<p>x</p>'.repeat(100).startsWith(few)).to.equal(true);
    expect(nodes(few)).to.be.within(30, 50);
  });

  it('never lets the parser make more nodes than it counted, whatever the soup', () => {
    const pieces = [
      '<p>',
      '</p>',
      'x',
      ' ',
      '<b id=1>',
      '<b id=2>',
      '</b>',
      '<i>',
      '</i>',
      '<div>',
      '</div>',
      '<table>',
      '<td>',
      '<tr>',
      '<col>',
      '<br>',
      '</br>',
      '<li>',
      '<a>',
      '</a>',
      '<span>',
      '</span>',
      '<h2>',
      '<select>',
      '<svg>',
      '<!-- c -->',
      '<textarea>',
      '</textarea>',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 100, maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (list, max) => {
          const html = list.join('');
          expect(nodes(prepareMarkup(html, max).html), `${max}: ${html}`).to.be.at.most(max);
        },
      ),
      { numRuns: chromium ? 300 : 60, seed: 20261201 },
    );
  });

  it(`cuts text beyond ${MAX_MARKUP} characters and attributes beyond ${MAX_ATTRIBUTES} a tag`, () => {
    expect(prepareMarkup('x'.repeat(MAX_MARKUP + 10))).to.deep.equal({ html: 'x'.repeat(MAX_MARKUP), cut: true });
    const attrs = Array.from({ length: 1000 }, (_, i) => `a${i}`).join(' ');
    const { html, cut } = prepareMarkup(`<p ${attrs} onclick=x>kept</p>`);
    expect(cut).to.equal(true);
    const p = parse(html).querySelector('p')!;
    expect(p.attributes.length).to.equal(MAX_ATTRIBUTES);
    expect(p.textContent).to.equal('kept');
  });
});

describe('plainText', () => {
  it('shows the text, without tags, scripts, styles or comments', () => {
    expect(
      plainText('<p>Hello <b>world</b></p><script>alert(1)</script><style>p{}</style><!-- c -->&amp; more&nbsp;&lt;3'),
    ).to.equal('Hello world & more <3');
    expect(plainText('a < b')).to.equal('a < b');
  });

  it('stays linear on repeated unclosed script tags (was quadratic)', () => {
    expect(plainText(`${'<script '.repeat(50_000)}`)).to.equal('');
    expect(plainText(`<p>kept</p>${'<script>'.repeat(50_000)}`)).to.equal('kept');
  });
});
