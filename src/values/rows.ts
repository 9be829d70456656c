/**
 * One attribute as the views need it: per item, the text to show, the parsed
 * quantity, and whether it is the winner. Pure; shared by the facts table, the
 * full table and the chart.
 */
import { forItem, type Attribute, type Item, type Value } from '../schema/comparison.js';
import { LETTER_CURRENCY, quantityOfValue, type Quantity } from './quantity.js';
import { comparable as sameKind, diffRatio, pickWinner } from './diff.js';
import { formatNumber, readable, unitFormat } from './formats.js';
import { awaitedWords, baseOf, unitDef, wordless, wordsLanguage, wordsRevision } from './units.js';

export interface Cell {
  itemId: string;
  /** What to show; null when the item has no value ("not available"). */
  text: string | null;
  /** The value as a quantity (parsed when first read), or null; always null in `compare: false` rows. */
  quantity: Quantity | null;
  /** The value's own note (`{ "value": 4, "unit": "s", "note": "measured" }`), or null. */
  note: string | null;
  winner: boolean;
}

export interface AttributeRow {
  attribute: Attribute;
  cells: Cell[];
  /** Id of the best item, when the row has `better` and a clear winner. */
  winner: string | null;
  /** False for `compare: false` rows: never diffed, ranked or charted. */
  comparable: boolean;
}

/**
 * The last row computed for each attribute. The facts, the full table and the
 * chart each ask for the rows of the same validated comparison: parsing every
 * value once is enough. Like a validated comparison, an attribute is treated
 * as immutable (a new object means new values).
 */
const rowCache = new WeakMap<Attribute, { items: readonly Item[]; locale: string; words: number; row: AttributeRow }>();

export function attributeRow(attribute: Attribute, items: readonly Item[], locale: string): AttributeRow {
  const hit = rowCache.get(attribute);
  // A language's value words registered since (loaded on demand) may read the values differently.
  const words = wordsRevision();
  if (hit && hit.items === items && hit.locale === locale && hit.words === words) return hit.row;
  const row = computeRow(attribute, items, locale);
  rowCache.set(attribute, { items, locale, words, row });
  return row;
}

function computeRow(attribute: Attribute, items: readonly Item[], locale: string): AttributeRow {
  const comparable = attribute.compare !== false;
  // The first quantity asked for parses the row's values, all at once: one may read differently beside the others (billions).
  let read = false;
  const readRow = () => {
    if (read) return;
    read = true;
    for (const c of cells) c.quantity = c.value === undefined ? null : safeQuantity(c.value, attribute.unit, locale);
    billions(cells);
  };
  const cells = items.map((item): RowCell => {
    const value = forItem(attribute.values, item.id);
    const note = value !== null && typeof value === 'object' && value.note ? value.note : null;
    return new RowCell(item.id, displayText(value, locale, comparable), note, comparable ? value : undefined, readRow);
  });
  // A value that starts with a number but could not be read ("2 × 500 Wh", "۲ × ۲۰ ساعت") may be the best: no "best"
  // then. Text with no leading number ("Top 5 but behind Rust") is text, as the format says, and takes no part,
  // unless a number after its words, of the row's kind, would be the best or tie with it ("MSRP $39,990" beside
  // $41,000; not "MSRP $41,000" beside $39,990).
  // (Only rows with `better` read their values here: the others' are parsed when a Diff or the chart asks.)
  const better = comparable ? attribute.better : undefined;
  // (Reading a quantity parses it: only rows with `better` do here, as said above.)
  const pairs = better ? cells.map((c) => [c.itemId, c.quantity] as const) : [];
  // (Nor when the words of the values' language did not come: see awaitedWords. Nor, in a language with no words, when a
  // value is text: "neomejeno", "brezplačno" (Slovenian) may be the best.)
  const lang = wordsLanguage(locale);
  let winner = better && !cells.some(unreadNumber) && !awaitedWords.has(lang) && !(wordless(lang) && cells.some(wordText)) ? pickWinner(pairs, better) : null;
  if (winner !== null && cells.some((c) => mayBeBest(c, cells, pairs, winner!, better!, attribute.unit, locale))) winner = null;
  if (winner !== null) for (const c of cells) c.winner = c.itemId === winner;
  return { attribute, cells, winner, comparable };
}

