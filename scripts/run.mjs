// Runs a command from node_modules/.bin (or the PATH), echoing it, and fails loudly.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const bin = path.join(root, 'node_modules', '.bin', command);
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error?.code === 'ENOENT') {
    const fallback = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
    return fallback.status ?? 1;
  }
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}
