// npm test: type-check, build (tests load the CDN bundles), size budgets, API docs up to date, package contents and
// publint, import safety,
// then the browser suite with coverage.
// BROWSERS=chromium (or any of chromium,firefox,webkit) narrows the engines; extra arguments go to wtr.
import { root, runOrExit, run } from './run.mjs';

runOrExit('tsc', ['--noEmit', '-p', 'tsconfig.json']);
runOrExit('node', ['scripts/build.mjs']);
runOrExit('node', ['scripts/check-budgets.mjs']);
runOrExit('node', ['scripts/manifest-outputs.mjs', '--check']);
runOrExit('node', ['scripts/check-docs.mjs']);
runOrExit('node', ['scripts/check-package.mjs']);
runOrExit('node', ['scripts/check-import-safety.mjs']);
const browsers = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');
const args = ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
// Coverage comes from Chromium (V8) and has a threshold that fails the run.
if (browsers.includes('chromium') && !process.argv.includes('--files')) args.push('--coverage');
process.exit(run('wtr', args, { cwd: root }));