/**
 * Whether a value of text may be the best, beside `winner` of the others (the row then shows none): words naming a unit
 * of the row's kind with no number ("Next day" beside "2 days", "a few weeks", "unos días"), or a number after words
 * that would be the best or tie with it ("MSRP $39,990" beside $41,000). Used by `compare-kit validate` to say why.
 */
export function mayBeBest(c: Cell, cells: readonly Cell[], pairs: ReadonlyArray<readonly [string, Quantity | null]>, winner: string, better: 'higher' | 'lower', unit: string | undefined, locale: string): boolean {
  if (c.text === null || c.quantity) return false;
  const lang = wordsLanguage(locale);
  if (!DIGIT.test(c.text)) {
    // (Words of 3 letters or more: not "in", "B", "W" of other words.)
    const units = (c.text.slice(0, 200).match(/\p{L}[\p{L}\p{M}]{2,}/gu) ?? []).flatMap((w) => unitDef(w, lang) ?? []);
    return units.some((d) => cells.some((o) => o.quantity && baseOf(o.quantity.dimension, o.quantity.unit)[1] === d.base));
  }
  const later = laterQuantities(c.text, unit, locale);
  const hidden = later.filter((q) => cells.some((o) => o !== c && sameKind(o.quantity, q)));
  // In a language with no words, a number of no other value's kind may be the best too ("až 14 dní" beside hours).
  if (wordless(lang) && hidden.length < later.length) return true;
  return hidden.some((q) => pickWinner(pairs.map(([id, x]) => [id, id === c.itemId ? q : x] as const), better) !== winner);
}

const DIGIT = /\p{Nd}/u;

/**
 * A value that is words without a digit ("neomejeno"): in a language with no words, it may be the best. (Not a mark,
 * "✗", "?", nor "N/A", "TBA", "TBD".)
 */
export const wordText = (c: Cell): boolean => c.text !== null && !c.quantity && !DIGIT.test(c.text) && /\p{L}/u.test(c.text) && !/^\s*(n\/?a|tb[ad])\W*$/i.test(c.text);

const UNREAD = new RegExp(`^[^\\p{L}\\p{Nd}]*(?:(?:${LETTER_CURRENCY}|[A-Z]{1,2}\\$)\\.?\\s?)?\\p{Nd}`, 'u');
/**
 * A value that starts with a number, after signs, symbols or a currency of letters if any ("% 25" in English, "$5 + tax",
 * "Rp500xyz", "US$5"), but could not be read ("2 × 500 Wh"): it may be the best, so no "best" in its row.
 */
export const unreadNumber = (c: Cell): boolean => c.text !== null && !c.quantity && UNREAD.test(c.text);

/**
 * Where a number may start after words (a currency sign or digit after a letter or a space, a bound sign after a space): the first four.
 * Not inside a number grouped with spaces ("nuo 39 990 €": not "990 €").
 */
const LATER = /(?<=[\p{L}\s])(?<!\p{Nd}\s)[\p{Sc}\p{Nd}]|(?<=\s)[<>≤≥~≈]/gu;

/** The quantities read from the places in a text where a number may start after words ("MSRP $39,990"). */
function laterQuantities(text: string, unit: string | undefined, locale: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of [...text.slice(0, 200).matchAll(LATER)].slice(0, 4)) {
    const q = quantityOfValue(text.slice(m.index), unit, locale);
    if (q) found.push(q);
  }
  return found;
}

/**
 * "7B" is bytes alone or beside sizes, but billions beside counts of millions or more and no other size: "7B" beside
 * "1.5B" (a decimal makes it billions) or "800 million" parameters or users. Written so only: not "7 bytes", nor a
 * value object whose unit is "B".
 */
