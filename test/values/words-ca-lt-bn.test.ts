/// <reference types="mocha" />
/**
 * The words values are written with in Catalan, Lithuanian and Bengali
 * (src/i18n/ca.ts, lt.ts, bn.ts): units in their inflected forms, magnitudes,
 * bounds, ranges, prices per a time, "free", "unlimited", "lifetime".
 */
import { expect } from '@open-wc/testing';
import { diffRatio, parseQuantity, type Bound, type Dimension, type Quantity } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';
import { attributeRow } from '../../src/values/rows.js';
import { hasWords } from '../../src/values/units.js';
import { LANGUAGES, stringsFor } from '../../src/i18n/index.js';
import { en } from '../../src/base/strings.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

/** [dimension, min, max, unit, bound?, approximate?] or null (text, not a quantity). */
type Want = readonly [Dimension, number, number, string, Bound?, boolean?] | null;

function check(q: Quantity | null, want: Want): void {
  if (want === null) return void expect(q).to.equal(null);
  const [dimension, min, max, unit, bound = 'exact', approximate = false] = want;
  expect(q, 'a quantity').to.not.equal(null);
  expect({ dimension: q!.dimension, min: q!.min, max: q!.max, unit: q!.unit, bound: q!.bound, approximate: q!.approximate }).to.deep.equal({ dimension, min, max, unit, bound, approximate });
}

