// Fails when a CDN file's gzip size is over its budget (gzip sizes are deterministic, unlike timings).
import path from 'node:path';
import { root } from './run.mjs';
import { measureSizes, kb, BUDGETS } from '../bench/sizes.mjs';

const sizes = measureSizes(path.join(root, 'dist', 'cdn'));
let failed = false;
for (const name of Object.keys(BUDGETS)) {
  if (!sizes.some((size) => size.file === name)) {
    console.error(`size budget: dist/cdn/${name} is missing`);
    failed = true;
  }
}
for (const { file, gzip, budget } of sizes) {
  const over = budget !== undefined && gzip > budget;
  if (over) failed = true;
  console.log(
    `size budget: ${file} ${kb(gzip)} gzip / ${budget ? kb(budget) : 'no budget'} ${over ? 'OVER BUDGET' : 'ok'}`,
  );
}
process.exit(failed ? 1 : 0);
