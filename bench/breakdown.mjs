// Per-module breakdown of the CDN bundles: `node bench/breakdown.mjs`.
// Bundles each entry with esbuild (minified; templates not minified, unlike the CDN build) and prints the bytes
// each module contributes, largest first. `node bench/breakdown.mjs faq` for one bundle.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const entries = {
  'clinic-elements': 'src/index.ts',
  'clinic-faq': 'src/faq/define.ts',
  'clinic-signs-checklist': 'src/signs-checklist/define.ts',
  'clinic-contact-card': 'src/contact-card/define.ts',
};
const only = process.argv[2];
for (const [name, entry] of Object.entries(entries)) {
  if (only && !name.includes(only)) continue;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    ignoreAnnotations: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    target: 'es2022',
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.json',
    outfile: `${name}.js`,
  });
  const output = Object.values(result.metafile.outputs)[0];
  const total = result.outputFiles[0].contents;
  console.log(`\n${name}.js: ${total.length} B minified, ${gzipSync(total, { level: 9 }).length} B gzip`);
  const rows = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  for (const [file, { bytesInOutput }] of rows) console.log(`${String(bytesInOutput).padStart(7)}  ${file}`);
}
