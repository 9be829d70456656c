/// <reference types="mocha" />
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/define/compare-page.js';
import '../src/define/compare-verdict.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import type { Strings } from '../src/base/strings.js';
import { ar } from '../src/i18n/ar.js';
import { cs } from '../src/i18n/cs.js';
import { hi } from '../src/i18n/hi.js';
import { hu } from '../src/i18n/hu.js';
// `it` would hide mocha's it().
import { it as italian } from '../src/i18n/it.js';
import { ko } from '../src/i18n/ko.js';
import { nl } from '../src/i18n/nl.js';
import { pl } from '../src/i18n/pl.js';
import { pt } from '../src/i18n/pt.js';
import { ro } from '../src/i18n/ro.js';
import { ru } from '../src/i18n/ru.js';
import { tr } from '../src/i18n/tr.js';
import { uk } from '../src/i18n/uk.js';
import { zh } from '../src/i18n/zh.js';
import { 'zh-Hant' as zhHant } from '../src/i18n/zh-Hant.js';
import { sv } from '../src/i18n/sv.js';
import { da } from '../src/i18n/da.js';
import { nb } from '../src/i18n/nb.js';
import { fi } from '../src/i18n/fi.js';
import { el as greek } from '../src/i18n/el.js';
import { formatMonth } from '../src/base/locale.js';
import { formatDiff } from '../src/values/diff.js';
import { clone, collapsingFixture, loadDemo, loadFixture, pageSettled, sectionsOf, settled, some, textOf } from './helpers/util.js';

async function page(data: unknown, lang: string, sections = 'header verdict facts highlights table chart proscons faq') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:1024px"><compare-page sections=${sections} .data=${data}></compare-page></div>`);
  return pageSettled(wrap.querySelector('compare-page')!);
}

const section = <T extends CompareElement = CompareElement>(p: ComparePage, tag: string) => sectionsOf(p).find((s) => s.localName === tag) as T;

/**
 * The screen box of one character of a text inside `root`: the `at`-th
 * character of the first text node that contains `text` (text nodes only, so
 * the order is the one the reader sees after the bidi algorithm).
 */
function charBox(root: Element | ShadowRoot, text: string, at: number): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(text);
    if (i === -1) continue;
    const range = document.createRange();
    range.setStart(n, i + at);
    range.setEnd(n, i + at + 1);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" not found`);
}

/** The element that holds a text (its text nodes' parent). */
function holder(root: Element | ShadowRoot, text: string): Element {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.includes(text)) return n.parentElement!;
  throw new Error(`"${text}" not found`);
}

