// npm start: installs dependencies if they are missing, builds, and serves the demo on 127.0.0.1.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root, runOrExit } from './run.mjs';
import { serve } from './serve.mjs';

if (!existsSync(path.join(root, 'node_modules', '.bin', 'rollup'))) {
  console.log('Installing dependencies (npm ci)…');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}
runOrExit('node', ['scripts/build.mjs']);
const port = Number(process.env.PORT || 8000);
const server = await serve({ root, port, host: '127.0.0.1' });
const { port: actual } = server.address();
console.log(`\nclinic-elements demo: http://127.0.0.1:${actual}/demo/\nPress Ctrl+C to stop.`);