function billions(cells: readonly RowCell[]): void {
  const bytes = cells.filter((c) => c.quantity?.unit === 'B' && typeof c.value === 'string' && /\p{Nd}\s?B(?![\p{L}\p{Nd}])/u.test(c.value));
  if (!bytes.length || cells.some((c) => c.quantity?.dimension === 'data' && !bytes.includes(c))) return;
  if (!cells.some((c) => c.quantity?.dimension === 'count' && c.quantity.magnitude >= 1e6)) return;
  for (const c of bytes) {
    const q = c.quantity!;
    c.quantity = { ...q, min: q.min * 1e9, max: q.max * 1e9, magnitude: 1e9, dimension: 'count', unit: '' };
  }
}

/**
 * A cell whose quantity is parsed when first read: the full table only needs
 * the quantities of rows with `better` (to pick the winner); the Diff column
 * and the chart read the others. Parsed with the row's others (`readRow`), then remembered.
 */
class RowCell implements Cell {
  winner = false;
  #readRow: () => void;
  #quantity: Quantity | null = null;

  constructor(
    readonly itemId: string,
    readonly text: string | null,
    readonly note: string | null,
    /** The value as given; undefined in a `compare: false` row (never parsed). */
    readonly value: Value | undefined,
    readRow: () => void,
  ) {
    this.#readRow = readRow;
  }

  get quantity(): Quantity | null {
    this.#readRow();
    return this.#quantity;
  }

  set quantity(q: Quantity | null) {
    this.#quantity = q;
  }
}

/** Diff of item `a` against item `b` in a row; null when it means nothing. */
export function rowDiff(row: AttributeRow, a: string, b: string): number | null {
  if (!row.comparable) return null;
  const qa = row.cells.find((c) => c.itemId === a)?.quantity ?? null;
  const qb = row.cells.find((c) => c.itemId === b)?.quantity ?? null;
  return diffRatio(qa, qb);
}

function safeQuantity(value: Value, unit: string | undefined, locale: string): Quantity | null {
  try {
    return quantityOfValue(value, unit, locale);
  } catch {
    return null; // the parser never throws by contract; a view must not break if it did
  }
}

/** Text as written; nothing written, or a lone dash ("", "—"), is a missing value: "—" with "not available" for screen readers. */
const written = (text: string): string | null => (/^[\s\p{Cf}]*[-–—]?[\s\p{Cf}]*$/u.test(text) ? null : text);

/** The text of a value as the author wrote it, or the number formatted in the locale (without grouping in a `compare: false` row: years, versions). */
export function displayText(value: Value | undefined, locale: string, grouping = true): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return written(value);
  if (typeof value === 'number') return formatNumber(value, locale, grouping);
  const text = value.text === undefined ? null : written(value.text);
  if (text !== null) return text;
  if (value.value === undefined) return null;
  const unit = value.unit;
  // A percent or an amount of money as the locale writes it ("99,95 %", "52.990.000 ₫"), a range too ("20–25 %" in
  // Czech, "$10 – $20" in English: Intl's formatRange, which says where the sign goes).
  const [a, b] = Array.isArray(value.value) ? value.value : [value.value, value.value];
  // (A number too small or too large for that, a price per token of 0.0000025: formatNumber's digits, the unit after.)
  const f = unit && grouping && readable(a) && readable(b) ? unitFormat(locale, unit) : undefined;
  const fmt = (n: number) => (f ? f.format(n) : formatNumber(n, locale, grouping));
  const shown = a === b ? fmt(a) : f ? f.formatRange(a, b) : `${fmt(a)}–${fmt(b)}`;
  // ("40,000–45,000편", "1,000円": Chinese, Japanese and Korean write a unit or counter of their script without a space;
  // a multiplier is glued too, "0.5x".)
  return unit && !f ? `${shown}${/^(?:[\u3040-\u9fff\uac00-\ud7af]|[x×]$)/.test(unit) ? '' : ' '}${unit}` : shown;
}

