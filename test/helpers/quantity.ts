import { expect } from '@open-wc/testing';
import type { Bound, Dimension, Quantity } from '../../src/values/index.js';

/** What a value should read as: [dimension, min, max, unit, bound?, other fields?], or null (text, not a quantity). */
export type Want = readonly [Dimension, number, number, string, Bound?, Partial<Quantity>?] | null;

/** Expects `q` to be what `want` says (its other fields, when given, one by one). */
export function check(q: Quantity | null, want: Want): void {
  if (want === null) {
    expect(q).to.equal(null);
    return;
  }
  const [dimension, min, max, unit, bound = 'exact', more = {}] = want;
  expect(q, 'a quantity').to.not.equal(null);
  if (!q) return;
  expect({ dimension: q.dimension, min: q.min, max: q.max, unit: q.unit, bound: q.bound }).to.deep.equal({ dimension, min, max, unit, bound });
  for (const [k, v] of Object.entries(more)) expect(q[k as keyof Quantity], k).to.deep.equal(v);
}
