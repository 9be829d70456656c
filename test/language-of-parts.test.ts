/// <reference types="mocha" />
/**
 * Language of parts (WCAG 3.1.2): a comparison whose `locale` is another
 * language than the page's keeps the interface words in the page's language
 * and marks its own text with its `locale`, so a screen reader reads each in
 * its own voice (and the browser picks the right glyphs and hyphenation).
 * Every text node is checked: the comparison's strings must resolve to its
 * language, the interface's English words to English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { en } from '../src/base/strings.js';
import { ar } from '../src/i18n/ar.js';
import { zh } from '../src/i18n/zh.js';
import { 'zh-Hant' as zhHant } from '../src/i18n/zh-Hant.js';
import { formatMonth } from '../src/base/locale.js';
import { pageSettled, sectionsOf, settled, some } from './helpers/util.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { SECTIONS } from '../src/components/compare-page/compare-page.js';

/** A German comparison with every section, and two missing values and winners among its cells. */
const doc = {
  version: 1,
  id: 'tee-gegen-kaffee',
  title: 'Tee gegen Kaffee',
  description: 'Zwei Heißgetränke im Vergleich',
  locale: 'de-DE',
  updated: '2026-06-01',
  items: [
    { id: 'tee', name: 'Grüner Tee', summary: 'Mild und belebend', audience: 'Genießer am Nachmittag' },
    { id: 'kaffee', name: 'Filterkaffee', summary: 'Kräftig und wach machend', audience: 'Frühaufsteher im Büro' },
  ],
  shortAnswer: 'Kaffee weckt schneller, Tee hält länger',
  verdict: { text: 'Beide haben ihren Platz im Alltag', winner: 'tee', chooseIf: { tee: 'Sie Ruhe suchen', kaffee: 'Sie Energie brauchen' } },
  highlights: [
    { topic: 'Geschmack', values: { tee: 'Grasig und frisch', kaffee: 'Röstig und bitter' }, winner: 'tee' },
    { topic: 'Zubereitung', values: { tee: 'Ziehen lassen' } },
  ],
  groups: [{ id: 'inhalt', label: 'Inhaltsstoffe', collapseAfter: 1 }],
  attributes: [
    { id: 'koffein', label: 'Koffein pro Tasse', unit: 'mg', key: true, better: 'higher', values: { tee: 30, kaffee: 95 } },
    { id: 'preis', label: 'Preis pro Tasse', key: true, better: 'lower', values: { tee: '0,20 €', kaffee: '0,35 €' } },
    { id: 'herkunft', label: 'Herkunftsland', key: true, values: { tee: 'Japan', kaffee: null }, note: 'Hauptanbaugebiet' },
    { id: 'gerbstoffe', label: 'Gerbstoffe', group: 'inhalt', values: { tee: 'Reichlich vorhanden', kaffee: 'Wenige' } },
    { id: 'saeure', label: 'Säuregehalt', group: 'inhalt', values: { tee: 'Niedrig', kaffee: 'Hoch' } },
  ],
  pros: { tee: ['Sanfte Wirkung'], kaffee: ['Schneller Effekt'] },
  cons: { tee: ['Schwacher Geschmack'], kaffee: ['Unruhe am Abend'] },
  faq: [{ question: 'Macht Tee wach?', answer: 'Ja, aber langsamer als Kaffee' }],
  resources: [
    { title: 'Teekunde für Einsteiger', url: 'https://example.org/tee', kind: 'article', description: 'Eine kurze Einführung' },
    { title: 'Bohnen kaufen', url: 'https://example.org/kaufen', kind: 'affiliate' },
  ],
  related: [{ title: 'Tee gegen Mate', url: '/tee-gegen-mate', kind: 'comparison', category: 'Getränke' }],
  track: { triggers: [{ id: 'preis', label: 'Preisänderung' }] },
  sourcesNote: 'Alle Angaben ohne Gewähr.',
};

/** Every string the comparison gives as text (not ids, URLs, colours or the locale). */
function dataStrings(value: unknown, key = '', out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (!['id', 'url', 'locale', 'updated', 'kind', 'winner', 'group', 'better'].includes(key)) out.add(value.trim());
  } else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) dataStrings(v, k, out);
  return out;
}

/** The English interface words that are plain strings ("Best", "Pros", "not available"…). */
function interfaceStrings(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v.trim());
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(en);
  return out;
}

