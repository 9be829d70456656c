/**
 * `compute`, remembered per key: for small pure answers that renders ask for
 * again and again (a locale tag's canonical form, its language, a unit's
 * definition). At most `limit` keys are kept, so odd input cannot make the
 * page's memory grow.
 */
export function remembered<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    if (memo.size < limit) memo.set(key, value);
    return value;
  };
}
