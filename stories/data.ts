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

/**
 * A German comparison (its `locale` is "de") with values as German writers
 * put them: decimal commas, "Stunden", "Mio.", kg and g, euros per month, and
 * an affiliate source. Shown on an English page, its own text is marked German
 * and the interface words stay English.
 */
export const germanLaptops = {
  version: 1,
  id: 'laptops-de',
  title: 'Leichte Laptops im Vergleich',
  locale: 'de',
  updated: '2026-06-01',
  items: [
    { id: 'leicht', name: 'Leichtgewicht 13″' },
    { id: 'allround', name: 'Allrounder Pro' },
    { id: 'budget', name: 'Budget-Büchlein' },
  ],
  groups: [{ id: 'technik', label: 'Technik' }],
  attributes: [
    { id: 'gewicht', label: 'Gewicht', key: true, better: 'lower', values: { leicht: '980 g', allround: '1,3 kg', budget: '1,6 kg' } },
    { id: 'akku', label: 'Akkulaufzeit', key: true, better: 'higher', values: { leicht: '14 Stunden', allround: '660 Minuten', budget: '9 Std.' } },
    {
      id: 'preis',
      label: 'Preis',
      key: true,
      better: 'lower',
      values: { leicht: '1.299 €', allround: '1.599 €', budget: '499 €' },
      source: { title: 'Beim Händler', url: 'https://shop.example/laptops', kind: 'affiliate' },
    },
    { id: 'abo', label: 'Cloud-Speicher', group: 'technik', better: 'lower', values: { leicht: '2,99 €/Monat', allround: '30 €/Jahr', budget: null } },
    { id: 'takt', label: 'Taktfrequenz', group: 'technik', better: 'higher', values: { leicht: '3,2 GHz', allround: '2800 MHz', budget: '2,1 GHz' } },
    { id: 'verkauft', label: 'Verkaufte Geräte', group: 'technik', better: 'higher', values: { leicht: '1,2 Mio.', allround: '2 Millionen', budget: '800 Tsd.' } },
  ],
  sourcesNote: 'Alle Angaben ohne Gewähr.',
};

/**
 * A Russian comparison with values written out in words, as Russian writers put them: "в 10–100 раз" (times), "долларов в
 * год" (dollars a year), "запросов в секунду" (per second), "2 тысячи" (thousands in their few-form).
 */
export const russianInWords = {
  version: 1,
  id: 'python-vs-rust-ru',
  title: 'Python против Rust',
  locale: 'ru',
  items: [
    { id: 'python', name: 'Python' },
    { id: 'rust', name: 'Rust' },
  ],
  attributes: [
    { id: 'speed', label: 'Скорость выполнения', key: true, better: 'lower', values: { python: 'в 10–100 раз медленнее', rust: '1x (базовый уровень)' } },
    { id: 'salary', label: 'Средняя зарплата (США)', key: true, better: 'higher', values: { python: '138 000 долларов в год', rust: '145 000 $ в год' } },
    { id: 'rps', label: 'Запросов в секунду (веб-сервер)', key: true, better: 'higher', values: { python: '25 000 запросов в секунду', rust: '180 000 запросов/с' } },
    { id: 'crates', label: 'Пакеты', key: true, better: 'higher', values: { python: 'более 530 тыс. пакетов', rust: 'около 2 тысячи крейтов' } },
  ],
};
