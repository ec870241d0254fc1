// A small static server for dist/: the build's Brotli or gzip copy when the client accepts it, the right content types, no caching
// surprises. Used by `npm start`, the end-to-end tests and the benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8; header=present',
  '.geojson': 'application/geo+json',
  '.zip': 'application/zip',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.csv', '.geojson']);

/**
 * @param {{ root?: string, port?: number, host?: string, headers?: Record<string,string>, prefix?: string }} [opts]
 *   `prefix` serves the site from a folder (e.g. '/graphics/karabakh'): anything outside it is not found.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer(opts = {}) {
  const root = resolve(opts.root ?? resolve(import.meta.dirname, '..', 'dist'));
  const host = opts.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const prefix = opts.prefix?.replace(/\/$/, '') ?? '';
      if (prefix && url.pathname === prefix) {
        // As static hosts do: the folder's URL ends with a slash, so the page's relative URLs resolve inside it.
        res.writeHead(301, { location: prefix + '/' + url.search });
        res.end();
        return;
      }
      if (prefix && !url.pathname.startsWith(prefix + '/')) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length) || '/')));
      if (!path.startsWith(root)) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory() && !url.pathname.endsWith('/')) {
        // A folder's URL ends with a slash (an edition's, /fr): its page's relative URLs resolve inside it.
        res.writeHead(301, { location: url.pathname + '/' + url.search });
        res.end();
        return;
      }
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const ext = extname(path);
      let body = await readFile(path);
      // Any origin may read the files: a WordPress post frames the embed in a sandbox, whose document has an opaque
      // origin, so even our own module scripts and map data reach it as cross-origin requests (README, Embed).
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'access-control-allow-origin': '*', ...opts.headers };
      if (COMPRESSIBLE.has(ext)) {
        // The build's precompressed copy (Brotli, else gzip) when the browser takes it; gzip on the fly otherwise.
        const accepts = String(req.headers['accept-encoding'] ?? '');
        const pre = /\bbr\b/.test(accepts) ? await readFile(path + '.br').catch(() => null) : null;
        const gz = !pre && /\bgzip\b/.test(accepts) ? ((await readFile(path + '.gz').catch(() => null)) ?? gzipSync(body)) : null;
        if (pre || gz) {
          body = pre ?? gz;
          headers['content-encoding'] = pre ? 'br' : 'gzip';
        }
        headers['vary'] = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
    }
  });
  await new Promise((ok) => server.listen(opts.port ?? 0, host, ok));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ port });
  console.log(`Karabakh Explained is being served at ${url}/  (Ctrl+C to stop)`);
}