const VALUES: ReadonlyArray<readonly [text: string, locale: string, want: Want]> = [
  // Catalan: singular and plural, "l·l" as one word (with a middle dot, "ŀl" or one "l"), magnitudes ("mil milions" a
  // billion), bounds, "de … a …", prices "al mes", "a l’any", "anuals".
  ['1 any', 'ca', ['time', 1, 1, 'year']],
  ['2 anys', 'ca', ['time', 2, 2, 'year']],
  ['18 mesos', 'ca', ['time', 18, 18, 'month']],
  ['3 setmanes', 'ca', ['time', 3, 3, 'week']],
  ['1 dia', 'ca', ['time', 1, 1, 'day']],
  ['14 hores', 'ca', ['time', 14, 14, 'h']],
  ['90 minuts', 'ca', ['time', 90, 90, 'min']],
  ['30 segons', 'ca', ['time', 30, 30, 's']],
  ['5 mil·lisegons', 'ca', ['time', 5, 5, 'ms']],
  ['5 miŀlisegons', 'ca', ['time', 5, 5, 'ms']],
  ['5 milisegons', 'ca', ['time', 5, 5, 'ms']],
  ['3 mil·límetres', 'ca', ['measure', 3, 3, 'mm']],
  ['250 mil·lilitres', 'ca', ['measure', 250, 250, 'mL']],
  ['1,5 quilograms', 'ca', ['measure', 1.5, 1.5, 'kg']],
  ['12 quilòmetres', 'ca', ['measure', 12, 12, 'km']],
  ['2 litres', 'ca', ['measure', 2, 2, 'L']],
  ['5 mil', 'ca', ['count', 5000, 5000, '']],
  ['1,2 milions', 'ca', ['count', 1.2e6, 1.2e6, '']],
  ['2 mil milions', 'ca', ['count', 2e9, 2e9, '']],
  ['1,5 milions d’euros', 'ca', ['money', 1.5e6, 1.5e6, 'EUR']],
  ['fins a 18 hores', 'ca', ['time', 18, 18, 'h', 'atMost']],
  ['almenys 8 GB', 'ca', ['data', 8, 8, 'GB', 'atLeast']],
  ['més de 500', 'ca', ['count', 500, 500, '', 'above']],
  // ("de" elided before a vowel: "més d’11 hores", "menys d’1 segon", with either apostrophe)
  ['més d’11 hores', 'ca', ['time', 11, 11, 'h', 'above']],
  ["més d'1 milió", 'ca', ['count', 1e6, 1e6, '', 'above']],
  ['menys d’1 segon', 'ca', ['time', 1, 1, 's', 'below']],
  ['uns 5 GB', 'ca', ['data', 5, 5, 'GB', 'exact', true]],
  ['de 4 a 8 setmanes', 'ca', ['time', 4, 8, 'week']],
  ['9,99 €/mes', 'ca', ['rate', 9.99, 9.99, 'EUR/month']],
  ['12 € al mes', 'ca', ['rate', 12, 12, 'EUR/month']],
  ['99 € a l’any', 'ca', ['rate', 99, 99, 'EUR/year']],
  ["99 EUR a l'any", 'ca', ['rate', 99, 99, 'EUR/year']],
  ['99 € anuals', 'ca', ['rate', 99, 99, 'EUR/year']],
  ['Gratuïta', 'ca', ['money', 0, 0, '*']],
  ['Il·limitades', 'ca', ['count', Infinity, Infinity, '']],
  ['Sense límit', 'ca', ['count', Infinity, Infinity, '']],
  ['De per vida', 'ca', ['time', Infinity, Infinity, 'year']],
  // Lithuanian: the nominative, genitive, accusative and dative of each unit, its short forms ("val.", "mėn."),
  // "tūkst.", "mln.", "mlrd." (before a currency too), bounds, "nuo … iki …", prices per a month or a year.
  ['1 metai', 'lt', ['time', 1, 1, 'year']],
  ['2 metai', 'lt', ['time', 2, 2, 'year']],
  ['5 metų', 'lt', ['time', 5, 5, 'year']],
  ['2 metams', 'lt', ['time', 2, 2, 'year']],
  ['1 mėnuo', 'lt', ['time', 1, 1, 'month']],
  ['3 mėnesiai', 'lt', ['time', 3, 3, 'month']],
  ['18 mėnesių', 'lt', ['time', 18, 18, 'month']],
  ['6 mėn.', 'lt', ['time', 6, 6, 'month']],
  ['2 savaitės', 'lt', ['time', 2, 2, 'week']],
  ['14 dienų', 'lt', ['time', 14, 14, 'day']],
  ['1 para', 'lt', ['time', 1, 1, 'day']],
  ['1 valanda', 'lt', ['time', 1, 1, 'h']],
  ['2 valandos', 'lt', ['time', 2, 2, 'h']],
  ['1,5 valandos', 'lt', ['time', 1.5, 1.5, 'h']],
  ['18 valandų', 'lt', ['time', 18, 18, 'h']],
  ['2 val.', 'lt', ['time', 2, 2, 'h']],
  ['1 val. 30 min.', 'lt', ['time', 1.5, 1.5, 'h']],
  ['45 minutės', 'lt', ['time', 45, 45, 'min']],
  ['30 sekundžių', 'lt', ['time', 30, 30, 's']],
  ['250 milisekundžių', 'lt', ['time', 250, 250, 'ms']],
  ['1,2 kilogramo', 'lt', ['measure', 1.2, 1.2, 'kg']],
  ['2 kilogramai', 'lt', ['measure', 2, 2, 'kg']],
  ['5 kilometrai', 'lt', ['measure', 5, 5, 'km']],
  ['3 litrai', 'lt', ['measure', 3, 3, 'L']],
  ['5 tūkst.', 'lt', ['count', 5000, 5000, '']],
  ['5 tūkst. €', 'lt', ['money', 5000, 5000, 'EUR']],
  ['1,2 mln.', 'lt', ['count', 1.2e6, 1.2e6, '']],
  ['1,2 mln. eurų', 'lt', ['money', 1.2e6, 1.2e6, 'EUR']],
  ['3 mlrd.', 'lt', ['count', 3e9, 3e9, '']],
  ['2 milijonai', 'lt', ['count', 2e6, 2e6, '']],
  ['10 tūkstančių', 'lt', ['count', 1e4, 1e4, '']],
  // (after a fraction, the genitive singular: "1,2 milijono")
  ['1,2 milijono', 'lt', ['count', 1.2e6, 1.2e6, '']],
  ['1,5 milijardo €', 'lt', ['money', 1.5e9, 1.5e9, 'EUR']],
  ['2,5 tūkstančio', 'lt', ['count', 2500, 2500, '']],
  ['12 000', 'lt', ['count', 12000, 12000, '']],
  ['iki 18 val.', 'lt', ['time', 18, 18, 'h', 'atMost']],
  ['net iki 18 val.', 'lt', ['time', 18, 18, 'h', 'atMost']],
  ['nuo 39 990 €', 'lt', ['money', 39990, 39990, 'EUR', 'atLeast']],
  ['daugiau nei 500', 'lt', ['count', 500, 500, '', 'above']],
  ['mažiau nei 2 s', 'lt', ['time', 2, 2, 's', 'below']],
  ['apie 5 GB', 'lt', ['data', 5, 5, 'GB', 'exact', true]],
  ['nuo 10 iki 20 €', 'lt', ['money', 10, 20, 'EUR']],
  ['29 Eur', 'lt', ['money', 29, 29, 'EUR']],
  ['1,99 €/mėn.', 'lt', ['rate', 1.99, 1.99, 'EUR/month']],
  ['19 €/metus', 'lt', ['rate', 19, 19, 'EUR/year']],
  ['9,99 € per mėnesį', 'lt', ['rate', 9.99, 9.99, 'EUR/month']],
  ['9,99 € mėnesiui', 'lt', ['rate', 9.99, 9.99, 'EUR/month']],
  ['Nemokamai', 'lt', ['money', 0, 0, '*']],
  ['Neribota', 'lt', ['count', Infinity, Infinity, '']],
  ['Amžina', 'lt', ['time', Infinity, Infinity, 'year']],
  // (A bare "d" or "m" is no day nor year: "3D" a count.)
  ['3D', 'lt', ['count', 3, 3, '']],
  // Bengali: its digits (lakhs grouped in them), a unit as it is, "of" it and "in" it (ঘণ্টা also as ঘন্টা), "য়" as one
  // character or two, হাজার, লাখ and লক্ষ, কোটি (a smaller after a larger adds), bounds before and after, "থেকে",
  // taka, prices per a month or a year before or after the amount.
  ['২ বছর', 'bn', ['time', 2, 2, 'year']],
  ['২ বছরের ওয়ারেন্টি', 'bn', ['time', 2, 2, 'year']],
  ['১৮ মাস', 'bn', ['time', 18, 18, 'month']],
  ['৬ মাসের', 'bn', ['time', 6, 6, 'month']],
  ['২ সপ্তাহ', 'bn', ['time', 2, 2, 'week']],
  ['১৪ দিন', 'bn', ['time', 14, 14, 'day']],
  ['১৮ ঘণ্টা', 'bn', ['time', 18, 18, 'h']],
  ['১৮ ঘন্টা', 'bn', ['time', 18, 18, 'h']],
  ['২ ঘণ্টায়', 'bn', ['time', 2, 2, 'h']],
  ['২ ঘণ্টা\u09df', 'bn', ['time', 2, 2, 'h']],
  ['২ ঘণ্টা ৩০ মিনিট', 'bn', ['time', 2.5, 2.5, 'h']],
  ['৪৫ সেকেন্ড', 'bn', ['time', 45, 45, 's']],
  ['১.৫ কেজি', 'bn', ['measure', 1.5, 1.5, 'kg']],
  ['৫ কিমি', 'bn', ['measure', 5, 5, 'km']],
  ['৬৫ ওয়াট', 'bn', ['measure', 65, 65, 'W']],
  ['৬৫ ও\u09dfাট', 'bn', ['measure', 65, 65, 'W']],
  ['১২৮ জিবি', 'bn', ['data', 128, 128, 'GB']],
  // (data units and hertz spelt out, a camera's "এমপি")
  ['৮ গিগাবাইট', 'bn', ['data', 8, 8, 'GB']],
  ['৫১২ মেগাবাইট', 'bn', ['data', 512, 512, 'MB']],
  ['১ টেরাবাইট', 'bn', ['data', 1, 1, 'TB']],
  ['২.৪ গিগাহার্টজ', 'bn', ['measure', 2.4, 2.4, 'GHz']],
  ['৫০ এমপি', 'bn', ['measure', 50, 50, 'MP']],
  ['১২,৩৪,৫৬৭', 'bn', ['count', 1234567, 1234567, '']],
  ['৮০ হাজার', 'bn', ['count', 8e4, 8e4, '']],
  ['১০ লাখ', 'bn', ['count', 1e6, 1e6, '']],
  ['১.৫ লক্ষ টাকা', 'bn', ['money', 1.5e5, 1.5e5, 'BDT']],
  ['২ কোটি', 'bn', ['count', 2e7, 2e7, '']],
  ['২ কোটি ৫০ লাখ', 'bn', ['count', 2.5e7, 2.5e7, '']],
  ['৫ মিলিয়ন', 'bn', ['count', 5e6, 5e6, '']],
  ['৫ মিলি\u09dfন', 'bn', ['count', 5e6, 5e6, '']],
  ['সর্বোচ্চ ১৮ ঘণ্টা', 'bn', ['time', 18, 18, 'h', 'atMost']],
  ['কমপক্ষে ৮ জিবি', 'bn', ['data', 8, 8, 'GB', 'atLeast']],
  ['প্রায় ৫ জিবি', 'bn', ['data', 5, 5, 'GB', 'exact', true]],
  ['প্রা\u09df ৫ জিবি', 'bn', ['data', 5, 5, 'GB', 'exact', true]],
  ['১৮ ঘণ্টা পর্যন্ত', 'bn', ['time', 18, 18, 'h', 'atMost']],
  ['৫০০-এর বেশি', 'bn', ['count', 500, 500, '', 'above']],
  ['৫০০ এর কম', 'bn', ['count', 500, 500, '', 'below']],
  // ("-র" after a number read ending in a vowel: ১০০, একশো)
  ['১০০-র বেশি', 'bn', ['count', 100, 100, '', 'above']],
  ['১০০-রও বেশি', 'bn', ['count', 100, 100, '', 'above']],
  ['১০০-র কম', 'bn', ['count', 100, 100, '', 'below']],
  // (a magnitude's "of" before more or less: "২০ লাখের বেশি", more than 2 million; was 20 of "লাখের")
  ['২০ লাখের বেশি', 'bn', ['count', 2e6, 2e6, '', 'above']],
  ['১০ হাজারেরও বেশি', 'bn', ['count', 1e4, 1e4, '', 'above']],
  ['২ কোটির বেশি', 'bn', ['count', 2e7, 2e7, '', 'above']],
  ['২ কোটির কম', 'bn', ['count', 2e7, 2e7, '', 'below']],
  ['৫ মিলি\u09dfনের বেশি', 'bn', ['count', 5e6, 5e6, '', 'above']],
  ['২ কোটির বাজেট', 'bn', ['count', 2e7, 2e7, '']],
  ['১০ থেকে ২০ ঘণ্টা', 'bn', ['time', 10, 20, 'h']],
  ['৳৫২,৯৯৯', 'bn', ['money', 52999, 52999, 'BDT']],
  ['৯৯৯ টাকা', 'bn', ['money', 999, 999, 'BDT']],
  ['৯৯৯ টাকা/বছর', 'bn', ['rate', 999, 999, 'BDT/year']],
  ['৳৯৯ প্রতি মাসে', 'bn', ['rate', 99, 99, 'BDT/month']],
  ['মাসে ৯৯ টাকা', 'bn', ['rate', 99, 99, 'BDT/month']],
  ['বছরে ৯৯৯ টাকা', 'bn', ['rate', 999, 999, 'BDT/year']],
  ['৫০০ রুপি', 'bn-IN', ['money', 500, 500, 'INR']],
  ['বিনামূল্যে', 'bn', ['money', 0, 0, '*']],
  ['সীমাহীন', 'bn', ['count', Infinity, Infinity, '']],
  ['আজীবন', 'bn', ['time', Infinity, Infinity, 'year']],
  ['প্রতি মাসে ৯৯ টাকা', 'bn', ['rate', 99, 99, 'BDT/month']],
  ['৯৯ টাকা মাসে', 'bn', ['rate', 99, 99, 'BDT/month']],
  ['৫ জিবি প্রতি ব্যবহারকারী', 'bn', ['data', 5, 5, 'GB']],
  // (Italian's "all’anno" still.)
  ['5 € all’anno', 'it', ['rate', 5, 5, 'EUR/year']],
];

