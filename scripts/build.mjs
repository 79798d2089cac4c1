// npm run build: npm modules + types (tsc), CDN bundles (rollup), Custom Elements Manifest.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { root, runOrExit } from './run.mjs';

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
runOrExit('tsc', ['-p', 'tsconfig.build.json']);
runOrExit('rollup', ['-c', '--silent']);
runOrExit('cem', ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']);
console.log('Built dist/ (npm modules and types), dist/cdn/ (CDN bundles) and custom-elements.json');