/** `lang` in effect at a node: its nearest `[lang]`, looking out of shadow roots. */
function langAt(node: Node): string {
  let el: Element | null = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  while (el) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** Text nodes of a tree, its shadow roots and slotted light DOM included, once each. */
function textNodes(root: Node, out: Text[] = [], seen = new Set<Node>()): Text[] {
  if (seen.has(root)) return out;
  seen.add(root);
  if (root.nodeType === Node.TEXT_NODE) {
    out.push(root as Text);
    return out;
  }
  // Styles and JSON-LD are not read.
  if (root instanceof Element && (root.localName === 'style' || root.localName === 'script')) return out;
  if (root instanceof Element && root.shadowRoot) textNodes(root.shadowRoot, out, seen);
  for (const child of root.childNodes) textNodes(child, out, seen);
  return out;
}

/** Every section element. */
const TAGS = SECTIONS.map((s) => `compare-${s}`);

async function mount(tag: string, pageLang: string, data: unknown = doc): Promise<CompareElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${pageLang} style="inline-size:1000px"></div>`);
  const el = document.createElement(tag) as CompareElement;
  el.data = data;
  wrap.append(el);
  await settled(el, 'ready');
  return el;
}

/** Counts and wrong languages of the comparison's text and of the interface words. */
function audit(el: Element, dataLang = 'de', uiLang = 'en') {
  const data = dataStrings(doc);
  const ui = interfaceStrings();
  const result = { data: 0, ui: 0, wrong: [] as string[] };
  for (const node of textNodes(el)) {
    const text = node.data.replace(/\s+/g, ' ').trim();
    if (!text || (data.has(text) && ui.has(text))) continue;
    const lang = langAt(node);
    if (data.has(text)) {
      result.data++;
      if (!lang.startsWith(dataLang)) result.wrong.push(`"${text}" (the comparison's) is in "${lang}"`);
    } else if (ui.has(text)) {
      result.ui++;
      if (!lang.startsWith(uiLang)) result.wrong.push(`"${text}" (interface) is in "${lang}"`);
    }
  }
  return result;
}

