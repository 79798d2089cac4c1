import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { read } from './dom.js';
import { textOf, type Warning } from './warn.js';

/** Why a `src` document could not be used. */
export type LoadFailure = 'url' | 'network' | 'status' | 'timeout' | 'content-type' | 'too-large' | 'json';

/** A loaded document's data, and its URL (after redirects): the base for the relative links inside it. */
export type LoadResult = { ok: true; data: unknown; url: string } | { ok: false; reason: LoadFailure; message: string };

/** Largest `src` body read, in bytes: far above any real FAQ or clinic, far below a hostile one. */
export const MAX_BYTES = 512 * 1024;
/** Time a `src` request may take before it is aborted, in milliseconds. */
export const TIMEOUT_MS = 10_000;

export interface LoadOptions {
  signal?: AbortSignal;
  /** What a relative `src` is relative to: the element's base URL (default: the document's). */
  base?: string;
  maxBytes?: number;
  timeoutMs?: number;
}

function isJsonContentType(type: string | null): boolean {
  // No type at all is tolerated (some static hosts send none for .jsonld files).
  if (!type) return true;
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === 'text/plain';
}

async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches a JSON (-LD) document with limits, and never throws: only http(s) URLs, no
 * credentials, a size cap, a time limit, a JSON content type. Failures come back as values.
 */
export async function fetchJson(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const {
    signal,
    maxBytes = MAX_BYTES,
    timeoutMs = TIMEOUT_MS,
    base = read<string>(Node.prototype, 'baseURI', document),
  } = options;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, reason: 'url', message: `"${src}" is not a valid URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'url', message: `only http(s) URLs are loaded, not ${url.protocol}` };
  }
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'strict-origin-when-cross-origin',
      headers: { accept: 'application/ld+json, application/json;q=0.9' },
    });
    if (!response.ok) return { ok: false, reason: 'status', message: `the server answered ${response.status}` };
    const type = response.headers.get('content-type');
    if (!isJsonContentType(type)) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, reason: 'content-type', message: `expected JSON, got "${type}"` };
    }
    const text = await readText(response, maxBytes);
    if (text === undefined)
      return { ok: false, reason: 'too-large', message: `the document is over ${maxBytes} bytes` };
    try {
      return { ok: true, data: JSON.parse(text), url: response.url || url.href };
    } catch (error) {
      return { ok: false, reason: 'json', message: `invalid JSON (${(error as Error).message})` };
    }
  } catch (error) {
    if (timedOut) return { ok: false, reason: 'timeout', message: `no answer within ${timeoutMs / 1000} s` };
    // fetch() rejects with the same bare TypeError for a missing CORS header, an offline server and blocked mixed
    // content; the engine's own words ("Failed to fetch", "Load failed") name none of them, so the likely causes do.
    return {
      ok: false,
      reason: 'network',
      message:
        'network error: the server may not allow this site to read it (check that it sends ' +
        `Access-Control-Allow-Origin), or it is offline (${(error as Error).message || 'failed'})`,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** The warning for a `src` that could not be loaded: the same words from every element. */
export function sourceWarning(state: { src: string; message: string }): Warning {
  return { subject: 'src', message: `could not load "${state.src}": ${state.message}.` };
}

export type SourceState =
  | { status: 'idle' }
  | { status: 'loading'; src: string }
  | { status: 'loaded'; src: string; data: unknown; url: string }
  | { status: 'failed'; src: string; reason: LoadFailure; message: string };

/**
 * Loads an element's `src` and re-renders it on every change of state. The last `src` wins:
 * a new one (or a disconnect) aborts a request in flight, and a stale answer is dropped.
 */
export class SourceController implements ReactiveController {
  /**
   * The time limit every element's `src` request gets, in milliseconds (default `TIMEOUT_MS`).
   * A knob for tests and unusual hosts; shared by all elements of this copy of the library.
   */
  static timeoutMs = TIMEOUT_MS;
  state: SourceState = { status: 'idle' };
  readonly #host: ReactiveControllerHost & Element;
  readonly #options: Omit<LoadOptions, 'signal'>;
  #inFlight?: AbortController;
  #requested = '';

  constructor(host: ReactiveControllerHost & Element, options: Omit<LoadOptions, 'signal'> = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Starts loading `src` (or clears, when empty) unless it is already loading or loaded. */
  load(src: unknown): void {
    // The host's `src` property, which JavaScript may have set to anything.
    const url = textOf(this.#host, 'src', src)?.trim() ?? '';
    this.#requested = url;
    if (this.state.status === 'idle' ? !url : this.state.src === url) return;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    if (!url) {
      this.#setState({ status: 'idle' });
      return;
    }
    const controller = (this.#inFlight = new AbortController());
    this.#setState({ status: 'loading', src: url });
    const options = {
      timeoutMs: SourceController.timeoutMs,
      base: this.#host.baseURI,
      ...this.#options,
      signal: controller.signal,
    };
    void fetchJson(url, options).then((result) => {
      if (controller.signal.aborted) return;
      this.#inFlight = undefined;
      this.#setState(
        result.ok
          ? { status: 'loaded', src: url, data: result.data, url: result.url }
          : { status: 'failed', src: url, ...result },
      );
    });
  }

  hostConnected(): void {
    if (this.state.status === 'idle' && this.#requested) this.load(this.#requested);
  }

  hostDisconnected(): void {
    // Abort, and forget the pending load so that reconnecting starts it again.
    if (this.state.status === 'loading') {
      this.#inFlight?.abort();
      this.#inFlight = undefined;
      this.state = { status: 'idle' };
    }
  }

  #setState(state: SourceState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