describe('Arabic: <compare-page lang="ar">', () => {
  let three: any;
  let demo: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
    demo = await loadDemo();
  });

  it('lays out right to left and speaks Arabic, every section', async () => {
    const p = await page(three, 'ar');
    expect(p.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(p).direction).to.equal('rtl');
    for (const s of sectionsOf(p)) expect(getComputedStyle(s).direction, s.localName).to.equal('rtl');
    const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
    for (const h of [ar.ourVerdict!, ar.keyFacts!, ar.keyDifferences!, ar.fullComparison!, ar.visualComparison!, ar.faq!]) {
      expect(headings.some((t) => t.startsWith(h)), h).to.equal(true);
    }
    // The header's title is the comparison's own, in English.
    expect(headings[0]).to.equal(three.title);
  });

  it('mirrors the chart: bars grow from the right', async () => {
    const p = await page(three, 'ar', 'chart');
    const chart = section(p, 'compare-chart');
    const tracks = [...chart.shadowRoot!.querySelectorAll<SVGSVGElement>('[part~="bar-track"]')];
    expect(tracks.length).to.be.greaterThan(3);
    let checked = 0;
    for (const track of tracks) {
      expect(getComputedStyle(track).transform, 'mirrored').to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const bar = track.querySelector<SVGRectElement>('[part~="bar"]');
      // Bars that start at the axis origin (linear rows) touch the right edge of their track.
      if (!bar || Number(bar.getAttribute('x')) !== 0) continue;
      const t = track.getBoundingClientRect();
      const b = bar.getBoundingClientRect();
      expect(Math.abs(b.right - t.right), 'bar starts at the right').to.be.below(1.5);
      if (b.width < t.width - 2) expect(b.left - t.left, 'and ends short of the left').to.be.above(1);
      checked++;
    }
    expect(checked).to.be.greaterThan(2);
    // In English the same bars start at the left.
    const en = section(await page(three, 'en', 'chart'), 'compare-chart');
    const track = en.shadowRoot!.querySelector('[part~="bar-track"]')!;
    expect(getComputedStyle(track).transform).to.equal('none');
  });

  it('follows a page laid out right to left by CSS alone (direction: rtl, no dir): bars from the right, the text aligned right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en" style="direction:rtl;inline-size:1024px"><compare-page sections="chart faq" .data=${three}></compare-page></div>`);
    const p = await pageSettled(wrap.querySelector('compare-page')!);
    // (The direction CSS gives is read once a frame, with every element's, before it is painted.)
    await nextFrame();
    const chart = section(p, 'compare-chart');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('[part~="bar-track"]')!).transform, 'mirrored').to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // The comparison's own blocks (unicode-bidi: plaintext) are aligned with the layout, not with their English text.
    const answer = section(p, 'compare-faq').shadowRoot!.querySelector('[part~="answer"]')!;
    expect(getComputedStyle(answer).textAlign).to.equal('right');
    // A page that says its direction (dir) keeps its say: no dir is added where the page's already holds.
    const ruled = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size:1024px"><compare-page sections="chart" .data=${three}></compare-page></div>`);
    const q = await pageSettled(ruled.querySelector('compare-page')!);
    await nextFrame();
    expect(q.hasAttribute('dir')).to.equal(false);
  });

  it('follows the direction of a shadow root\'s host (an app\'s component), steadily, and again after its dir was removed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en" style="direction:rtl;inline-size:800px"></div>`);
    const el = document.createElement('compare-chart') as CompareElement;
    el.data = three;
    host.attachShadow({ mode: 'open' }).append(el);
    await settled(el);
    const again = async () => {
      el.requestUpdate();
      await el.updateComplete;
      await nextFrame();
      return el.getAttribute('dir');
    };
    await nextFrame();
    // (Its own direction read back, it went rtl, null, rtl… at each update.)
    expect([el.getAttribute('dir'), await again(), await again()]).to.deep.equal(['rtl', 'rtl', 'rtl']);
    el.removeAttribute('dir');
    expect(await again(), 'set again').to.equal('rtl');
  });

  it('follows a block laid out left to right by CSS alone (direction: ltr) on a dir="rtl" page: bars from the left, the text aligned left', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="en"><div style="direction:ltr;inline-size:1024px"><compare-page sections="chart faq" .data=${three}></compare-page></div></div>`);
    const p = await pageSettled(page.querySelector('compare-page')!);
    await nextFrame();
    expect(p.getAttribute('dir')).to.equal('ltr');
    const chart = section(p, 'compare-chart');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('[part~="bar-track"]')!).transform, 'not mirrored').to.equal('none');
    const answer = section(p, 'compare-faq').shadowRoot!.querySelector('[part~="answer"]')!;
    expect(getComputedStyle(answer).textAlign).to.equal('left');
    // Its own: once the block is right to left again, the dir it added goes.
    (page.firstElementChild as HTMLElement).style.direction = '';
    p.requestUpdate();
    await p.updateComplete;
    await nextFrame();
    expect(p.hasAttribute('dir')).to.equal(false);
  });

  it('puts the tables\' label column on the right, sticky at the right', async () => {
    const p = await page(three, 'ar', 'facts table highlights');
    for (const tag of ['compare-facts', 'compare-table', 'compare-highlights']) {
      const root = section(p, tag).shadowRoot!;
      const row = root.querySelector('tbody tr:has(th[scope="row"])')!;
      const label = row.querySelector('th[scope="row"]')!.getBoundingClientRect();
      const cell = row.querySelector('td')!.getBoundingClientRect();
      expect(label.left, `${tag}: label right of the values`).to.be.at.least(cell.right - 1);
      if (tag !== 'compare-highlights') expect(getComputedStyle(row.querySelector('th[scope="row"]')!).right, tag).to.equal('0px');
    }
  });

  it('keeps English data in its own order on the Arabic page (no garbled punctuation)', async () => {
    const p = await page(three, 'ar', 'header facts');
    const facts = section(p, 'compare-facts').shadowRoot!;
    // "4 GB", not "GB 4"; "$15/month", not "month/$15".
    expect(charBox(facts, '4 GB', 0).left).to.be.below(charBox(facts, '4 GB', 2).left);
    expect(charBox(facts, '$15/month', 0).left).to.be.below(charBox(facts, '$15/month', 4).left);
    expect(charBox(facts, '953.7 MiB', 0).left).to.be.below(charBox(facts, '953.7 MiB', 6).left);
    // A sentence ends with its full stop on the right, not the left.
    const header = section(p, 'compare-header').shadowRoot!;
    const sentence: string = three.description;
    expect(charBox(header, sentence, sentence.length - 1).left).to.be.above(charBox(header, sentence, 0).left);
    // …while the cells stay aligned with the right-to-left table.
    const cell = holder(facts, '4 GB').closest('td')!;
    expect(getComputedStyle(cell).textAlign).to.equal('right');
    expect(getComputedStyle(cell).unicodeBidi).to.equal('plaintext');
  });

  it('writes numbers, percents and dates through Intl in the page\'s language when the comparison names none', async () => {
    // The format: `locale` defaults to the host page's `lang`.
    const { locale: _, ...unnamed } = demo;
    const arPage = await page(unnamed, 'ar', 'header facts');
    const enPage = await page(unnamed, 'en', 'header facts');
    // The Diff column: the same ratios, formatted for Arabic.
    const diffs = (p: ComparePage) => [...section(p, 'compare-facts').shadowRoot!.querySelectorAll('td[part~="diff"]')].map((td) => textOf(td.querySelector('[dir="auto"]') ?? td));
    const en = diffs(enPage);
    const arabic = diffs(arPage);
    expect(arabic.length).to.equal(en.length);
    let numbers = 0;
    for (const [i, text] of en.entries()) {
      const n = Number.parseFloat(text.replace(/[,%+]/g, ''));
      if (!Number.isFinite(n)) continue;
      expect(arabic[i], text).to.equal(formatDiff(n / 100, 'ar'));
      numbers++;
    }
    expect(numbers).to.be.greaterThan(3);
    // The month of the last update.
    const updated = textOf(section(arPage, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'));
    expect(updated).to.equal(ar.lastUpdated!(formatMonth(demo.updated, 'ar')));
    expect(updated).to.not.contain('Jun');
  });

  it('writes the numbers and dates of a comparison that names its locale in that locale, the words in the page\'s language', async () => {
    const doc = clone(demo);
    doc.locale = 'de';
    doc.attributes = [
      { id: 'size', label: 'Größe', key: true, better: 'higher', values: { python: '1.500 MB', rust: '2 MB' } },
      { id: 'share', label: 'Anteil', key: true, unit: '%', values: { python: 1234.5, rust: 2 } },
    ];
    delete doc.groups;
    const enPage = await page(doc, 'en', 'header facts');
    const facts = section(enPage, 'compare-facts');
    // English words…
    expect(textOf(facts.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Key Facts & Figures');
    // …German numbers and month: "1.500 MB" is 1500 MB (the winner, +74,900 % against 2 MB), 1234.5 is "1.234,5".
    // A Diff cell's number (its "better"/"worse" for screen readers is in the page's words).
    const cells = [...facts.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td.querySelector('[dir="auto"]') ?? td)));
    expect(cells[0]![0]).to.match(/^1\.500 MB/);
    expect(facts.shadowRoot!.querySelector('tbody tr td.winner')?.textContent).to.include('1.500 MB');
    const spaced = (t: string) => t.replace(/\s+/g, ' ');
    expect(cells[0]![2]).to.equal(spaced(formatDiff(1498 / 2, 'de')));
    expect(cells[0]![2]).to.not.equal(spaced(formatDiff(1498 / 2, 'en')));
    expect(cells[1]![0]).to.equal('1.234,5');
    const updated = textOf(section(enPage, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'));
    expect(updated).to.equal(`Last updated ${formatMonth(demo.updated, 'de')}.`);
  });

  it('passes axe in Arabic', async function () {
    this.timeout(60000);
    const p = await page(three, 'ar');
    some(p.shadowRoot!.querySelector('[part~="section"]'), 'a section');
    await expect(p).to.be.accessible();
  });
});

describe('the interface in Italian, Portuguese, Dutch, Polish, Russian, Chinese (Simplified and Traditional), Korean, Hindi, Swedish, Danish, Norwegian, Finnish and Greek', () => {
  const TABLES: ReadonlyArray<readonly [string, Partial<Strings>]> = [
    ['it', italian], ['pt', pt], ['nl', nl], ['pl', pl], ['ru', ru], ['zh', zh], ['ko', ko], ['hi', hi],
    ['sv', sv], ['da', da], ['nb', nb], ['no', nb], ['fi', fi], ['el', greek],
    // Chinese by script: Traditional in Taiwan, Hong Kong and for Hant; Simplified in mainland China.
    ['zh-TW', zhHant], ['zh-HK', zhHant], ['zh-Hant', zhHant], ['zh-CN', zh],
  ];
  let three: any;
  let demo: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
    demo = await loadDemo();
  });

  for (const [lang, t] of TABLES) {
    it(`<compare-page lang="${lang}"> speaks ${lang} in every section, left to right`, async () => {
      const p = await page(three, lang, 'header verdict facts highlights table chart proscons faq');
      expect(getComputedStyle(p).direction).to.equal('ltr');
      const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
      for (const h of [t.ourVerdict!, t.keyFacts!, t.keyDifferences!, t.fullComparison!, t.visualComparison!, t.prosAndCons!, t.faq!]) {
        expect(headings.some((x) => x.startsWith(h)), `${lang}: ${h}`).to.equal(true);
      }
      const facts = section(p, 'compare-facts').shadowRoot!;
      expect(textOf(facts.querySelector('span[part~="winner"]')), 'the best marker').to.equal(t.best);
      const text = sectionsOf(p).map((s) => textOf(s.shadowRoot)).join(' ');
      expect(text).to.include(t.helpfulQuestion);
      // No English heading or control is left.
      for (const english of ['Our Verdict', 'Key Facts', 'Key Differences', 'Full Comparison', 'Visual Comparison', 'Pros & Cons', 'Frequently Asked Questions', 'Was this verdict helpful?', 'Show only differences']) {
        expect(text, `${lang}: "${english}"`).to.not.include(english);
      }
    });
  }

  it('writes the month of "Last updated" in the page\'s language, in its words', async function () {
    // (One page per language, fourteen in a row: WebKitGTK on a loaded CI machine took over 10 s.)
    this.timeout(60000);
    const { locale: _, ...unnamed } = demo;
    for (const [lang, t] of TABLES) {
      const p = await page(unnamed, lang, 'header');
      const updated = textOf(section(p, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'));
      expect(updated, lang).to.equal(t.lastUpdated!(formatMonth(demo.updated, lang)));
      expect(updated, lang).to.not.match(/\.\.$/);
    }
  });

  it('passes axe in Russian and Hindi', async function () {
    this.timeout(60000);
    for (const lang of ['ru', 'hi']) {
      const p = await page(three, lang);
      await expect(p).to.be.accessible();
    }
  });
});

describe('Swedish, Danish, Norwegian (nb and no), Finnish and Greek: the table, the counts, the month', () => {
  const TABLES: ReadonlyArray<readonly [string, Partial<Strings>, string]> = [
    ['sv-SE', sv, 'Visa 1 egenskap till'],
    ['da', da, 'Vis 1 egenskab mere'],
    ['nb', nb, 'Vis 1 egenskap til'],
    ['no', nb, 'Vis 1 egenskap til'],
    ['fi-FI', fi, 'Näytä 1 ominaisuus lisää'],
    ['el', greek, 'Εμφάνιση 1 ακόμη χαρακτηριστικού'],
  ];
  let three: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
  });

  for (const [lang, t, one] of TABLES) {
    it(`<compare-page lang="${lang}">: headings, "Show N more" for 1 and 2, "Last updated" with the month in its words`, async () => {
      // No locale: the month is in the page's language. Limits shows 3 of 4 rows (1 more), Performance 1 of 3 (2 more).
      const { locale: _, ...doc } = clone(three);
      doc.groups = doc.groups.map((g: any) => (g.id === 'limits' ? { ...g, collapseAfter: 3 } : g));
      const p = await page(doc, lang, 'header table');
      const header = section(p, 'compare-header').shadowRoot!;
      const table = section(p, 'compare-table').shadowRoot!;
      expect(textOf(table.querySelector('[part~="heading"]'))).to.equal(t.fullComparison);
      const buttons = [...table.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b));
      expect(buttons.slice(0, 2)).to.deep.equal([one, t.showMore!(2)]);
      expect(buttons[1], 'the plural').to.not.equal(one.replace('1', '2'));
      const month = formatMonth(three.updated, lang);
      expect(month, 'the month in the language').to.not.match(/May/);
      expect(textOf(header.querySelector('[part~="updated"]'))).to.equal(t.lastUpdated!(month));
      const text = textOf(header) + textOf(table);
      for (const english of ['Full Comparison', 'Show only differences', 'more attribute', 'Last updated', 'Best for']) expect(text, english).to.not.include(english);
    });
  }
});

describe('the interface in Czech, Ukrainian, Hungarian, Romanian and Turkish', () => {
  type Expected = { verdict: string; chooseIf: string; more: string[]; updated: string; track: string };
  // The counts below: 1, 2 and 7 more attributes (one, few, and many/other where the language has them).
  const CASES: ReadonlyArray<readonly [string, Partial<Strings>, Expected]> = [
    ['cs', cs, { verdict: 'Náš verdikt', chooseIf: 'PostgreSQL se vám hodí, pokud', more: ['Zobrazit 1 další parametr', 'Zobrazit 2 další parametry', 'Zobrazit 7 dalších parametrů'], updated: 'Aktualizováno: květen 2026', track: 'Sledovat toto srovnání' }],
    ['uk', uk, { verdict: 'Наш вердикт', chooseIf: 'Оберіть PostgreSQL, якщо', more: ['Показати ще 1 характеристику', 'Показати ще 2 характеристики', 'Показати ще 7 характеристик'], updated: 'Оновлено: травень 2026 р.', track: 'Стежити за порівнянням' }],
    ['hu', hu, { verdict: 'Értékelésünk', chooseIf: 'PostgreSQL akkor jó választás, ha', more: ['Még 1 jellemző megjelenítése', 'Még 2 jellemző megjelenítése', 'Még 7 jellemző megjelenítése'], updated: 'Frissítve: 2026. május', track: 'Összehasonlítás követése' }],
    ['ro', ro, { verdict: 'Verdictul nostru', chooseIf: 'Alegeți PostgreSQL dacă', more: ['Afișați încă 1 caracteristică', 'Afișați încă 2 caracteristici', 'Afișați încă 7 caracteristici'], updated: 'Ultima actualizare: mai 2026', track: 'Urmăriți această comparație' }],
    ['tr', tr, { verdict: 'Değerlendirmemiz', chooseIf: 'PostgreSQL ne zaman tercih edilmeli?', more: ['1 özellik daha göster', '2 özellik daha göster', '7 özellik daha göster'], updated: 'Son güncelleme: Mayıs 2026', track: 'Bu karşılaştırmayı takip edin' }],
  ];
  let doc: any;
  before(async () => {
    doc = await collapsingFixture();
  });

  for (const [lang, t, want] of CASES) {
    it(`<compare-page lang="${lang}"> speaks ${lang}: headings, counted nouns, "Last updated", the track form`, async () => {
      const p = await page(doc, lang, 'header verdict facts highlights table chart proscons faq track');
      const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
      expect(headings, lang).to.include(want.verdict);
      expect(headings, lang).to.include(want.track);
      for (const h of [t.keyFacts!, t.keyDifferences!, t.fullComparison!, t.visualComparison!, t.prosAndCons!, t.faq!]) {
        expect(headings.some((x) => x.startsWith(h)), `${lang}: ${h}`).to.equal(true);
      }
      const verdict = section(p, 'compare-verdict').shadowRoot!;
      expect([...verdict.querySelectorAll('[part~="choose-title"]')].map((e) => textOf(e))[0]).to.equal(want.chooseIf);
      const table = section(p, 'compare-table').shadowRoot!;
      expect([...table.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b))).to.deep.equal(want.more);
      expect(textOf(section(p, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'))).to.equal(want.updated);
      expect(textOf(section(p, 'compare-facts').shadowRoot!.querySelector('span[part~="winner"]')), 'the best marker').to.equal(t.best);
      // (The track form's email label is in its light DOM, for password managers.)
      const text = sectionsOf(p).map((s) => `${textOf(s.shadowRoot)} ${textOf(s)}`).join(' ');
      for (const said of [t.helpfulQuestion!, t.bestFor!, t.emailLabel!, t.subscribe!, t.consent!]) expect(text, `${lang}: ${said}`).to.include(said);
      for (const english of ['Our Verdict', 'Key Facts', 'Show only differences', 'Best for', 'Email address', 'Notify me', 'Last updated', ' more attribute']) {
        expect(text, `${lang}: "${english}"`).to.not.include(english);
      }
    });
  }
});

describe('Traditional Chinese (zh-TW): values in Taiwan\'s units read with the Chinese words', () => {
  it('"約 1,300 公克" against "1.2 公斤": the best is the lighter, 1.2 kg; "3 個鐘頭" against "150 分鐘", the shorter', async () => {
    const doc = {
      version: 1,
      id: 'bi-dian',
      title: '筆電 A 與筆電 B',
      items: [
        { id: 'a', name: '筆電 A' },
        { id: 'b', name: '筆電 B' },
      ],
      attributes: [
        { id: 'zhongliang', label: '重量', key: true, better: 'lower', values: { a: '約 1,300 公克', b: '1.2 公斤' } },
        { id: 'chongdian', label: '充電時間', key: true, better: 'lower', values: { a: '3 個鐘頭', b: '150 分鐘' } },
      ],
    };
    const p = await page(doc, 'zh-TW', 'facts');
    const facts = section(p, 'compare-facts').shadowRoot!;
    expect(textOf(facts.querySelector('caption'))).to.equal(zhHant.keyFacts);
    const winners = [...facts.querySelectorAll('span[part~="winner"]')].map((w) => textOf(w.closest('td')));
    expect(winners).to.have.length(2);
    expect(winners[0]).to.match(/^1\.2 公斤/);
    expect(winners[1]).to.match(/^150 分鐘/);
    expect(textOf(facts.querySelector('span[part~="winner"]'))).to.equal(zhHant.best);
  });
});

describe('a page that switches language', () => {
  const headingOf = (el: Element) => textOf(el.shadowRoot!.querySelector('[part~="heading"]'));
  let doc: any;
  before(async () => {
    doc = await loadFixture('three-databases.json');
    delete doc.locale;
  });

  it('re-renders an element when its own lang or an ancestor\'s changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><compare-verdict .data=${doc}></compare-verdict></div>`);
    const el = await settled(wrap.querySelector('compare-verdict')!);
    expect(headingOf(el)).to.equal('Our Verdict');
    wrap.setAttribute('lang', 'de');
    await waitUntil(() => headingOf(el) === 'Unser Fazit', 'the ancestor became German', { timeout: 5000 });
    el.setAttribute('lang', 'fr');
    await waitUntil(() => headingOf(el) === 'Notre verdict', 'the element itself became French', { timeout: 5000 });
    el.removeAttribute('lang');
    await waitUntil(() => headingOf(el) === 'Unser Fazit', 'back to the ancestor', { timeout: 5000 });
  });

  it('re-renders the sections of a <compare-page> when the page language changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><compare-page sections="verdict facts" .data=${doc}></compare-page></div>`);
    const p = await page0(wrap);
    wrap.setAttribute('lang', 'fr');
    await waitUntil(() => headingOf(section(p, 'compare-verdict')) === 'Notre verdict', 'verdict in French', { timeout: 5000 });
    await waitUntil(() => textOf(section(p, 'compare-facts').shadowRoot!.querySelector('[part~="heading"]')) === 'Faits et chiffres clés', 'facts in French', { timeout: 5000 });
  });
});

