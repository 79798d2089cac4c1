// npm run dev (wds --watch): the demo at http://127.0.0.1:8000/demo/ (or the next free port; PORT=n picks one), served
// from source (src/*.ts through esbuild, Lit's development build) and reloaded when a served file is saved.
// The demo pages load the built files (../dist/cdn/clinic-elements.js, ../dist/internal/*.js) so that `npm start`
// shows exactly what ships; here each of those addresses answers with a module that re-exports its source instead.
// Only the builder's dist/cdn/integrity.json comes from a build: without one, the builder says to run `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundles } from './rollup.config.mjs';

/** `/dist/cdn/<bundle>.js` → its entry, `/dist/<path>.js` (the npm build) → `src/<path>.ts`; else undefined. */
function sourceOf(pathname) {
  const cdn = /^\/dist\/cdn\/([\w-]+)\.js$/.exec(pathname);
  if (cdn) return bundles[cdn[1]];
  const npm = /^\/dist\/([\w/-]+)\.js$/.exec(pathname);
  if (npm && existsSync(new URL(`src/${npm[1]}.ts`, import.meta.url))) return `src/${npm[1]}.ts`;
  return undefined;
}

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  hostname: '127.0.0.1',
  ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
  nodeResolve: { exportConditions: ['development'] },
  middleware: [
    (context, next) => {
      if (context.path !== '/') return next();
      context.redirect('/demo/');
    },
  ],
  plugins: [
    {
      name: 'dist-from-source',
      serve(context) {
        const source = sourceOf(context.path);
        if (source) return { body: `export * from '/${source}';\n`, type: 'js' };
      },
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
