/**
 * Unit tables. Time and data sizes convert within their dimension (base units
 * `s` and `B`); everything else compares only with the very same unit.
 */
export type Dimension = 'time' | 'data' | 'rate' | 'money' | 'percent' | 'multiplier' | 'score' | 'count';

export interface UnitDef {
  dimension: 'time' | 'data';
  unit: string;
  factor: number;
}

const UNITS = new Map<string, UnitDef>();

// Rows are "canonical factor alias…"; lowercase words of 3+ letters also get a plural `s`.
function define(dimension: UnitDef['dimension'], table: string): void {
  for (const row of table.split('|')) {
    const [unit = '', factor, ...aliases] = row.split(' ');
    const def: UnitDef = { dimension, unit, factor: Number(factor) };
    for (const a of [unit, ...aliases]) {
      UNITS.set(a, def);
      if (/^[a-z]{3,}$/.test(a)) UNITS.set(`${a}s`, def);
    }
  }
}
define(
  'time',
  'ns 1e-9 nanosecond|µs 1e-6 μs us microsecond|ms .001 msec millisecond|s 1 sec second|min 60 minute' +
    '|h 3600 hr hrs hour|day 86400|week 604800 wk wks|month 2630016 mo|year 31557600 yr yrs',
);
// 1000-based KB…PB and 1024-based KiB…TiB. Lowercase `mb` etc. are read as bytes too.
define(
  'data',
  'B 1 byte|KB 1e3 kB kb kilobyte|MB 1e6 mb megabyte|GB 1e9 gb gigabyte|TB 1e12 tb terabyte|PB 1e15 pb petabyte' +
    '|KiB 1024 kib|MiB 1048576 mib|GiB 1073741824 gib|TiB 1099511627776 tib',
);

/** A time or data unit by symbol or word; words of 3+ letters match in any case ("Seconds"). */
export function unitDef(word: string): UnitDef | undefined {
  return UNITS.get(word) ?? (word.length > 2 ? UNITS.get(word.toLowerCase()) : undefined);
}

/** Currency symbols. `$` is USD and `¥` is JPY; write the ISO code for others. */
export const SYMBOLS = new Map(
  Object.entries({ $: 'USD', US$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW' }),
);

export const CODES = new Set(
  'USD EUR GBP JPY CHF CAD AUD NZD CNY INR KRW SGD HKD SEK NOK DKK PLN CZK HUF BRL MXN ZAR TRY RUB ILS AED'.split(' '),
);

/** Magnitude words and letters after a number, as powers of ten. `B` is decided by the parser. */
const MAGNITUDES = new Map(
  Object.entries({ k: 3, K: 3, thousand: 3, M: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9, tn: 12, trillion: 12 }),
);
for (const w of ['thousand', 'million', 'billion', 'trillion']) MAGNITUDES.set(`${w}s`, MAGNITUDES.get(w) ?? 0);

export function magnitudeOf(word: string): number {
  return MAGNITUDES.get(word) ?? MAGNITUDES.get(word.toLowerCase()) ?? 0;
}

/**
 * Factor to the base unit, the base unit, and the comparison key of a unit:
 * two quantities compare when their keys are equal.
 */
export function baseOf(dimension: Dimension, unit: string): [factor: number, base: string, key: string] {
  switch (dimension) {
    case 'time':
    case 'data':
      return [UNITS.get(unit)?.factor ?? 1, dimension === 'time' ? 's' : 'B', dimension];
    case 'rate': {
      // `X/t`: X is a label ("req") or a data unit; t is a time unit.
      const k = unit.lastIndexOf('/');
      const x = unit.slice(0, k);
      const data = UNITS.get(x)?.dimension === 'data' ? UNITS.get(x) : undefined;
      const per = UNITS.get(unit.slice(k + 1))?.factor ?? 1;
      const bx = data ? 'B' : x;
      return [(data?.factor ?? 1) / per, `${bx}/s`, `rate:${bx}`];
    }
    case 'money':
      return [1, unit, `money:${unit}`];
    case 'score':
      return [1, unit, `score:${unit.slice(1)}`];
    default:
      return [1, unit, dimension];
  }
}
