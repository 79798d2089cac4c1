// Runs every test in real engines from Debian packages: Chromium, Firefox ESR and WebKitGTK (see test/launchers.mjs).
// BROWSERS=chromium,firefox,webkit narrows the set for quick local runs (default: all three).
// Some tests load the built files (dist/cdn/*.js, dist/index.js): `npm run build` must have run once before
// `npm run test:browser`, `npm run test:watch` or wtr on its own (`npm test` builds first).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { launchers } from './test/launchers.mjs';
import { testRoutes } from './test/server/routes.mjs';

if (!existsSync(new URL('dist/cdn/integrity.json', import.meta.url))) {
  console.warn('dist/ is missing: the tests that load the built files will fail. Run `npm run build` once.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 3,
  browsers: await launchers(process.env.BROWSERS || 'chromium,firefox,webkit'),
  // A safety net for a hung browser, not a speed limit: the suite takes 1-3 minutes, longer on a loaded machine.
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 60000,
  // Per test, also a safety net: axe over a whole element and real key presses are slow on a loaded machine.
  testFramework: { config: { timeout: 30000 } },
  middleware: [testRoutes],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // a11ySnapshot reads the browser's accessibility tree (Chromium); tests call it only there.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), a11ySnapshotPlugin()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
  },
};
