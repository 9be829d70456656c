// A small static server for the benchmarks and the layout-shift test: serves
// the repository (dist/, demo/, bench/) on 127.0.0.1, counts requests per
// path, and delays any answer by `?delay=<ms>` (a late script or late data).
//   const server = await startServer({ port: 0 }); server.url; server.count('/demo/data/x.json'); await server.close();
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ port?: number, root?: string, routes?: Record<string, (req, res) => void> }} [options]
 *   routes: extra answers by exact path (generated pages or documents).
 */
export async function startServer({ port = 0, root = ROOT, routes = {} } = {}) {
  const counts = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    res.setHeader('Cache-Control', 'no-store');
    if (routes[path]) return routes[path](req, res, url);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    /** Requests made for a path since the last reset. */
    count: (path) => counts.get(path) ?? 0,
    reset: () => counts.clear(),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
