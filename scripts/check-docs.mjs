// Docs check (part of npm test, after the build): the Markdown pages cannot drift from the files or the API.
// - Every relative link resolves to a file of the repository, and every #anchor to a heading GitHub would make.
// - Every fenced code block names a known language, and:
//   json (and inline JSON-LD in html) parses; js, ts, tsx and jsx parse (esbuild); ts and tsx blocks that import
//   clinic-elements, and js blocks that use it, type-check against the built package (dist/ types, through
//   package.json's exports); html and vue blocks use only the three elements and the attributes, properties, events
//   and slots custom-elements.json lists; css parses and names only parts and custom properties the manifest lists;
//   sh blocks run only npm scripts package.json has.
// - Message keys written in code spans exist in the built-in string tables, and docs/i18n.md's tables list every
//   key with the placeholders its English text uses.
// Problems are printed as file:line: message; the exit code is 1 when there is any.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import GithubSlugger from 'github-slugger';
import { parseFragment } from 'parse5';
import { transform } from 'esbuild';
import ts from 'typescript';
import { root } from './run.mjs';

const problems = [];
const problem = (file, line, message) => problems.push({ file, line, message });
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

const manifestPath = path.join(root, 'custom-elements.json');
if (!existsSync(manifestPath) || !existsSync(path.join(root, 'dist', 'index.d.ts'))) {
  console.error('docs check: custom-elements.json or dist/ is missing; run npm run build first.');
  process.exit(1);
}

// --- The pages -------------------------------------------------------------------------------------------------

function markdownUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownUnder(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const pages = [
  ...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'bench/README.md'].map((file) => path.join(root, file)),
  ...markdownUnder(path.join(root, 'docs')),
].filter((file) => existsSync(file));

/** Files of the repository: tracked, or new and not ignored (a link to dist/ or node_modules/ breaks on GitHub). */
const repoFiles = (() => {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
    const files = new Set(out.toString('utf8').split('\0').filter(Boolean));
    const dirs = new Set(['']);
    for (const file of files) for (let d = path.posix.dirname(file); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);
    return { has: (p) => files.has(p) || dirs.has(p) };
  } catch {
    return { has: (p) => existsSync(path.join(root, p)) }; // Not a git checkout: the file system decides.
  }
})();

const md = new MarkdownIt({ html: true });

/** The text GitHub builds a heading's anchor from: the inline content without its markup. */
function inlineText(token) {
  return (token.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : ''))
    .join('');
}

/** `[line (1-based), tokens, source lines]` of a page, and its anchors. */
const parsed = new Map();
function parsePage(file) {
  if (parsed.has(file)) return parsed.get(file);
  const source = readFileSync(file, 'utf8');
  const tokens = md.parse(source, {});
  const slugger = new GithubSlugger();
  const anchors = new Set();
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') anchors.add(slugger.slug(inlineText(tokens[i + 1])));
    // Explicit anchors in raw HTML: <a id="…"> or name="…".
    if (token.type === 'html_block' || token.type === 'html_inline') {
      for (const match of token.content.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.add(match[1]);
    }
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      for (const match of child.content.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.add(match[1]);
    }
  });
  const page = { source, lines: source.split('\n'), tokens, anchors };
  parsed.set(file, page);
  return page;
}

/** The 1-based line in `range` ([start, end) of a block, 0-based) where `needle` first appears. */
function lineOf(page, range, needle) {
  const [start, end] = range ?? [0, page.lines.length];
  for (let i = start; i < end; i++) if (page.lines[i]?.includes(needle)) return i + 1;
  return start + 1;
}

// --- The API, from the build ---------------------------------------------------------------------------------

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = new Map();
for (const mod of manifest.modules) {
  for (const declaration of mod.declarations ?? []) {
    if (!declaration.tagName) continue;
    elements.set(declaration.tagName, {
      attributes: new Set((declaration.attributes ?? []).map((a) => a.name)),
      members: new Set(
        (declaration.members ?? []).filter((m) => m.kind === 'field' || m.kind === 'method').map((m) => m.name),
      ),
      fields: new Set(
        (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && m.privacy !== 'private')
          .map((m) => m.name.toLowerCase()),
      ),
      events: new Set((declaration.events ?? []).map((e) => e.name)),
      parts: new Set((declaration.cssParts ?? []).map((p) => p.name)),
      cssProperties: new Set((declaration.cssProperties ?? []).map((p) => p.name)),
      slots: new Set((declaration.slots ?? []).map((s) => s.name)),
    });
  }
}
const allCssProperties = new Set([...elements.values()].flatMap((e) => [...e.cssProperties]));

/** Attributes any HTML element takes. */
const GLOBAL_ATTRIBUTES = new Set(
  (
    'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id inert ' +
    'inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style ' +
    'tabindex title translate'
  ).split(' '),
);

