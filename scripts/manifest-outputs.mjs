// From custom-elements.json: editor data (VS Code custom HTML and CSS data, JetBrains web-types) into dist/, and the API
// reference pages in docs/api/. `--check` only verifies that docs/api/ is up to date with the source.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { root } from './run.mjs';

const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every element with a tag name, with the module it lives in. */
export const elements = manifest.modules
  .flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ ...declaration, module: mod.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const publicFields = (element) =>
  (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (!member.privacy || member.privacy === 'public') &&
      !member.name.startsWith('_'),
  );
const publicMethods = (element) =>
  (element.members ?? []).filter(
    (member) =>
      member.kind === 'method' &&
      !member.static &&
      (!member.privacy || member.privacy === 'public') &&
      !member.name.startsWith('_'),
  );
/** Where the repository's files are browsed (its GitHub URL + /blob/main/), from package.json's `repository`. */
const repoUrl = (typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? ''))
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');
const docsBase = /^https:\/\/github\.com\//.test(repoUrl) ? `${repoUrl}/blob/main/` : '';
/** The CDN file and npm entry of each element's own bundle, by the source directory of its class. */
const entryOf = (element) => path.posix.dirname(element.module).replace(/^src\//, '');
const signature = (method) =>
  `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${
    method.return?.type?.text ? `: ${method.return.type.text}` : ''
  }`;
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|');
const type = (member) => member.type?.text ?? '';

/** An element's API page in the repository, linked from the editor data. */
const docsUrl = (tag) => (docsBase ? `${docsBase}docs/api/${tag}.md` : undefined);
const unique = (list) => [...new Map(list.map((item) => [item.name, item])).values()];

/**
 * Editor data from the maintained Custom Elements Manifest integrations (VS Code custom data, JetBrains web-types),
 * with two touches they lack: VS Code completes a boolean attribute bare (`single`, not `single=""`) only with
 * `valueSet: "v"`, and theme properties inherited by every element are listed once, not once per element.
 */
function editorData() {
  const attributeType = new Map(
    elements.flatMap((e) => (e.attributes ?? []).map((a) => [`${e.tagName} ${a.name}`, a.type?.text])),
  );
  const html = JSON.parse(
    getVsCodeHtmlCustomData(manifest, {
      referencesTemplate: (_, tag) => (docsUrl(tag) ? [{ name: 'API reference', url: docsUrl(tag) }] : []),
    }),
  );
  for (const tag of html.tags) {
    for (const attribute of tag.attributes)
      if (attributeType.get(`${tag.name} ${attribute.name}`) === 'boolean') attribute.valueSet = 'v';
  }
  const css = JSON.parse(getVsCodeCssCustomData(manifest, {}));
  css.properties = unique(css.properties);
  css.pseudoElements = unique(css.pseudoElements);
  // `referenceTemplate` (singular, one link: web-types' `doc-url`) is the option name the JetBrains integration reads.
  const webTypes = JSON.parse(
    getWebTypesData(manifest, { referenceTemplate: (_, tag) => ({ name: 'API reference', url: docsUrl(tag) }) }),
  );
  webTypes.contributions.css.properties = unique(webTypes.contributions.css.properties);
  webTypes.contributions.css['pseudo-elements'] = unique(webTypes.contributions.css['pseudo-elements']);
  return { 'vscode.html-custom-data.json': html, 'vscode.css-custom-data.json': css, 'web-types.json': webTypes };
}

function table(headers, rows) {
  if (!rows.length) return '_None._\n';
  return (
    [
      `| ${headers.join(' | ')} |`,
      `| ${headers.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}

/** The element's guide in docs/ (`clinic-faq` → docs/faq.md), written by hand; the API page is generated. */
const guideOf = (element) => `${element.tagName.replace(/^clinic-/, '')}.md`;
/** The `detail` type of a `CustomEvent<Detail>`. */
const detailOf = (event) => event.type?.text?.match(/^CustomEvent<([\s\S]+)>$/)?.[1] ?? '';

/**
 * One row per property, with its attribute if it has one (as Shoelace and Web Awesome list them); an attribute with no
 * property would get a row of its own.
 */
function propertyRows(element) {
  const code = (text) => (text ? `\`${text}\`` : '');
  const fields = publicFields(element);
  const attributeOnly = (element.attributes ?? []).filter((a) => !fields.some((f) => f.name === a.fieldName));
  return [
    ...fields.map((f) => [
      `${code(f.name)}${f.readonly ? ' (read-only)' : ''}`,
      code(f.attribute),
      f.reflects ? 'yes' : '',
      code(type(f)),
      code(f.default),
      f.description,
    ]),
    ...attributeOnly.map((a) => ['', code(a.name), '', code(a.type?.text), code(a.default), a.description]),
  ];
}

function docPage(element) {
  const code = (text) => (text ? `\`${text}\`` : '');
  const cssRow = (p) => [code(p.name), code(p.default), p.description];
  const ownCss = (element.cssProperties ?? []).filter((p) => !p.inheritedFrom);
  const sharedCss = (element.cssProperties ?? []).filter((p) => p.inheritedFrom);
  return `<!-- Generated from custom-elements.json by scripts/manifest-outputs.mjs: edit the JSDoc in ${element.module}, then run npm run docs. -->
# \`<${element.tagName}>\`

${oneLine(element.summary)}

${(element.description ?? '').trim()}

How to use it, with examples: [the \`<${element.tagName}>\` guide](../${guideOf(element)}). All elements: [API reference](README.md).

## Load it

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/${element.tagName}.js"></script>
\`\`\`

\`\`\`js
import '${pkg.name}/${entryOf(element)}.js'; // defines <${element.tagName}>
\`\`\`

With an \`integrity\` attribute from \`dist/cdn/integrity.json\` and \`crossorigin\`: see the [README](../../README.md)'s quick
starts, or build the snippet with \`demo/builder.html\`.

## Properties

Set a property from JavaScript, or its attribute (where it has one) in HTML. A reflected property is also written back to
its attribute, so CSS can select it.

${table(['property', 'attribute', 'reflects', 'type', 'default', 'description'], propertyRows(element))}
## Methods

${table(
  ['method', 'description'],
  publicMethods(element).map((m) => [code(signature(m)), m.description]),
)}
## Events

${table(
  ['event', 'detail', 'description'],
  (element.events ?? []).map((e) => [code(e.name), code(detailOf(e)), e.description]),
)}
## Slots

${table(
  ['slot', 'description'],
  (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
)}
## CSS parts

${table(
  ['part', 'description'],
  (element.cssParts ?? []).map((p) => [code(p.name), p.description]),
)}
## CSS custom properties

${table(['property', 'default', 'description'], ownCss.map(cssRow))}
Shared by every element (the theme; set them once on a common ancestor):

${table(['property', 'default', 'description'], sharedCss.map(cssRow))}`;
}

const docsDir = path.join(root, 'docs', 'api');
function indexPage() {
  return `<!-- Generated from custom-elements.json by scripts/manifest-outputs.mjs: run npm run docs. -->
# API reference

Generated from the elements' source. Each element also has a guide with examples; all the docs: [docs](../README.md).

| element | guide | summary |
| --- | --- | --- |
${elements.map((element) => `| [\`<${element.tagName}>\`](${element.tagName}.md) | [${guideOf(element)}](../${guideOf(element)}) | ${cell(element.summary)} |`).join('\n')}

Events are typed: \`addEventListener('clinic-faq-toggle', (event) => event.detail.open)\` needs no cast in TypeScript, and
\`${pkg.name}/jsx/react\` and \`${pkg.name}/jsx/preact\` add the elements to JSX. Editors read
\`${pkg.name}/vscode.html-custom-data.json\` and \`vscode.css-custom-data.json\` (VS Code) and \`web-types.json\` (JetBrains).
`;
}

const pages = [
  ...elements.map((element) => [path.join(docsDir, `${element.tagName}.md`), docPage(element)]),
  [path.join(docsDir, 'README.md'), indexPage()],
];

if (process.argv.includes('--check')) {
  const stale = pages.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  if (stale.length) {
    console.error(
      `docs check: ${stale.map(([file]) => path.relative(root, file)).join(', ')} out of date; run npm run docs and commit.`,
    );
    process.exitCode = 1;
  }
  const extra = existsSync(docsDir)
    ? readdirSync(docsDir).filter((name) => !pages.some(([file]) => path.basename(file) === name))
    : [];
  if (extra.length) {
    console.error(`docs check: docs/api/ holds pages for no element (${extra.join(', ')}); delete them.`);
    process.exit(1);
  }
  if (!process.exitCode) console.log(`docs check: ${pages.length} API pages up to date`);
} else {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  for (const [file, data] of Object.entries(editorData()))
    writeFileSync(path.join(root, 'dist', file), `${JSON.stringify(data, null, 2)}\n`);
  if (process.argv.includes('--docs')) {
    mkdirSync(docsDir, { recursive: true });
    for (const [file, text] of pages) writeFileSync(file, text);
    console.log(`Wrote ${pages.length} API pages to docs/api/`);
  }
}
