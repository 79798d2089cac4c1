// Rollup plugin: minifies the text of Lit's tagged templates at build time, in our own sources only.
// - css`…` without expressions: minified by esbuild's CSS minifier (comments, whitespace, shorthand).
// - html`…`, svg`…`, staticHtml`…`: every whitespace run that holds a line break becomes one space. That keeps the
//   same text nodes and the same rendering (our templates hold no <pre>, <textarea> or `white-space: pre*` content,
//   and a single space renders like any other collapsible whitespace), and never touches the `${}` parts.
import { transformSync } from 'esbuild';

const HTML_TAGS = new Set(['html', 'svg', 'staticHtml']);

/** Escapes cooked text back into template-literal source. */
const toRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

export function minifyCss(text) {
  return transformSync(text, { loader: 'css', minify: true }).code.trim();
}

export function collapseHtml(raw) {
  return raw.replace(/\s*\n\s*/g, ' ');
}

export default function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const ast = this.parse(code);
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const { quasis } = node.quasi;
          if (node.tag.name === 'css' && quasis.length === 1) {
            const quasi = quasis[0];
            edits.push({ start: quasi.start, end: quasi.end, text: toRaw(minifyCss(quasi.value.cooked)) });
          } else if (HTML_TAGS.has(node.tag.name)) {
            for (const quasi of quasis)
              edits.push({ start: quasi.start, end: quasi.end, text: collapseHtml(quasi.value.raw) });
          }
        }
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && key !== 'loc') visit(value);
        }
      };
      visit(ast);
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