/** Built-in messages by key (English), from every strings module of the build. */
const messages = new Map();
function stringModules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cdn' ? [] : stringModules(full);
    return entry.name === 'strings.js' ? [full] : [];
  });
}
for (const file of stringModules(path.join(root, 'dist'))) {
  const mod = await import(pathToFileURL(file).href);
  for (const table of Object.values(mod)) {
    if (table && typeof table === 'object' && table.en && typeof table.en === 'object') {
      for (const [key, value] of Object.entries(table.en)) messages.set(key, value);
    }
  }
}
const placeholders = (value) =>
  new Set(
    (typeof value === 'string' ? [value] : Object.values(value)).flatMap((text) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    ),
  );
const MESSAGE_KEY = /^(common|faq|signs|contact)\.[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const KEY_OWNER = { faq: 'clinic-faq', signs: 'clinic-signs-checklist', contact: 'clinic-contact-card' };

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// --- Links ---------------------------------------------------------------------------------------------------

function checkLink(file, page, range, href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return; // http(s), mailto, tel: not checked here.
  const line = lineOf(page, range, href);
  const hash = href.indexOf('#');
  const target = hash >= 0 ? href.slice(0, hash) : href;
  const anchor = hash >= 0 ? decodeURIComponent(href.slice(hash + 1)) : undefined;
  let targetFile = file;
  if (target) {
    let decoded;
    try {
      decoded = decodeURIComponent(target.split('?')[0]);
    } catch {
      problem(file, line, `link "${href}" is not a valid URL`);
      return;
    }
    targetFile = path.resolve(path.dirname(file), decoded);
    const inRepo = rel(targetFile).replace(/\/$/, '');
    if (inRepo.startsWith('..') || !repoFiles.has(inRepo)) {
      problem(file, line, `link "${href}": ${inRepo} is not a file of the repository`);
      return;
    }
  }
  if (anchor === undefined) return;
  if (!targetFile.endsWith('.md') || statSync(targetFile).isDirectory()) return; // Anchors into code are not checked.
  if (!parsePage(targetFile).anchors.has(anchor)) {
    problem(file, line, `link "${href}": ${rel(targetFile)} has no heading with the anchor #${anchor}`);
  }
}

// --- Code samples --------------------------------------------------------------------------------------------

const LANGUAGES = new Set(['sh', 'html', 'js', 'ts', 'tsx', 'jsx', 'json', 'css', 'vue', 'http', 'text']);
const typeSamples = [];
const esbuildJobs = [];

function checkCustomElements(file, fenceLine, html, { vue = false } = {}) {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const walk = (node) => {
    // Inline JSON-LD in a sample is JSON too.
    if (node.tagName === 'script' && node.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')) {
      const text = node.childNodes?.[0];
      const textLine = text?.sourceCodeLocation?.startLine ?? node.sourceCodeLocation?.startLine ?? 1;
      checkJson(file, fenceLine + textLine - 1, text?.value ?? '');
    }
    if (node.tagName?.startsWith('clinic-')) {
      const line = fenceLine + (node.sourceCodeLocation?.startLine ?? 1);
      const element = elements.get(node.tagName);
      if (!element) {
        problem(file, line, `<${node.tagName}> is not one of the elements (${[...elements.keys()].join(', ')})`);
      } else {
        for (const { name } of node.attrs) {
          const attrLine = fenceLine + (node.sourceCodeLocation?.attrs?.[name]?.startLine ?? 1);
          const bound = vue && /^(:|v-bind:)/.exec(name);
          const listener = vue && /^(@|v-on:)/.exec(name);
          if (listener) {
            const event = name.slice(listener[0].length).split('.')[0];
            if (!element.events.has(event)) problem(file, attrLine, `<${node.tagName}> has no event "${event}"`);
          } else if (bound) {
            const prop = name.slice(bound[0].length);
            // The HTML parser lowercases names: `:headingLevel` arrives as `:headinglevel`.
            const property = prop.replace(/-([a-z])/g, (_, c) => c).toLowerCase();
            if (!element.fields.has(property) && !element.attributes.has(prop)) {
              problem(file, attrLine, `<${node.tagName}> has no property or attribute "${prop}"`);
            }
          } else if (!element.attributes.has(name) && !GLOBAL_ATTRIBUTES.has(name) && !/^(data|aria)-/.test(name)) {
            problem(
              file,
              attrLine,
              `<${node.tagName}> has no attribute "${name}" (custom-elements.json lists: ${[...element.attributes].join(', ')})`,
            );
          }
        }
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(fragment);
  // A slot="…" on a direct child names a slot the element has.
  const slots = (node) => {
    if (node.tagName?.startsWith('clinic-') && elements.has(node.tagName)) {
      for (const child of node.childNodes ?? []) {
        const slot = child.attrs?.find((a) => a.name === 'slot')?.value;
        if (slot !== undefined && !elements.get(node.tagName).slots.has(slot)) {
          problem(
            file,
            fenceLine + (child.sourceCodeLocation?.startLine ?? 1),
            `<${node.tagName}> has no slot "${slot}"`,
          );
        }
      }
    }
    for (const child of node.childNodes ?? []) slots(child);
    if (node.content) slots(node.content);
  };
  slots(fragment);
}

function checkCss(file, fenceLine, css) {
  esbuildJobs.push(
    transform(css, { loader: 'css', logLevel: 'silent' }).then(
      (result) => result.warnings.forEach((w) => problem(file, fenceLine + (w.location?.line ?? 1), `CSS: ${w.text}`)),
      (error) =>
        (error.errors ?? [error]).forEach((e) =>
          problem(file, fenceLine + (e.location?.line ?? 1), `CSS: ${e.text ?? e.message}`),
        ),
    ),
  );
  css.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/(clinic-[a-z-]+)(?::[\w-]+(?:\([^)]*\))?)*::part\(([\w-]+)\)/g)) {
      const element = elements.get(match[1]);
      if (!element) problem(file, fenceLine + i + 1, `<${match[1]}> is not one of the elements`);
      else if (!element.parts.has(match[2]))
        problem(file, fenceLine + i + 1, `<${match[1]}> has no part "${match[2]}"`);
    }
    for (const match of text.matchAll(/--clinic-[\w-]+/g)) {
      if (!allCssProperties.has(match[0]))
        problem(file, fenceLine + i + 1, `${match[0]} is not a custom property of any element`);
    }
  });
}