async function page0(wrap: Element): Promise<ComparePage> {
  return pageSettled(wrap.querySelector('compare-page')!);
}

describe('a page that says no language', () => {
  it('sets the language of 20 elements without re-rendering each for every other', async () => {
    const doc = await loadFixture('three-databases.json');
    doc.locale = 'de';
    const html0 = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    const proto = customElements.get('compare-verdict')!.prototype as any;
    const own = proto.updated;
    let updates = 0;
    proto.updated = function (this: unknown, c: unknown) {
      updates++;
      return own.call(this, c);
    };
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const els = Array.from({ length: 20 }, () => Object.assign(document.createElement('compare-verdict'), { data: doc }));
      wrap.append(...els);
      for (const el of els) await settled(el as CompareElement);
      await new Promise((r) => setTimeout(r, 300));
      expect(els.every((el) => el.getAttribute('lang') === 'de')).to.equal(true);
      expect(updates, 'updates of 20 elements (two each: the first, and the one in their language)').to.be.at.most(20 * 3);
    } finally {
      proto.updated = own;
      if (html0 !== null) document.documentElement.setAttribute('lang', html0);
    }
  });

  it('gets the comparison\'s language on the element, for assistive technology; a page that says one keeps it', async () => {
    const doc = await loadFixture('three-databases.json');
    doc.locale = 'de';
    const html0 = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><compare-verdict .data=${doc}></compare-verdict></div>`);
      const el = await settled(wrap.querySelector('compare-verdict')!);
      await waitUntil(() => el.getAttribute('lang') === 'de', 'lang="de" on the element', { timeout: 3000 });
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="heading"]')) === 'Unser Fazit', 'German words', { timeout: 5000 });
      // The page says English: the element takes no language of its own.
      wrap.setAttribute('lang', 'en');
      await waitUntil(() => !el.hasAttribute('lang'), 'the page\'s language wins', { timeout: 3000 });
      // An author's own lang is never touched.
      el.setAttribute('lang', 'fr');
      wrap.removeAttribute('lang');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('lang')).to.equal('fr');
    } finally {
      if (html0 !== null) document.documentElement.setAttribute('lang', html0);
    }
  });
});

describe('an item name in the other direction beside its colour dot', () => {
  let three: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
  });

  for (const [lang, dir, name] of [
    ['ar', 'rtl', 'BYD Seal'],
    ['en', 'ltr', 'القاهرة الجديدة'],
  ] as const) {
    it(`on a ${dir} page, "${name}" keeps its dot at the start of the layout, a gap away`, async () => {
      const doc = clone(three);
      doc.items[0].name = name;
      doc.pros = { [doc.items[0].id]: ['x'] };
      for (const tag of ['compare-facts', 'compare-table', 'compare-highlights', 'compare-proscons', 'compare-chart']) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir} style="inline-size:1000px"></div>`);
        const el = document.createElement(tag) as CompareElement;
        el.data = doc;
        wrap.append(el);
        await settled(el, 'ready');
        const text = [...el.shadowRoot!.querySelectorAll('.item-name')].find((n) => n.textContent === name);
        some(text, `${tag}: the name`);
        const dot = text!.previousElementSibling!;
        expect(dot.classList.contains('swatch'), tag).to.equal(true);
        const d = dot.getBoundingClientRect();
        const n = text!.getBoundingClientRect();
        if (dir === 'rtl') expect(d.left - n.right, `${tag}: gap between the name and the dot on its right`).to.be.within(2, 12);
        else expect(n.left - d.right, `${tag}: gap between the dot and the name on its right`).to.be.within(2, 12);
      }
    });
  }
});

describe('the error box in the page\'s language', () => {
  it('counts the problems in Czech on a Czech page (the details stay English)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="cs"></div>`);
    const el = document.createElement('compare-facts') as CompareElement;
    el.data = { version: 1, id: 'x', title: 'X', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], attributes: [] };
    wrap.append(el);
    await settled(el, 'error');
    const n = el.error!.issues!.length;
    expect(n).to.be.within(2, 4);
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(textOf(box)).to.contain(`the data property: ${cs.problems!(n)}`);
    expect(cs.problems!(n)).to.match(/^\d problémy v datech srovnání:$/);
    expect(textOf(box)).to.not.contain('in the comparison data');
  });
});
