// Checks what `npm pack` would publish, and lints package.json's entry points with publint.
import { execFileSync } from 'node:child_process';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run.mjs';

const problems = [];
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
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
  ...['clinic-elements', 'clinic-faq', 'clinic-signs-checklist', 'clinic-contact-card'].map((name) => `dist/cdn/${name}.js`),
];
for (const file of required) if (!files.has(file)) problems.push(`the package lacks ${file}`);
for (const file of files) {
  if (/^(test|demo|bench|scripts|src|node_modules|coverage)\//.test(file)) problems.push(`the package must not ship ${file}`);
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const { messages } = await publint({ pkgDir: root, strict: true });
for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg)}`);

if (problems.length) {
  console.error(problems.map((p) => `package check: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`package check: ${files.size} files in the tarball, publint clean`);
