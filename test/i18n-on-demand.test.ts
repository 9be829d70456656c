/// <reference types="mocha" />
// Elements and the language tables loaded on demand (src/i18n/index.ts). This
// file runs in a page of its own, so no table is loaded when it starts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/compare-verdict.js';
import '../src/define/compare-facts.js';
import '../src/define/compare-chart.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { en } from '../src/base/strings.js';
import type { Strings } from '../src/base/strings.js';
import { cs } from '../src/i18n/cs.js';
import { fr } from '../src/i18n/fr.js';
import { hi } from '../src/i18n/hi.js';
import { hu } from '../src/i18n/hu.js';
// `it` would hide mocha's it().
import { it as italian } from '../src/i18n/it.js';
import { ja } from '../src/i18n/ja.js';
import { ko } from '../src/i18n/ko.js';
import { nl } from '../src/i18n/nl.js';
import { pl } from '../src/i18n/pl.js';
import { pt } from '../src/i18n/pt.js';
import { ro } from '../src/i18n/ro.js';
import { ru } from '../src/i18n/ru.js';
import { tr } from '../src/i18n/tr.js';
import { sk } from '../src/i18n/sk.js';
import { bg } from '../src/i18n/bg.js';
import { hr } from '../src/i18n/hr.js';
import { sr } from '../src/i18n/sr.js';
import { 'sr-Latn' as srLatn } from '../src/i18n/sr-Latn.js';
import { uk } from '../src/i18n/uk.js';
import { zh } from '../src/i18n/zh.js';
import { 'zh-Hant' as zhHant } from '../src/i18n/zh-Hant.js';
import { vi } from '../src/i18n/vi.js';
import { id } from '../src/i18n/id.js';
import { th } from '../src/i18n/th.js';
import { he } from '../src/i18n/he.js';
import { fa } from '../src/i18n/fa.js';
import { sv } from '../src/i18n/sv.js';
import { da } from '../src/i18n/da.js';
import { nb } from '../src/i18n/nb.js';
import { fi } from '../src/i18n/fi.js';
import { el as greek } from '../src/i18n/el.js';
import { loadStrings, registerStrings, stringsFor } from '../src/i18n/index.js';
import { loadFixture, settled, textOf } from './helpers/util.js';

const heading = (el: CompareElement) => textOf(el.shadowRoot!.querySelector('[part~="heading"]'));

