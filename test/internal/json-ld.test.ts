import { expect } from '@open-wc/testing';
import {
  findNode,
  inlineJsonLdScripts,
  jsonLdNodes,
  JsonLdOutput,
  listValue,
  parseJson,
  readInlineJsonLd,
  serializeJsonLd,
  textValue,
  typesOf,
} from '../../src/internal/json-ld.js';
import type { Warning } from '../../src/internal/warn.js';

describe('JSON-LD helpers', () => {
  it('flattens arrays and @graph and finds a node by type, with or without the schema.org prefix', () => {
    const doc = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': ['Thing', 'https://schema.org/FAQPage'], name: 'FAQ' }],
    };
    expect(jsonLdNodes([doc, { '@type': 'schema:MedicalClinic' }])).to.have.length(4);
    expect(findNode(doc, ['FAQPage'])?.name).to.equal('FAQ');
    expect(typesOf({ '@type': 'schema:MedicalClinic' })).to.deep.equal(['MedicalClinic']);
    expect(findNode({ '@type': 'Person' }, ['FAQPage'])).to.equal(undefined);
    expect(findNode('nonsense', ['FAQPage'])).to.equal(undefined);
  });

  it('stops at hostile nesting depth instead of overflowing the stack', () => {
    let deep: unknown = { '@type': 'FAQPage' };
    for (let i = 0; i < 10000; i++) deep = [deep];
    expect(() => jsonLdNodes(deep)).not.to.throw();
    expect(findNode(deep, ['FAQPage'])).to.equal(undefined);
  });

  it('reads text values of the shapes JSON-LD allows', () => {
    expect(textValue('  Clinic ')).to.equal('Clinic');
    expect(textValue(['First', 'Second'])).to.equal('First');
    expect(textValue({ '@value': 'Valued' })).to.equal('Valued');
    expect(textValue(84121)).to.equal('84121');
    expect(textValue('   ')).to.equal(undefined);
    expect(textValue({ nested: 'x' })).to.equal(undefined);
    expect(listValue(undefined)).to.deep.equal([]);
    expect(listValue('a')).to.deep.equal(['a']);
  });

  it('unwraps text at most a few arrays or @value objects deep, in a loop (hostile JSON nests them 50,000 deep)', () => {
    expect(textValue([[[{ '@value': ['Deep enough'] }]]])).to.equal('Deep enough');
    let arrays: unknown = 'Too deep';
    let values: unknown = 'Too deep';
    for (let i = 0; i < 50_000; i++) {
      arrays = [arrays];
      values = { '@value': values };
    }
    expect(textValue(arrays)).to.equal(undefined);
    expect(textValue(values)).to.equal(undefined);
  });

  it('skips, with a warning, an inline script its reader throws on, and reads the others', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<script type="application/ld+json">{"n":1}</script><script type="application/ld+json">{"n":2}</script>';
    const warnings: Warning[] = [];
    const read = (value: unknown) => {
      if ((value as { n: number }).n === 1) throw new RangeError('Maximum call stack size exceeded');
      return { n: (value as { n: number }).n };
    };
    expect(readInlineJsonLd(host, read, warnings)).to.deep.equal([{ n: 2 }]);
    expect(warnings).to.deep.equal([
      { subject: 'json-ld', message: 'could not be read (Maximum call stack size exceeded); ignored.' },
    ]);
  });

  it('parses JSON without throwing', () => {
    expect(parseJson('{"a":1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    expect(parseJson('{oops').ok).to.equal(false);
  });

  it('finds only direct JSON-LD script children', () => {
    const host = document.createElement('div');
    host.innerHTML = `<script type="application/ld+json">{}</script><script>1</script>
      <div><script type="application/ld+json">{}</script></div>`;
    expect(inlineJsonLdScripts(host)).to.have.length(1);
    // A form child whose control is named `matches` (DOM clobbering) is no script, and does not throw.
    host.insertAdjacentHTML('afterbegin', '<form><input name="matches"></form>');
    expect(inlineJsonLdScripts(host)).to.have.length(1);
  });

  it('serialises so that markup inside strings cannot close the script', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script><!--');
  });

  it('owns one script in <head>, updates it in place and removes it', () => {
    const output = new JsonLdOutput(document.createElement('test-host'));
    const scripts = () => document.head.querySelectorAll('script[data-clinic-elements="test-host"]');
    output.write({ '@type': 'FAQPage', n: 1 });
    output.write({ '@type': 'FAQPage', n: 2 });
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(scripts()[0]!.textContent!).n).to.equal(2);
    output.write(null);
    expect(scripts()).to.have.length(0);
    output.write({ n: 3 });
    output.remove();
    expect(scripts()).to.have.length(0);
  });
});
