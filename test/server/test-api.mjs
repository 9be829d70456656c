// Real HTTP answers for the data-source tests, served by the test runner's
// dev server under /test-api/. Koa-style middleware.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const counts = new Map();
const failedOnce = new Set();
const votes = new Map(); // <compare-verdict> votes received, per key
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Subscriptions received per key, for <compare-track>: [{ method, contentType, body }]. */
const subscriptions = new Map();

/**
 * Answers held until the test lets them go (`?hold=NAME`, then /test-api/release/NAME): a state shown while a request
 * is under way ("Sending your vote…") lasts until the test has looked at it, however long its key press took to come
 * back (a fixed delay of 300 ms was shorter than a loaded browser's sendKeys). Each release lets one request go: the one
 * waiting, or the next to come. A hold no test releases ends after 30 s.
 */
const holds = new Map(); // NAME -> { waiting: [resolve], credits }
const holdOf = (name) => holds.get(name) ?? holds.set(name, { waiting: [], credits: 0 }).get(name);
function held(name) {
  const h = holdOf(name);
  if (h.credits > 0) {
    h.credits--;
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    h.waiting.push(resolve);
    setTimeout(resolve, 30000);
  });
}
function release(name) {
  const h = holdOf(name);
  const next = h.waiting.shift();
  if (next) next();
  else h.credits++;
}

/** Reads a request body as JSON (the raw text when it is not JSON). */
async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function recordSubscription(ctx, key) {
  const body = await readJson(ctx.req);
  const list = subscriptions.get(key) ?? [];
  list.push({ method: ctx.method, contentType: ctx.get('Content-Type'), body });
  subscriptions.set(key, list);
}

/** A valid document whose title says which URL answered (to catch stale answers). */
function doc(title) {
  const d = JSON.parse(minimal);
  if (title) d.title = title;
  return JSON.stringify(d);
}

/** Files that answer 500 to one browser (by its User-Agent, as the engines run side by side): a language's module that does not load. */
const failing = new Set();
let failedAFile = false;

/**
 * Whether a file was made to fail (fail-file) since the last call. Chromium remembers a module that failed to load for
 * the rest of its browser context, even across pages and with no-store, so the next test file needs a context of its own.
 */
