/// <reference types="mocha" />
/**
 * The interface in Vietnamese, Indonesian, Thai, Hebrew and Persian (the last
 * two right to left): every section speaks the language, counts and the month
 * of "Last updated" in its words, names in its sentences in the right place.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { en, type Strings } from '../src/base/strings.js';
import { formatMonth } from '../src/base/locale.js';
import { vi } from '../src/i18n/vi.js';
import { id } from '../src/i18n/id.js';
import { th } from '../src/i18n/th.js';
import { he } from '../src/i18n/he.js';
import { fa } from '../src/i18n/fa.js';
import { clone, loadFixture, pageSettled, sectionsOf, some, textOf } from './helpers/util.js';

async function page(data: unknown, lang: string, sections = 'header verdict facts highlights table chart proscons faq resources track') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:1024px"><compare-page sections=${sections} .data=${data}></compare-page></div>`);
  return pageSettled(wrap.querySelector('compare-page')!);
}

const section = (p: ComparePage, tag: string) => sectionsOf(p).find((s) => s.localName === tag)!;

const TABLES: ReadonlyArray<readonly [string, Partial<Strings>, 'ltr' | 'rtl']> = [
  ['vi', vi, 'ltr'],
  ['id', id, 'ltr'],
  ['th', th, 'ltr'],
  ['he', he, 'rtl'],
  ['fa', fa, 'rtl'],
];

describe('the interface in Vietnamese, Indonesian, Thai, Hebrew and Persian', () => {
  let three: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
    // Groups of 2, 2 and 1 hidden attributes: "Show 1 more" is Hebrew's form of one.
    three.groups.find((g: { id: string }) => g.id === 'history').collapseAfter = 1;
  });

  for (const [lang, t, dir] of TABLES) {
    it(`<compare-page lang="${lang}"> speaks ${lang} in every section, ${dir === 'rtl' ? 'right to left' : 'left to right'}`, async () => {
      const p = await page(three, lang);
      expect(getComputedStyle(p).direction).to.equal(dir);
      const headings = sectionsOf(p).map((s) => textOf(s.shadowRoot!.querySelector('[part~="heading"]')));
      for (const h of [t.ourVerdict!, t.keyFacts!, t.keyDifferences!, t.fullComparison!, t.visualComparison!, t.prosAndCons!, t.faq!, t.resources!, t.track!]) {
        expect(headings.some((x) => x.startsWith(h)), `${lang}: ${h}`).to.equal(true);
      }
      const facts = section(p, 'compare-facts').shadowRoot!;
      expect(textOf(facts.querySelector('span[part~="winner"]')), 'the best marker').to.equal(t.best);
      const table = section(p, 'compare-table').shadowRoot!;
      const more = [...table.querySelectorAll('[part~="more-button"]')].map((b) => textOf(b));
      expect(more, 'the show-more buttons, counted').to.have.members([t.showMore!(2), t.showMore!(2), t.showMore!(1)]);
      const text = sectionsOf(p).map((s) => textOf(s.shadowRoot)).join(' ');
      for (const words of [t.helpfulQuestion!, t.chooseIf!('PostgreSQL'), t.overallWinner!('PostgreSQL'), t.onlyDifferences!, t.consent!, t.subscribe!, t.pros!, t.cons!]) {
        expect(text, `${lang}: "${words}"`).to.include(words);
      }
      // No English heading or control is left.
      for (const english of [en.ourVerdict, 'Key Facts', en.keyDifferences, en.fullComparison, en.visualComparison, en.prosAndCons, en.faq, en.helpfulQuestion, en.onlyDifferences, 'Choose ', 'Our pick', 'Show ', en.track, en.consent]) {
        expect(text, `${lang}: "${english}"`).to.not.include(english);
      }
    });
  }

  it('writes "Last updated" in the page\'s language, with its month (Persian: its calendar and digits)', async () => {
    const { locale: _, ...unnamed } = three;
    for (const [lang, t] of TABLES) {
      const p = await page(unnamed, lang, 'header');
      const updated = textOf(section(p, 'compare-header').shadowRoot!.querySelector('[part~="updated"]'));
      expect(updated, lang).to.equal(t.lastUpdated!(formatMonth(three.updated, lang)));
      expect(updated, lang).to.not.include('Last updated');
    }
    expect(fa.lastUpdated!(formatMonth(three.updated, 'fa')), 'Persian digits').to.match(/[۰-۹]{4}/);
  });

  it('leaves Malay, which shares the Indonesian value words, in English', async () => {
    const p = await page(three, 'ms', 'verdict table');
    const text = sectionsOf(p).map((s) => textOf(s.shadowRoot)).join(' ');
    expect(text).to.include(en.helpfulQuestion);
    expect(text).to.not.include(id.helpfulQuestion!);
  });

  for (const [lang, t] of TABLES.filter(([, , dir]) => dir === 'rtl')) {
    it(`in "${lang}", a name in a sentence sits where the sentence puts it, read right to left`, async () => {
      const p = await page(three, lang, 'verdict');
      const root = section(p, 'compare-verdict').shadowRoot!;
      for (const [say, name] of [
        [t.chooseIf!, 'PostgreSQL'],
        [t.chooseIf!, 'SQLite'],
        [t.overallWinner!, 'PostgreSQL'],
      ] as const) {
        const [before, after] = say('\0').split('\0') as [string, string];
        const sentence = [...root.querySelectorAll('bdi')].find((b) => textOf(b) === say(name).trim());
        some(sentence, `"${say(name)}"`);
        const inner = [...sentence!.querySelectorAll('bdi')].find((b) => b.textContent === name)!;
        const box = inner.getBoundingClientRect();
        const range = document.createRange();
        /** The nearest text beside the name (Lit's comment markers between them). */
        const text = (node: ChildNode | null, next: boolean): ChildNode | null => {
          while (node && node.nodeType === Node.COMMENT_NODE) node = next ? node.nextSibling : node.previousSibling;
          return node && node.nodeType === Node.TEXT_NODE && node.textContent!.trim() ? node : null;
        };
        const pre = text(inner.previousSibling, false);
        const post = text(inner.nextSibling, true);
        // What comes before the name in the sentence is on its right; what comes after, on its left.
        if (before.trim()) {
          some(pre, `the words before ${name}`);
          range.selectNodeContents(pre!);
          expect(range.getBoundingClientRect().left, `"${before}" right of ${name}`).to.be.at.least(box.right - 1);
        }
        if (after.trim()) {
          some(post, `the words after ${name}`);
          range.selectNodeContents(post!);
          expect(range.getBoundingClientRect().right, `"${after}" left of ${name}`).to.be.at.most(box.left + 1);
        }
      }
    });
  }

  it('fills the track form in Hebrew and Persian, and in Vietnamese, the default triggers included', async () => {
    const doc = clone(three);
    delete doc.track;
    for (const [lang, t] of [['he', he], ['fa', fa], ['vi', vi]] as const) {
      const p = await page(doc, lang, 'track');
      const track = section(p, 'compare-track') as CompareElement;
      const labels = [...track.shadowRoot!.querySelectorAll('label')].map((l) => textOf(l));
      for (const trigger of Object.values(t.defaultTriggers!)) expect(labels, `${lang}: ${trigger}`).to.include(trigger);
      expect(textOf(track.shadowRoot), lang).to.include(t.trackIntro);
      // (The email field is the element's own, in the light DOM: slot "email".)
      const input = track.querySelector<HTMLInputElement>('input[type="email"]')!;
      expect(input.placeholder, lang).to.equal(t.emailPlaceholder);
    }
  });
});
