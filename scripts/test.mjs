// npm test, the full gate: formatting (prettier --check), lint (ESLint, lit-analyzer), type-check, build (tests load the
// CDN bundles), size budgets, API docs up to date, package contents and publint, import safety, server rendering
// (@lit-labs/ssr in Node), then the browser suite in Chromium, Firefox and WebKit with coverage, then the WordPress
// plugin in WordPress 6.5 (Playground, Chromium).
// Each step before the browser suite stops the run on its first failure.
// BROWSERS=chromium (or any of chromium,firefox,webkit) narrows the engines; extra arguments go to wtr.
// For a quicker loop: npm run test:browser (wtr alone, after one npm run build) or npm run test:watch.
import { root, runOrExit, run } from './run.mjs';

runOrExit('npm', ['run', '--silent', 'format:check']);
runOrExit('npm', ['run', '--silent', 'lint']);
runOrExit('npm', ['run', '--silent', 'typecheck']);
runOrExit('node', ['scripts/build.mjs']);
runOrExit('node', ['scripts/build-wordpress.mjs']);
runOrExit('node', ['scripts/check-budgets.mjs']);
runOrExit('node', ['scripts/manifest-outputs.mjs', '--check']);
runOrExit('node', ['scripts/check-docs.mjs']);
runOrExit('node', ['scripts/check-package.mjs']);
runOrExit('node', ['scripts/check-import-safety.mjs']);
// The host stylesheets of the host-CSS matrix (Tailwind compiled, WordPress's fetched once), before the browsers start.
runOrExit('node', ['test/server/host-pages.mjs']);
runOrExit('npm', ['run', '--silent', 'test:ssr']);
const browsers = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');
const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
// Coverage comes from Chromium (V8) and has a threshold that fails the run.
if (browsers.includes('chromium') && !process.argv.includes('--files')) args.push('--coverage');
const status = run('wtr', args, { cwd: root });
// The plugin test runs after the browser suite, whatever its result (not when only some files were asked for).
const wordpress = process.argv.includes('--files') ? 0 : run('node', ['scripts/test-wordpress.mjs']);
process.exit(status || wordpress);
