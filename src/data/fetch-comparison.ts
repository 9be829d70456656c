/**
 * `src`: fetches a comparison once per URL for the whole page. Elements that
 * ask for the same URL share one request and one validated result; a request
 * is aborted when every element that asked has gone (src changed, element
 * removed); a failure is forgotten so the next element that asks tries again.
 */
import { MAX_DOCUMENT_BYTES, parseComparison, tooLargeMessage } from '../schema/parse.js';
import type { Comparison } from '../schema/comparison.js';
import { ComparisonLoadError } from './errors.js';

/** Bigger answers are cut off: no comparison is anywhere near this (the same limit as for inline JSON). */
export const MAX_RESPONSE_BYTES = MAX_DOCUMENT_BYTES;
/**
 * Answers kept for elements that ask later, least recently used forgotten
 * first (requests in flight are never dropped): a single-page app that shows
 * comparison after comparison does not keep every one it ever loaded.
 */
export const MAX_CACHED_ANSWERS = 20;
export const DEFAULT_TIMEOUT_MS = 10_000;

interface Shared {
  promise: Promise<Comparison>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Shared>();

/** For tests: how many URLs the cache holds (requests in flight and kept answers). */
export function comparisonCacheSize(): number {
  return requests.size;
}

/** Drops the least recently used answers past MAX_CACHED_ANSWERS. */
function forgetOldAnswers(): void {
  let answered = 0;
  for (const r of requests.values()) if (r.settled) answered++;
  for (const [url, r] of requests) {
    if (answered <= MAX_CACHED_ANSWERS) break;
    if (r.settled) {
      requests.delete(url);
      answered--;
    }
  }
}

/** For tests: forget every cached answer. */
export function clearComparisonCache(): void {
  for (const r of requests.values()) if (!r.settled) r.controller.abort();
  requests.clear();
}

/**
 * The comparison at `url`. `timeout` is this caller's own: elements that share
 * a request may wait different times; the request is aborted once every one
 * has stopped waiting (its signal aborted, or its time up). Callers that share
 * an answer get it one per animation frame, in the order they asked (see
 * inTurn below): fifty of them take fifty frames.
 */
export function fetchComparison(url: string, { signal, timeout = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeout?: number } = {}): Promise<Comparison> {
  let shared = requests.get(url);
  if (shared?.settled) {
    // Most recently used last.
    requests.delete(url);
    requests.set(url, shared);
  }
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, settled: false, promise: undefined as unknown as Promise<Comparison> };
    entry.promise = load(url, controller.signal).then(
      (c) => {
        entry.settled = true;
        forgetOldAnswers();
        return c;
      },
      (e: unknown) => {
        entry.settled = true;
        if (requests.get(url) === entry) requests.delete(url); // failures are not cached
        throw e;
      },
    );
    entry.promise.catch(() => {}); // handled by each waiter
    requests.set(url, entry);
    shared = entry;
  }
  return waitFor(url, shared, signal ?? new AbortController().signal, timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS);
}

function waitFor(url: string, shared: Shared, signal: AbortSignal, timeout: number): Promise<Comparison> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (shared.settled) return shared.promise.then((c) => inTurn(c, signal));
  shared.waiting++;
  return new Promise<Comparison>((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      // Nobody waits any more: stop the download.
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
    };
    const onAbort = () => {
      leave();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      leave();
      reject(new ComparisonLoadError({ kind: 'network', message: `${displayUrl(url)} did not answer within ${timeout / 1000} s` }));
    }, timeout);
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (c) => {
        leave();
        inTurn(c, signal).then(resolve, reject);
      },
      (e) => {
        leave();
        reject(e);
      },
    );
  });
}

/**
 * Hands an answer to the callers waiting for it one per frame, in the order
 * they asked: each element renders in an animation frame of its own, just
 * before the browser lays it out (or, where frames are held back, in a task
 * two frames' time after the one before). Fifty elements that share one `src`
 * would otherwise all render, then be laid out, in one long task that holds up
 * input and paint; in turns, the longest task is one element's
 * (bench/RESULTS.md). A caller that stopped waiting gives up its turn at once.
 */
