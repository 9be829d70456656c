/** Diffs and winners between quantities, after converting to a dimension's base unit. */
import type { Quantity } from './quantity.js';
import { baseOf } from './units.js';
import { percentFormat } from './formats.js';

export interface BaseQuantity {
  min: number;
  max: number;
  /** Midpoint of a range; the number itself for bounds and approximations. */
  mid: number;
  /** Base unit symbol: 's', 'B', 'req/s', 'USD', '%', 'x', '/10', ''. */
  unit: string;
}

/** The quantity in its dimension's base unit (seconds, bytes, X per second). */
export function toBase(q: Quantity): BaseQuantity {
  const [f, unit, , offset] = baseOf(q.dimension, q.unit);
  const min = q.min * f + offset;
  const max = q.max * f + offset;
  return { min, max, mid: (min + max) / 2, unit };
}

/**
 * Quantities with equal keys compare: 'time', 'data', 'money:USD', 'score:10', 'rate:req', 'count', …; results of a
 * test under its conditions with the same only ('time 0-100 km/h'; not beside 'time 0-60 mph'; a time of none joins
 * a row's one test: rowKeys).
 */
export function comparisonKey(q: Quantity): string {
  const k = baseOf(q.dimension, q.unit)[2];
  return q.condition ? `${k} ${q.condition}` : k;
}

/** A price of nothing ("$0"): the same in any period, so it compares with prices per a time too. */
const isFree = (q: Quantity) => q.dimension === 'money' && q.min === 0 && q.max === 0;

/** Whether two quantities compare: the same key, as a row of the two would group them (rowKeys). */
export function comparable(a: Quantity | null | undefined, b: Quantity | null | undefined): boolean {
  if (!a || !b) return false;
  const [ka, kb] = rowKeys([a, b]);
  return ka === kb;
}

/**
 * The comparison key of each quantity of a row (null for none). A price of
 * nothing joins the row's prices per a time when there are no plain prices:
 * "$0" beside "$9.99/mo" and "$99/yr" is the cheapest, not a group of its own.
 * A test's result with no conditions joins the row's one test, if it has one.
 */
export function rowKeys(qs: ReadonlyArray<Quantity | null | undefined>): (string | null)[] {
  const keys = qs.map((q) => (q ? comparisonKey(q) : null));
  // The keys of the row's values that are not "Unlimited" or "Free" in any currency.
  const own = keys.filter((k, i) => k !== null && qs[i]!.max !== Infinity && qs[i]!.unit !== '*');
  const zero = zeroKind(qs, keys);
  return qs.map((q, i) => {
    const k = keys[i]!;
    // "Unlimited" joins the row's most common kind of value ("Lifetime" is a time); "Free" its prices, plain or per a time.
    if (q?.max === Infinity && !q.unit) return mostCommon(own) ?? k;
    if (q?.unit === '*') return own.find((o) => o!.startsWith('money:')) ?? own.find((o) => /^rate:[A-Z]{3}/.test(o!)) ?? k;
    // A plain zero (0, "0") among values of a unit, and no counts, is none of that unit: 0 beside "$0.09" and "$0.12" is
    // nothing to pay, beside "5 ms" no time. (Not a temperature's or a score's zero, which is not none.)
    if (q && zero !== undefined && plainZero(q)) return zero;
    // A result with no conditions joins the row's one test ("4.8 s" beside "0-100 km/h in 5.1 s": the label names it).
    const tests = new Set(qs.flatMap((o, j) => (o?.condition && keys[j] === `${k} ${o.condition}` ? [keys[j]] : [])));
    if (q && !q.condition && tests.size === 1) return [...tests][0]!;
    if (!q || !isFree(q)) return k;
    // Beside other plain prices it stays one of them ("$0", "$49", "$99").
    if (qs.some((o, j) => o && !isFree(o) && keys[j] === k)) return k;
    return keys.find((o) => o?.startsWith(`rate:${q.unit}`)) ?? k;
  });
}

/** A number alone, zero: 0, "0" (not "0 crashes", whose word makes it a count). */
const plainZero = (q: Quantity) => q.dimension === 'count' && !q.label && q.min === 0 && q.max === 0;

/**
 * The kind of value a plain zero of a row joins: the most common kind of the row's other values (not "Unlimited" or
 * "Free"), when none of them is a count; undefined when that is a score or a temperature, whose zero is not none, or
 * when the row has no plain zero.
 */
