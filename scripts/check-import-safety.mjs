// Import safety: every npm entry point loads in plain Node (no window, no document, no customElements) without
// throwing. Browsers are covered by the registration tests.
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
if (failures.length) {
  console.error(failures.map((f) => `import safety: ${f}`).join('\n'));
  process.exit(1);
}
console.log(`import safety: ${entries.length} entry points import cleanly without a DOM`);