function checkScript(file, fenceLine, code, loader) {
  esbuildJobs.push(
    transform(code, { loader, logLevel: 'silent', format: 'esm' }).then(
      () => {},
      (error) =>
        (error.errors ?? [error]).forEach((e) =>
          problem(file, fenceLine + (e.location?.line ?? 1), `${loader} does not parse: ${e.text ?? e.message}`),
        ),
    ),
  );
  // Samples that use the package are type-checked against the build: TypeScript ones when they import it, JavaScript
  // ones when they import it or name an element or event (given the package's types by an added import line).
  const imports = /(?:from|import)\s+['"]clinic-elements(?:\/[^'"]*)?['"]/.test(code);
  if ((loader === 'ts' || loader === 'tsx') && imports) typeSamples.push({ file, fenceLine, code, loader, added: 0 });
  if (loader === 'js' && (imports || /['"`]clinic-[a-z]/.test(code))) {
    typeSamples.push({
      file,
      fenceLine,
      code: imports ? code : `import 'clinic-elements';\n${code}`,
      loader,
      added: imports ? 0 : 1,
    });
  }
}

function checkShell(file, fenceLine, code) {
  code.split('\n').forEach((text, i) => {
    for (const match of text.replace(/#.*$/, '').matchAll(/\bnpm run ([\w:.-]+)/g)) {
      if (!pkg.scripts?.[match[1]])
        problem(file, fenceLine + i + 1, `"npm run ${match[1]}": package.json has no such script`);
    }
  });
}

function checkJson(file, fenceLine, code) {
  try {
    JSON.parse(code);
  } catch (error) {
    // JSON.parse's message may name no position: esbuild's JSON parser says where.
    esbuildJobs.push(
      transform(code, { loader: 'json', logLevel: 'silent' }).then(
        () => problem(file, fenceLine + 1, `JSON does not parse: ${error.message}`),
        (failure) => {
          const e = failure.errors?.[0];
          problem(file, fenceLine + (e?.location?.line ?? 1), `JSON does not parse: ${e?.text ?? error.message}`);
        },
      ),
    );
  }
}

// --- Message keys --------------------------------------------------------------------------------------------

function checkMessageKey(file, line, key) {
  if (messages.has(key)) return;
  const [prefix, name] = key.split('.');
  if (KEY_OWNER[prefix] && elements.get(KEY_OWNER[prefix])?.members.has(name)) return; // `faq.items`: code, not a key.
  problem(file, line, `message key "${key}" is not in the built-in strings`);
}

/** docs/i18n.md: its tables list every key once, with the placeholders of its English text. */
function checkKeyTables(file, page) {
  const listed = new Map();
  const { tokens } = page;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'tr_open') continue;
    const cells = [];
    let j = i + 1;
    for (; tokens[j].type !== 'tr_close'; j++) if (tokens[j].type === 'inline') cells.push(tokens[j]);
    const key = /^`([^`]+)`$/.exec(cells[0]?.content.trim() ?? '')?.[1];
    if (!key || !MESSAGE_KEY.test(key)) continue;
    const line = (tokens[i].map?.[0] ?? 0) + 1;
    if (listed.has(key)) problem(file, line, `message key "${key}" is listed twice`);
    listed.set(key, line);
    const value = messages.get(key);
    if (value === undefined) continue; // Reported by the code-span check.
    const documented = new Set([...(cells.at(-1)?.content ?? '').matchAll(/`\{(\w+)\}`/g)].map((m) => m[1]));
    const actual = placeholders(value);
    const same = documented.size === actual.size && [...actual].every((name) => documented.has(name));
    if (!same) {
      problem(
        file,
        line,
        `"${key}" uses ${[...actual].map((n) => `{${n}}`).join(', ') || 'no placeholders'}, not ${[...documented].map((n) => `{${n}}`).join(', ') || 'none'}`,
      );
    }
  }
  for (const key of messages.keys()) {
    if (!listed.has(key)) problem(file, 1, `message key "${key}" is missing from the tables`);
  }
}

// --- Walk every page -------------------------------------------------------------------------------------------

let links = 0;
let samples = 0;
for (const file of pages) {
  const page = parsePage(file);
  for (const token of page.tokens) {
    if (token.type === 'fence') {
      samples++;
      const fenceLine = token.map[0] + 1; // The content starts on the line after this one.
      const lang = token.info.trim().split(/\s+/)[0];
      if (!LANGUAGES.has(lang)) {
        problem(
          file,
          fenceLine,
          lang
            ? `code block language "${lang}" is not one the docs check knows`
            : 'code block without a language (use text for plain text)',
        );
        continue;
      }
      const code = token.content;
      if (lang === 'json') checkJson(file, fenceLine, code);
      else if (lang === 'js' || lang === 'jsx' || lang === 'ts' || lang === 'tsx')
        checkScript(file, fenceLine, code, lang);
      else if (lang === 'html') checkCustomElements(file, fenceLine, code);
      else if (lang === 'css') checkCss(file, fenceLine, code);
      else if (lang === 'sh') checkShell(file, fenceLine, code);
      else if (lang === 'vue') {
        const template = /<template>([\s\S]*)<\/template>/.exec(code);
        if (template) {
          const offset = code.slice(0, template.index).split('\n').length - 1;
          checkCustomElements(file, fenceLine + offset, template[1], { vue: true });
        }
      }
    }
    for (const child of token.children ?? []) {
      if (child.type === 'link_open' || child.type === 'image') {
        links++;
        checkLink(file, page, token.map, child.attrGet(child.type === 'image' ? 'src' : 'href') ?? '');
      }
      if (child.type === 'code_inline' && MESSAGE_KEY.test(child.content)) {
        checkMessageKey(file, lineOf(page, token.map, child.content), child.content);
      }
    }
  }
  if (rel(file) === 'docs/i18n.md') checkKeyTables(file, page);
}
if (!pages.some((file) => rel(file) === 'docs/i18n.md'))
  problem(path.join(root, 'docs/i18n.md'), 1, 'the message key reference is missing');
await Promise.all(esbuildJobs);

// --- Type-check the TypeScript samples against the build --------------------------------------------------------

if (typeSamples.length) {
  // Inside node_modules so that the samples' other imports (react, vue, lit) resolve from the project's packages.
  const dir = path.join(root, 'node_modules', '.cache', 'check-docs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    // `clinic-elements` and its subpaths map to the types package.json's exports name: the package as users get it.
    const paths = {};
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (target && typeof target === 'object' && target.types) {
        paths[`clinic-elements${subpath.slice(1)}`] = [path.join(root, target.types)];
      }
    }
    const sampleFiles = typeSamples.map((sample, i) => {
      const name = path.join(dir, `sample-${i}.${sample.loader}`);
      writeFileSync(name, sample.code);
      return name;
    });
    const program = ts.createProgram(sampleFiles, {
      // Strict, except where docs samples are short by design: `document.querySelector('clinic-faq').items = …`
      // (no null check) and untyped parameters in JavaScript.
      strict: true,
      strictNullChecks: false,
      noImplicitAny: false,
      allowJs: true,
      checkJs: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      jsx: ts.JsxEmit.ReactJSX,
      types: [],
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      paths,
    });
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const index = diagnostic.file ? sampleFiles.indexOf(diagnostic.file.fileName) : -1;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (index < 0) {
        problem(path.join(root, 'package.json'), 1, `type-checking the docs' samples: ${message}`);
        continue;
      }
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const sample = typeSamples[index];
      problem(
        sample.file,
        sample.fenceLine + line + 1 - sample.added,
        `does not type-check against the build: ${message}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- Report ------------------------------------------------------------------------------------------------------

if (problems.length) {
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const { file, line, message } of problems) console.error(`${rel(file)}:${line}: ${message}`);
  console.error(`docs check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the Markdown pages.`);
  process.exit(1);
}
console.log(
  `docs check: ${pages.length} pages, ${links} links, ${samples} code samples (${typeSamples.length} type-checked against the build): all good`,
);
