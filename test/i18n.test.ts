/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { en, type Strings } from '../src/base/strings.js';
import { formatMonth } from '../src/base/locale.js';
import { ar } from '../src/i18n/ar.js';
import { cs } from '../src/i18n/cs.js';
import { de } from '../src/i18n/de.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { hi } from '../src/i18n/hi.js';
import { hu } from '../src/i18n/hu.js';
import { completeStrings, isRtl, LANGUAGES, loadStrings, registerStrings, stringsFor, stringsRevision } from '../src/i18n/index.js';
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
import { ca } from '../src/i18n/ca.js';
import { lt } from '../src/i18n/lt.js';
import { bn } from '../src/i18n/bn.js';
import { sk } from '../src/i18n/sk.js';
import { bg } from '../src/i18n/bg.js';
import { hr, bs } from '../src/i18n/hr.js';
import { sr } from '../src/i18n/sr.js';
import { 'sr-Latn' as srLatn } from '../src/i18n/sr-Latn.js';

type Loose = Record<string, unknown>;
const TABLES: ReadonlyArray<readonly [lang: string, table: Partial<Strings>]> = [
  ['de', de], ['fr', fr], ['es', es], ['ja', ja], ['ar', ar],
  ['it', italian], ['pt', pt], ['nl', nl], ['pl', pl], ['ru', ru], ['zh', zh], ['zh-Hant', zhHant], ['ko', ko], ['hi', hi],
  ['sv', sv], ['da', da], ['nb', nb], ['no', nb], ['fi', fi], ['el', greek],
  ['vi', vi], ['id', id], ['th', th], ['he', he], ['fa', fa],
  ['cs', cs], ['uk', uk], ['hu', hu], ['ro', ro], ['tr', tr],
  ['ca', ca], ['lt', lt], ['bn', bn],
  ['sk', sk], ['bg', bg], ['hr', hr], ['bs', bs], ['sr', sr], ['sr-Latn', srLatn],
];
const EN = en as Loose;
/** Keys whose functions take a count; every other function takes strings. */
const COUNTS = new Set(['moreIssues', 'showMore', 'problems']);
const NUMBERS = [0, 1, 2, 3, 11, 100];
const NAMES = ['Python', 'Rust'];
const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const clean = (s: unknown, where: string): void => {
  expect(s, where).to.be.a('string');
  expect((s as string).trim(), where).to.not.equal('');
  expect(s, where).to.not.match(/undefined|NaN|\[object|\$\{/);
};

describe('i18n: tables', () => {
  it('lists every language', () => expect([...LANGUAGES].sort()).to.deep.equal(['en', ...TABLES.map(([l]) => l)].sort()));

  for (const [lang, table] of TABLES) {
    describe(lang, () => {
      it('has exactly the keys of en', () => {
        const keys = Object.keys(table);
        const missing = Object.keys(en).filter((k) => !keys.includes(k));
        const extra = keys.filter((k) => !(k in en));
        expect(missing, `missing in ${lang}`).to.deep.equal([]);
        expect(extra, `not in en`).to.deep.equal([]);
      });

      it('has values of the English types', () => {
        for (const [key, value] of Object.entries(table)) {
          expect(kind(value), key).to.equal(kind(EN[key]));
          if (typeof value === 'function') expect(value.length, `${key} arity`).to.equal((EN[key] as () => string).length);
          if (typeof value === 'string') clean(value, key);
        }
      });

      it('has the keys of the English records, all strings', () => {
        for (const [key, value] of Object.entries(EN)) {
          if (kind(value) !== 'object') continue;
          const own = (table as Loose)[key] as Loose;
          expect(Object.keys(own).sort(), key).to.deep.equal(Object.keys(value as Loose).sort());
          for (const [k, v] of Object.entries(own)) clean(v, `${key}.${k}`);
        }
      });

      it('has functions that give clean text', () => {
        const nf = new Intl.NumberFormat(lang);
        for (const [key, value] of Object.entries(table)) {
          if (typeof value !== 'function') continue;
          const fn = value as (...args: unknown[]) => unknown;
          if (COUNTS.has(key)) {
            for (const n of NUMBERS) {
              const out = fn(n);
              clean(out, `${key}(${n})`);
              // Past the small numbers every language writes the number (in its own digits).
              if (n >= 3) expect(out, `${key}(${n})`).to.contain(nf.format(n));
            }
          } else {
            const args = NAMES.slice(0, fn.length);
            const out = fn(...args);
            clean(out, `${key}(${args.join(', ')})`);
            for (const a of args) expect(out, `${key} keeps ${a}`).to.contain(a);
          }
        }
      });

      it('keeps the code words of noData', () => {
        for (const word of ['src', 'for', '<script type="application/json">', 'data']) expect(table.noData).to.contain(word);
      });
    });
  }
});

describe('i18n: counted nouns', () => {
  // Polish and Russian: one (1, and 21 in Russian), few (2–4, 22–24), many (5–21 / 5–20, 25…).
  const cases: ReadonlyArray<readonly [string, Partial<Strings>, number, string, string]> = [
    ['pl', pl, 1, 'Pokaż jeszcze 1 cechę', '…i jeszcze 1 problem'],
    ['pl', pl, 2, 'Pokaż jeszcze 2 cechy', '…i jeszcze 2 problemy'],
    ['pl', pl, 5, 'Pokaż jeszcze 5 cech', '…i jeszcze 5 problemów'],
    ['pl', pl, 12, 'Pokaż jeszcze 12 cech', '…i jeszcze 12 problemów'],
    ['pl', pl, 21, 'Pokaż jeszcze 21 cech', '…i jeszcze 21 problemów'],
    ['pl', pl, 22, 'Pokaż jeszcze 22 cechy', '…i jeszcze 22 problemy'],
    ['ru', ru, 1, 'Показать ещё 1 характеристику', '…и ещё 1 проблема'],
    ['ru', ru, 2, 'Показать ещё 2 характеристики', '…и ещё 2 проблемы'],
    ['ru', ru, 5, 'Показать ещё 5 характеристик', '…и ещё 5 проблем'],
    ['ru', ru, 11, 'Показать ещё 11 характеристик', '…и ещё 11 проблем'],
    ['ru', ru, 21, 'Показать ещё 21 характеристику', '…и ещё 21 проблема'],
    ['ru', ru, 22, 'Показать ещё 22 характеристики', '…и ещё 22 проблемы'],
    // Czech: one (1), few (2–4), other (0, 5…; 21 too, unlike Polish and Russian).
    ['cs', cs, 1, 'Zobrazit 1 další parametr', '…a ještě 1 problém'],
    ['cs', cs, 3, 'Zobrazit 3 další parametry', '…a ještě 3 problémy'],
    ['cs', cs, 5, 'Zobrazit 5 dalších parametrů', '…a ještě 5 problémů'],
    ['cs', cs, 21, 'Zobrazit 21 dalších parametrů', '…a ještě 21 problémů'],
    // Ukrainian: as Russian.
    ['uk', uk, 1, 'Показати ще 1 характеристику', '…і ще 1 проблема'],
    ['uk', uk, 2, 'Показати ще 2 характеристики', '…і ще 2 проблеми'],
    ['uk', uk, 5, 'Показати ще 5 характеристик', '…і ще 5 проблем'],
    ['uk', uk, 11, 'Показати ще 11 характеристик', '…і ще 11 проблем'],
    ['uk', uk, 21, 'Показати ще 21 характеристику', '…і ще 21 проблема'],
    ['uk', uk, 24, 'Показати ще 24 характеристики', '…і ще 24 проблеми'],
    // Romanian: one (1), few (2–19, 101–119…), and "de" before the noun from 20 on.
    ['ro', ro, 1, 'Afișați încă 1 caracteristică', '…și încă 1 problemă'],
    ['ro', ro, 2, 'Afișați încă 2 caracteristici', '…și încă 2 probleme'],
    ['ro', ro, 19, 'Afișați încă 19 caracteristici', '…și încă 19 probleme'],
    ['ro', ro, 20, 'Afișați încă 20 de caracteristici', '…și încă 20 de probleme'],
    ['ro', ro, 101, 'Afișați încă 101 caracteristici', '…și încă 101 probleme'],
    // Hungarian and Turkish: the noun stays singular after a number.
    ['hu', hu, 1, 'Még 1 jellemző megjelenítése', '…és még 1 probléma'],
    ['hu', hu, 5, 'Még 5 jellemző megjelenítése', '…és még 5 probléma'],
    ['tr', tr, 1, '1 özellik daha göster', '…ve 1 sorun daha'],
    ['tr', tr, 5, '5 özellik daha göster', '…ve 5 sorun daha'],
    // Catalan: one (1), other (0, 2…; a million, "many", takes the plural too).
    ['ca', ca, 1, 'Mostra 1 característica més', '…i 1 problema més'],
    ['ca', ca, 2, 'Mostra 2 característiques més', '…i 2 problemes més'],
    ['ca', ca, 1000000, 'Mostra 1.000.000 característiques més', '…i 1.000.000 problemes més'],
    // Lithuanian: one (1, 21, 31…; not 11), few (2–9, 22–29…), other (0, 10–20, 30…), here in the accusative.
    ['lt', lt, 1, 'Rodyti dar 1 savybę', '…ir dar 1 problema'],
    ['lt', lt, 2, 'Rodyti dar 2 savybes', '…ir dar 2 problemos'],
    ['lt', lt, 9, 'Rodyti dar 9 savybes', '…ir dar 9 problemos'],
    ['lt', lt, 10, 'Rodyti dar 10 savybių', '…ir dar 10 problemų'],
    ['lt', lt, 11, 'Rodyti dar 11 savybių', '…ir dar 11 problemų'],
    ['lt', lt, 21, 'Rodyti dar 21 savybę', '…ir dar 21 problema'],
    ['lt', lt, 22, 'Rodyti dar 22 savybes', '…ir dar 22 problemos'],
    ['lt', lt, 30, 'Rodyti dar 30 savybių', '…ir dar 30 problemų'],
    // Slovak: as Czech.
    ['sk', sk, 1, 'Zobraziť 1 ďalší parameter', '…a ešte 1 problém'],
    ['sk', sk, 4, 'Zobraziť 4 ďalšie parametre', '…a ešte 4 problémy'],
    ['sk', sk, 5, 'Zobraziť 5 ďalších parametrov', '…a ešte 5 problémov'],
    ['sk', sk, 21, 'Zobraziť 21 ďalších parametrov', '…a ešte 21 problémov'],
    // Croatian and Serbian: one (1, 21, 31…), few (2–4, 22–24…), other (0, 5–20, 25…).
    ['hr', hr, 1, 'Prikaži još 1 značajku', '…i još 1 problem'],
    ['hr', hr, 3, 'Prikaži još 3 značajke', '…i još 3 problema'],
    ['hr', hr, 11, 'Prikaži još 11 značajki', '…i još 11 problema'],
    ['hr', hr, 21, 'Prikaži još 21 značajku', '…i još 21 problem'],
    ['hr', hr, 22, 'Prikaži još 22 značajke', '…i još 22 problema'],
    ['sr', sr, 1, 'Прикажи још 1 карактеристику', '…и још 1 проблем'],
    ['sr', sr, 2, 'Прикажи још 2 карактеристике', '…и још 2 проблема'],
    ['sr', sr, 5, 'Прикажи још 5 карактеристика', '…и још 5 проблема'],
    ['sr', sr, 12, 'Прикажи још 12 карактеристика', '…и још 12 проблема'],
    ['sr', sr, 21, 'Прикажи још 21 карактеристику', '…и још 21 проблем'],
    ['sr-Latn', srLatn, 1, 'Prikaži još 1 karakteristiku', '…i još 1 problem'],
    ['sr-Latn', srLatn, 24, 'Prikaži još 24 karakteristike', '…i još 24 problema'],
    ['sr-Latn', srLatn, 25, 'Prikaži još 25 karakteristika', '…i još 25 problema'],
    // Bulgarian: one and other; a masculine noun takes its count form ("2 проблема", not "проблеми").
    ['bg', bg, 1, 'Покажи още 1 характеристика', '…и още 1 проблем'],
    ['bg', bg, 2, 'Покажи още 2 характеристики', '…и още 2 проблема'],
    ['bg', bg, 21, 'Покажи още 21 характеристики', '…и още 21 проблема'],
  ];
  for (const [lang, table, n, more, issues] of cases) {
    it(`${lang}: ${n}`, () => {
      expect(table.showMore!(n)).to.equal(more);
      expect(table.moreIssues!(n)).to.equal(issues);
    });
  }

  it('one and other in the languages with two forms', () => {
    expect(italian.showMore!(1)).to.equal('Mostra un’altra caratteristica');
    expect(italian.showMore!(5)).to.equal('Mostra altre 5 caratteristiche');
    expect(pt.showMore!(1)).to.equal('Mostrar mais 1 característica');
    expect(pt.showMore!(2)).to.equal('Mostrar mais 2 características');
    expect(nl.showMore!(1)).to.equal('Nog 1 kenmerk tonen');
    expect(nl.showMore!(22)).to.equal('Nog 22 kenmerken tonen');
    expect(hi.showMore!(1)).to.equal('1 और विशेषता दिखाएँ');
    expect(hi.showMore!(5)).to.equal('5 और विशेषताएँ दिखाएँ');
    // Thousands in each language's own way.
    expect(ru.showMore!(1000)).to.equal(`Показать ещё ${new Intl.NumberFormat('ru').format(1000)} характеристик`);
    expect(zh.showMore!(12)).to.equal('再显示 12 项');
    expect(ko.showMore!(12)).to.equal('항목 12개 더 보기');
  });

  it('Hebrew says one alone; Vietnamese, Indonesian, Thai, Persian and Bengali do not change the noun, Persian and Bengali in their digits', () => {
    expect(he.showMore!(1)).to.equal('הצגת מאפיין נוסף');
    expect(he.showMore!(2)).to.equal('הצגת 2 מאפיינים נוספים');
    expect(he.moreIssues!(1)).to.equal('…ועוד בעיה אחת');
    expect(he.moreIssues!(12)).to.equal('…ועוד 12 בעיות');
    expect(vi.showMore!(1)).to.equal('Hiện thêm 1 thông số');
    expect(vi.showMore!(1200)).to.equal('Hiện thêm 1.200 thông số');
    expect(id.showMore!(1200)).to.equal('Tampilkan 1.200 atribut lagi');
    expect(th.showMore!(5)).to.equal('แสดงคุณสมบัติอีก 5 รายการ');
    expect(fa.showMore!(1)).to.equal('نمایش ۱ ویژگی دیگر');
    expect(fa.showMore!(1200)).to.equal('نمایش ۱٬۲۰۰ ویژگی دیگر');
    expect(fa.moreIssues!(3)).to.equal('…و ۳ مشکل دیگر');
    // Bengali: a counter, "টি", after the number, in Bengali digits (grouped in lakhs past 99,999).
    expect(bn.showMore!(1)).to.equal('আরও ১টি বৈশিষ্ট্য দেখান');
    expect(bn.showMore!(5)).to.equal('আরও ৫টি বৈশিষ্ট্য দেখান');
    expect(bn.showMore!(1200)).to.equal('আরও ১,২০০টি বৈশিষ্ট্য দেখান');
    expect(bn.showMore!(123456)).to.equal('আরও ১,২৩,৪৫৬টি বৈশিষ্ট্য দেখান');
    expect(bn.moreIssues!(3)).to.equal('…এবং আরও ৩টি সমস্যা');
    expect(bn.problems!(2)).to.equal('তুলনার ডেটায় ২টি সমস্যা:');
  });
  it('the error box\'s count of problems in each language\'s plural forms', () => {
    expect(en.problems(1)).to.equal('1 problem in the comparison data:');
    expect(en.problems(18)).to.equal('18 problems in the comparison data:');
    expect([1, 3, 18].map((n) => cs.problems!(n))).to.deep.equal(['1 problém v datech srovnání:', '3 problémy v datech srovnání:', '18 problémů v datech srovnání:']);
    expect([1, 3, 22, 25].map((n) => pl.problems!(n))).to.deep.equal(['1 problem w danych porównania:', '3 problemy w danych porównania:', '22 problemy w danych porównania:', '25 problemów w danych porównania:']);
    expect([1, 21, 3, 11].map((n) => ru.problems!(n))).to.deep.equal(['1 проблема в данных сравнения:', '21 проблема в данных сравнения:', '3 проблемы в данных сравнения:', '11 проблем в данных сравнения:']);
    expect([1, 20].map((n) => ro.problems!(n))).to.deep.equal(['1 problemă în datele comparației:', '20 de probleme în datele comparației:']);
    expect([1, 2].map((n) => he.problems!(n))).to.deep.equal(['בעיה אחת בנתוני ההשוואה:', '2 בעיות בנתוני ההשוואה:']);
    expect(fr.problems!(1)).to.equal('1 problème dans les données de la comparaison :');
    expect(de.problems!(2)).to.equal('2 Probleme in den Vergleichsdaten:');
    expect(hu.problems!(5)).to.equal('5 probléma az összehasonlítás adataiban:');
    expect([1, 3, 12, 21].map((n) => lt.problems!(n))).to.deep.equal(['1 problema palyginimo duomenyse:', '3 problemos palyginimo duomenyse:', '12 problemų palyginimo duomenyse:', '21 problema palyginimo duomenyse:']);
  });
  it('one and other in Swedish, Danish, Norwegian, Finnish (the partitive) and Greek (the genitive)', () => {
    const cases: ReadonlyArray<readonly [Partial<Strings>, number, string, string]> = [
      [sv, 1, 'Visa 1 egenskap till', '…och 1 problem till'],
      [sv, 2, 'Visa 2 egenskaper till', '…och 2 problem till'],
      [da, 1, 'Vis 1 egenskab mere', '…og 1 problem mere'],
      [da, 2, 'Vis 2 egenskaber mere', '…og 2 problemer mere'],
      [nb, 1, 'Vis 1 egenskap til', '…og 1 problem til'],
      [nb, 2, 'Vis 2 egenskaper til', '…og 2 problemer til'],
      [fi, 1, 'Näytä 1 ominaisuus lisää', '…ja 1 muu ongelma'],
      [fi, 2, 'Näytä 2 ominaisuutta lisää', '…ja 2 muuta ongelmaa'],
      [greek, 1, 'Εμφάνιση 1 ακόμη χαρακτηριστικού', '…και 1 ακόμη πρόβλημα'],
      [greek, 2, 'Εμφάνιση 2 ακόμη χαρακτηριστικών', '…και 2 ακόμη προβλήματα'],
    ];
    for (const [table, n, more, issues] of cases) {
      expect(table.showMore!(n)).to.equal(more);
      expect(table.moreIssues!(n)).to.equal(issues);
    }
    // Thousands in each language's own way ("1 000" with a no-break space in Swedish, "1.000" in Danish).
    for (const [lang, table] of [['sv', sv], ['da', da], ['nb', nb], ['fi', fi], ['el', greek]] as const) {
      expect(table.showMore!(1000), lang).to.contain(new Intl.NumberFormat(lang).format(1000));
    }
  });
});

describe('i18n: Chinese punctuation', () => {
  for (const [lang, table] of [['zh', zh], ['zh-Hant', zhHant]] as const) {
    it(`is full width: no ASCII , : ; ? ! ( ) in the ${lang} table`, () => {
      const texts: string[] = [];
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') texts.push(value);
        else if (typeof value === 'function') texts.push(String((value as (...a: unknown[]) => unknown)(...(COUNTS.has(key) ? [3] : NAMES))));
        else texts.push(...Object.values(value as Loose).map(String));
      }
      for (const text of texts) expect(text).to.not.match(/[,:;?!()]/);
    });
  }

  it('the Traditional table is in Traditional characters, in Taiwan\'s words', () => {
    const text = JSON.stringify(zhHant) + Object.values(zhHant).map((v) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('1', '2')) : '')).join('');
    // Simplified forms of the characters (and the mainland words) its Traditional table must not have.
    for (const simplified of '们对数据这为设请显钮订阅电邮视频项选择择结论关键价变动时发网页载开'.split('')) expect(text, simplified).to.not.contain(simplified);
    for (const word of ['视频', '渠道', '标签页', '数据']) expect(text).to.not.contain(word);
    for (const word of ['資料', '影片', '分頁', '管道', '電子郵件', '最後更新', '訂閱']) expect(text, word).to.contain(word);
    expect(zhHant.showMore!(12)).to.equal('顯示其餘 12 個項目');
  });
});

