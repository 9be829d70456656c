import { expect } from '@open-wc/testing';
import '../../src/define/compare-facts.js';
import type { CompareFacts } from '../../src/components/compare-facts/compare-facts.js';
import { clearComparisonCache } from '../../src/data/fetch-comparison.js';
import { formatMonth, localeOf } from '../../src/base/locale.js';
import { attributeRow, displayText } from '../../src/values/rows.js';
import { quantityOfValue } from '../../src/values/quantity.js';
import { loadFixture } from '../helpers/util.js';

// The performance fixes of issue #7 (bench/RESULTS.md): work done once
// instead of per cell or per element, without changing what is shown.
describe('render costs', () => {
  afterEach(() => clearComparisonCache());

  it('hands one shared src to its elements one per frame, in document order', async () => {
    const src = `/test-api/doc?title=Shared&k=${Date.now()}`;
    const els = Array.from({ length: 4 }, () => Object.assign(document.createElement('compare-facts') as CompareFacts, { src }));
    // At the first element's compare-load the others have not got the data yet:
    // they render in later tasks, not in the same long task.
    const stillLoading = new Promise<string[]>((resolve) => {
      els[0]!.addEventListener('compare-load', () => resolve(els.slice(1).map((e) => e.state)), { once: true });
    });
    const order: number[] = [];
    // Each renders in an animation frame of its own (the browser lays out one
    // before the next renders), or where frames are held back (WebKit while a
    // page loads), two frames' time after the one before.
    let frame = 0;
    let counting = true;
    const count = () => {
      frame++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    // (The frame's own time too: the counter above may run before or after the elements' callbacks in a frame.)
    // And a count of tasks: each load posts one; a load that sees the one before's posted task run is in a later task
    // (Firefox, loaded, has run two turns 9 ms apart with no frame counted and the timeline's time unchanged).
    let tasks = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => tasks++;
    const loads: { frame: number; time: number; at: number; task: number; next?: string }[] = [];
    els.forEach((el, i) =>
      el.addEventListener(
        'compare-load',
        () => {
          order.push(i);
          loads.push({ frame, time: Number(document.timeline.currentTime), at: performance.now(), task: tasks, next: els[i + 1]?.state });
          channel.port2.postMessage(null);
        },
        { once: true },
      ),
    );
    document.body.append(...els);
    expect(await stillLoading).to.deep.equal(['loading', 'loading', 'loading']);
    await Promise.all(els.map((el) => new Promise((r) => (el.state === 'ready' ? r(null) : el.addEventListener('compare-load', r, { once: true })))));
    counting = false;
    channel.port1.close();
    expect(order).to.deep.equal([0, 1, 2, 3]);
    // Each later one still waiting when the one before has rendered, and then in a later frame, or (frames held
    // back: the 34 ms timer, less the time the one before took to render, on a loaded machine) later in time, or
    // at least in a later task (the one before's posted task has run): never in the same long task.
    expect(loads.slice(0, 3).map((l) => l.next), JSON.stringify(loads)).to.deep.equal(['loading', 'loading', 'loading']);
    const paced = loads.slice(1).map((l, i) => l.frame > loads[i]!.frame || l.time > loads[i]!.time || l.task > loads[i]!.task || l.at - loads[i]!.at >= 10);
    expect(paced, JSON.stringify(loads)).to.deep.equal([true, true, true]);
    expect(els.every((el) => el.comparison?.title === 'Shared')).to.equal(true);
    els.forEach((el) => el.remove());
  });

  it('does not hand the data to an element removed while it waits its turn', async () => {
    const src = `/test-api/doc?title=Gone&k=${Date.now()}`;
    const els = Array.from({ length: 3 }, () => Object.assign(document.createElement('compare-facts') as CompareFacts, { src }));
    const first = new Promise((r) => els[0]!.addEventListener('compare-load', r, { once: true }));
    let lateLoad = false;
    els[2]!.addEventListener('compare-load', () => (lateLoad = true));
    document.body.append(...els);
    await first;
    els[2]!.remove(); // still waiting its turn: its request share is given up
    await new Promise((r) => setTimeout(r, 50));
    expect(els[1]!.state).to.equal('ready');
    expect(lateLoad).to.equal(false);
    expect(els[2]!.state).to.equal('loading');
    els.forEach((el) => el.remove());
  });

  it('gives the turn of an element removed while it waits to the next one at once, not a frame later', async () => {
    const src = `/test-api/doc?title=Swap&k=${Date.now()}`;
    const make = () => Object.assign(document.createElement('compare-facts') as CompareFacts, { src });
    const gone = Array.from({ length: 20 }, make);
    const first = new Promise((r) => gone[0]!.addEventListener('compare-load', r, { once: true }));
    document.body.append(...gone);
    await first;
    for (const el of gone.slice(1)) el.remove(); // 19 still waiting their turn
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const fresh = make();
    const loaded = new Promise((r) => fresh.addEventListener('compare-load', r, { once: true }));
    document.body.append(fresh);
    await loaded;
    counting = false;
    expect(frames, 'frames the new element waited').to.be.below(8);
    gone[0]!.remove();
    fresh.remove();
  });

  it('computes an attribute row once per attribute, items and locale', async () => {
    const c = await loadFixture('three-databases.json');
    const a = c.attributes[0];
    const row = attributeRow(a, c.items, 'en');
    expect(attributeRow(a, c.items, 'en')).to.equal(row);
    const de = attributeRow(a, c.items, 'de');
    expect(de).to.not.equal(row);
    expect(attributeRow(a, [...c.items], 'de')).to.not.equal(de); // other items: computed again
    expect(attributeRow({ ...a }, c.items, 'en')).to.not.equal(row); // a new object: computed again
  });

  it('parses a cell\'s quantity when first read, once, as quantityOfValue does', async () => {
    const c = await loadFixture('three-databases.json');
    for (const a of c.attributes) {
      const row = attributeRow(a, c.items, 'en');
      row.cells.forEach((cell, i) => {
        const id = c.items[i]!.id;
        const value = Object.hasOwn(a.values, id) ? a.values[id] : undefined;
        const expected = a.compare === false || value === undefined ? null : quantityOfValue(value, a.unit);
        expect(cell.quantity, `${a.id}/${id}`).to.deep.equal(expected);
        expect(cell.quantity).to.equal(cell.quantity); // the same object: parsed once
      });
    }
  });

  it('formats numbers and months per locale with cached formatters', () => {
    for (let round = 0; round < 2; round++) {
      expect(displayText(1234.5, 'en')).to.equal('1,234.5');
      expect(displayText(1234.5, 'de')).to.equal('1.234,5');
      const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 6 });
      expect(displayText({ value: [1500, 2500], unit: 'MB' }, 'fr')).to.equal(`${fr.format(1500)}–${fr.format(2500)} MB`);
      expect(formatMonth('2026-06-01', 'en')).to.equal('Jun 2026');
      expect(formatMonth('2026-06-01', 'de')).to.equal('Juni 2026');
    }
  });

  it('canonicalises a lang once, and still falls back to English for an invalid one', () => {
    const el = document.createElement('div');
    for (let round = 0; round < 2; round++) {
      el.lang = 'DE-at';
      expect(localeOf(el)).to.equal('de-AT');
      el.lang = 'not a tag!';
      expect(localeOf(el)).to.equal('en');
    }
  });
});
