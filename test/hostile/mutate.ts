/**
 * fast-check arbitraries for hostile comparisons: valid documents with a few
 * mutations each (keys dropped, types changed, `x-` and prototype keys added,
 * ids swapped or duplicated, huge and NaN-like numbers, deep nesting, cycles).
 */
import fc from 'fast-check';

type Slot = [parent: any, key: string | number];

/**
 * Every place in a document that holds a value, depth first (bounded, so cyclic
 * input is fine; without recursion, so a value nested thousands of levels deep,
 * or one such value inside another, cannot overflow the stack).
 */
export function slots(doc: unknown, limit = 5000): Slot[] {
  const out: Slot[] = [];
  const seen = new Set<unknown>();
  const frames: { v: any; keys: (string | number)[]; i: number }[] = [];
  const enter = (v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v) || out.length >= limit) return;
    seen.add(v);
    frames.push({ v, keys: Array.isArray(v) ? [...v.keys()] : Object.keys(v), i: 0 });
  };
  enter(doc);
  while (frames.length) {
    const f = frames[frames.length - 1]!;
    if (f.i >= f.keys.length) {
      frames.pop();
      continue;
    }
    const k = f.keys[f.i++]!;
    out.push([f.v, k]);
    enter(f.v[k]);
  }
  return out;
}

const objects = (doc: unknown) => [doc, ...slots(doc).map(([p, k]) => p[k])].filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

/** `{"a":{"a":…}}` `depth` levels deep, built without recursion. */
export function nest(depth: number, leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Values a careless or hostile producer writes where something else belongs. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, 1e21, 0.1 + 0.2),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x1F', '1e-400', '1e308 ms', '-1e308 MB', '∞', '9'.repeat(400), '1,000,000,000,000,000,000,000,000 GB', '$-0', '~0-0%'),
  fc.constantFrom('', ' ', '\u0000', '\ufeff', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'x-ext', 'python', 'rust', 'mysql', 'sqlite'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(undefined, null, true, false),
  // Fresh objects each time: later mutations may change them.
  fc.constantFrom(() => [], () => ({}), () => [[]], () => [1, 2], () => [2, 1], () => [NaN, 1], () => ({ text: 5 }), () => ({ value: [1] }), () => ({ value: 'x' })).map((make) => make()),
  fc.integer({ min: 100, max: 3000 }).map((n) => nest(n)),
);

/** An own property even for "__proto__" (as JSON.parse makes it). */
function put(obj: any, key: string, value: unknown) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export type Mutation = { name: string; apply: (doc: any) => void };

const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => ({
    name: `drop #${n}`,
    apply: (d: any) => {
      const s = pick(slots(d), n);
      if (!s) return;
      if (Array.isArray(s[0])) s[0].splice(s[1] as number, 1);
      else delete s[0][s[1]];
    },
  })),
  fc.tuple(fc.nat(), weird).map(([n, v]) => ({
    name: `replace #${n} with ${brief(v)}`,
    apply: (d: any) => {
      const s = pick(slots(d), n);
      if (s) s[0][s[1]] = v;
    },
  })),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ maxLength: 12 }).map((k) => `x-${k}`),
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'x-deep', 'verdikt', 'Items', 'id ', ''),
      ),
      weird,
    )
    .map(([n, k, v]) => ({
      name: `add key ${JSON.stringify(k)} = ${brief(v)} to object #${n}`,
      apply: (d: any) => {
        const o = pick(objects(d), n);
        if (o) put(o, k, v);
      },
    })),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({
    name: `swap ids #${a} #${b}`,
    apply: (d: any) => {
      const ids = slots(d).filter(([, k]) => k === 'id' || k === 'winner' || k === 'group');
      const x = pick(ids, a);
      const y = pick(ids, b);
      if (x && y) [x[0][x[1]], y[0][y[1]]] = [y[0][y[1]], x[0][x[1]]];
    },
  })),
  fc.nat().map((n) => ({
    name: `duplicate an entry #${n}`,
    apply: (d: any) => {
      const arrays = slots(d).map(([p, k]) => p[k]).filter(Array.isArray);
      const a = pick(arrays, n);
      const x = a?.[n % a.length];
      if (a?.length) a.push(typeof x === 'object' && x !== null ? (Array.isArray(x) ? [...x] : { ...x }) : x);
    },
  })),
  fc.tuple(fc.nat(), fc.constantFrom(1e308, -1e308, 1e-308, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, NaN, Infinity)).map(([n, v]) => ({
    name: `number #${n} = ${v}`,
    apply: (d: any) => {
      const nums = slots(d).filter(([p, k]) => typeof p[k] === 'number');
      const s = pick(nums, n);
      if (s) s[0][s[1]] = v;
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1000, max: 10000 })).map(([n, depth]) => ({
    name: `x-deep ${depth} levels in object #${n}`,
    apply: (d: any) => {
      const o = pick(objects(d), n);
      if (o) o['x-deep'] = nest(depth);
    },
  })),
  fc.nat().map((n) => ({
    name: `cycle at #${n}`,
    apply: (d: any) => {
      const s = pick(slots(d), n);
      if (s) s[0][s[1]] = n % 2 ? d : s[0];
    },
  })),
);

function brief(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? `[${v.length}]` : '{…}';
  return String(v);
}

/** A copy of one of `bases` with 1 to `max` mutations. */
export function mutatedDocument(bases: readonly unknown[], max = 5): fc.Arbitrary<{ doc: any; mutations: string[] }> {
  return fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: max })).map(([b, muts]) => {
    const doc = structuredClone(bases[b]);
    for (const m of muts) m.apply(doc);
    const mutations = muts.map((m) => m.name);
    // fast-check prints a failing value with this (the document itself may be too deep to print).
    return { doc, mutations, [fc.toStringMethod]: () => `document #${b} after ${mutations.join('; ')}` };
  });
}