const turns: { signal: AbortSignal; go: () => void }[] = [];
function inTurn<T>(value: T, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    turns.push({ signal, go: () => (signal.aborted ? reject(signal.reason) : resolve(value)) });
    if (turns.length === 1) nextTurn();
  });
}
function nextTurn(): void {
  // Callers that stopped waiting take no frame.
  while (turns[0]?.signal.aborted) turns.shift()!.go();
  if (!turns.length) return;
  // A hidden page paints nothing (and runs timers once a second): everyone at once.
  if (typeof document !== 'undefined' && document.hidden) {
    while (turns.length) turns.shift()!.go();
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    turns.shift()?.go();
    if (turns.length) nextTurn();
  };
  // Where frames are late (WebKit holds them back while a page loads) or do not come (a page hidden since: the
  // timer then runs within a second, and the next turn sees the page hidden), two frames' time.
  const timer = setTimeout(run, 34);
  try {
    requestAnimationFrame(run);
  } catch {
    // no frames here (or a page's broken stand-in): the timer
  }
}

/** The request itself, aborted by `signal` when no element waits for it any more (each waits up to its own timeout). */
async function load(url: string, signal: AbortSignal): Promise<Comparison> {
  const shown = displayUrl(url);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (e) {
    throw networkError(e, shown, signal);
  }
  if (!response.ok) {
    throw new ComparisonLoadError({
      kind: 'http',
      status: response.status,
      // As the contract writes it ("HTTP 404 for /data/x.json"); the server's reason phrase varies (none over HTTP/2), the hint does not.
      message: `HTTP ${response.status} for ${shown}${hintFor(response.status)}`,
    });
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RESPONSE_BYTES) throw tooBig(shown, `${declared.toLocaleString('en-US')} bytes`);
  let text: string;
  try {
    text = await readText(response, shown);
  } catch (e) {
    if (e instanceof ComparisonLoadError) throw e;
    throw networkError(e, shown, signal);
  }
  const result = parseComparison(text);
  // Not JSON, and looks like a web page (an error page, a login page, the site's 404 served as 200).
  if (!result.ok && result.kind === 'parse' && (/^\s*</.test(text) || /html/i.test(response.headers.get('content-type') ?? ''))) {
    throw new ComparisonLoadError({ kind: 'parse', message: `${shown} sent an HTML page, not JSON: check that the URL points to the .json file` });
  }
  if (!result.ok) {
    throw new ComparisonLoadError({
      kind: result.kind,
      message: result.kind === 'parse' ? `${shown} is ${result.message}` : `${shown}: ${result.message}`,
      issues: result.issues,
    });
  }
  return result.comparison;
}

/** Reads the body, giving up past MAX_RESPONSE_BYTES (a server may not say the length). */
async function readText(response: Response, shown: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Fatal: a body that is not UTF-8 is an error, not text with \uFFFD in it.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      reader.cancel().catch(() => {}); // stop the download; a failing cancel changes nothing
      throw tooBig(shown, `more than ${MAX_RESPONSE_BYTES.toLocaleString('en-US')} bytes`);
    }
    text += utf8(() => decoder.decode(value, { stream: true }), shown);
  }
  return text + utf8(() => decoder.decode(), shown);
}

function utf8(decode: () => string, shown: string): string {
  try {
    return decode();
  } catch {
    throw new ComparisonLoadError({ kind: 'parse', message: `${shown} is not UTF-8 text: save the JSON file as UTF-8` });
  }
}

function tooBig(shown: string, size?: string) {
  return new ComparisonLoadError({ kind: 'parse', message: `${shown} is ${tooLargeMessage(size)}` });
}

function networkError(e: unknown, shown: string, signal: AbortSignal) {
  if (signal.aborted) return signal.reason ?? e;
  return new ComparisonLoadError({ kind: 'network', message: `could not load ${shown}: the network failed or the server refused (${(e as Error)?.message ?? e})` });
}

function hintFor(status: number): string {
  if (status === 404) return ': no file at that address (check the src URL)';
  if (status === 401 || status === 403) return ': the server refused access';
  if (status >= 500) return ': the server failed; try again later';
  return '';
}

/** Same-origin URLs are shown as paths, others in full. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return typeof location !== 'undefined' && u.origin === location.origin ? `${u.pathname}${u.search}` : u.href;
  } catch {
    return url;
  }
}