function zeroKind(qs: ReadonlyArray<Quantity | null | undefined>, keys: ReadonlyArray<string | null>): string | undefined {
  if (!qs.some((q) => q && plainZero(q))) return;
  const others = keys.filter((k, i) => k !== null && !plainZero(qs[i]!) && qs[i]!.max !== Infinity && qs[i]!.unit !== '*');
  const kind = mostCommon(others);
  return kind && !others.some((k) => k!.startsWith('count')) && !kind.startsWith('score:') && kind !== 'measure:°C' ? kind : undefined;
}

/** The key that occurs most often (the first of equals), or undefined for none. */
function mostCommon(keys: ReadonlyArray<string | null>): string | null | undefined {
  const counts = new Map<string | null, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let best: string | null | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

/** (mid(A) − mid(B)) / |mid(B)|, or null when not comparable, B is zero, or a value is missing. */
export function diffRatio(a: Quantity | null | undefined, b: Quantity | null | undefined): number | null {
  if (!a || !b || !comparable(a, b)) return null;
  // In B's unit: the same as in the base unit, but for temperatures, whose zero moves (68 °F against 50 °F is +36 %).
  const offset = baseOf(b.dimension, b.unit)[3];
  const mb = toBase(b).mid - offset;
  const r = (toBase(a).mid - offset - mb) / Math.abs(mb);
  return mb !== 0 && Number.isFinite(r) ? r : null;
}

/** A signed whole percent in the locale: 99 → "+9900%", -0.0483 → "-5%". */
/** Whether a Diff shows as 0 % (formatDiff writes whole percents): neither better nor worse. */
export const showsAsZero = (ratio: number): boolean => Math.abs(ratio) < 0.005;

export function formatDiff(ratio: number, locale?: string): string {
  // A whole percent, as the format says ("+100000000%"); compact only past a trillion percent, where digits stop meaning anything.
  return Number.isFinite(ratio) ? percentFormat(locale, Math.abs(ratio) >= 1e10).format(ratio) : '—';
}

/** An item's value in a row, as pickWinner ranks it. */
interface Ranked {
  id: string;
  score: number;
  unit: string;
}

/**
 * The id whose value is best, or null: a tie for best, fewer than two comparable
 * values, or values of more than one kind (the best of some is not the best of
 * all). A price of nothing beats prices of any kind.
 */
export function pickWinner(values: ReadonlyArray<readonly [id: string, q: Quantity | null]>, better: 'higher' | 'lower'): string | null {
  // A price of nothing ("Free", "$0/mo") is cheaper than any price, whatever that is per ("$9/mo", "$99 one-time"):
  // the only one is the best.
  const read = values.filter(([, q]) => q) as Array<readonly [string, Quantity]>;
  const price = (q: Quantity) => q.dimension === 'money' || (q.dimension === 'rate' && /^[A-Z]{3}\//.test(q.unit));
  const free = read.filter(([, q]) => q.max === 0);
  if (better === 'lower' && free.length === 1 && read.length > 1 && read.every(([, q]) => price(q))) return free[0]![0];
  // Per kind of value: each item's value in the kind's base unit, signed so that larger is better, and its unit.
  const groups = new Map<string, Ranked[]>();
  const keys = rowKeys(values.map(([, q]) => q));
  for (const [i, [id, q]] of values.entries()) {
    if (!q) continue;
    const key = keys[i]!;
    const g = groups.get(key) ?? [];
    g.push({ id, score: toBase(q).mid * (better === 'lower' ? -1 : 1), unit: q.unit });
    groups.set(key, g);
  }
  let best: Ranked[] = [];
  let tie = false;
  let all = 0;
  for (const g of groups.values()) {
    all += g.length;
    if (g.length === best.length) tie = true;
    else if (g.length > best.length) (best = g), (tie = false);
  }
  // "Best" is the best of every value read: none when some are of another kind (two prices in dollars beside one in
  // euros, seconds beside megabytes).
  if (tie || best.length < 2 || best.length < all) return null;
  best.sort((x, y) => y.score - x.score);
  const [first, second] = best;
  // "Unlimited" (∞) can win; two of them tie.
  if (!first || !second || Number.isNaN(first.score) || first.score === second.score) return null;
  if (first.score === Infinity || second.score === -Infinity) return first.id; // "Unlimited" best, or the only finite one
  // Equal up to float noise (1 h and 60 min); converted from other units, up to the format's rounded month (30.44
  // days, a year 365.25: "$2.99/month" and "$35.88/year" differ by 0.008 %): a tie. ("99.99%" and "99.995%" differ.)
  const close = first.unit === second.unit ? 1e-9 : 1e-4;
  return first.score - second.score <= close * Math.max(Math.abs(first.score), Math.abs(second.score)) ? null : first.id;
}
