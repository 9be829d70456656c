/**
 * The maths of the "Visual Comparison" chart: which attributes can be drawn
 * as bars, on which scale, and where each bar starts and ends. Pure (no DOM).
 *
 * Decisions:
 * - An attribute is chartable when it is not `compare: false` and at least two
 *   items have quantities with the same comparisonKey() (seconds with hours,
 *   MB with MiB, counts with counts, USD with USD). When the values fall into
 *   several keys, the largest group is charted (a tie: not chartable, as there
 *   is no single axis); the other items show their text without a bar.
 * - A bar is the value's midpoint in the dimension's base unit (toBase().mid).
 *   A range ("1-2 weeks") also gets a whisker from its min to its max.
 * - Scale: the ratio is max/min of the bars' values. "auto" draws a row in log
 *   scale when that ratio exceeds 20; "log" forces it; "linear" forces linear.
 *   A log axis needs every drawn number (bars and range ends) to be positive,
 *   otherwise the row falls back to linear, whatever the mode.
 * - Linear axis: from min(0, smallest drawn) to max(0, largest drawn); bars
 *   start at 0 (`zero`), so negative values draw to the left of it.
 * - Log axis: from the power of ten at or below the smallest drawn number (one
 *   decade lower when the number is itself a power of ten, so no bar is empty)
 *   to the largest drawn number; bars start at the axis start. `ticks` are the
 *   powers of ten inside the axis, for gridlines. Powers of ten of the unit the
 *   first bar is written in (1, 10, 100 hours or €/month), not of the base unit.
 *   `labels` name them in the comparison's locale and that unit, short ("1K",
 *   "$10K", "1 Mio. €", "100 Tg."): at most 6 (every second, third… decade
 *   beyond), none within 6 % of the start or 8 % of the end, where one would
 *   stick out of the axis.
 */
import type { Attribute, Comparison, Item } from '../schema/comparison.js';
import { rowKeys, toBase } from './diff.js';
import { attributeRow } from './rows.js';
import { decadeFormat } from './formats.js';
import { baseOf } from './units.js';

export type ScaleMode = 'auto' | 'linear' | 'log';
export type Scale = 'linear' | 'log';

/** Ratio (largest / smallest value of a row) above which "auto" picks a log scale. */
export const LOG_RATIO = 20;

export interface ChartBar {
  itemId: string;
  /** Index of the item in `comparison.items` (for the theme colour). */
  index: number;
  /** The value as written (cell text); null when the item has no value. */
  text: string | null;
  /** The bar's value (midpoint) in the common base unit; null when the item has no bar. */
  value: number | null;
  /** Range ends in the base unit (equal to `value` for a single number). */
  min: number | null;
  max: number | null;
  /** Where the bar starts and ends along the axis, 0..1 (start is the zero line, or 0 on a log axis). */
  start: number | null;
  fraction: number | null;
  /** Where the range whisker starts and ends, 0..1; null unless the value is a range. */
  rangeStart: number | null;
  rangeEnd: number | null;
  /** The best value of the row (needs `better` and a clear winner). */
  winner: boolean;
  /** "Unlimited" (∞) among the row's values: a bar to the end of the axis; the finite ones then end by 85 % of it. */
  unbounded: boolean;
}

export interface ChartRow {
  attribute: Attribute;
  id: string;
  label: string;
  /** The attribute's display unit ("seconds"), as written; null when none. */
  unit: string | null;
  /** The common base unit of the bars: 's', 'B', 'USD', 'req/s', '' (count)… */
  baseUnit: string;
  /** The comparisonKey() shared by the charted values: 'time', 'data', 'count', 'money:USD'… */
  key: string;
  better: 'higher' | 'lower' | null;
  scale: Scale;
  /** Largest / smallest bar value; null when a value is not positive. */
  ratio: number | null;
  /** Axis start and end, in the base unit. */
  domain: [number, number];
  /** Where bars start on a linear axis (the zero line), 0..1; 0 on a log axis. */
  zero: number;
  /** Positions (0..1) of gridlines: powers of ten on a log axis; none on a linear one. */
  ticks: number[];
  /** The label of each tick, in the comparison's locale and the first bar's unit ("1", "$1K", "1 Mio. €", "10 h"); '' where left out (at most 6). */
  labels: string[];
  /** One per item, in item order; items without a comparable value have `value: null`. */
  bars: ChartBar[];
  /** Id of the best item, or null. */
  winner: string | null;
}

/** The `scale` attribute as a mode: anything but "linear" or "log" acts like "auto". */
export function scaleMode(value: unknown): ScaleMode {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return v === 'linear' || v === 'log' ? v : 'auto';
}

/**
 * The scale of a row: `values` are the bar values, `extents` every number drawn
 * (bars and range ends). Returns the scale and the ratio max/min of `values`.
 */
export function chooseScale(values: readonly number[], extents: readonly number[], mode: ScaleMode = 'auto'): { scale: Scale; ratio: number | null } {
  const positive = values.length > 0 && [...values, ...extents].every((v) => v > 0 && Number.isFinite(v));
  const ratio = positive ? Math.max(...values) / Math.min(...values) : null;
  if (mode === 'linear' || ratio === null) return { scale: 'linear', ratio };
  return { scale: mode === 'log' || ratio > LOG_RATIO ? 'log' : 'linear', ratio };
}

