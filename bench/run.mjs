// npm run bench: builds, then measures the CDN files' sizes and the elements' cost against two floors (the same
// content as native <details> with no script, and under a trivial LitElement), in one headless Chromium (with CDP
// metrics) and a Firefox pass (page timings only). Cases alternate within each round; medians with min-max and
// ratios are printed and written to bench/results/ as JSON and Markdown. Method: bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { root, runOrExit } from '../scripts/run.mjs';
import { serve } from '../scripts/serve.mjs';
import { measureSizes, kb } from './sizes.mjs';
import { faqCases, elementPages } from './pages.mjs';
import { freezeCases, freezeDoc, freezePage } from './freeze.mjs';

const ROUNDS = Number(process.env.ROUNDS || 10);
const COUNTS = [10, 100, 1000];
const FIREFOX = process.env.BENCH_FIREFOX !== '0';
/** Rounds of the freeze inputs (each input can take seconds when it is not bounded); BENCH_ONLY=freeze runs only them. */
const FREEZE_ROUNDS = Number(process.env.FREEZE_ROUNDS || 3);
const ONLY_FREEZE = process.env.BENCH_ONLY === 'freeze';
/** Issue 13's target: no input under the src cap blocks the main thread longer than this, in milliseconds. */
const FREEZE_LIMIT = 200;
/** How long a freeze input may take before it is recorded as blocking at least that long. */
const FREEZE_TIMEOUT = 60_000;
/** FREEZE_CASES=text measures only the freeze inputs whose name contains it. */
const freezeNames = Object.keys(freezeCases).filter((name) => name.includes(process.env.FREEZE_CASES ?? ''));

if (!process.argv.includes('--no-build')) runOrExit('node', ['scripts/build.mjs']);
const floor = await rollup({
  input: path.join(root, 'bench/lit-floor.js'),
  plugins: [nodeResolve(), terser({ module: true })],
});
await floor.write({ file: path.join(root, 'dist/bench/lit-floor.js'), format: 'es' });