describe('i18n: Greek punctuation', () => {
  it('asks with ";", the Greek question mark, never "?"', () => {
    expect(greek.helpfulQuestion).to.match(/;$/);
    for (const value of Object.values(greek)) if (typeof value === 'string') expect(value).to.not.contain('?');
  });
});

describe('i18n: tables loaded on demand', () => {
  it('reads English until a table is loaded, then the table', async () => {
    expect(stringsFor('de').keyFacts).to.equal(en.keyFacts);
    const revision = stringsRevision();
    const loading = loadStrings('de-AT');
    expect(loading).to.be.an.instanceOf(Promise);
    expect(loadStrings('de')).to.equal(loading); // one load per language
    await loading;
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de-AT').showMore(2)).to.equal(de.showMore!(2));
    expect(stringsRevision()).to.be.above(revision);
    expect(loadStrings('de')).to.equal(null);
  });

  it('has nothing to load for English, other languages or invalid tags', () => {
    // (Malay shares the Indonesian value words, not its interface.)
    for (const tag of ['en', 'en-GB', 'lv-LV', 'sw', 'ms', 'ms-MY', 'zz', '', 'not a tag', 'constructor', '__proto__']) expect(loadStrings(tag), tag).to.equal(null);
  });

  it('takes a page’s own language, completed from English', () => {
    registerStrings('lv', { keyFacts: 'Galvenie fakti un skaitļi' });
    expect(stringsFor('lv-LV').keyFacts).to.equal('Galvenie fakti un skaitļi');
    expect(stringsFor('lv').best).to.equal(en.best);
    expect(loadStrings('lv')).to.equal(null);
    registerStrings('lv', { keyFacts: 'Fakti' });
    expect(stringsFor('lv').keyFacts).to.equal('Fakti');
    registerStrings('not a tag', { keyFacts: 'x' });
    registerStrings('sw', null as unknown as Partial<Strings>);
    expect(stringsFor('sw').keyFacts).to.equal(en.keyFacts);
  });
});

