/**
 * Memory: a thousand cycles (250 where no heap is measured) of create, attach, load (data and src), remove
 * leave the fetch cache, the page-level listeners and the MutationObservers
 * where they were. Counted by instrumenting addEventListener /
 * removeEventListener and MutationObserver; `performance.memory` is printed
 * where the engine has it (Chromium).
 */
import { expect } from '@open-wc/testing';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { MAX_CACHED_ANSWERS, clearComparisonCache, comparisonCacheSize } from '../../src/data/fetch-comparison.js';
import { loadFixture, settled } from '../helpers/util.js';
import { settledAll } from './hostile.js';

/**
 * A thousand where the engine reports its heap (Chromium's performance.memory), for that figure; 250 elsewhere. The
 * checks are exact (no listener, observer or element left, the cache at its bound), so one cycle's leak fails them.
 */
const CYCLES = 'memory' in performance ? 1000 : 250;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Counts listeners that outlive an element: on anything that is not a DOM
 * node (window, MediaQueryList, AbortSignal, module-level EventTargets) and
 * on the document. Removal by removeEventListener, by an aborted `signal`,
 * or by a `once` listener firing.
 */
function trackListeners(win: Window & typeof globalThis = window) {
  const proto = win.EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const live = new Map<string, { target: EventTarget; type: string }>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object) => ids.get(o) ?? (ids.set(o, ++next), next);
  const tracked = (t: EventTarget) => !(t instanceof win.Node) || t === win.document;
  const keyOf = (t: EventTarget, type: string, l: unknown, o: unknown) =>
    `${id(t)} ${type} ${typeof l === 'object' || typeof l === 'function' ? id(l as object) : l} ${typeof o === 'boolean' ? o : !!(o as AddEventListenerOptions)?.capture}`;
  proto.addEventListener = function (this: EventTarget, type: string, listener: any, options?: boolean | AddEventListenerOptions) {
    if (listener && tracked(this) && !(typeof options === 'object' && options.signal?.aborted)) {
      const k = keyOf(this, type, listener, options);
      live.set(k, { target: this, type });
      if (typeof options === 'object') {
        if (options.signal) add.call(options.signal, 'abort', () => live.delete(k), { once: true });
        if (options.once) add.call(this, type, () => live.delete(k), { once: true });
      }
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: any, options?: boolean | EventListenerOptions) {
    if (listener) live.delete(keyOf(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    /** Live listeners by "target type", e.g. { "Window storage": 2 }. */
    counts(): Record<string, number> {
      const out: Record<string, number> = {};
      for (const { target, type } of live.values()) {
        const k = `${target.constructor.name} ${type}`;
        out[k] = (out[k] ?? 0) + 1;
      }
      return out;
    },
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}

/** Counts MutationObservers that observe and were not disconnected. */
function trackObservers(win: Window & typeof globalThis = window) {
  const proto = win.MutationObserver.prototype;
  const { observe, disconnect } = proto;
  const active = new Set<MutationObserver>();
  proto.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    active.add(this);
    return observe.apply(this, args);
  };
  proto.disconnect = function (this: MutationObserver) {
    active.delete(this);
    return disconnect.call(this);
  };
  return {
    count: () => active.size,
    restore() {
      proto.observe = observe;
      proto.disconnect = disconnect;
    },
  };
}

const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const mb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1e6).toFixed(1)} MB`);

describe('memory: create, attach, load, remove', function () {
  this.timeout(180000);
  let listeners: ReturnType<typeof trackListeners>;
  let observers: ReturnType<typeof trackObservers>;
  let minimal: any;
  before(async () => {
    minimal = await loadFixture('minimal.json');
    minimal.verdict = { text: 'Tea, *mostly*.' };
    minimal.faq = [{ question: 'Hot?', answer: 'Yes.' }];
    clearComparisonCache();
  });
  beforeEach(() => {
    listeners = trackListeners();
    observers = trackObservers();
  });
  afterEach(() => {
    listeners.restore();
    observers.restore();
    clearComparisonCache();
  });

  it(`${CYCLES} cycles leave caches, listeners and observers bounded`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const before = heap();
    const started = performance.now();
    let aborted = 0;
    const perKind: number[] = [];
    for (let i = 0; i < CYCLES; i++) {
      const kind = i % 5;
      const t0 = performance.now();
      const tag = ['compare-verdict', 'compare-faq', 'compare-facts', 'compare-page', 'compare-header'][kind]!;
      const el = document.createElement(tag) as CompareElement;
      if (kind === 0) el.data = { ...minimal, id: `tea-${i}` };
      else if (kind === 1) el.data = JSON.stringify({ ...minimal, title: `Tea ${i}` });
      else if (kind === 2) el.src = `/test-api/doc?title=c${i}`; // a new URL each time
      else if (kind === 3) {
        el.setAttribute('theme', 'host'); // follows the page's theme while attached
        el.data = minimal;
      } else el.src = `/test-api/doc?title=slow${i}&delay=2000`; // removed before the answer comes
      host.append(el);
      if (kind === 4) {
        await wait(0);
        aborted++;
      } else {
        for (const e of await settledAll(el)) expect(['ready', 'empty'], `${e.localName} #${i}`).to.include(e.state);
      }
      el.remove();
      perKind[kind] = (perKind[kind] ?? 0) + performance.now() - t0;
    }
    console.log(`memory: ms per kind ${perKind.map((x) => Math.round(x)).join(', ')}`);
    await wait(100);
    const elapsed = performance.now() - started;
    (globalThis as { gc?: () => void }).gc?.();
    const after = heap();
    console.log(
      `memory: ${CYCLES} cycles (${aborted} removed mid-flight) in ${Math.round(elapsed)} ms; fetch cache ${comparisonCacheSize()} entries (max ${MAX_CACHED_ANSWERS}); ` +
        `listeners left ${JSON.stringify(listeners.counts())}; observers left ${observers.count()}; JS heap ${mb(before)} → ${mb(after)}`,
    );
    expect(comparisonCacheSize()).to.be.at.most(MAX_CACHED_ANSWERS);
    // One listener for votes made in other tabs is the page's, shared by every verdict (at most one, whatever the cycles).
    const { ['Window storage']: storage = 0, ...left } = listeners.counts();
    expect(left).to.deep.equal({});
    expect(storage).to.be.at.most(1);
    expect(observers.count()).to.equal(0);
    expect(document.querySelectorAll('compare-page, compare-facts, compare-faq, compare-verdict, compare-header, script[data-compare-kit]').length).to.equal(0);
    host.remove();
  });

  it('keeps the most recently used answers and fetches a forgotten one again', async () => {
    const key = `lru-${Date.now()}`;
    const url = (n: number) => `/test-api/counted/${key}-${n}`;
    const count = async (n: number) => (await (await fetch(`/test-api/count/${key}-${n}`)).json()).count as number;
    const load = async (n: number) => {
      const el = document.createElement('compare-facts') as CompareElement;
      el.src = url(n);
      document.body.append(el);
      await settled(el, 'ready');
      el.remove();
    };
    await load(0);
    for (let n = 1; n <= MAX_CACHED_ANSWERS + 5; n++) {
      await load(n);
      if (n === MAX_CACHED_ANSWERS - 1) await load(0); // used again: now among the most recent
    }
    expect(comparisonCacheSize()).to.equal(MAX_CACHED_ANSWERS);
    await load(0);
    expect(await count(0), 'recently used: still cached').to.equal(1);
    await load(1);
    expect(await count(1), 'least recently used: fetched again').to.equal(2);
    await load(MAX_CACHED_ANSWERS + 5);
    expect(await count(MAX_CACHED_ANSWERS + 5)).to.equal(1);
  });

  it('elements dropped while the page is still loading leave no load / DOMContentLoaded listener behind', async function () {
    this.timeout(40000);
    // A page that is still arriving: readyState stays "loading", and "load" is far off.
    // (The kit arrives by a dynamic import meanwhile; cold, that takes a few seconds in some engines.)
    const frame = document.createElement('iframe');
    frame.src = `/test-api/slow-page?delay=30000&module=${encodeURIComponent('/src/define/compare-facts.ts')}`;
    document.body.append(frame);
    const win = () => frame.contentWindow as Window & typeof globalThis & { kitReady?: boolean };
    const end = Date.now() + 25000;
    while (!win()?.kitReady && Date.now() < end) await wait(50);
    const w = win();
    expect(w.kitReady, 'the kit loaded while the page was parsing').to.equal(true);
    expect(w.document.readyState).to.equal('loading');
    const inFrame = trackListeners(w);
    try {
      const d = w.document;
      const dropped: CompareElement[] = [];
      for (let i = 0; i < 200; i++) {
        const el = d.createElement('compare-facts') as CompareElement;
        // for="…" an element the parser has not reached: waits for DOMContentLoaded; no input at all: waits for load.
        if (i % 2) el.setAttribute('for', `not-parsed-yet-${i}`);
        d.documentElement.append(el); // the parser has not reached <body>
        dropped.push(el);
      }
      const waiting = inFrame.counts();
      for (const el of dropped) el.remove();
      await Promise.resolve(); // an element put back in the same task (moved) keeps waiting: they let go a microtask later
      const left = inFrame.counts();
      console.log(`memory: 200 elements waiting on a loading page: listeners ${JSON.stringify(waiting)}; after removal ${JSON.stringify(left)}`);
      expect(waiting['Window load'] ?? 0, 'they did wait').to.equal(100);
      expect(waiting['HTMLDocument DOMContentLoaded'] ?? waiting['Document DOMContentLoaded'] ?? 0).to.equal(100);
      expect(left).to.deep.equal({});
      for (const el of dropped) expect(el.state).to.equal('loading');
    } finally {
      inFrame.restore();
      frame.remove();
    }
  });
});
