// Test-only server routes under /__test__/ so `src` loading can be tested against a real server:
// success, HTTP errors, slow answers, wrong content types, truncated and oversized bodies.
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner. */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const params = ctx.query;
  if (params.delay) await delay(Number(params.delay));
  switch (ctx.path) {
    case '/__test__/json': {
      // Echo the `body` parameter with the given status and content type.
      ctx.status = Number(params.status || 200);
      ctx.type = params.type || 'application/ld+json';
      ctx.body = params.body ?? '';
      return;
    }
    case '/__test__/big': {
      // A syntactically valid JSON document of `kb` kilobytes.
      const kb = Number(params.kb || 1024);
      ctx.type = 'application/ld+json';
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
