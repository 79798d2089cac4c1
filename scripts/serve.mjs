// A small static file server for the demo (and the benchmark and audit): no dependencies,
// no directory listing, nothing outside the repository served.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on `host:port` (a busy port tries the next ones; 0 picks any). Resolves to the server.
 * `pages(url)` may answer a URL with generated `{ type, body, headers? }` (the benchmark's pages). `compress` gzips text files
 * for clients that accept it, as any production host does (the Lighthouse audit).
 */
export function serve({ root, port = 8000, host = '127.0.0.1', headers = {}, pages, compress = false }) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const page = pages?.(url);
    if (page) {
      response
        .writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store', ...page.headers })
        .end(page.body);
      return;
    }
    let pathname = decodeURIComponent(url.pathname);
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root + path.sep) || /[\\/](node_modules|\.git)([\\/]|$)/.test(path.relative(root, file))) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      if (
        compress &&
        /^(text\/|application\/(json|ld\+json|manifest)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        const body = gzipSync(await readFile(file), { level: 9 });
        response.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          vary: 'accept-encoding',
          'content-length': body.length,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
          'access-control-allow-origin': '*',
          ...headers,
        });
        response.end(body);
        return;
      }
      response.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'access-control-allow-origin': '*',
        ...headers,
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    let attempt = port;
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0 && attempt < port + 20) server.listen(++attempt, host);
      else reject(error);
    });
    server.on('listening', () => resolve(server));
    server.listen(attempt, host);
  });
}
