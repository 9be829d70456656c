/** Comparison documents for the stories: the demo's, a three-item one, broken ones, and one with long text. */
import pythonVsRust from '../demo/data/python-vs-rust.json';
import threeDatabases from '../test/fixtures/three-databases.json';
import invalid from '../test/fixtures/invalid.json';

export { pythonVsRust, threeDatabases, invalid };

/** Keys whose strings are words a reader sees (not ids, URLs or values the elements parse). */
const PROSE = new Set(['title', 'description', 'name', 'summary', 'audience', 'shortAnswer', 'text', 'topic', 'label', 'note', 'question', 'answer', 'category', 'sourcesNote']);
const LONGER = ' — made much longer than usual to see how it wraps, with an unbreakable Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';

/** The document with every piece of prose made long (and one word that cannot break); lists' strings too. */
function lengthen(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return PROSE.has(key) || key === '[]' ? value + LONGER : value;
  if (Array.isArray(value)) return value.map((v) => lengthen(v, typeof v === 'string' ? '[]' : key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        // chooseIf, highlights' values, pros and cons: records of prose per item.
        const proseRecord = ['chooseIf', 'pros', 'cons'].includes(k) || (k === 'values' && key === 'highlights');
        if (proseRecord && v && typeof v === 'object') return [k, Object.fromEntries(Object.entries(v).map(([id, t]) => [id, lengthen(t, '[]')]))];
        return [k, lengthen(v, k)];
      }),
    );
  }
  return value;
}

/** The three-item fixture with long names, labels, claims, questions and answers. */
export const longText = { ...(lengthen(threeDatabases) as typeof threeDatabases), id: 'long-text' };
