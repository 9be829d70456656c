/**
 * What `compare-kit validate` notes about a valid comparison: rows whose
 * "best" the elements will not show although they have `better`, and why
 * (a value that starts with a number, or a sign or currency and a number, but
 * could not be read ("2 × 500 Wh", "% 25" in English), values of
 * different kinds: "4.5/5" beside "9.4/10", euros beside dollars, or text
 * that may be the best: "Next day" beside "2 days", "MSRP $39,990" beside
 * "$41,000"). Not
 * problems: the document is valid and renders; hints for its author.
 */
import { registerAllStrings } from '../i18n/all.js';
import type { Comparison } from '../schema/comparison.js';
import type { ComparisonIssue } from '../schema/parse.js';
import { pickWinner, rowKeys } from '../values/diff.js';
import type { Quantity } from '../values/quantity.js';
import { attributeRow, mayBeBest, unreadNumber } from '../values/rows.js';
import { wordless, wordsLanguage } from '../values/units.js';

// Every language's words at once, as the server renderer reads them.
registerAllStrings();

/** `pageLocale`: the language of the page the comparison is shown on, in which its values are read when it has no `locale` (as the elements do). */
export function comparisonNotes(c: Comparison, pageLocale = 'en'): ComparisonIssue[] {
  const notes: ComparisonIssue[] = [];
  const locale = c.locale ?? pageLocale;
  for (const [i, a] of (c.attributes ?? []).entries()) {
    if (!a.better || a.compare === false) continue;
    const row = attributeRow(a, c.items, locale);
    if (row.winner !== null) continue;
    const path = `attributes[${i}].values`;
    // Each such value, not only the first: the author fixes them all at once.
    const unread = row.cells.filter(unreadNumber);
    for (const cell of unread) {
      // What it starts with: a number ("2 × 500 Wh"), or a sign or a currency and a number ("% 25", "$5 + tax", "Rp500xyz").
      const lead = /^\s*(.*?)\s*\p{Nd}/u.exec(cell.text!)?.[1];
      notes.push({ path: `${path}.${cell.itemId}`, message: `"${cell.text}" starts with ${lead ? `"${lead}" and ` : ''}a number that could not be read, so the row shows no "best" (write it as a value object: { "value": …, "unit": … })` });
    }
    if (unread.length) continue;
    // (Different kinds first: they are the reason whatever the text.)
    const read = row.cells.filter((cell) => cell.quantity);
    const keys = rowKeys(read.map((cell) => cell.quantity));
    // Named: two values read as what they are where there are ("Unlimited" and "Free" join the row's kind: "Unlimited",
    // a count, beside "250", a count, said nothing), in the order of the row.
    const plain = read.map((cell) => cell.quantity!.max !== Infinity && cell.quantity!.unit !== '*');
    const first = Math.max(0, plain.indexOf(true));
    const differs = keys.flatMap((k, i) => (k !== keys[first] ? [i] : []));
    const other = differs.find((i) => plain[i]) ?? differs[0];
    if (other !== undefined) {
      const [a, b] = [read[Math.min(first, other)]!, read[Math.max(first, other)]!];
      notes.push({ path, message: `values of different kinds ("${a.text}", ${kind(a.quantity!)}, beside "${b.text}", ${kind(b.quantity!)}), so the row shows no "best"` });
      continue;
    }
    const text = wordless(wordsLanguage(locale)) && row.cells.find((cell) => cell.text !== null && !cell.quantity);
    if (text) {
      notes.push({ path: `${path}.${text.itemId}`, message: `"${text.text}" is text in a language whose words compare-kit does not read ("${locale}"): it may be the best, so the row shows no "best"` });
      continue;
    }
    // Text that may be the best of the others' winner: words naming a unit of the row's kind ("Next day" beside
    // "2 days"), or a number after words ("MSRP $39,990" beside "$41,000").
    const pairs = row.cells.map((cell) => [cell.itemId, cell.quantity] as const);
    const best = pickWinner(pairs, a.better);
    for (const cell of best === null ? [] : row.cells.filter((cell) => mayBeBest(cell, row.cells, pairs, best, a.better!, a.unit, locale))) {
      const why = /\p{Nd}/u.test(cell.text!) ? 'has a number after its words that may be the best' : 'names a unit of the row without a number: it may be the best';
      notes.push({ path: `${path}.${cell.itemId}`, message: `"${cell.text}" ${why}, so the row shows no "best" (write it as a value object: { "text": …, "value": …, "unit": … })` });
    }
  }
  return notes;
}

const KINDS: Record<string, string> = { time: 'a time', data: 'a size', percent: 'a percent', multiplier: 'a multiple', count: 'a count' };

/**
 * The kind of value a quantity was read as, for a note: "EUR", "EUR per month", "kWh per 100 km", "USD per GB per
 * month", "a score out of 10", "a time", "a time for 0-60 mph" (a test's result under its conditions).
 */
function kind(q: Quantity): string {
  if (q.dimension === 'score') return `a score out of ${q.unit.slice(1)}`;
  if (q.unit === '*') return 'free';
  // (In a language with no words, a count of one word: "900 tis." beside "2,4 mio." in Slovenian.)
  if (q.dimension === 'count' && q.unit) return `a count of "${q.label}"`;
  const k = KINDS[q.dimension] ?? q.unit.replaceAll('/', ' per ');
  return q.condition ? `${k} for ${q.condition}` : k;
}