describe('languages loaded on demand', () => {
  let data: any;
  before(async () => {
    data = await loadFixture('minimal.json');
    data.verdict = { text: 'Tea.' };
  });

  it('shows the comparison only in its language: the placeholder waits for the table, English never shows', async () => {
    expect(stringsFor('fr').ourVerdict).to.equal(en.ourVerdict); // not loaded yet
    const wrap = document.createElement('div');
    wrap.lang = 'fr';
    const el = document.createElement('compare-verdict') as CompareElement;
    el.data = data;
    const seen: string[] = [];
    let atLoad = '';
    el.addEventListener('compare-load', () => (atLoad = heading(el)));
    wrap.append(el);
    document.body.append(wrap);
    try {
      // Every render until it is ready: the placeholder or French, never the English heading.
      const observer = new MutationObserver(() => seen.push(textOf(el.shadowRoot)));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settled(el);
      observer.disconnect();
      expect(heading(el)).to.equal(fr.ourVerdict);
      expect(atLoad).to.equal(fr.ourVerdict);
      expect(seen.join(' | ')).to.not.include(en.ourVerdict);
      expect(el.getAttribute('state')).to.equal('ready');
      await expect(el).to.be.accessible();
    } finally {
      wrap.remove();
    }
  });

  it('asks for the table as soon as the element connects, beside the data', async () => {
    const el = await fixture<CompareElement>(html`<compare-facts lang="ja" src="/test/fixtures/minimal.json?ja"></compare-facts>`);
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('caption'))).to.equal(ja.keyFacts);
    expect(loadStrings('ja')).to.equal(null);
    const entry = (part: string) => performance.getEntriesByType('resource').find((e) => e.name.includes(part)) as PerformanceResourceTiming;
    // The table's request started before the data had arrived: not one after the other.
    expect(entry('/src/i18n/ja.'), 'ja table requested').to.exist;
    expect(entry('/src/i18n/ja.').startTime).to.be.below(entry('minimal.json?ja').responseEnd);
  });

  it('uses a language the page registers, English for the words it lacks', async () => {
    // Latvian has no built-in table.
    registerStrings('lv', { ourVerdict: 'Mūsu verdikts' });
    const el = await fixture<CompareElement>(html`<compare-verdict lang="lv-LV" .data=${data}></compare-verdict>`);
    await settled(el);
    expect(heading(el)).to.equal('Mūsu verdikts');
    expect(textOf(el.shadowRoot)).to.include(en.helpfulQuestion);
  });

  it('re-renders when the page registers its language later', async () => {
    const el = await fixture<CompareElement>(html`<compare-verdict lang="sw" .data=${data}></compare-verdict>`);
    await settled(el);
    expect(heading(el)).to.equal(en.ourVerdict);
    registerStrings('sw', { ourVerdict: 'Uamuzi wetu' });
    el.requestUpdate();
    await el.updateComplete;
    expect(heading(el)).to.equal('Uamuzi wetu');
  });

  // "no" after "nb": its own load, of the module nb.ts, which gives its table under "no" too ("bs" after "hr" the same,
  // of hr.ts). "zh-TW" after "zh-CN": Traditional Chinese, its own table (zh-Hant.ts), not the Simplified one already
  // loaded; "sr-Latn" after "sr" the same (sr-Latn.ts).
  const LATER: ReadonlyArray<readonly [string, Partial<Strings>]> = [
    ['it-IT', italian], ['pt-BR', pt], ['nl-BE', nl], ['pl', pl], ['ru-RU', ru], ['zh-CN', zh], ['zh-TW', zhHant], ['ko', ko], ['hi-IN', hi],
    ['sv-SE', sv], ['da', da], ['nb', nb], ['no', nb], ['fi', fi], ['el-GR', greek],
    ['vi', vi], ['id-ID', id], ['th', th], ['he-IL', he], ['fa-IR', fa],
    ['cs-CZ', cs], ['uk', uk], ['hu-HU', hu], ['ro', ro], ['tr-TR', tr],
    ['sk-SK', sk], ['bg', bg], ['hr-HR', hr], ['bs', hr], ['sr-RS', sr], ['sr-Latn', srLatn],
  ];
  for (const [tag, table] of LATER) {
    it(`loads ${tag}'s table when an element first speaks it, and shows its words`, async () => {
      const lang = ({ no: 'nb', 'zh-TW': 'zh-Hant', bs: 'hr', 'sr-Latn': 'sr-Latn' } as Record<string, string>)[tag] ?? tag.split('-')[0]!;
      expect(stringsFor(tag).ourVerdict, 'not loaded yet').to.equal(en.ourVerdict);
      const el = await fixture<CompareElement>(html`<compare-verdict lang=${tag} .data=${data}></compare-verdict>`);
      await settled(el);
      expect(heading(el)).to.equal(table.ourVerdict);
      const text = textOf(el.shadowRoot);
      expect(text).to.include(table.helpfulQuestion);
      expect(text).to.not.include(en.helpfulQuestion);
      const buttons = [...el.shadowRoot!.querySelectorAll('[part~="vote-button"]')].map((b) => textOf(b));
      expect(buttons, 'vote buttons').to.deep.equal([table.yes, table.no]);
      expect(loadStrings(tag)).to.equal(null);
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(`/src/i18n/${lang}.`));
      expect(entry, `${lang} table requested`).to.exist;
    });
  }

  it('charts values only their language\'s words read, when those words come after the data (src)', async () => {
    // Lithuanian: no other test of this file loads it. Read as in English, "2 kartus" and "10 kartų" are counts of two
    // different words and "3 valandos" and "90 minučių" too: nothing to chart, so the chart was "empty" for good.
    const doc = {
      ...data,
      locale: 'lt',
      attributes: [
        { id: 'speed', label: 'Greitis', better: 'higher', values: { tea: '2 kartus', coffee: '10 kartų' } },
        { id: 'brew', label: 'Ruošimo laikas', better: 'lower', values: { tea: '3 valandos', coffee: '90 minučių' } },
      ],
    };
    const src = `/test-api/json?body=${encodeURIComponent(JSON.stringify(doc))}`;
    const el = await fixture<CompareElement>(html`<compare-chart src=${src}></compare-chart>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="row"]')].map((r) => textOf(r));
    expect(rows.length, rows.join(' | ')).to.equal(2);
    expect(rows[0]).to.include('Greitis');
    expect(el.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
  });

  it('shows no "best" in a language whose words did not load: its values, read as in English, may rank wrong', async () => {
    // German's module (its words and its table) answers 500; no other test of this file speaks German.
    await fetch('/test-api/fail-file?path=/src/i18n/de&on=1');
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...args: unknown[]) => void warned.push(String(args[0]));
    try {
      // Read as in English, "2 Stunden" is a count of 2, below "90 Minuten": it would be the faster.
      const charge = { id: 'charge', label: 'Ladezeit', key: true, better: 'lower', values: { tea: '2 Stunden', coffee: '90 Minuten' } };
      const doc = { ...data, locale: 'de', attributes: [charge, ...data.attributes] };
      const el = await fixture<CompareElement>(html`<compare-facts lang="de" .data=${doc}></compare-facts>`);
      await settled(el);
      expect(warned.join(' | ')).to.include('de value words could not be loaded');
      expect(textOf(el.shadowRoot!.querySelector('tbody'))).to.include('2 Stunden');
      expect(el.shadowRoot!.querySelectorAll('td.winner, [part~="winner"]').length, 'cells marked best').to.equal(0);
    } finally {
      console.warn = warn;
      await fetch('/test-api/fail-file?path=/src/i18n/de&on=0');
    }
  });

  it('says "no data" in the language whose table arrives after the error, and marks English details as English', async () => {
    // Spanish is loaded by no other test of this file: its table arrives after the element has failed.
    const { es } = await import('../src/i18n/es.js');
    expect(stringsFor('es').noData, 'not loaded yet').to.equal(en.noData);
    const el = await fixture<CompareElement>(html`<compare-facts lang="es"></compare-facts>`);
    await waitUntil(() => el.state === 'error' && textOf(el.shadowRoot).includes(es.errorTitle!), 'the Spanish title', { timeout: 5000 });
    const bdis = [...el.shadowRoot!.querySelectorAll('[part="error"] bdi')];
    expect(textOf(bdis[1]!)).to.equal(es.noData);
    expect(bdis[1]!.hasAttribute('lang')).to.equal(false);
    // A detail of the data is English, and says so.
    const bad = await fixture<CompareElement>(html`<compare-facts lang="es" .data=${{ version: 1 }}></compare-facts>`);
    await waitUntil(() => bad.state === 'error', 'the invalid document', { timeout: 5000 });
    const details = [...bad.shadowRoot!.querySelectorAll('[part="error"] bdi')].slice(1);
    expect(details.length).to.be.greaterThan(0);
    // (The count of problems is in the page's language, Spanish: not a detail.)
    const count = details.filter((d) => /^\d+ problemas? en los datos/.test(textOf(d)));
    expect(count.length, 'the count, in Spanish').to.equal(1);
    expect(count[0]!.hasAttribute('lang')).to.equal(false);
    for (const d of details.filter((d) => !textOf(d).startsWith('…') && !count.includes(d))) expect(d.getAttribute('lang'), textOf(d)).to.equal('en');
  });
});
