// The checklist's height before the script loads: measures the upgraded <clinic-signs-checklist> (dist/cdn, headless
// Chromium, 16 px text) at widths from 15 to 64em for each variant the reserving stylesheet tells apart (English and
// Spanish, the built-in and the ketamine list, with and without the crisis box), fits height = a + b / width to each,
// and prints the fit's error and the rules for src/cdn/clinic-elements.css: the height as the largest of the
// curve's tangents, in em and % of the width (CSS cannot divide by a width; a convex curve is the largest of its
// tangents). `--write` puts the rules into the stylesheet between its reserve:start and reserve:end comments.
// Run `npm run build` first; then `npm run build` again to ship the new rules.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { root } from '../scripts/run.mjs';
import { serve } from '../scripts/serve.mjs';

const WIDTHS = [15, 16.5, 18, 19.5, 21, 22.5, 24, 26, 28, 30, 32, 34, 36, 38, 40, 44, 48, 52, 56, 64];
/** Where the tangents touch the curve, in em; the last one also holds the height flat for wider columns. */
const KNOTS = [16, 20, 26, 34, 46, 60, 80];
const FONT = 16;

/** Each variant: its markup, and the selector (after `clinic-signs-checklist`) its reserve applies to, in cascade order. */
const VARIANTS = [
  { name: 'en', attrs: '', lang: 'en', selector: '' },
  { name: 'en, no crisis box', attrs: 'crisis="none"', lang: 'en', selector: "[crisis='none' i]" },
  { name: 'en, ketamine', attrs: 'substance="ketamine"', lang: 'en', selector: "[substance='ketamine' i]" },
  {
    name: 'en, ketamine, no crisis box',
    attrs: 'substance="ketamine" crisis="none"',
    lang: 'en',
    selector: "[substance='ketamine' i][crisis='none' i]",
  },
  { name: 'es', attrs: '', lang: 'es', selector: ':lang(es)' },
  { name: 'es, no crisis box', attrs: 'crisis="none"', lang: 'es', selector: ":lang(es)[crisis='none' i]" },
  { name: 'es, ketamine', attrs: 'substance="ketamine"', lang: 'es', selector: ":lang(es)[substance='ketamine' i]" },
  {
    name: 'es, ketamine, no crisis box',
    attrs: 'substance="ketamine" crisis="none"',
    lang: 'es',
    selector: ":lang(es)[substance='ketamine' i][crisis='none' i]",
  },
];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>html { font: ${FONT}px/1.5 sans-serif } body { margin: 0 } div { margin-block-end: 8px }</style></head><body>
${VARIANTS.map((v, i) =>
  WIDTHS.map(
    (w) =>
      `<div data-v="${i}" data-w="${w}" lang="${v.lang}" style="inline-size: ${w}em"><clinic-signs-checklist ${v.attrs}></clinic-signs-checklist></div>`,
  ).join(''),
).join('\n')}
<script type="module">
  await import('/dist/cdn/clinic-signs-checklist.js');
  await Promise.all([...document.querySelectorAll('clinic-signs-checklist')].map((el) => el.updateComplete));
  window.done = true;
</script></body></html>`;

const server = await serve({
  root,
  port: 0,
  pages: (url) => url.pathname === '/reserve' && { type: 'text/html', body: page },
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
let rows;
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/reserve`);
  await tab.waitForFunction('window.done === true', { timeout: 60000 });
  rows = await tab.evaluate(
    (font) =>
      [...document.querySelectorAll('div[data-v]')].map((div) => ({
        v: Number(div.dataset.v),
        w: Number(div.dataset.w),
        h: div.firstElementChild.getBoundingClientRect().height / font,
      })),
    FONT,
  );
} finally {
  await browser.close();
  server.close();
}

/** Least squares for h = a + b / w. */
function fit(points) {
  const xs = points.map((p) => 1 / p.w);
  const ys = points.map((p) => p.h);
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return { a: my - b * mx, b };
}

const round = (n) => Number(n.toFixed(3));
const rules = [];
for (const [i, variant] of VARIANTS.entries()) {
  const points = rows.filter((row) => row.v === i);
  const { a, b } = fit(points);
  // The tangent at w0: h = a + 2b/w0 - (b/w0²)·w; the last knot flat.
  const lines = KNOTS.map((w0, k) =>
    k === KNOTS.length - 1 ? { c: a + b / w0, s: 0 } : { c: a + (2 * b) / w0, s: b / w0 ** 2 },
  );
  const at = (w) => Math.max(...lines.map(({ c, s }) => c - s * w));
  const errors = points.map((p) => (at(p.w) - p.h) / p.h);
  const worst = Math.max(...errors.map(Math.abs));
  console.log(
    `${variant.name.padEnd(28)} a=${a.toFixed(1)} b=${b.toFixed(0)}  worst ${(worst * 100).toFixed(1)}%  ` +
      points.map((p, k) => `${p.w}:${(errors[k] * 100).toFixed(0)}`).join(' '),
  );
  const terms = lines.map(({ c, s }) => (s ? `calc(${round(c)}em - ${round(s)} * 100%)` : `${round(c)}em`));
  rules.push(`clinic-signs-checklist${variant.selector}:not(:defined) {\n  --_r: max(${terms.join(', ')});\n}`);
}

const css = rules.join('\n\n');
if (process.argv.includes('--write')) {
  const file = path.join(root, 'src', 'cdn', 'clinic-elements.css');
  const source = readFileSync(file, 'utf8');
  const start = '/* reserve:start (node bench/reserve.mjs --write) */';
  const end = '/* reserve:end */';
  const before = source.slice(0, source.indexOf(start) + start.length);
  const after = source.slice(source.indexOf(end));
  writeFileSync(
    file,
    `${before}\n/* The checklist's height by its width (fitted to ${WIDTHS[0]}-${WIDTHS.at(-1)}em at ${FONT} px). */\n${css}\n${after}`,
  );
  console.log(`Written to ${path.relative(root, file)}`);
} else {
  console.log(`\n${css}`);
}