export function takeFailedFile() {
  const was = failedAFile;
  failedAFile = false;
  return was;
}

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (failing.has(`${ctx.get('User-Agent')} ${url.pathname.replace(/\.[jt]s$/, '')}`)) {
    ctx.status = 500;
    ctx.body = 'unavailable';
    failedAFile = true;
    return;
  }
  // The languages' modules are kept by no browser (the runner lets it keep every file a year): one an earlier test file
  // loaded would otherwise come from its cache, never failing.
  if (url.pathname.startsWith('/src/i18n/')) {
    const setHeader = ctx.res.setHeader.bind(ctx.res);
    ctx.res.setHeader = (name, value) => setHeader(name, /^cache-control$/i.test(name) ? 'no-store' : value);
  }
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
    case 'doc': // /test-api/doc?title=X[&delay=ms][&hold=NAME]
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      if (q.get('hold')) await held(q.get('hold'));
      return json(doc(q.get('title')));
    case 'status': // /test-api/status/404
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    case 'json-as-html': // a valid document sent with Content-Type: text/html (a misconfigured server)
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = doc(q.get('title') ?? 'sent as html');
      return;
    case 'latin1': { // a document whose title is Latin-1 bytes, not UTF-8
      ctx.status = 200;
      ctx.type = 'application/json';
      const text = doc('Caf\u00e9');
      ctx.body = Buffer.from(text, 'latin1');
      return;
    }
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
    case 'fail-file': { // /test-api/fail-file?path=/src/i18n/de&on=1: that file (.js or .ts) answers 500 to this browser until on=0
      const key = `${ctx.get('User-Agent')} ${q.get('path')}`;
      if (q.get('on') === '1') failing.add(key);
      else failing.delete(key);
      return json('{}');
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
    case 'release': // /test-api/release/NAME: lets one request held with ?hold=NAME go (see holds)
      release(arg);
      return json('{}');
    case 'vote': // POST /test-api/vote/KEY[?status=500][&delay=ms][&hold=NAME]: records the JSON body, answers status (200)
    case 'vote-fail-once': { // the first POST for KEY answers 500, later ones 200
      const raw = await readBody(ctx.req);
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        body = { unparsed: raw };
      }
      const failOnce = route === 'vote-fail-once' && !failedOnce.has(`vote:${arg}`);
      if (failOnce) failedOnce.add(`vote:${arg}`);
      const status = failOnce ? 500 : Number(q.get('status') ?? 200);
      const list = votes.get(arg) ?? [];
      list.push({ method: ctx.method, contentType: ctx.get('Content-Type'), body, status });
      votes.set(arg, list);
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      if (q.get('hold')) await held(q.get('hold'));
      return json(JSON.stringify({ ok: status < 300 }), status);
    }
    case 'votes': // /test-api/votes/KEY -> [{ method, contentType, body, status }, ...] received for KEY
      return json(JSON.stringify(votes.get(arg) ?? []));
    case 'subscribe': { // POST /test-api/subscribe/KEY[?status=NNN&delay=ms]: records the JSON body, answers that status
      await recordSubscription(ctx, arg);
      if (q.get('delay')) await sleep(Number(q.get('delay')));
      const status = Number(q.get('status') ?? 200);
      return json(JSON.stringify({ ok: status < 400 }), status);
    }
    case 'subscriptions': // /test-api/subscriptions/KEY -> what /subscribe/KEY received, in order
      return json(JSON.stringify(subscriptions.get(arg) ?? []));
    case 'subscribe-fail-once': // POST: records; the first request for KEY answers 503, later ones 200
      await recordSubscription(ctx, arg);
      if (!failedOnce.has(`subscribe:${arg}`)) {
        failedOnce.add(`subscribe:${arg}`);
        return json(JSON.stringify({ ok: false }), 503);
      }
      return json(JSON.stringify({ ok: true }));
    // --- Hostile networks (test/hostile/networks.test.ts) ---
    case 'trickle': { // /test-api/trickle/KEY?title=X&chunks=N&delay=ms: headers at once, the body in N pieces, delay ms apart
      const body = doc(q.get('title') ?? `trickle ${arg}`);
      const n = Math.max(1, Number(q.get('chunks') ?? 8));
      const size = Math.ceil(body.length / n);
      const pieces = Array.from({ length: n }, (_, i) => body.slice(i * size, (i + 1) * size)).filter(Boolean);
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = track(ctx, arg, trickle(pieces, Number(q.get('delay') ?? 100)));
      return;
    }
    case 'big': { // /test-api/big/KEY?bytes=N[&chunked=1]: a JSON document padded to N bytes, with Content-Length unless chunked
      const bytes = Number(q.get('bytes') ?? 3_000_000);
      const head = doc(`big ${arg}`).replace(/}\s*$/, ',"x-padding":"');
      const tail = '"}';
      const pad = 'x'.repeat(Math.max(0, bytes - head.length - tail.length));
      ctx.status = 200;
      ctx.type = 'application/json';
      if (q.get('chunked')) {
        const text = head + pad + tail;
        const pieces = [];
        for (let i = 0; i < text.length; i += 65536) pieces.push(text.slice(i, i + 65536));
        ctx.body = track(ctx, arg, trickle(pieces, Number(q.get('delay') ?? 5)));
      } else {
        track(ctx, arg);
        ctx.body = head + pad + tail;
      }
      return;
    }
    case 'slow-page': { // /test-api/slow-page?delay=ms&module=/src/x.ts: an HTML page whose end comes after delay ms (readyState stays "loading")
      const module = JSON.stringify(q.get('module') ?? '/src/compare-kit.ts');
      const head = `<!doctype html><html><head><script>import(${module}).then(() => { window.kitReady = true; });</script></head><body><p>page</p>`;
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = trickle([head + ' '.repeat(4096), '<p>end</p></body></html>'], Number(q.get('delay') ?? 1000));
      return;
    }
    case 'delivery': // /test-api/delivery/KEY -> { requests, finished, aborted }: how the answers of KEY ended
      return json(JSON.stringify(deliveries.get(arg) ?? { requests: 0, finished: 0, aborted: 0 }));
    case 'empty': // 200 with an empty body
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'json': // /test-api/json?body=TEXT: exactly that text as application/json
      return json(q.get('body') ?? '');
    case 'text-doc': // a valid document labelled text/plain (servers often do this)
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = doc(q.get('title') ?? 'as text');
      return;
    case 'redirect': // /test-api/redirect?to=URL: 302 there
      ctx.redirect(q.get('to') ?? '/test-api/doc');
      return;
    case 'redirect-loop': // redirects to itself forever
      ctx.redirect(`/test-api/redirect-loop/${arg}?n=${Number(q.get('n') ?? 0) + 1}`);
      return;
    default:
      ctx.status = 404;
      ctx.body = 'unknown test route';
  }
}

/** How the answers of each key ended: sent in full, or cut off by the client. */
const deliveries = new Map();

/** Counts a request for KEY and records whether its answer was sent in full or cut off by the client. */
function track(ctx, key, stream) {
  const d = deliveries.get(key) ?? { requests: 0, finished: 0, aborted: 0 };
  deliveries.set(key, d);
  d.requests++;
  let ended = false;
  ctx.res.on('finish', () => {
    if (!ended) d.finished++;
    ended = true;
  });
  ctx.res.on('close', () => {
    if (!ended && !ctx.res.writableFinished) d.aborted++;
    ended = true;
    stream?.destroy();
  });
  return stream;
}

/** A body stream that sends its pieces `delay` ms apart (the first at once). */
function trickle(pieces, delay) {
  let i = 0;
  return new Readable({
    read() {
      if (i >= pieces.length) return void this.push(null);
      const piece = pieces[i++];
      if (i === 1) this.push(piece);
      else setTimeout(() => !this.destroyed && this.push(piece), delay);
    },
  });
}

/** The request body as text (the dev server does not parse bodies). */
async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}