describe('language of parts: a German comparison on an English page', () => {
  for (const tag of TAGS) {
    it(`<${tag}> marks the comparison's text German and keeps its interface words English`, async () => {
      const el = await mount(tag, 'en');
      const { data, ui, wrong } = audit(el);
      expect(wrong, wrong.join('\n')).to.deep.equal([]);
      expect(data, 'texts of the comparison checked').to.be.greaterThan(0);
      expect(ui, 'interface words checked').to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('<compare-page>: every section, the same', async () => {
    const el = await mount('compare-page', 'en');
    for (const section of el.shadowRoot!.querySelectorAll<CompareElement>('[part~="section"] > *')) if (section.localName !== 'slot') await settled(section, 'ready');
    const { data, ui, wrong } = audit(el);
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
    expect(data).to.be.greaterThan(40);
    expect(ui).to.be.greaterThan(20);
  });

  it('the table: rows shown later ("Show 1 more attribute"), and the unnamed group\'s rows', async () => {
    const withUngrouped = { ...doc, attributes: [...doc.attributes, { id: 'farbe', label: 'Farbe', values: { tee: 'Grün', kaffee: 'Braun' } }] };
    const el = await mount('compare-table', 'en', withUngrouped);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('[data-row="saeure"]')!;
    expect(row.hasAttribute('hidden')).to.equal(false);
    expect(langAt(row.querySelector('th')!.firstChild!)).to.equal('de-DE');
    const farbe = el.shadowRoot!.querySelector('[data-row="farbe"]')!;
    expect(langAt(farbe.querySelector('th')!.firstChild!)).to.equal('de-DE');
  });
});

describe('language of parts: a page in a language without an interface table (Urdu)', () => {
  // The interface words fall back to English: marked English, not left to inherit "ur".
  for (const tag of TAGS) {
    it(`<${tag}>: the interface words English, a German comparison German, one without a locale Urdu`, async () => {
      for (const [data, dataLang] of [
        [doc, 'de'],
        [{ ...doc, locale: undefined }, 'ur'],
      ] as const) {
        const el = await mount(tag, 'ur', data);
        const { ui, wrong } = audit(el, dataLang, 'en');
        expect(wrong, wrong.join('\n')).to.deep.equal([]);
        expect(ui, 'interface words checked').to.be.greaterThan(0);
      }
    });
  }
});

describe('English words on a right-to-left page keep their punctuation in place', () => {
  /** Left edges, on screen, of the first and the last visible character of the node holding `text`. */
  const edges = (root: ShadowRoot, text: string) => {
    const node = textNodes(root).find((n) => n.data === text);
    some(node, `the text "${text}"`);
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(node!, i);
      r.setEnd(node!, i + 1);
      return r.getBoundingClientRect().left;
    };
    return { first: at(0), last: at(node!.data.length - 1) };
  };

  for (const pageLang of ['ur', 'ps']) {
    it(`on a page in "${pageLang}", "Was this verdict helpful?" ends with its question mark, on the right`, async () => {
      const el = await mount('compare-verdict', pageLang, { ...doc, locale: undefined });
      expect(getComputedStyle(el).direction, 'laid out right to left').to.equal('rtl');
      const { first, last } = edges(el.shadowRoot!, en.helpfulQuestion);
      expect(last, '"?" right of "W"').to.be.greaterThan(first);
    });
  }

  it('on a page in "ur", the English sentences read left to right, aligned with the page (right)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ur" dir="rtl" style="inline-size:1000px"></div>`);
    const page = document.createElement('compare-page') as CompareElement;
    page.data = { ...doc, locale: undefined };
    wrap.append(page);
    await pageSettled(page as ComparePage);
    /** The deepest element, in any shadow root, whose text is `text`. */
    const holder = (text: string) => {
      let found: Element | undefined;
      const walk = (node: Node) => {
        if (node instanceof Element && node.textContent!.replace(/\s+/g, ' ').trim() === text) found = node;
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
        node.childNodes.forEach(walk);
      };
      walk(wrap);
      some(found, `the text "${text}"`);
      return found!;
    };
    /** The box of one character of an element's text: its first (0) or its last (-1). */
    const char = (el: Element, end: 0 | -1) => {
      const nodes = textNodes(el).filter((n) => n.data.trim());
      const node = nodes.at(end)!;
      const i = end === 0 ? node.data.search(/\S/) : node.data.trimEnd().length - 1;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect();
    };
    // (The month in the page's language: an Urdu month in the English sentence.)
    const month = formatMonth(doc.updated, 'ur');
    for (const text of [en.consent, en.affiliateDisclosure, en.trackIntroCustom, en.lastUpdated(month), en.overallWinner('Grüner Tee'), en.helpfulQuestion]) {
      const el = holder(text);
      expect(char(el, -1).left, `the end of "${text}" right of its start`).to.be.greaterThan(char(el, 0).left);
    }
    for (const text of [en.affiliateDisclosure, en.trackIntroCustom]) {
      const block = holder(text).closest('p')!;
      const right = block.getBoundingClientRect().right - parseFloat(getComputedStyle(block).paddingInlineStart);
      expect(char(holder(text), -1).right, `"${text}" ends at the right of its paragraph`).to.be.closeTo(right, 2);
    }
  });

  it('the error\'s details (English) read left to right on an Arabic page, each line isolated', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="inline-size:600px"></div>`);
    const el = document.createElement('compare-facts') as CompareElement;
    el.data = { ...doc, items: [{ id: 'a' }, { id: 'b' }] };
    wrap.append(el);
    await settled(el, 'error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    // Where the data came from (English); then the count, in Arabic.
    const text = textNodes(box).find((n) => n.data === 'the data property: ');
    some(text, 'the source of the problems');
    expect(textNodes(box).some((n) => n.data === ar.problems!(el.error!.issues!.length)), 'the count in Arabic').to.equal(true);
    const r = document.createRange();
    r.setStart(text!, 0);
    r.setEnd(text!, 1);
    const start = r.getBoundingClientRect().left;
    r.setStart(text!, text!.data.length - 2);
    r.setEnd(text!, text!.data.length - 1);
    expect(r.getBoundingClientRect().left, 'its colon at its right end').to.be.greaterThan(start);
  });

  it('no isolate characters in what a screen reader reads: every text, name and label of every section, in each state', async () => {
    /** Text nodes and attributes (aria-label, title…) holding U+2066…U+2069, across shadow roots and the slotted light DOM. */
    const isolates = (root: Node) => {
      const found = textNodes(root).filter((n) => /[\u2066-\u2069]/.test(n.data)).map((n) => JSON.stringify(n.data));
      const walk = (node: Node) => {
        if (node instanceof Element) {
          for (const a of node.attributes) if (/[\u2066-\u2069]/.test(a.value)) found.push(`${node.localName}[${a.name}]`);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
        node.childNodes.forEach(walk);
      };
      walk(root);
      return found;
    };
    const id = `isolates-${Math.random().toString(36).slice(2)}`;
    // A winner, Diff columns, an affiliate link, an updated date in the comparison's language (German) and without one.
    for (const locale of [undefined, 'de-DE']) {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ur" dir="rtl"></div>`);
      const page = document.createElement('compare-page') as CompareElement;
      // (And a group whose values are all alike, for "No differences in this group.")
      const alike = { id: 'farbe', label: 'Farbe', group: 'gleich', values: { tee: 'Braun', kaffee: 'Braun' } };
      page.data = { ...doc, id, locale, groups: [...doc.groups, { id: 'gleich', label: 'Gleich' }], attributes: [...doc.attributes, alike] };
      wrap.append(page);
      await pageSettled(page as ComparePage);
      expect(isolates(wrap), `comparison in ${locale}`).to.deep.equal([]);
      expect(textNodes(wrap).map((n) => n.data).join(''), 'the interface in English').to.include(en.helpfulQuestion);
    }
    // What shows after a vote, an empty track form sent, the only-differences switch with none, and no data.
    const page = document.querySelector('compare-page')!;
    const [verdict, table, track] = ['verdict', 'table', 'track'].map((t) => sectionsOf(page).find((e) => e.localName === `compare-${t}`)!);
    verdict!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-yes"]')!.click();
    track!.shadowRoot!.querySelector<HTMLInputElement>('input[name="triggers"]')!.click();
    track!.shadowRoot!.querySelector('form')!.requestSubmit();
    const only = table!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    only.click();
    await Promise.all([verdict, table, track].map((e) => e!.updateComplete));
    const shown = textNodes(page).map((n) => n.data).join('');
    for (const words of [en.voteThanks, en.noTriggers, en.invalidEmail, en.noDifferences]) expect(shown, 'shown').to.include(words);
    expect(isolates(page)).to.deep.equal([]);
    localStorage.removeItem(`compare-kit:vote:${id}`);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ur" dir="rtl"></div>`);
    const empty = wrap.appendChild(document.createElement('compare-facts')) as CompareElement;
    await settled(empty, 'error');
    expect(isolates(wrap)).to.deep.equal([]);
    expect(empty.error!.message).to.equal(en.noData);
  });

  it('an Arabic page (its own words) and an English page get no isolates', async () => {
    for (const pageLang of ['ar', 'en']) {
      const el = await mount('compare-verdict', pageLang, { ...doc, locale: undefined });
      const question = el.shadowRoot!.querySelector('[part~="vote-question"]')!.textContent!;
      expect(question.trim(), pageLang).to.not.equal('');
      expect(question, pageLang).to.not.match(/[\u2068\u2069]/);
    }
  });
});

