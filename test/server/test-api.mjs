// Real HTTP answers for the data-source tests, served by the test runner's
// dev server under /test-api/. Koa-style middleware.
import { readFileSync } from 'node:fs';

const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const counts = new Map();
const failedOnce = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A valid document whose title says which URL answered (to catch stale answers). */
function doc(title) {
  const d = JSON.parse(minimal);
  if (title) d.title = title;
  return JSON.stringify(d);
}

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const [, , route, arg] = url.pathname.split('/');
  const q = url.searchParams;
  ctx.set('Cache-Control', 'no-store');
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (route) {
    case 'doc': // /test-api/doc?title=X[&delay=ms]
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      return json(doc(q.get('title')));
    case 'status': // /test-api/status/404
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    case 'malformed':
      return json('{"version": 1, "id": "broken",');
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
      return;
    case 'counted': { // /test-api/counted/KEY?delay=ms: counts requests per key
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      return json(doc(`counted ${arg}`));
    }
    case 'count': // /test-api/count/KEY -> { count }
      return json(JSON.stringify({ count: counts.get(arg) ?? 0 }));
    case 'fail-once': // first request for KEY: 500, later ones: 200
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      if (!failedOnce.has(arg)) {
        failedOnce.add(arg);
        ctx.status = 500;
        ctx.body = 'try again';
        return;
      }
      return json(doc(`recovered ${arg}`));
    default:
      ctx.status = 404;
      ctx.body = 'unknown test route';
  }
}