/** The chart row of one attribute, or null when it is not chartable. */
export function chartRow(attribute: Attribute, items: readonly Item[], locale: string, mode: ScaleMode = 'auto'): ChartRow | null {
  const row = attributeRow(attribute, items, locale);
  if (!row.comparable) return null;

  // The largest group of values that share a comparison key.
  const groups = new Map<string, number>();
  const keys = rowKeys(row.cells.map((c) => c.quantity));
  for (const k of keys) if (k !== null) groups.set(k, (groups.get(k) ?? 0) + 1);
  let key = '';
  let size = 0;
  let tie = false;
  for (const [k, n] of groups) {
    if (n === size) tie = true;
    else if (n > size) (key = k), (size = n), (tie = false);
  }
  if (size < 2 || tie) return null;

  let baseUnit = '';
  /** One of the unit the reader reads (the first bar's), in the base unit: a log axis counts its decades in it. */
  let shown = 0;
  let unit = '';
  const drawn = row.cells.map((c, i) => {
    if (!c.quantity || keys[i] !== key) return null;
    const b = toBase(c.quantity);
    baseUnit = b.unit;
    // "Unlimited" has no length: the view draws it to the end of the axis, past the finite values (ChartBar.unbounded).
    if (!Number.isFinite(b.max)) return null;
    if (!shown) (shown = baseOf(c.quantity.dimension, c.quantity.unit)[0]), (unit = c.quantity.dimension === 'count' ? '' : c.quantity.unit);
    return b;
  });
  const bases = drawn.filter((b) => b !== null);
  if (bases.length < 2 || !bases.every((b) => Number.isFinite(b.min) && Number.isFinite(b.mid))) return null;
  const values = bases.map((b) => b.mid);
  const extents = bases.flatMap((b) => [b.min, b.max]);
  const { scale, ratio } = chooseScale(values, extents, mode);

  const lowest = Math.min(...values, ...extents);
  const highest = Math.max(...values, ...extents);
  if (lowest === 0 && highest === 0) return null; // nothing but zeros ("Free" everywhere): no bars to draw
  let lo: number;
  let hi: number;
  let at: (v: number) => number;
  const ticks: number[] = [];
  const labels: string[] = [];
  if (scale === 'log') {
    // Decades of what the reader reads: 0.1, 1, 10 zł/kWh, not 1e-7 zł/J (0.36 zł/kWh, where the axis started); €/mo, not €/s.
    const decade = (k: number) => pow10(k) * shown;
    let e = Math.floor(Math.log10(lowest / shown));
    if (decade(e) >= lowest) e -= 1;
    lo = decade(e);
    hi = highest;
    const span = Math.log10(hi) - Math.log10(lo);
    at = (v) => clamp((Math.log10(v) - Math.log10(lo)) / span);
    for (let k = e + 1; decade(k) < hi && ticks.length < 20; k++) ticks.push(at(decade(k)));
    // Labels that do not overlap: every decade, or every second, third… when there are over 6 (1, 100, 10K…); none
    // by the ends, where a label would stick out of the axis.
    const step = Math.ceil(ticks.length / 6);
    const label = decadeFormat(locale, unit);
    ticks.forEach((t, j) => labels.push((e + 1 + j) % step || t < 0.06 || t > 0.92 ? '' : label(pow10(e + 1 + j))));
  } else {
    lo = Math.min(0, lowest);
    hi = Math.max(0, highest);
    const span = hi - lo || 1;
    at = (v) => clamp((v - lo) / span);
  }
  // "Unlimited" runs to the end of the axis: the finite values stop short of it, so it is the longest bar.
  const unbounded = row.cells.map((c, i) => keys[i] === key && c.quantity?.max === Infinity);
  if (unbounded.includes(true)) {
    const finite = at;
    at = (v) => finite(v) * 0.85;
    ticks.forEach((t, k) => (ticks[k] = t * 0.85));
  }
  const zero = scale === 'log' ? 0 : at(0);

  const bars = row.cells.map((c, index): ChartBar => {
    const b = drawn[index] ?? null;
    const range = !!b && b.min !== b.max;
    return {
      itemId: c.itemId,
      index,
      text: c.text,
      value: b ? b.mid : null,
      min: b ? b.min : null,
      max: b ? b.max : null,
      start: b ? zero : null,
      fraction: b ? at(b.mid) : null,
      rangeStart: range ? at(b.min) : null,
      rangeEnd: range ? at(b.max) : null,
      winner: c.winner,
      unbounded: unbounded[index]!,
    };
  });

  return {
    attribute,
    id: attribute.id,
    label: attribute.label,
    unit: attribute.unit ?? null,
    baseUnit,
    key,
    better: attribute.better ?? null,
    scale,
    ratio,
    domain: [lo, hi],
    zero,
    ticks,
    labels,
    bars,
    winner: bars.find((b) => b.winner)?.itemId ?? null,
  };
}

/** Every chartable attribute of a comparison, in document order. */
export function chartRows(comparison: Comparison, locale = 'en', mode: ScaleMode = 'auto'): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const a of comparison.attributes ?? []) {
    const r = chartRow(a, comparison.items, locale, mode);
    if (r) rows.push(r);
  }
  return rows;
}

/** 10^e without float noise (10 ** -5 is 0.000009999…). */
function pow10(e: number): number {
  return Number(`1e${e}`);
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
