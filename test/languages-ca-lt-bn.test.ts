/// <reference types="mocha" />
/**
 * The interface and the values in Catalan, Lithuanian and Bengali, loaded on
 * demand as a page loads them: every section speaks the language, "Show N more"
 * in its plural forms, and values written in it (inflected units, magnitudes,
 * its digits) compare with the right "best". Before these tables the values
 * were read the cautious way of a language with no words ("2 metai" and
 * "18 mėnesių" of other kinds): no best.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { en, type Strings } from '../src/base/strings.js';
import { formatMonth } from '../src/base/locale.js';
import { ca } from '../src/i18n/ca.js';
import { lt } from '../src/i18n/lt.js';
import { bn } from '../src/i18n/bn.js';
import { loadFixture, pageSettled, sectionsOf, textOf } from './helpers/util.js';

async function page(data: unknown, lang: string, sections = 'header verdict facts highlights table chart proscons faq resources track') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:1024px"><compare-page sections=${sections} .data=${data}></compare-page></div>`);
  return pageSettled(wrap.querySelector('compare-page')!);
}

const section = (p: ComparePage, tag: string) => sectionsOf(p).find((s) => s.localName === tag)! as CompareElement;

/**
 * Each language: its table, its "Show N more" for 1, 2 and 11 hidden attributes as a reader writes them, and a row per
 * kind of value written in it, with the item that is the best (a, b or c).
 */
const LANGUAGES: ReadonlyArray<{ lang: string; t: Partial<Strings>; more: readonly [string, string, string]; rows: ReadonlyArray<readonly [better: 'higher' | 'lower', a: string, b: string, c: string, best: string]> }> = [
  {
    lang: 'ca',
    t: ca,
    more: ['Mostra 1 característica més', 'Mostra 2 característiques més', 'Mostra 11 característiques més'],
    rows: [
      ['higher', '2 anys', '18 mesos', '1 any', 'a'],
      ['higher', '20 hores', '900 minuts', '16 h', 'a'],
      ['higher', '5 mil', '1,2 milions', '800 mil', 'b'],
      // ("a l’any" was per litre, "l": no best beside prices per month.)
      ['lower', '9,99 €/mes', '99 € a l’any', '12 € al mes', 'b'],
      // ("5 mil·lisegons" was "5 mil", 5,000.)
      ['lower', '5 mil·lisegons', '0,1 s', '8 ms', 'a'],
      ['higher', '500 GB', 'Il·limitat', '2 TB', 'b'],
      ['lower', '29 €', 'Gratuïta', '35 €', 'b'],
    ],
  },
  {
    lang: 'lt',
    t: lt,
    // (The accusative: one, few, other.)
    more: ['Rodyti dar 1 savybę', 'Rodyti dar 2 savybes', 'Rodyti dar 11 savybių'],
    rows: [
      // The nominative (1, 2–9), the genitive plural (10–20) and short forms of one unit.
      ['higher', '2 metai', '18 mėnesių', '1 metai', 'a'],
      ['lower', '5 metų', '18 mėnesių', '2 metai', 'b'],
      ['higher', '20 valandų', '900 min.', '16 val.', 'a'],
      ['higher', '5 tūkst.', '1,2 mln.', '800 tūkst.', 'b'],
      // ("5 tūkst. €" was 5,000 of nothing and a note "€": no best beside euros.)
      ['lower', '5 tūkst. €', '4 500 €', '6 tūkst. €', 'b'],
      ['lower', '1,99 €/mėn.', '19 €/metus', '2,49 €/mėn.', 'b'],
      ['higher', '500 GB', 'Neribota', '2 TB', 'b'],
      ['lower', '29 €', 'Nemokamai', '35 €', 'b'],
    ],
  },
  {
    lang: 'bn',
    t: bn,
    // (Bengali digits and a counter; the noun does not change.)
    more: ['আরও ১টি বৈশিষ্ট্য দেখান', 'আরও ২টি বৈশিষ্ট্য দেখান', 'আরও ১১টি বৈশিষ্ট্য দেখান'],
    rows: [
      // Bengali digits; a unit as it is and "of" it ("বছরের").
      ['higher', '২ বছর', '১৮ মাস', '১ বছর', 'a'],
      ['lower', '২ বছরের ওয়ারেন্টি', '১৮ মাসের ওয়ারেন্টি', '৩ বছরের ওয়ারেন্টি', 'b'],
      ['higher', '২০ ঘণ্টা', '৯০০ মিনিট', '১৬ ঘণ্টা', 'a'],
      ['higher', '৮০ হাজার', '২ কোটি', '১৫ লাখ', 'b'],
      // Lakhs grouped in Bengali digits ("১,২৮,৯৯৯": was not read, so no best).
      ['lower', '৳১,২৮,৯৯৯', '৳৯৯,৯৯৯', '১,১০,০০০ টাকা', 'b'],
      ['lower', '৳৯৯ প্রতি মাসে', '৯৯৯ টাকা/বছর', 'মাসে ১৪৯ টাকা', 'b'],
      ['higher', 'সীমাহীন', '২ টিবি', '৫০০ জিবি', 'a'],
      ['lower', '৳২৯৯', 'বিনামূল্যে', '৳৪৯৯', 'b'],
    ],
  },
];