describe('i18n: stringsFor', () => {
  before(() => Promise.all(TABLES.map(([lang]) => loadStrings(lang))));

  it('picks the table by the language subtag', () => {
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de-AT').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('DE-at').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('ar-EG').keyFacts).to.equal(ar.keyFacts);
    expect(stringsFor('ja-JP').showMore(3)).to.equal(ja.showMore!(3));
    expect(stringsFor('fr-CA').linkKinds['video']).to.equal(fr.linkKinds!['video']);
    expect(stringsFor('pt-BR').keyFacts).to.equal(pt.keyFacts);
    expect(stringsFor('pt-PT').keyFacts).to.equal(pt.keyFacts);
    expect(stringsFor('zh-CN').ourVerdict).to.equal(zh.ourVerdict);
    expect(stringsFor('zh-Hans').ourVerdict).to.equal(zh.ourVerdict);
    // Chinese by script: Traditional for Hant, or with no script for Taiwan, Hong Kong and Macau; else Simplified.
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-Hant-TW', 'zh-HK', 'zh-MO', 'zh-hant-hk', 'zh-Hant-CN']) {
      expect(stringsFor(tag).ourVerdict, tag).to.equal('我們的結論');
      expect(stringsFor(tag).keyFacts, tag).to.equal(zhHant.keyFacts);
    }
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-TW', 'zh-Hans-HK', 'zh-MY']) expect(stringsFor(tag).ourVerdict, tag).to.equal('我们的结论');
    // Serbian by script: Latin for Latn, or with no script where Intl writes Serbian in Latin letters (Montenegro), as
    // its dates then are; else Cyrillic. Bosnian reads Croatian.
    for (const tag of ['sr-Latn', 'sr-Latn-RS', 'sr-ME', 'sr-latn-ba']) expect(stringsFor(tag).keyFacts, tag).to.equal('Ključne činjenice i brojke');
    for (const tag of ['sr', 'sr-RS', 'sr-BA', 'sr-Cyrl', 'sr-Cyrl-ME']) expect(stringsFor(tag).keyFacts, tag).to.equal('Кључне чињенице и бројке');
    for (const tag of ['sr-Latn', 'sr-ME', 'sr', 'sr-RS']) expect(formatMonth('2026-05-01', tag), tag).to.match(/Latn|ME/.test(tag) ? /^maj/ : /^мај/);
    for (const tag of ['bs', 'bs-BA', 'hr-HR']) expect(stringsFor(tag).keyFacts, tag).to.equal(hr.keyFacts);
    expect(stringsFor('sk-SK').keyFacts).to.equal(sk.keyFacts);
    expect(stringsFor('bg-BG').keyFacts).to.equal(bg.keyFacts);
    expect(stringsFor('it-CH').faq).to.equal(italian.faq);
    expect(stringsFor('nl-BE').faq).to.equal(nl.faq);
    expect(stringsFor('ko-KR').faq).to.equal(ko.faq);
    expect(stringsFor('hi-IN').faq).to.equal(hi.faq);
    expect(stringsFor('vi-VN').faq).to.equal(vi.faq);
    expect(stringsFor('id-ID').faq).to.equal(id.faq);
    expect(stringsFor('th-TH').faq).to.equal(th.faq);
    expect(stringsFor('he-IL').faq).to.equal(he.faq);
    expect(stringsFor('fa-IR').faq).to.equal(fa.faq);
    expect(stringsFor('ms').faq, 'Malay: English').to.equal(en.faq);
    expect(stringsFor('sv-SE').faq).to.equal(sv.faq);
    expect(stringsFor('da-DK').faq).to.equal(da.faq);
    expect(stringsFor('nb-NO').faq).to.equal(nb.faq);
    // "no" (Norwegian, no written standard named) and "no-NO" read Bokmål.
    expect(stringsFor('no').faq).to.equal(nb.faq);
    expect(stringsFor('no-NO').showMore(2)).to.equal(nb.showMore!(2));
    expect(stringsFor('fi-FI').faq).to.equal(fi.faq);
    expect(stringsFor('el-GR').faq).to.equal(greek.faq);
    expect(stringsFor('cs-CZ').faq).to.equal(cs.faq);
    expect(stringsFor('uk-UA').faq).to.equal(uk.faq);
    expect(stringsFor('hu-HU').faq).to.equal(hu.faq);
    expect(stringsFor('ro-MD').faq).to.equal(ro.faq);
    expect(stringsFor('tr-TR').faq).to.equal(tr.faq);
  });

  it('falls back to English', () => {
    for (const tag of ['en', 'en-GB', 'sw-KE', 'xx', '', '  ', 'not a tag', 'en_US', '123', '-', 'constructor', '__proto__']) {
      expect(stringsFor(tag).keyFacts, JSON.stringify(tag)).to.equal(en.keyFacts);
    }
    expect(stringsFor(undefined as unknown as string).keyFacts).to.equal(en.keyFacts);
  });

  it('falls back to English for a key a table lacks, never to the key name', () => {
    const { keyFacts: _missing, showMore: _alsoMissing, linkKinds, ...rest } = de;
    const partial = { ...rest, linkKinds: { video: linkKinds!['video']! } } as Partial<Strings>;
    const s = completeStrings(partial);
    expect(s.keyFacts).to.equal(en.keyFacts);
    expect(s.showMore(3)).to.equal(en.showMore(3));
    expect(s.linkKinds['video']).to.equal(de.linkKinds!['video']);
    expect(s.linkKinds['article']).to.equal(en.linkKinds['article']);
    expect(s.faq).to.equal(de.faq);
    expect(Object.keys(s).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(s)) {
      if (typeof value === 'string') expect(value, key).to.not.equal(key);
    }
    // The built-in tables go through the same completion.
    expect(stringsFor('de')).to.deep.equal(completeStrings(de));
  });

  it('returns a full, frozen table, cached per language', () => {
    const s = stringsFor('es-MX');
    expect(Object.isFrozen(s)).to.equal(true);
    expect(Object.keys(s).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(kind((s as Loose)[key]), key).to.equal(kind(EN[key]));
    expect(stringsFor('es')).to.equal(s);
    expect(stringsFor('sw')).to.equal(stringsFor('zz'));
  });

  it('applies overrides of the right type', () => {
    const s = stringsFor('de-CH', { keyFacts: 'Eckdaten', showMore: (n: number) => `+${n}`, linkKinds: { video: 'Clips' } });
    expect(s.keyFacts).to.equal('Eckdaten');
    expect(s.showMore(4)).to.equal('+4');
    expect(s.linkKinds['video']).to.equal('Clips');
    expect(s.linkKinds['article']).to.equal(de.linkKinds!['article']);
    expect(s.faq).to.equal(de.faq);
    expect(Object.isFrozen(s)).to.equal(true);
    // The cached table is untouched.
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de').linkKinds['video']).to.equal(de.linkKinds!['video']);
  });

  it('ignores overrides of the wrong type or unknown keys', () => {
    const wrong = { keyFacts: 42, showMore: 'many', faq: () => 'x', linkKinds: 'links', loading: null, bogus: 'x' } as unknown as Partial<Strings>;
    const s = stringsFor('fr', wrong);
    expect(s.keyFacts).to.equal(fr.keyFacts);
    expect(s.showMore(2)).to.equal(fr.showMore!(2));
    expect(s.faq).to.equal(fr.faq);
    expect(s.linkKinds).to.deep.equal(fr.linkKinds);
    expect(s.loading).to.equal(fr.loading);
    expect('bogus' in s).to.equal(false);
    expect(stringsFor('en', null)).to.equal(stringsFor('en'));
  });
});

describe('i18n: isRtl', () => {
  it('knows right-to-left languages', () => {
    for (const tag of ['ar', 'ar-EG', 'AR', 'he', 'he-IL', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'ug', 'az-Arab', 'pa-Arab']) {
      expect(isRtl(tag), tag).to.equal(true);
    }
  });
  it('knows left-to-right ones', () => {
    for (const tag of ['en', 'en-US', 'ja', 'de', 'zh-Hans', 'ar-Latn', 'pa', 'az']) expect(isRtl(tag), tag).to.equal(false);
  });
  it('says no to invalid tags', () => {
    for (const tag of ['', 'not a tag', 'ar_EG']) expect(isRtl(tag), tag).to.equal(false);
  });
});
