/** Shared by the round-two hostile tests: a stash for large `src` documents and a watch on uncaught errors. */
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers/console.js';

/** Posts `body` (a JSON value or text) to the test server; its URL, served as JSON-LD. */
export async function stash(body: unknown): Promise<string> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch('/__test__/stash', { method: 'POST', body: text });
  const { key } = (await response.json()) as { key: string };
  return `/__test__/stash?key=${key}`;
}

/** Uncaught errors and unhandled rejections while a test runs. */
export function watchErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Arrays `depth` deep around `inner`, as JSON text (built without recursion). */
export function deepArrays(depth: number, inner: string): string {
  return `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
}

/** `{"@value": …}` objects `depth` deep around `inner`, as JSON text. */
export function deepValues(depth: number, inner: string): string {
  return `${'{"@value":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
}

/** Runs `run` with the console's warnings captured (handed to it), and fails on any uncaught error meanwhile. */
export async function withoutErrors(run: (warnings: string[]) => Promise<void>): Promise<void> {
  const watch = watchErrors();
  const warnings = captureWarnings();
  try {
    await run(warnings.messages);
    expect(watch.errors.map(String)).to.deep.equal([]);
  } finally {
    warnings.restore();
    watch.stop();
  }
}
