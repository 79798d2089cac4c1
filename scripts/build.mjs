// npm run build: npm modules + types (tsc), CDN bundles (rollup) and the reserving stylesheet, Custom Elements Manifest.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { root, runOrExit } from './run.mjs';

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
runOrExit('tsc', ['-p', 'tsconfig.build.json']);
runOrExit('rollup', ['-c', '--silent']);
await writeStylesheet();
runOrExit('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
runOrExit('node', ['scripts/manifest-outputs.mjs']);
writeIntegrity();
console.log(
  'Built dist/ (npm modules, types, editor data), dist/cdn/ (CDN bundles, clinic-elements.css, integrity.json) and ' +
    'custom-elements.json',
);

/** dist/cdn/clinic-elements.css: the stylesheet that keeps the page still before the script runs, minified. */
async function writeStylesheet() {
  const source = readFileSync(path.join(root, 'src', 'cdn', 'clinic-elements.css'), 'utf8');
  const { code } = await transform(source, { loader: 'css', minify: true });
  writeFileSync(path.join(root, 'dist', 'cdn', 'clinic-elements.css'), code);
}

/** dist/cdn/integrity.json: a Subresource Integrity (sha384) value per CDN file, for `<script>` and `<link integrity>`. */
function writeIntegrity() {
  const cdn = path.join(root, 'dist', 'cdn');
  const integrity = {};
  for (const file of readdirSync(cdn)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .sort()) {
    integrity[file] = `sha384-${createHash('sha384')
      .update(readFileSync(path.join(cdn, file)))
      .digest('base64')}`;
  }
  writeFileSync(path.join(cdn, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
}
