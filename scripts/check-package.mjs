// Checks what `npm pack` would publish, and lints package.json's entry points with publint.
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run.mjs';

const problems = [];
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(packed.files.map((file) => file.path));

const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/elements.js',
  'dist/elements.d.ts',
  ...['faq', 'signs-checklist', 'contact-card'].flatMap((dir) => [
    `dist/${dir}/define.js`,
    `dist/${dir}/define.d.ts`,
    `dist/${dir}/${dir}.js`,
    `dist/${dir}/${dir}.d.ts`,
  ]),
  'dist/events.d.ts',
  ...['react', 'preact', 'props'].flatMap((name) => [`dist/jsx/${name}.js`, `dist/jsx/${name}.d.ts`]),
  ...['clinic-elements', 'clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card'].map(
    (name) => `dist/cdn/${name}.js`,
  ),
  'dist/cdn/clinic-elements.css',
  'dist/cdn/integrity.json',
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'dist/web-types.json',
];
for (const file of required) if (!files.has(file)) problems.push(`the package lacks ${file}`);
for (const file of files) {
  if (/^(test|demo|bench|scripts|src|node_modules|coverage|docs)\//.test(file))
    problems.push(`the package must not ship ${file}`);
}

// Every path package.json points at (exports, types, editor data, the manifest) is in the tarball.
const pkgJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const targets = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
for (const target of [...targets(pkgJson.exports), pkgJson.types, pkgJson.customElements, pkgJson['web-types']]) {
  const file = target.replace(/^\.\//, '');
  if (!file.includes('*') && !files.has(file))
    problems.push(`package.json points at ${target}, which is not in the tarball`);
}
// The manifest lists the three elements, each with its events typed (CustomEvent<Detail>).
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const editorData = (file) => JSON.parse(readFileSync(path.join(root, 'dist', file), 'utf8'));
const declared = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
// It describes the public elements and the base class they inherit from, not internal helpers.
for (const mod of manifest.modules) {
  const names = (mod.declarations ?? []).map((d) => d.name);
  if (!names.some((name) => name === 'ClinicElement' || declared.some((d) => d.name === name))) {
    problems.push(
      `custom-elements.json lists ${mod.path}, which defines no element: narrow the globs in custom-elements-manifest.config.mjs`,
    );
  }
}
// Every public theme custom property (var(--clinic-…) in the theme) is documented on some element, or inherited.
const themeTokens = new Set(
  readFileSync(path.join(root, 'src/internal/theme.styles.ts'), 'utf8').match(/(?<=var\()--clinic-[a-z-]+/g),
);
const documented = new Set(declared.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
for (const token of themeTokens)
  if (!documented.has(token)) problems.push(`custom-elements.json documents no ${token} (add a @cssproperty)`);
for (const tag of ['clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card']) {
  const element = declared.find((d) => d.tagName === tag);
  if (!element) problems.push(`custom-elements.json lacks <${tag}>`);
  for (const event of element?.events ?? []) {
    if (!/^CustomEvent<.+>$/.test(event.type?.text ?? ''))
      problems.push(`custom-elements.json: ${tag}'s ${event.name} has no detail type`);
  }
  for (const field of ['attributes', 'events', 'cssParts', 'cssProperties']) {
    if (!element?.[field]?.length) problems.push(`custom-elements.json: <${tag}> lists no ${field}`);
  }
  for (const member of [
    ...(element?.attributes ?? []),
    ...(element?.events ?? []),
    ...(element?.cssParts ?? []),
    ...(element?.cssProperties ?? []),
  ]) {
    if (!member.description) problems.push(`custom-elements.json: <${tag}>'s ${member.name} has no description`);
  }
  // Editor data (generated from the manifest) offers every attribute, bare where it is boolean, and every theme property.
  const names = (element?.attributes ?? [])
    .map((a) => a.name)
    .sort()
    .join(' ');
  const vscode = editorData('vscode.html-custom-data.json').tags.find((t) => t.name === tag);
  const jetbrains = editorData('web-types.json').contributions.html.elements.find((e) => e.name === tag);
  if (
    vscode?.attributes
      .map((a) => a.name)
      .sort()
      .join(' ') !== names
  )
    problems.push(`vscode.html-custom-data.json: <${tag}>'s attributes differ from the manifest`);
  if (
    jetbrains?.attributes
      .map((a) => a.name)
      .sort()
      .join(' ') !== names
  )
    problems.push(`web-types.json: <${tag}>'s attributes differ from the manifest`);
  for (const attribute of element?.attributes ?? []) {
    const bare = vscode?.attributes.find((a) => a.name === attribute.name)?.valueSet === 'v';
    if (bare !== (attribute.type?.text === 'boolean'))
      problems.push(
        `vscode.html-custom-data.json: <${tag}>'s ${attribute.name} is ${bare ? '' : 'not '}offered as a boolean attribute`,
      );
  }
  if (!vscode?.references?.[0]?.url?.endsWith(`/docs/api/${tag}.md`))
    problems.push(`vscode.html-custom-data.json: <${tag}> does not link its API page`);
}
const cssNames = new Set(editorData('vscode.css-custom-data.json').properties.map((p) => p.name));
for (const token of documented) if (!cssNames.has(token)) problems.push(`vscode.css-custom-data.json lacks ${token}`);

// The JSX props (derived from the element classes in src/jsx/props.ts) are exactly the manifest's settable properties,
// attributes and `on<event>` handlers: none missing, none that the element does not have.
const propsFile = path.join(root, 'dist', 'jsx', 'props.d.ts');
const program = ts.createProgram([propsFile], {
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
});
const checker = program.getTypeChecker();
const propsModule = checker.getSymbolAtLocation(program.getSourceFile(propsFile));
const propsByTag = checker.getDeclaredTypeOfSymbol(
  checker.getExportsOfModule(propsModule).find((s) => s.name === 'ClinicElementsProps'),
);
for (const element of declared) {
  const tagProps = propsByTag.getProperty(element.tagName);
  const actual = new Set(
    tagProps ? checker.getPropertiesOfType(checker.getTypeOfSymbol(tagProps)).map((p) => p.name) : [],
  );
  const expected = new Set([
    ...(element.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly)
      .map((m) => m.name),
    ...(element.attributes ?? []).map((a) => a.name),
    ...(element.events ?? []).map((e) => `on${e.name}`),
  ]);
  const missing = [...expected].filter((name) => !actual.has(name));
  const extra = [...actual].filter((name) => !expected.has(name));
  if (missing.length)
    problems.push(
      `jsx/props.d.ts: <${element.tagName}> lacks ${missing.join(', ')} (see the rule at the top of src/jsx/props.ts)`,
    );
  if (extra.length)
    problems.push(
      `jsx/props.d.ts: <${element.tagName}> has ${extra.join(', ')}, which custom-elements.json does not list`,
    );
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const { messages } = await publint({ pkgDir: root, strict: true });
for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg)}`);

if (problems.length) {
  console.error(problems.map((p) => `package check: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`package check: ${files.size} files in the tarball, publint clean`);
