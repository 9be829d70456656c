// Documents the benchmarks render: the demo comparison, generated large
// tables, and small changes of a document (for the re-render cases).
import { readFileSync } from 'node:fs';

export const DEMO_URL = '/demo/data/python-vs-rust.json';
export const demo = () => JSON.parse(readFileSync(new URL('../demo/data/python-vs-rust.json', import.meta.url), 'utf8'));

const UNITS = ['ms', 'MB', 'GB', 'h', 'packages', '%', 'requests/second', 'USD'];

/**
 * A comparison with `rows` attributes and `items` items. Values mix what real
 * documents hold: numbers, "530,000+ packages"-like strings, ranges, objects
 * with a unit and a note, text, and missing values. `groups` of equal size;
 * `collapseAfter` on every group when given.
 */
export function bigTable({ rows = 1000, items = 3, groups = 10, collapseAfter, seed = 1 } = {}) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const itemList = Array.from({ length: items }, (_, i) => ({ id: `item-${i + 1}`, name: `Product ${String.fromCharCode(65 + i)}` }));
  const groupList = Array.from({ length: groups }, (_, g) => ({
    id: `group-${g + 1}`,
    label: `Group ${g + 1}`,
    ...(collapseAfter !== undefined ? { collapseAfter } : {}),
  }));
  const value = (r, i) => {
    const n = Math.round(rnd() * 10000) / (r % 3 === 0 ? 10 : 1);
    const unit = UNITS[r % UNITS.length];
    switch ((r + i) % 7) {
      case 0: return n;
      case 1: return `${n.toLocaleString('en-US')}+ ${unit}`;
      case 2: return `${Math.round(n / 10)}-${Math.round(n / 5)} ${unit}`;
      case 3: return { value: n, unit, note: 'measured' };
      case 4: return `Supported on ${['Linux', 'macOS', 'Windows'][i % 3]}/BSD`;
      case 5: return r % 11 === 0 ? null : `~${n} ${unit}`;
      default: return `${n} ${unit}`;
    }
  };
  const attributes = Array.from({ length: rows }, (_, r) => ({
    id: `attr-${r + 1}`,
    label: `Attribute ${r + 1}`,
    ...(groups ? { group: groupList[r % groups].id } : {}),
    ...(r % 4 === 0 ? { better: r % 8 === 0 ? 'higher' : 'lower' } : {}),
    ...(r % 5 === 0 ? { key: true } : {}),
    values: Object.fromEntries(itemList.map((it, i) => [it.id, value(r, i)])),
  }));
  return {
    version: 1,
    id: `table-${rows}`,
    title: `${rows} attributes`,
    items: itemList,
    ...(groups ? { groups: groupList } : {}),
    attributes,
  };
}

/** The same document with some values and texts changed: what an app's next data looks like. */
export function changed(doc, round = 1) {
  const d = structuredClone(doc);
  d.title = `${d.title} (${round})`;
  (d.attributes ?? []).forEach((a, r) => {
    if (r % 10 !== round % 10) return;
    for (const k of Object.keys(a.values)) {
      const v = a.values[k];
      a.values[k] = typeof v === 'number' ? v + round : typeof v === 'string' ? `${v} ·${round}` : v;
    }
  });
  if (d.verdict?.text) d.verdict.text = `${d.verdict.text} (${round})`;
  return d;
}
