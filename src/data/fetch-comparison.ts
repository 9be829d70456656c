/**
 * `src`: fetches a comparison once per URL for the whole page. Elements that
 * ask for the same URL share one request and one validated result; a request
 * is aborted when every element that asked has gone (src changed, element
 * removed); a failure is forgotten so the next element that asks tries again.
 */
import { parseComparison } from '../schema/parse.js';
import type { Comparison } from '../schema/comparison.js';
import { ComparisonLoadError } from './errors.js';

/** Bigger answers are cut off: no comparison is anywhere near this. */
export const MAX_RESPONSE_BYTES = 2_000_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

interface Shared {
  promise: Promise<Comparison>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, Shared>();

/** For tests: forget every cached answer. */
export function clearComparisonCache(): void {
  for (const r of requests.values()) if (!r.settled) r.controller.abort();
  requests.clear();
}

export function fetchComparison(url: string, { signal, timeout = DEFAULT_TIMEOUT_MS }: { signal?: AbortSignal; timeout?: number } = {}): Promise<Comparison> {
  let shared = requests.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, settled: false, promise: undefined as unknown as Promise<Comparison> };
    entry.promise = load(url, controller.signal, timeout).then(
      (c) => {
        entry.settled = true;
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
  return waitFor(url, shared, signal);
}

function waitFor(url: string, shared: Shared, signal: AbortSignal | undefined): Promise<Comparison> {
  if (!signal || shared.settled) return shared.promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  shared.waiting++;
  return new Promise<Comparison>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
    };
    const onAbort = () => {
      leave();
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (c) => {
        leave();
        resolve(c);
      },
      (e) => {
        leave();
        reject(e);
      },
    );
  });
}

async function load(url: string, signal: AbortSignal, timeout: number): Promise<Comparison> {
  const shown = displayUrl(url);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  // One controller for both: the caller's abort and our timeout.
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch (e) {
      throw networkError(e, shown, timedOut, timeout, signal);
    }
    if (!response.ok) {
      throw new ComparisonLoadError({
        kind: 'http',
        status: response.status,
        message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${shown}${hintFor(response.status)}`,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_RESPONSE_BYTES) throw tooBig(shown);
    let text: string;
    try {
      text = await readText(response, shown);
    } catch (e) {
      if (e instanceof ComparisonLoadError) throw e;
      throw networkError(e, shown, timedOut, timeout, signal);
    }
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type) || /^\s*</.test(text)) {
      throw new ComparisonLoadError({ kind: 'parse', message: `${shown} sent an HTML page, not JSON: check that the URL points to the .json file` });
    }
    const result = parseComparison(text);
    if (!result.ok) {
      throw new ComparisonLoadError({
        kind: result.kind,
        message: result.kind === 'parse' ? `${shown} is ${result.message}` : `${shown}: ${result.message}`,
        issues: result.issues,
      });
    }
    return result.comparison;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Reads the body, giving up past MAX_RESPONSE_BYTES (a server may not say the length). */
async function readText(response: Response, shown: string): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      void reader.cancel();
      throw tooBig(shown);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooBig(shown: string) {
  return new ComparisonLoadError({ kind: 'parse', message: `${shown} is larger than ${MAX_RESPONSE_BYTES / 1_000_000} MB: a comparison should be far smaller` });
}

function networkError(e: unknown, shown: string, timedOut: boolean, timeout: number, callerSignal: AbortSignal) {
  if (callerSignal.aborted) return callerSignal.reason ?? e;
  if (timedOut) {
    return new ComparisonLoadError({ kind: 'network', message: `${shown} did not answer within ${timeout / 1000} s` });
  }
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