describe('the interface and the values in Catalan, Lithuanian and Bengali', () => {
  let three: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
    // Groups of 2, 2 and 1 hidden attributes.
    three.groups.find((g: { id: string }) => g.id === 'history').collapseAfter = 1;
  });

  for (const { lang, t, more, rows } of LANGUAGES) {
    it(`<compare-page lang="${lang}"> speaks ${lang} in every section`, async () => {
      const p = await page(three, lang);
      const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
      for (const h of [t.ourVerdict!, t.keyFacts!, t.keyDifferences!, t.fullComparison!, t.visualComparison!, t.prosAndCons!, t.faq!, t.resources!, t.track!]) {
        expect(headings.some((x) => x.startsWith(h)), `${lang}: ${h}`).to.equal(true);
      }
      expect(textOf(section(p, 'compare-facts').shadowRoot!.querySelector('span[part~="winner"]')), 'the best marker').to.equal(t.best);
      const buttons = [...section(p, 'compare-table').shadowRoot!.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b));
      expect(buttons, 'the show-more buttons, counted').to.have.members([t.showMore!(2), t.showMore!(2), t.showMore!(1)]);
      const text = sectionsOf(p).map((s) => textOf(s.shadowRoot)).join(' ');
      for (const words of [t.helpfulQuestion!, t.chooseIf!('PostgreSQL'), t.overallWinner!('PostgreSQL'), t.onlyDifferences!, t.consent!, t.subscribe!, t.pros!, t.cons!]) {
        expect(text, `${lang}: "${words}"`).to.include(words);
      }
      for (const english of [en.ourVerdict, 'Key Facts', en.keyDifferences, en.fullComparison, en.visualComparison, en.prosAndCons, en.faq, en.helpfulQuestion, en.onlyDifferences, 'Choose ', 'Our pick', 'Show ', en.track, en.consent]) {
        expect(text, `${lang}: "${english}"`).to.not.include(english);
      }
      const { locale: _, ...unnamed } = three;
      const header = await page(unnamed, lang, 'header');
      expect(textOf(section(header, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'))).to.equal(t.lastUpdated!(formatMonth(three.updated, lang)));
    });

    it(`<compare-table lang="${lang}">: "Show N more" for 1, 2 and 11 hidden attributes, in the language's plural forms`, async () => {
      const items = [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ];
      const group = (id: string, n: number) => Array.from({ length: n }, (_, k) => ({ id: `${id}${k}`, label: `${id} ${k}`, group: id, values: { a: String(k), b: String(k + 1) } }));
      const doc = {
        version: 1,
        id: 'counts',
        title: 'A vs B',
        items,
        groups: ['one', 'two', 'eleven'].map((id) => ({ id, label: id, collapseAfter: 1 })),
        attributes: [...group('one', 2), ...group('two', 3), ...group('eleven', 12)],
      };
      const p = await page(doc, lang, 'table');
      const buttons = [...section(p, 'compare-table').shadowRoot!.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b));
      expect(buttons).to.deep.equal([...more]);
      expect(buttons).to.deep.equal([1, 2, 11].map((n) => t.showMore!(n)));
    });

    it(`a comparison written in ${lang}: each row's values, in the language's words, compare with the right best`, async () => {
      const doc = {
        version: 1,
        id: 'values',
        title: 'A, B, C',
        items: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })),
        attributes: rows.map(([better, a, b, c], k) => ({ id: `r${k}`, label: `R${k}`, key: true, better, values: { a, b, c } })),
      };
      const p = await page(doc, lang, 'facts');
      const facts = section(p, 'compare-facts').shadowRoot!;
      const best = [...facts.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        return cells.map((td, k) => (td.querySelector('span[part~="winner"]') ? 'abc'[k] : '')).join('') || null;
      });
      expect(best).to.deep.equal(rows.map((r) => r[4]));
    });
  }
});