describe('values: the words of Catalan, Lithuanian and Bengali', () => {
  it('the server renderer and the CLI (registerAllStrings, src/i18n/all.ts) have every language\'s table and words', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      expect(stringsFor(lang).keyFacts, `${lang}: its interface`).to.not.equal(en.keyFacts);
      // (Traditional Chinese's values read with zh's words.)
      expect(hasWords(lang.slice(0, 2)), `${lang}: its words`).to.equal(true);
    }
    expect(LANGUAGES).to.include.members(['ca', 'lt', 'bn']);
  });

  for (const [text, locale, want] of VALUES) it(`${JSON.stringify(text)} in ${locale}`, () => check(parseQuantity(text, undefined, locale), want));

  it('a row of inflected values has its best, and its Diff', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale: string, better: 'higher' | 'lower' = 'higher') => attributeRow({ id: 'x', label: 'X', better, values }, items, locale).winner;
    expect(row({ a: '2 anys', b: '18 mesos', c: '1 any' }, 'ca')).to.equal('a');
    expect(row({ a: '2 anys', b: '18 mesos', c: '1 any' }, 'ca', 'lower')).to.equal('c');
    expect(diffRatio(parseQuantity('2 anys', undefined, 'ca'), parseQuantity('18 mesos', undefined, 'ca'))).to.be.closeTo(1 / 3, 1e-2);
    // (Were none: of other kinds in a language with no words.)
    expect(row({ a: '2 metai', b: '18 mėnesių', c: '1 metai' }, 'lt')).to.equal('a');
    expect(row({ a: '100 vartotojų', b: '50 vartotojų', c: '1 vartotojas' }, 'lt')).to.equal('a');
    expect(row({ a: '1,99 €/mėn.', b: '19 €/metus', c: '2,49 €/mėn.' }, 'lt', 'lower')).to.equal('b');
    expect(row({ a: 'apie 580 nuotraukų', b: 'apie 760 nuotraukų', c: '390 nuotraukų' }, 'lt')).to.equal('b');
    expect(row({ a: 'nuo 39 990 €', b: '45 900 €', c: '36 490 €' }, 'lt', 'lower')).to.equal('c');
    expect(diffRatio(parseQuantity('18 valandų', undefined, 'lt'), parseQuantity('900 min.', undefined, 'lt'))).to.be.closeTo(0.2, 1e-9);
    expect(row({ a: '২ বছর', b: '১৮ মাস', c: '১ বছর' }, 'bn')).to.equal('a');
    expect(row({ a: '৮০ হাজার', b: '২ কোটি' }, 'bn')).to.equal('b');
    expect(row({ a: '১২ লাখ', b: '৯ লাখ', c: '২০ লাখের বেশি' }, 'bn')).to.equal('c');
    expect(diffRatio(parseQuantity('২ কোটি', undefined, 'bn'), parseQuantity('৮০ লাখ', undefined, 'bn'))).to.equal(1.5);
  });
});