const server = await serve({
  root,
  port: 0,
  pages(url) {
    if (url.pathname === '/bench/faq') {
      const make = faqCases[url.searchParams.get('case')];
      return (
        make && {
          type: 'text/html; charset=utf-8',
          body: make(Number(url.searchParams.get('count')), url.searchParams.get('attrs') ?? ''),
        }
      );
    }
    if (url.pathname === '/bench/freeze' && freezeCases[url.searchParams.get('case')]) {
      const c = freezeCases[url.searchParams.get('case')];
      return {
        type: 'text/html; charset=utf-8',
        body: freezePage(url.searchParams.get('case')),
        headers: c.csp ? { 'content-security-policy': c.csp } : {},
      };
    }
    if (url.pathname === '/bench/freeze-doc' && freezeCases[url.searchParams.get('case')]?.doc) {
      return { type: 'application/ld+json', body: freezeDoc(url.searchParams.get('case')) };
    }
    if (url.pathname === '/bench/element') {
      const make = elementPages[url.searchParams.get('tag')];
      return make && { type: 'text/html; charset=utf-8', body: make() };
    }
    return undefined;
  },
});
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  n: values.length,
  values,
});
const fmt = (s, unit = 'ms', digits = 1) =>
  `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

async function launch(browser) {
  if (browser === 'firefox') {
    // Full-resolution performance.now(): by default Firefox rounds it to 1 ms, as large as a whole expand.
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
    });
  }
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });
}

/** Loads `url` in a fresh page and measures it; `cdp` adds Chromium's CPU time and heap after GC. */
async function measurePage(browser, url, { cdp, after } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  let client;
  if (cdp) {
    client = await page.createCDPSession();
    await client.send('Performance.enable');
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__ready !== undefined', { timeout: 60000 });
  const result = await page.evaluate(() => ({
    ready: window.__ready,
    heightChange:
      Math.abs(document.documentElement.getBoundingClientRect().height - window.__initialHeight) /
      window.__initialHeight,
    shift: window.__shift,
  }));
  if (client) {
    const { metrics } = await client.send('Performance.getMetrics');
    result.cpu = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    result.heap = (await client.send('Runtime.getHeapUsage')).usedSize / 1024;
  }
  if (after) Object.assign(result, await after(page));
  await page.close();
  return result;
}

// Interaction latency, two figures per sample (bench/README.md, "Expand" and "Search keystroke"):
// - work: main-thread time from the event to the update done and style and layout up to date (forced by reading the
//   target's box), which is the part a page controls;
// - frame: to the first frame after it. Each sample starts just after a frame, so this is the work rounded up to
//   whole frames of the display's clock (16.7 ms at 60 Hz, which headless Chromium keeps even with
//   --disable-frame-rate-limit): it tells whether the update made the next frame, not how long it took.
// Native and Lit floor pages have no `updateComplete`; awaiting it there costs them one microtask, as for the element.
const interaction = String.raw`
  const timed = async (target, host, act) => {
    await window.__afterFrame();
    const start = performance.now();
    act();
    await host.updateComplete;
    target.getBoundingClientRect();
    const work = performance.now() - start;
    return [work, (await window.__afterFrame()) - start];
  };
  const medians = (samples) => {
    const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
    return [median(samples.map((s) => s[0])), median(samples.map((s) => s[1]))];
  };`;

/** Expand latency on the first question: six clicks in a row (open, close, …), each timed; the medians. */
async function expandLatency(page) {
  return page.evaluate(`(async () => {${interaction}
    const host = document.getElementById('faq');
    const target = host.shadowRoot?.querySelector('button[aria-expanded]') ?? host.querySelector('summary');
    const samples = [];
    for (let i = 0; i < 6; i++) samples.push(await timed(target, host, () => target.click()));
    const [expandWork, expand] = medians(samples);
    return { expandWork, expand };
  })()`);
}

/** Search latency per keystroke: three words typed letter by letter into the search box, each letter an `input`. */
async function searchLatency(page) {
  return page.evaluate(`(async () => {${interaction}
    const host = document.getElementById('faq');
    const input = host.shadowRoot.querySelector('input');
    const samples = [];
    for (const word of ['ketamine', 'tolerance', 'brain']) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await host.updateComplete;
      for (const letter of word) {
        samples.push(await timed(input, host, () => {
          input.value += letter;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }));
      }
    }
    // The display's frame interval, for reading the "frame" figures.
    const frames = [];
    for (let i = 0; i < 11; i++) frames.push(await new Promise((resolve) => requestAnimationFrame(resolve)));
    const intervals = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
    const [searchWork, search] = medians(samples);
    return { searchWork, search, frameInterval: intervals[5] };
  })()`);
}

async function runEngine(engine) {
  const browser = await launch(engine);
  const cdp = engine === 'chromium';
  const samples = {};
  const add = (key, result) => {
    for (const [metric, value] of Object.entries(result)) ((samples[key] ??= {})[metric] ??= []).push(value);
  };
  try {
    await runFreeze(engine, browser, add);
    if (ONLY_FREEZE) return collect(samples);
    // Warm-up round (not recorded): fills the HTTP cache and the JIT alike for every case.
    for (const count of COUNTS)
      for (const c of Object.keys(faqCases)) await measurePage(browser, `${origin}/bench/faq?case=${c}&count=${count}`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const count of COUNTS) {
        for (const c of Object.keys(faqCases)) {
          const withExpand = count === 1000 ? { after: expandLatency } : {};
          add(
            `faq/${c}/${count}`,
            await measurePage(browser, `${origin}/bench/faq?case=${c}&count=${count}`, { cdp, ...withExpand }),
          );
        }
      }
      add(
        'faq/clinic-faq/1000/searchable',
        await measurePage(browser, `${origin}/bench/faq?case=clinic-faq&count=1000&attrs=searchable`, {
          after: searchLatency,
        }),
      );
      for (const tag of Object.keys(elementPages))
        add(tag, await measurePage(browser, `${origin}/bench/element?tag=${tag}`, { cdp }));
      process.stdout.write(`\r${engine}: round ${round + 1}/${ROUNDS}`);
    }
    process.stdout.write('\n');
  } finally {
    await browser.close();
  }
  return collect(samples);
}

function collect(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([key, metrics]) => [
      key,
      Object.fromEntries(Object.entries(metrics).map(([m, v]) => [m, summary(v)])),
    ]),
  );
}

/** What each freeze input showed when it was done (the last round's text), for the report. */
const freezeShown = {};

/**
 * The freeze inputs (bench/freeze.mjs), FREEZE_ROUNDS rounds, each input in a fresh page: the longest main-thread
 * block while the element takes the input in, the longest long task (Chromium), the time until it is done, and for
 * inputs that must be read only once, the longest block of a later update.
 */
async function runFreeze(engine, browser, add) {
  for (const name of freezeNames) {
    if (freezeCases[name].doc && freezeDoc(name).length > 512 * 1024)
      throw new Error(`freeze input "${name}" is over the src cap`);
  }
  for (let round = 0; round < FREEZE_ROUNDS; round++) {
    for (const name of freezeNames) {
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/bench/freeze?case=${encodeURIComponent(name)}`, { waitUntil: 'load' });
        await page.waitForFunction('window.__freeze !== undefined', { timeout: FREEZE_TIMEOUT });
        const { shown, ...figures } = await page.evaluate(() => window.__freeze);
        freezeShown[`${engine}/${name}`] = shown;
        add(`freeze/${name}`, figures);
      } catch (error) {
        if (error?.name !== 'TimeoutError') throw error;
        // Still blocked (or never done) after the time limit: recorded as a block of at least that long.
        freezeShown[`${engine}/${name}`] = `not done within ${FREEZE_TIMEOUT / 1000} s`;
        add(`freeze/${name}`, {
          block: FREEZE_TIMEOUT,
          total: FREEZE_TIMEOUT,
          longTask: FREEZE_TIMEOUT,
          ...(freezeCases[name].again ? { againBlock: 0 } : {}),
        });
      } finally {
        await page.close().catch(() => {});
      }
      process.stdout.write(`\r${engine}: freeze inputs, round ${round + 1}/${FREEZE_ROUNDS}        `);
    }
  }
  process.stdout.write('\n');
}

