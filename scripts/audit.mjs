// npm run audit: builds, serves the demo on 127.0.0.1 and runs Lighthouse 12.2.3 against it in Debian's Chromium,
// printing the four category scores (performance, accessibility, best practices, SEO). Fails below `--min` (default 90).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, runOrExit } from './run.mjs';
import { serve } from './serve.mjs';

const minArg = process.argv.find((arg) => arg.startsWith('--min='));
const minimum = minArg ? Number(minArg.slice(6)) : 90;
if (!process.argv.includes('--no-build')) runOrExit('node', ['scripts/build.mjs']);
// Compressed like any production host serves text (Lighthouse simulates a slow network from the transfer sizes).
const server = await serve({ root, port: 0, compress: true });
const url = `http://127.0.0.1:${server.address().port}/demo/`;
const outDir = path.join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const report = path.join(outDir, 'lighthouse.json');
const flags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
// Asynchronous: the demo server runs in this process and must keep answering while Lighthouse works.
const status = await new Promise((resolve) => {
  const lighthouse = spawn(
    path.join(root, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      `--chrome-flags=${flags}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } },
  );
  lighthouse.on('exit', (code) => resolve(code ?? 1));
});
server.close();
if (status !== 0) process.exit(status);
const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
let failed = false;
console.log(`Lighthouse 12.2.3 on ${url}`);
for (const category of Object.values(categories)) {
  const score = Math.round(category.score * 100);
  if (score < minimum) failed = true;
  console.log(`  ${category.title.padEnd(16)} ${score}`);
  if (score < 100) {
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        console.log(`    - ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
}
console.log(`Full report: ${path.relative(root, report)}`);
process.exit(failed ? 1 : 0);
