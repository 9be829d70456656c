/// <reference types="mocha" />
/**
 * Slovak, Croatian (and Bosnian, which reads it), Serbian in Cyrillic and in
 * Latin letters, and Bulgarian: the interface in every section (headings, the
 * counted "Show N more", "Last updated" with the month in the page's
 * language), and values in their inflected words read as one kind, so a row
 * gets its "best" ("2 roky" beside "5 rokov", "1,2 mil." beside "900 tis.").
 * Without their words these languages read values the cautious way of a
 * language compare-kit has no words for: a number before another word is
 * another kind, so such a row showed no "best".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-page.js';
import '../src/define/compare-facts.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { en, type Strings } from '../src/base/strings.js';
import { sk } from '../src/i18n/sk.js';
import { hr } from '../src/i18n/hr.js';
import { sr } from '../src/i18n/sr.js';
import { 'sr-Latn' as srLatn } from '../src/i18n/sr-Latn.js';
import { bg } from '../src/i18n/bg.js';
import { formatDiff } from '../src/values/diff.js';
import { formatMonth } from '../src/base/locale.js';
import { collapsingFixture, pageSettled, sectionsOf, settled, textOf } from './helpers/util.js';

async function page(data: unknown, lang: string, sections: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:1024px"><compare-page sections=${sections} .data=${data}></compare-page></div>`);
  return pageSettled(wrap.querySelector('compare-page')!);
}

const section = (p: ComparePage, tag: string) => sectionsOf(p).find((s) => s.localName === tag)!;

describe('the interface in Slovak, Croatian, Bosnian, Serbian (Cyrillic and Latin) and Bulgarian', () => {
  type Expected = { verdict: string; chooseIf: string; more: string[]; updated?: string; track: string };
  // The counts below: 1, 2 and 7 more attributes (one, few, and other/many where the language has them).
  const CASES: ReadonlyArray<readonly [string, Partial<Strings>, Expected]> = [
    ['sk', sk, { verdict: 'Náš verdikt', chooseIf: 'PostgreSQL sa vám hodí, ak', more: ['Zobraziť 1 ďalší parameter', 'Zobraziť 2 ďalšie parametre', 'Zobraziť 7 ďalších parametrov'], updated: 'Aktualizované: máj 2026', track: 'Sledovať toto porovnanie' }],
    ['hr', hr, { verdict: 'Naš zaključak', chooseIf: 'Odaberite PostgreSQL ako', more: ['Prikaži još 1 značajku', 'Prikaži još 2 značajke', 'Prikaži još 7 značajki'], updated: 'Ažurirano: svibanj 2026.', track: 'Pratite ovu usporedbu' }],
    // Bosnian: Croatian's words, the month as the engine writes it in Bosnian ("maj 2026."; Chromium has no Bosnian
    // dates: "2026 M05").
    ['bs', hr, { verdict: 'Naš zaključak', chooseIf: 'Odaberite PostgreSQL ako', more: ['Prikaži još 1 značajku', 'Prikaži još 2 značajke', 'Prikaži još 7 značajki'], track: 'Pratite ovu usporedbu' }],
    ['sr', sr, { verdict: 'Наш закључак', chooseIf: 'Изаберите PostgreSQL ако', more: ['Прикажи још 1 карактеристику', 'Прикажи још 2 карактеристике', 'Прикажи још 7 карактеристика'], updated: 'Ажурирано: мај 2026.', track: 'Пратите ово поређење' }],
    ['sr-Latn', srLatn, { verdict: 'Naš zaključak', chooseIf: 'Izaberite PostgreSQL ako', more: ['Prikaži još 1 karakteristiku', 'Prikaži još 2 karakteristike', 'Prikaži još 7 karakteristika'], updated: 'Ažurirano: maj 2026.', track: 'Pratite ovo poređenje' }],
    // Montenegro: no script named, Latin letters, as Intl writes its dates there.
    ['sr-ME', srLatn, { verdict: 'Naš zaključak', chooseIf: 'Izaberite PostgreSQL ako', more: ['Prikaži još 1 karakteristiku', 'Prikaži još 2 karakteristike', 'Prikaži još 7 karakteristika'], updated: 'Ažurirano: maj 2026.', track: 'Pratite ovo poređenje' }],
    ['bg', bg, { verdict: 'Нашата оценка', chooseIf: 'Изберете PostgreSQL, ако', more: ['Покажи още 1 характеристика', 'Покажи още 2 характеристики', 'Покажи още 7 характеристики'], updated: 'Обновено: май 2026 г.', track: 'Следете това сравнение' }],
  ];
  let doc: any;
  before(async () => {
    doc = await collapsingFixture();
  });

  for (const [lang, t, want] of CASES) {
    it(`<compare-page lang="${lang}"> speaks it: headings, counted nouns, "Last updated", the track form`, async () => {
      const p = await page(doc, lang, 'header verdict facts highlights table chart proscons faq track');
      const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
      expect(headings, lang).to.include(want.verdict);
      expect(headings, lang).to.include(want.track);
      for (const h of [t.keyFacts!, t.keyDifferences!, t.fullComparison!, t.visualComparison!, t.prosAndCons!, t.faq!]) {
        expect(headings.some((x) => x.startsWith(h)), `${lang}: ${h}`).to.equal(true);
      }
      const verdict = section(p, 'compare-verdict').shadowRoot!;
      expect(textOf(verdict.querySelector('[part~="choose-title"]'))).to.equal(want.chooseIf);
      const table = section(p, 'compare-table').shadowRoot!;
      expect([...table.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b))).to.deep.equal(want.more);
      const updated = textOf(section(p, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'));
      expect(updated).to.equal(t.lastUpdated!(formatMonth(doc.updated, lang)).replace(/\s+/g, ' '));
      if (want.updated) expect(updated).to.equal(want.updated);
      expect(textOf(section(p, 'compare-facts').shadowRoot!.querySelector('span[part~="winner"]')), 'the best marker').to.equal(t.best);
      // (The track form's email label is in its light DOM, for password managers.)
      const text = sectionsOf(p).map((s) => `${textOf(s.shadowRoot)} ${textOf(s)}`).join(' ');
      for (const said of [t.helpfulQuestion!, t.bestFor!, t.emailLabel!, t.subscribe!, t.consent!, t.pros!, t.cons!]) expect(text, `${lang}: ${said}`).to.include(said);
      for (const english of ['Our Verdict', 'Key Facts', 'Show only differences', 'Best for', 'Email address', 'Notify me', 'Last updated', ' more attribute']) {
        expect(text, `${lang}: "${english}"`).to.not.include(english);
      }
    });
  }

  it('passes axe in Slovak and in Serbian', async function () {
    this.timeout(60000);
    for (const lang of ['sk', 'sr']) await expect(await page(doc, lang, 'verdict facts table')).to.be.accessible();
  });
});

describe('values in Slovak, Croatian, Serbian and Bulgarian words: one kind, so a row has its "best"', () => {
  // [locale, [a, b] of a row where higher is better, its best, [a, b] of a second row, its best]
  const CASES = [
    ['sk', ['2 roky', '5 rokov'], 'b', ['1,2 mil.', '900 tis.'], 'a'],
    ['hr', ['30 dana', '1 godina'], 'b', ['900 tis.', '1,2 mil.'], 'b'],
    // (Whole numbers: Chromium has no Bosnian numbers, so it does not know that Bosnian writes "1,2" for 1.2.)
    ['bs', ['3 sedmice', '30 dana'], 'b', ['2 miliona', '900 hiljada'], 'a'],
    ['sr', ['2 године', '18 месеци'], 'a', ['900 хиљ.', '1,2 мил.'], 'b'],
    ['sr-Latn', ['2 godine', '18 meseci'], 'a', ['1,2 mil.', '900 hilj.'], 'a'],
    // (Serbian values read in either script, whichever the page's interface.)
    ['sr', ['18 meseci', '2 godine'], 'b', ['1,2 mil.', '900 хиљ.'], 'a'],
    ['bg', ['2 години', '18 месеца'], 'a', ['850 хил.', '1,2 млн.'], 'b'],
  ] as const;

  for (const [locale, [a1, b1], best1, [a2, b2], best2] of CASES) {
    it(`<compare-facts>, a comparison in "${locale}": "${a1}" beside "${b1}", "${a2}" beside "${b2}"`, async () => {
      const data = {
        version: 1,
        id: 'x',
        title: 'A / B',
        locale,
        items: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        attributes: [
          { id: 'warranty', label: 'W', key: true, better: 'higher', values: { a: a1, b: b1 } },
          { id: 'sold', label: 'S', key: true, better: 'higher', values: { a: a2, b: b2 } },
        ],
      };
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${locale}><compare-facts .data=${data}></compare-facts></div>`);
      const el = await settled(wrap.querySelector<CompareElement>('compare-facts')!, 'ready');
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(2);
      for (const [row, best, [a, b]] of [
        [rows[0]!, best1, [a1, b1]],
        [rows[1]!, best2, [a2, b2]],
      ] as const) {
        const cells = [...row.querySelectorAll('td')];
        const winners = cells.filter((td) => td.querySelector('span[part~="winner"]'));
        expect(winners.map((td) => textOf(td)), `${a} | ${b}`).to.have.length(1);
        expect(textOf(winners[0]), `${a} | ${b}`).to.include(best === 'a' ? a : b);
        // The Diff of A against B: a number, better or worse in the interface's words (not "—", not comparable).
        const diff = row.querySelector('td[part~="diff"]')!;
        expect(diff.querySelector('[part~="missing"]'), `${a} | ${b}: a Diff`).to.equal(null);
        const t = { sk, hr, bs: hr, sr, 'sr-Latn': srLatn, bg }[locale];
        expect(textOf(diff)).to.match(new RegExp(`^[-−+]\\d.*${best === 'a' ? t.diffBetter : t.diffWorse}$`, 'u'));
      }
    });
  }

  it('"2 roky" beside "5 rokov" is 60 % less, as the Diff says', async () => {
    const data = {
      version: 1,
      id: 'x',
      title: 'A / B',
      locale: 'sk',
      items: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      attributes: [{ id: 'warranty', label: 'Záruka', key: true, better: 'higher', values: { a: '2 roky', b: '5 rokov' } }],
    };
    const el = await fixture<CompareElement>(html`<compare-facts lang="sk" .data=${data}></compare-facts>`);
    await settled(el, 'ready');
    expect(textOf(el.shadowRoot!.querySelector('td[part~="diff"] span[dir]'))).to.equal(formatDiff(-0.6, 'sk').replace(/\s+/g, ' '));
  });

  it('a Serbian comparison in Latin letters on a Cyrillic page: its text marked sr-Latn, the interface in Cyrillic, its best read', async () => {
    const data = {
      version: 1,
      id: 'garancija',
      title: 'A / B',
      locale: 'sr-Latn',
      items: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      attributes: [{ id: 'garancija', label: 'Garancija', key: true, better: 'higher', values: { a: '2 godine', b: '18 meseci' } }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="sr-RS"><compare-facts .data=${data}></compare-facts></div>`);
    const el = await settled(wrap.querySelector<CompareElement>('compare-facts')!, 'ready');
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('caption'))).to.equal(sr.keyFacts);
    expect(root.querySelector('tbody')!.getAttribute('lang'), 'the values, in the comparison\'s script').to.equal('sr-Latn');
    const best = root.querySelector('span[part~="winner"]')!;
    expect(textOf(best)).to.equal(sr.best);
    expect(textOf(best.closest('td'))).to.include('2 godine');
    expect(best.closest('[lang]')!.getAttribute('lang'), 'the best marker, in the page\'s').to.equal('sr-RS');
  });

  it('leaves a language with no words cautious: Slovenian "2 leti" beside "5 let" shows no best', async () => {
    const data = {
      version: 1,
      id: 'x',
      title: 'A / B',
      locale: 'sl',
      items: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      attributes: [{ id: 'garancija', label: 'Garancija', key: true, better: 'higher', values: { a: '2 leti', b: '5 let' } }],
    };
    const el = await fixture<CompareElement>(html`<compare-facts lang="sl" .data=${data}></compare-facts>`);
    await settled(el, 'ready');
    expect(textOf(el.shadowRoot!.querySelector('caption'))).to.equal(en.keyFacts);
    expect(el.shadowRoot!.querySelector('span[part~="winner"]')).to.equal(null);
  });
});
