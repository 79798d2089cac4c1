// Import safety: every npm entry point loads in plain Node (no window, no document, no customElements) without
// throwing. Browsers are covered by the registration tests.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './run.mjs';

const entries = ['index.js', 'elements.js', 'faq/define.js', 'signs-checklist/define.js', 'contact-card/define.js'];
const failures = [];
for (const entry of entries) {
  try {
    await import(pathToFileURL(path.join(root, 'dist', entry)).href);
  } catch (error) {
    failures.push(`${entry}: ${error.message}`);
  }
}
// (Lit's Node build installs its own customElements shim, so only window and document are checked.)
for (const name of ['window', 'document']) {
  if (name in globalThis) failures.push(`importing created a global "${name}"`);
}
// The demo pages import some of dist/'s plain modules directly (the snippet builder reads with the card's own
// parsers). `npm start` serves files as they are, with no import map: a bare specifier ('lit') anywhere in what those
// modules import would break the page in a browser, where these tests' dev server would have resolved it.
const seen = new Set();
async function noBareImports(file, from) {
  if (seen.has(file)) return;
  seen.add(file);
  const source = await readFile(file, 'utf8');
  for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
    if (!/^\.{0,2}\//.test(specifier))
      failures.push(`${path.relative(root, file)} (imported by ${from}) imports "${specifier}"`);
    else await noBareImports(path.resolve(path.dirname(file), specifier), path.relative(root, file));
  }
}
for (const name of (await readdir(path.join(root, 'demo'))).filter((n) => n.endsWith('.js')))
  await noBareImports(path.join(root, 'demo', name), 'npm start');
if (failures.length) {
  console.error(failures.map((f) => `import safety: ${f}`).join('\n'));
  process.exit(1);
}
console.log(
  `import safety: ${entries.length} entry points import cleanly without a DOM; the demo's ${seen.size} modules need no import map`,
);