describe('language of parts: no marks when the languages agree', () => {
  for (const [page, locale] of [
    ['de', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['en', undefined],
  ] as const) {
    it(`a page in "${page}", a comparison in "${locale ?? '(no locale)'}": no lang inside the elements`, async () => {
      const data = { ...doc, locale };
      for (const tag of ['compare-facts', 'compare-table', 'compare-header', 'compare-resources']) {
        const el = await mount(tag, page, data);
        const marked = [...el.shadowRoot!.querySelectorAll('[lang]')].map((e) => `${e.localName}[lang=${e.getAttribute('lang')}]`);
        expect(marked, tag).to.deep.equal([]);
      }
    });
  }
});

describe('language of parts: Chinese in Traditional and in Simplified characters', () => {
  /** A comparison written in Traditional Chinese (Taiwan). */
  const taiwan = {
    version: 1,
    id: 'cha-yu-kafei',
    title: '茶與咖啡',
    locale: 'zh-TW',
    items: [
      { id: 'cha', name: '綠茶' },
      { id: 'kafei', name: '濾泡咖啡' },
    ],
    attributes: [{ id: 'jiage', label: '每杯價格', key: true, better: 'lower', values: { cha: '20 元', kafei: '35 元' } }],
  };

  it('a Traditional comparison on a Simplified page (zh-CN): its text marked zh-TW, the interface words zh-CN', async () => {
    const el = await mount('compare-facts', 'zh-CN', taiwan);
    const root = el.shadowRoot!;
    const caption = root.querySelector('caption')!;
    expect(caption.textContent!.trim()).to.equal(zh.keyFacts);
    const label = [...root.querySelectorAll('th')].find((th) => th.textContent!.includes('每杯價格'))!;
    expect(langAt(label.firstChild!), 'the row label').to.equal('zh-TW');
    const best = root.querySelector('span[part~="winner"]')!;
    expect(best.textContent!.trim()).to.equal(zh.best);
    expect(langAt(best.firstChild!), 'the best marker').to.equal('zh-CN');
  });

  it('a Traditional comparison on a Hong Kong page (zh-HK): the interface in Traditional characters, nothing marked', async () => {
    const el = await mount('compare-facts', 'zh-HK', taiwan);
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(zhHant.keyFacts);
    expect(el.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
  });
});
