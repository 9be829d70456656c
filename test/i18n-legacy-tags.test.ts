/// <reference types="mocha" />
// Old language tags that Intl canonicalises to another subtag: "iw" is Hebrew
// ("he"), "in" is Indonesian ("id"). Every table is keyed by the one subtag
// (units.ts `languageOf`): the interface table, the value words, and the
// languages whose words are still awaited. This file runs in a page of its
// own, so no table is loaded when it starts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-facts.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { he } from '../src/i18n/he.js';
import { id } from '../src/i18n/id.js';
import { loadStrings, loadWords } from '../src/i18n/index.js';
import { attributeRow } from '../src/values/rows.js';
import { awaitedWords, hasWords, languageOf, wordsLanguage } from '../src/values/units.js';
import { loadFixture, settled, textOf } from './helpers/util.js';

// Read as in English, "2 <hours>" is a count of 2, below "90 <minutes>": it would be the faster.
const CASES = [
  { tag: 'iw', lang: 'he', table: he, hours: '2 שעות', minutes: '90 דקות' },
  { tag: 'in', lang: 'id', table: id, hours: '2 jam', minutes: '90 menit' },
] as const;

describe('old language tags ("iw", "in") read the words and speak the interface of their language', () => {
  let data: any;
  before(async () => {
    data = await loadFixture('minimal.json');
  });

  it('maps a tag to the one subtag its words and its interface table are keyed by', () => {
    expect(['iw', 'iw-IL', 'he', 'in', 'in-ID', 'de-AT', 'no'].map((tag) => languageOf(tag))).to.deep.equal(['he', 'he', 'he', 'id', 'id', 'de', 'no']);
    expect(languageOf('not a tag')).to.equal(undefined);
    expect(wordsLanguage('iw')).to.equal('he');
  });

  for (const { tag, lang, table, hours, minutes } of CASES) {
    it(`<compare-facts lang="${tag}">: ${lang}'s table and words are loaded, and the faster value is the best`, async () => {
      expect(hasWords(lang), 'not loaded yet').to.equal(false);
      const charge = { id: 'charge', label: 'charge', key: true, better: 'lower', values: { tea: hours, coffee: minutes } };
      const doc = { ...data, attributes: [charge] };
      const el = await fixture<CompareElement>(html`<compare-facts lang=${tag} .data=${doc}></compare-facts>`);
      await settled(el);
      expect(textOf(el.shadowRoot!.querySelector('caption')), 'the interface table').to.equal(table.keyFacts);
      expect(hasWords(lang), 'the words').to.equal(true);
      expect(awaitedWords.has(lang) || awaitedWords.has(tag), 'still awaited').to.equal(false);
      expect(loadStrings(tag)).to.equal(null);
      expect(loadWords(tag)).to.equal(null);
      const best = [...el.shadowRoot!.querySelectorAll('span[part~="winner"]')].map((w) => textOf(w.closest('td')));
      expect(best.length, 'one best').to.equal(1);
      expect(best[0]).to.include(minutes);
      // The same row through the values' API, with the old tag as the locale.
      const row = attributeRow(charge as any, doc.items, tag);
      expect(row.winner).to.equal('coffee');
    });
  }
});