const sizes = measureSizes(path.join(root, 'dist', 'cdn'));
const results = { date: new Date().toISOString(), rounds: ROUNDS, sizes, engines: {}, loadBefore: loadavg() };
try {
  results.engines.chromium = await runEngine('chromium');
  if (FIREFOX) results.engines.firefox = await runEngine('firefox');
} finally {
  server.close();
}
results.loadAfter = loadavg();

// Ratios against the floors, and the targets of issue 8, per engine (CPU, heap and layout shift: Chromium only).
// A ratio between two cases: the median of the per-round ratios (each round measures the cases back to back, so a
// round's ratio is little touched by load that comes and goes on the machine); the ratio of medians if unpaired.
const ratio = (a, b) =>
  a.values.length === b.values.length ? median(a.values.map((value, i) => value / b.values[i])) : a.median / b.median;
const faqSize = sizes.find((s) => s.file === 'clinic-faq.js');
const allSize = sizes.find((s) => s.file === 'clinic-elements.js');
function targetsFor(d) {
  const targets = [];
  const target = (name, value, limit, unit = '') =>
    targets.push({ name, value, limit, unit, ok: value === undefined ? undefined : value <= limit });
  const has = (key, metric) => d[key]?.[metric] !== undefined;
  target('clinic-faq.js gzip (KB)', faqSize.gzip / 1024, 10);
  target('clinic-elements.js gzip (KB)', allSize.gzip / 1024, 18);
  target('100 items: render / native floor', ratio(d['faq/clinic-faq/100'].ready, d['faq/native/100'].ready), 2.5, '×');
  target(
    '100 items: main-thread CPU / Lit floor',
    has('faq/lit/100', 'cpu') ? ratio(d['faq/clinic-faq/100'].cpu, d['faq/lit/100'].cpu) : undefined,
    1.3,
    '×',
  );
  target(
    '100 items: heap above native (KiB)',
    has('faq/native/100', 'heap') ? d['faq/clinic-faq/100'].heap.median - d['faq/native/100'].heap.median : undefined,
    300,
  );
  // Upgrade shift, with the README's no-shift CSS for authored details (clinic-faq-css) and without it (clinic-faq).
  for (const count of COUNTS) {
    for (const [name, label] of [
      ['clinic-faq-css', 'with the README CSS'],
      ['clinic-faq', 'without it'],
    ]) {
      target(
        `${count} items, ${label}: layout shift`,
        d.__layoutShift ? d[`faq/${name}/${count}`].shift.median : undefined,
        0,
      );
      target(`${count} items, ${label}: height change (%)`, d[`faq/${name}/${count}`].heightChange.median * 100, 2);
    }
  }
  // A keystroke's limit is on its work: to the first frame, every case takes one frame or more of the display's clock.
  target('1000 items: search keystroke, work (ms)', d['faq/clinic-faq/1000/searchable'].searchWork.median, 16);
  // Expand as issue 8 words it (to the first frame, whole frames here), and the same limit on the work.
  target(
    '1000 items: expand to first frame / native',
    ratio(d['faq/clinic-faq/1000'].expand, d['faq/native/1000'].expand),
    1.5,
    '×',
  );
  target(
    '1000 items: expand work / native',
    ratio(d['faq/clinic-faq/1000'].expandWork, d['faq/native/1000'].expandWork),
    1.5,
    '×',
  );
  return targets;
}
/** Linear scaling: the time each extra item costs from 100 to 1,000 items against from 10 to 100 (1 = linear). */
function scalingFor(d, name) {
  const ready = (count) => d[`faq/${name}/${count}`].ready.median;
  const small = (ready(100) - ready(10)) / 90;
  const large = (ready(1000) - ready(100)) / 900;
  return { perItem10to100: small, perItem100to1000: large, times1000over100: ready(1000) / ready(100) };
}
results.targets = {};
results.scaling = {};
for (const [engine, data] of Object.entries(results.engines)) {
  if (ONLY_FREEZE) continue;
  results.targets[engine] = targetsFor({ ...data, __layoutShift: engine === 'chromium' });
  results.scaling[engine] = Object.fromEntries(
    ['native', 'lit', 'clinic-faq'].map((name) => [name, scalingFor(data, name)]),
  );
}
/** Each freeze input's worst block per engine: the longest over every round, the later update's included. */
results.freeze = {};
for (const [engine, data] of Object.entries(results.engines)) {
  results.freeze[engine] = Object.fromEntries(
    freezeNames.map((name) => {
      const d = data[`freeze/${name}`];
      const worst = Math.max(d.block.max, d.againBlock?.max ?? 0);
      return [name, { worst, ok: worst <= FREEZE_LIMIT, shown: freezeShown[`${engine}/${name}`] }];
    }),
  );
}

