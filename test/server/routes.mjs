// Test-only server routes under /__test__/ so `src` loading can be tested against a real server:
// success, HTTP errors, slow answers, wrong content types, truncated and oversized bodies.
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The strict policy the hostile-page tests serve `*.csp.html` pages under (see README, Security). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  'trusted-types lit-html clinic-elements-sanitizer';

/** Bodies posted to /__test__/stash, served back by key (for large or generated `src` documents). */
const stash = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Koa middleware for @web/test-runner. */
export async function testRoutes(ctx, next) {
  if (ctx.path.endsWith('.csp.html')) {
    // Test pages that must run under the strict policy get it as a real response header;
    // `?allow-duplicates` also allows a second copy of each Trusted Types policy, `?refuse-sanitizer` refuses the
    // library's own policy (only Lit's is allowed).
    await next();
    const policy = 'refuse-sanitizer' in ctx.query ? STRICT_CSP.replace(' clinic-elements-sanitizer', '') : STRICT_CSP;
    ctx.set('Content-Security-Policy', 'allow-duplicates' in ctx.query ? `${policy} 'allow-duplicates'` : policy);
    return;
  }
  if (!ctx.path.startsWith('/__test__/')) return next();
  if (ctx.path.startsWith('/__test__/framework/')) {
    // React or Vue as one ES module, for test/frameworks/.
    const { frameworkBundle } = await import('../frameworks/bundles.mjs');
    const source = await frameworkBundle(ctx.path.slice('/__test__/framework/'.length).replace(/\.js$/, ''));
    if (source === undefined) return next();
    ctx.type = 'text/javascript';
    ctx.body = source;
    return;
  }
  if (ctx.path === '/__test__/cdn' && /^clinic-[a-z-]+\.js$/.test(String(ctx.query.file))) {
    // A CDN bundle byte for byte as built (the dev server's esbuild step rewrites .js paths), for integrity tests.
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'text/javascript';
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = await readFile(new URL(`../../dist/cdn/${ctx.query.file}`, import.meta.url));
    return;
  }
  if (ctx.path === '/__test__/checklist-page') {
    // A page of its own holding the checklist (its CDN file), for navigating away and back in a frame.
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Checklist</title>
      <script type="module" src="/__test__/cdn?file=clinic-signs-checklist.js"></script>
      <clinic-signs-checklist></clinic-signs-checklist>`;
    return;
  }
  if (ctx.path === '/__test__/still-page') {
    // The benchmark's still pages (bench/pages.mjs: the README's quick starts, the builder's snippets), with or
    // without the reserving stylesheet, and no script: the test adds it once the fallback is laid out.
    const { stillPage } = await import('../../bench/pages.mjs');
    ctx.type = 'text/html';
    ctx.body = await stillPage({ page: ctx.query.page, stylesheet: 'css' in ctx.query, script: null });
    return;
  }
  if (ctx.path === '/__test__/host-page' || ctx.path === '/__test__/host-css') {
    // The host-CSS matrix: a page of the three elements in columns, under a real host stylesheet (host-pages.mjs).
    const { HOSTS, hostCss, hostPage } = await import('./host-pages.mjs');
    const name = String(ctx.query.name);
    if (ctx.path === '/__test__/host-page') {
      ctx.type = 'text/html';
      ctx.body = hostPage(name);
      return;
    }
    if (!(name in HOSTS)) return next();
    ctx.type = 'text/css';
    ctx.body = await hostCss(name, hostPage(name));
    return;
  }
  if (ctx.path === '/__test__/ssr') {
    // A page server-rendered now by @lit-labs/ssr, in a child process (test/ssr/page.mjs): ?page=card|authored|items,
    // ?js=hydrate|plain.
    if (!['card', 'authored', 'items'].includes(ctx.query.page)) return next();
    const script = fileURLToPath(new URL('../ssr/page.mjs', import.meta.url));
    const { stdout } = await execFileAsync(process.execPath, [script, ctx.query.page, String(ctx.query.js ?? '')]);
    ctx.type = 'text/html';
    ctx.body = stdout;
    return;
  }
  const params = ctx.query;
  if (params.delay) await delay(Number(params.delay));
  switch (ctx.path) {
    case '/__test__/json': {
      // Echo the `body` parameter with the given status and content type.
      ctx.status = Number(params.status || 200);
      ctx.type = params.type || 'application/ld+json';
      if (params.cors) ctx.set('Access-Control-Allow-Origin', '*');
      ctx.body = params.body ?? '';
      return;
    }
    case '/__test__/stash': {
      // POST a body: answers its key. GET ?key=…: the body as JSON-LD (`cut` bytes dropped from its end).
      if (ctx.method === 'POST') {
        const key = String(stash.size + 1);
        stash.set(key, await readBody(ctx.req));
        ctx.body = { key };
        return;
      }
      const body = stash.get(String(params.key));
      if (body === undefined) {
        ctx.status = 404;
        return;
      }
      ctx.type = params.type || 'application/ld+json';
      ctx.body = params.cut ? body.slice(0, body.length - Number(params.cut)) : body;
      return;
    }
    case '/__test__/big': {
      // A syntactically valid JSON document of `kb` kilobytes.
      const kb = Number(params.kb || 1024);
      ctx.type = 'application/ld+json';
      if (params.chunked) {
        // Streamed in 64 KiB chunks with no Content-Length: the size is only known while reading.
        ctx.body = Readable.from(
          (function* () {
            yield '{"@type":"FAQPage","pad":"';
            for (let sent = 0; sent < kb; sent += 64) yield 'x'.repeat(64 * 1024);
            yield '"}';
          })(),
        );
        return;
      }
      ctx.body = `{"@type":"FAQPage","pad":"${'x'.repeat(kb * 1024)}"}`;
      return;
    }
    case '/__test__/redirect': {
      ctx.status = 302;
      ctx.redirect(String(params.to));
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = 'not found';
  }
}
