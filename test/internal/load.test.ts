import { expect, nextFrame } from '@open-wc/testing';
import { fetchJson, SourceController } from '../../src/internal/load.js';

const route = (params: Record<string, string | number>) =>
  `/__test__/json?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;

describe('fetchJson', () => {
  it('loads a JSON-LD document', async () => {
    const src = route({ body: '{"@type":"FAQPage"}' });
    const result = await fetchJson(src);
    // Its URL is absolute: the base for relative links in the document.
    expect(result).to.deep.equal({ ok: true, data: { '@type': 'FAQPage' }, url: new URL(src, document.baseURI).href });
  });

  it('reports every failure as a value, never a throw', async () => {
    const cases: Array<[string, string, object?]> = [
      [route({ status: 404, body: 'nope' }), 'status'],
      [route({ status: 500, body: '{}' }), 'status'],
      [route({ type: 'text/html', body: '<p>hi</p>' }), 'content-type'],
      [route({ body: '{"truncated": ' }), 'json'],
      ['/__test__/big?kb=700', 'too-large'],
      [route({ delay: 400, body: '{}' }), 'timeout', { timeoutMs: 100 }],
      ['javascript:alert(1)', 'url'],
      ['data:application/json,{}', 'url'],
      ['http://[bad', 'url'],
      ['http://127.0.0.1:1/unreachable.json', 'network'],
    ];
    for (const [url, reason, options] of cases) {
      const result = await fetchJson(url, options);
      expect(result.ok, url).to.equal(false);
      if (!result.ok) expect(result.reason, url).to.equal(reason);
    }
  });

  it('accepts the JSON content types static hosts send', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/ld+json', 'text/plain']) {
      const result = await fetchJson(route({ type, body: '{"ok":1}' }));
      expect(result.ok, type).to.equal(true);
    }
  });

  it('gives up when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchJson(route({ delay: 300, body: '{}' }), { signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(result.ok).to.equal(false);
  });

  it('accepts a body just under the size limit', async () => {
    const result = await fetchJson('/__test__/big?kb=4', { maxBytes: 8 * 1024 });
    expect(result.ok).to.equal(true);
  });
});

describe('SourceController', () => {
  function makeHost() {
    // An element, as every host is (warnings name it), with just the controller-host methods the loader uses.
    return Object.assign(document.createElement('div'), {
      updates: 0,
      addController() {},
      removeController() {},
      requestUpdate() {
        this.updates++;
      },
      updateComplete: Promise.resolve(true),
    });
  }

  async function settle(source: SourceController) {
    for (let i = 0; i < 100 && source.state.status === 'loading'; i++) await nextFrame();
  }

  it('loads, and lets the last src win when it changes in flight', async () => {
    const host = makeHost();
    const source = new SourceController(host);
    source.load(route({ delay: 300, body: '{"n":1}' }));
    expect(source.state.status).to.equal('loading');
    source.load(route({ body: '{"n":2}' }));
    await settle(source);
    await new Promise((r) => setTimeout(r, 400));
    expect(source.state).to.include({ status: 'loaded' });
    expect((source.state as { data: unknown }).data).to.deep.equal({ n: 2 });
  });

  it('does not reload the same src, and goes idle for an empty one', async () => {
    const host = makeHost();
    const source = new SourceController(host);
    source.load(route({ body: '{}' }));
    await settle(source);
    const updates = host.updates;
    source.load(route({ body: '{}' }));
    expect(host.updates).to.equal(updates);
    source.load('');
    expect(source.state.status).to.equal('idle');
    const idleUpdates = host.updates;
    source.load('');
    source.load(null);
    expect(host.updates, 'no re-render while nothing changes').to.equal(idleUpdates);
  });

  it('aborts on disconnect and loads again on reconnect', async () => {
    const host = makeHost();
    const source = new SourceController(host);
    source.load(route({ delay: 200, body: '{"again":true}' }));
    source.hostDisconnected();
    expect(source.state.status).to.equal('idle');
    source.hostConnected();
    await settle(source);
    expect(source.state.status).to.equal('loaded');
  });
});