// Report.
const lines = [
  `# Benchmark results (${results.date}, ${ROUNDS} rounds, medians with min–max)`,
  '',
  '## Sizes',
  '',
  '| file | minified | gzip -9 | brotli 11 | gzip budget |',
  '| --- | --- | --- | --- | --- |',
];
for (const s of sizes)
  lines.push(`| ${s.file} | ${kb(s.minified)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${s.budget ? kb(s.budget) : '–'} |`);
for (const [engine, data] of Object.entries(results.engines)) {
  const calibration = summary(freezeNames.flatMap((name) => data[`freeze/${name}`].calibration?.values ?? []));
  lines.push(
    '',
    `## Freeze inputs in ${engine} (${FREEZE_ROUNDS} rounds)`,
    '',
    `Longest main-thread block while the element takes the input in (worst of the rounds; median in brackets), the longest long task${engine === 'chromium' ? '' : ' (not reported by this engine)'}, the time until the update is done, and for inputs read once, the worst block of a later update (a new attribute and a return to the tab). Target: no block over ${FREEZE_LIMIT} ms. Machine: load average ${results.loadBefore.map((l) => l.toFixed(1)).join(', ')} before the run; 10 million additions took ${fmt(calibration)} in the pages (about 10 ms idle).`,
    '',
    '| input | worst block | long task | done after | later update | ≤ 200 ms |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const name of freezeNames) {
    const d = data[`freeze/${name}`];
    const { worst, ok } = results.freeze[engine][name];
    const longTask = engine === 'chromium' ? `${d.longTask.max.toFixed(0)} ms` : '–';
    lines.push(
      `| ${name} | ${d.block.max.toFixed(0)} ms (${d.block.median.toFixed(0)}) | ${longTask} | ${d.total.median.toFixed(0)} ms | ${d.againBlock ? `${d.againBlock.max.toFixed(0)} ms` : '–'} | ${ok ? 'yes' : `**no** (${worst.toFixed(0)} ms)`} |`,
    );
  }
  if (ONLY_FREEZE) continue;
  lines.push(
    '',
    `## FAQ in ${engine}`,
    '',
    `| items | case | ready | ${engine === 'chromium' ? 'CPU | heap after GC | ' : ''}height change | layout shift | ready vs native | ready vs Lit |`,
    `| --- | --- | --- | ${engine === 'chromium' ? '--- | --- | ' : ''}--- | --- | --- | --- |`,
  );
  for (const count of COUNTS) {
    for (const name of Object.keys(faqCases)) {
      const d = data[`faq/${name}/${count}`];
      const cdpCols = engine === 'chromium' ? `${fmt(d.cpu)} | ${fmt(d.heap, 'KiB', 0)} | ` : '';
      lines.push(
        `| ${count} | ${name} | ${fmt(d.ready)} | ${cdpCols}${(d.heightChange.median * 100).toFixed(2)}% | ${d.shift.median.toFixed(4)} | ${ratio(d.ready, data[`faq/native/${count}`].ready).toFixed(2)}× | ${ratio(d.ready, data[`faq/lit/${count}`].ready).toFixed(2)}× |`,
      );
    }
  }
  const expand = (name) => data[`faq/${name}/1000`];
  const search = data['faq/clinic-faq/1000/searchable'];
  lines.push(
    '',
    `Expand (1,000 items), work: clinic-faq ${fmt(expand('clinic-faq').expandWork)}, native ${fmt(expand('native').expandWork)}, Lit floor ${fmt(expand('lit').expandWork)}; to the first frame: clinic-faq ${fmt(expand('clinic-faq').expand)}, native ${fmt(expand('native').expand)}, Lit floor ${fmt(expand('lit').expand)}.`,
  );
  lines.push(
    `Search keystroke (1,000 items): work ${fmt(search.searchWork)}; to the first frame ${fmt(search.search)}. One frame here: ${fmt(search.frameInterval)}.`,
  );
  for (const tag of Object.keys(elementPages)) {
    const d = data[tag];
    lines.push(
      `${tag}: ready ${fmt(d.ready)}${d.cpu ? `, CPU ${fmt(d.cpu)}, heap ${fmt(d.heap, 'KiB', 0)}` : ''}, layout shift ${d.shift.median.toFixed(4)}.`,
    );
  }
}
const engines = Object.keys(results.engines);
lines.push(
  '',
  '## Targets',
  '',
  `| target | limit | ${engines.join(' | ')} |`,
  `| --- | --- | ${engines.map(() => '---').join(' | ')} |`,
);
results.targets[engines[0]]?.forEach((t, i) => {
  const cells = engines.map((engine) => {
    const { value, ok } = results.targets[engine][i];
    return value === undefined ? '–' : `${value.toFixed(2)}${t.unit} ${ok ? 'yes' : '**no**'}`;
  });
  lines.push(`| ${t.name} | ${t.limit}${t.unit} | ${cells.join(' | ')} |`);
});
{
  // Issue 13: the worst block of all the freeze inputs.
  const cells = engines.map((engine) => {
    const worst = Math.max(...Object.values(results.freeze[engine]).map((f) => f.worst));
    return `${worst.toFixed(0)} ms ${worst <= FREEZE_LIMIT ? 'yes' : '**no**'}`;
  });
  lines.push(`| freeze inputs: longest main-thread block | ${FREEZE_LIMIT} ms | ${cells.join(' | ')} |`);
}
if (!ONLY_FREEZE)
  lines.push(
    '',
    '## Scaling',
    '',
    'Time each extra item adds to "ready", from 10 to 100 items and from 100 to 1,000 (equal = linear):',
    '',
  );
for (const [engine, byCase] of Object.entries(results.scaling)) {
  const text = Object.entries(byCase).map(
    ([name, s]) =>
      `${name} ${(s.perItem10to100 * 1000).toFixed(0)} µs → ${(s.perItem100to1000 * 1000).toFixed(0)} µs per item (1,000 / 100 items: ${s.times1000over100.toFixed(2)}×)`,
  );
  lines.push(`- ${engine}: ${text.join('; ')}.`);
}
const markdown = `${lines.join('\n')}\n`;
const outDir = path.join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
writeFileSync(path.join(outDir, 'results.md'), markdown);
console.log(markdown);
console.log('Written to bench/results/results.json and bench/results/results.md');
