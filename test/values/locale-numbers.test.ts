/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { parseQuantity, pickWinner, type Bound, type Dimension } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

/** [dimension, min, max, unit, bound?] or null (text, not a quantity). */
type Want = readonly [Dimension, number, number, string, Bound?] | null;

function reads(text: string, locale: string | undefined, want: Want): void {
  const q = parseQuantity(text, undefined, locale);
  const what = `${JSON.stringify(text)} in ${locale ?? 'no locale'}`;
  if (want === null) return void expect(q, what).to.equal(null);
  const [dimension, min, max, unit, bound = 'exact'] = want;
  expect(q && { dimension: q.dimension, min: q.min, max: q.max, unit: q.unit, bound: q.bound }, what).to.deep.equal({ dimension, min, max, unit, bound });
}

const winner = (values: string[], better: 'higher' | 'lower', locale?: string) =>
  pickWinner(values.map((v, i) => [String(i), parseQuantity(v, undefined, locale)] as const), better);

describe('values: a day after "Fr." is a Friday, not francs', () => {
  it('a date after "Fr." or "Fr" is no amount (was Swiss francs)', () => {
    for (const locale of ['de', 'de-CH', 'de-AT', 'en', undefined]) {
      for (const text of ['Fr. 5. Mai', 'Fr. 5. Mai 2026', 'Fr. 12. März', 'Fr. 5. Dez.', 'Fr. 5.5.', 'Fr. 31.12.', 'Fr. 5. bis 7. Mai', 'Fr 5 May', 'Fr. 5 Mai', 'Fr. 19 Uhr'])
        reads(text, locale, null);
    }
    // Other days were never amounts.
    reads('Sa. 6. Mai', 'de', null);
    reads('Mo. 3.3.', 'de', null);
  });

  it('francs after "Fr." still read: the dash of no cents, cents, per a month, magnitudes', () => {
    reads('Fr. 5.–', 'de-CH', ['money', 5, 5, 'CHF']);
    reads('Fr. 5.-', 'de', ['money', 5, 5, 'CHF']);
    reads('Fr. 49.90', 'de-CH', ['money', 49.9, 49.9, 'CHF']);
    reads('Fr. 49.90', undefined, ['money', 49.9, 49.9, 'CHF']);
    reads('Fr. 3.50.', 'de-CH', ['money', 3.5, 3.5, 'CHF']);
    reads('Fr. 20.–/Monat', 'de-CH', ['rate', 20, 20, 'CHF/month']);
    reads('CHF 65.–/Monat', 'de-CH', ['rate', 65, 65, 'CHF/month']);
    reads("Fr. 1'049.–", 'de-CH', ['money', 1049, 1049, 'CHF']);
    reads('Fr. 100 Mio.', 'de', ['money', 1e8, 1e8, 'CHF']);
    reads('Fr. 5 bis 10', 'de', ['money', 5, 10, 'CHF']);
    reads('Fr. 5 per month', 'en', ['rate', 5, 5, 'CHF/month']);
  });

  it('a row of dates after "Fr." has no best (was the cheapest "francs")', () => {
    expect(winner(['Fr. 5. Mai', 'Fr. 12. Mai'], 'lower', 'de')).to.equal(null);
    expect(winner(['Fr. 49.90', 'Fr. 39.–'], 'lower', 'de-CH')).to.equal('1');
  });
});

describe('values: Swiss decimals and groups, in de-CH, de-AT and de', () => {
  it('"6,1 Mio." and "6.1 Mio." are 6,100,000 in each (the comma was not read in de-CH, where it never groups)', () => {
    for (const locale of ['de-CH', 'de-AT', 'de', 'de-LI']) {
      reads('6,1 Mio.', locale, ['count', 6.1e6, 6.1e6, '']);
      reads('6.1 Mio.', locale, ['count', 6.1e6, 6.1e6, '']);
      reads('6,1 Mio. CHF', locale, ['money', 6.1e6, 6.1e6, 'CHF']);
      reads('CHF 6.1 Mio.', locale, ['money', 6.1e6, 6.1e6, 'CHF']);
      reads('CHF 6,1 Mio.', locale, ['money', 6.1e6, 6.1e6, 'CHF']);
      reads('Fr. 6,50', locale, ['money', 6.5, 6.5, 'CHF']);
      reads('2,5 Stunden', locale, ['time', 2.5, 2.5, 'h']);
    }
    reads('12,5 %', 'de-CH', ['percent', 12.5, 12.5, '%']);
    reads('0,299', 'de-CH', ['count', 0.299, 0.299, '']);
    reads("1'234,5", 'de-CH', ['count', 1234.5, 1234.5, '']);
    // (In English a lone comma still groups or is not read.)
    reads('6,1 Mio.', 'en', null);
    reads('1,299', 'en', ['count', 1299, 1299, '']);
  });

  it('a comma before three digits is a decimal one or English in Switzerland: not read (was 1299)', () => {
    reads('1,299', 'de-CH', null);
    reads('CHF 1,299', 'de-CH', null);
    reads('1,299,000', 'de-CH', ['count', 1299000, 1299000, '']);
  });

  it('a dot after apostrophe groups is a decimal point in a German or Austrian comparison too (was not read)', () => {
    for (const locale of ['de-CH', 'de-AT', 'de']) {
      reads("CHF 1'234.50", locale, ['money', 1234.5, 1234.5, 'CHF']);
      reads('Fr. 1’049.90', locale, ['money', 1049.9, 1049.9, 'CHF']);
    }
    // (Dots that group stay groups: "1.234.567" in German; "1.234" stays 1234.)
    reads('1.234.567', 'de', ['count', 1234567, 1234567, '']);
    reads('1.234', 'de-AT', ['count', 1234, 1234, '']);
  });

  it('the larger amount wins however each is written', () => {
    expect(winner(['6,1 Mio. CHF', 'CHF 5.9 Mio.', "CHF 900'000.–"], 'higher', 'de-CH')).to.equal('0');
    expect(winner(['6,1 Mio. CHF', 'CHF 6.2 Mio.'], 'higher', 'de-AT')).to.equal('1');
  });
});

describe('values: South Asian grouping in Bengali digits', () => {
  it('"১২,৩৪,৫৬৭" and "12,34,567" are 1,234,567 in bn, hi and en-IN (were not read in Bengali)', () => {
    for (const locale of ['bn', 'bn-BD', 'bn-IN', 'hi', 'en-IN']) {
      reads('১২,৩৪,৫৬৭', locale, ['count', 1234567, 1234567, '']);
      reads('12,34,567', locale, ['count', 1234567, 1234567, '']);
      reads('১,৫০,০০০', locale, ['count', 150000, 150000, '']);
      reads('১২,৩৪,৫৬৭.৫০', locale, ['count', 1234567.5, 1234567.5, '']);
      reads('১,২৩৪', locale, ['count', 1234, 1234, '']);
      reads('1,234,567', locale, ['count', 1234567, 1234567, '']);
    }
    // (Not in English or German, where "12,34,567" is malformed.)
    reads('১২,৩৪,৫৬৭', 'en', null);
    reads('12,34,567', 'de', null);
  });

  it('taka group so in any language, as rupees do (were not read)', () => {
    reads('৳১২,৩৪,৫৬৭', 'en', ['money', 1234567, 1234567, 'BDT']);
    reads('BDT 12,34,567', undefined, ['money', 1234567, 1234567, 'BDT']);
    reads('৳১২,৩৪,৫৬৭', 'bn', ['money', 1234567, 1234567, 'BDT']);
  });

  it('the best of a row of lakhs', () => {
    expect(winner(['৳১২,৩৪,৫৬৭', '৳৯,৯৯,৯৯৯', '৳১০,০০,০০০'], 'lower', 'bn')).to.equal('1');
    expect(winner(['১২,৩৪,৫৬৭', '৯,৯৯,৯৯৯'], 'higher', 'bn-BD')).to.equal('0');
  });
});

describe('values: a lone 0 before a separator', () => {
  it('is a decimal whichever the separator (a group never follows 0: was 89)', () => {
    for (const locale of ['en', undefined, 'en-GB']) {
      reads('0,089 €/h', locale, ['rate', 0.089, 0.089, 'EUR/h']);
      reads('€0,089', locale, ['money', 0.089, 0.089, 'EUR']);
      reads('0,089', locale, ['count', 0.089, 0.089, '']);
    }
    for (const locale of ['de', 'fr', 'es']) {
      reads('0.089', locale, ['count', 0.089, 0.089, '']);
      reads('0,089', locale, ['count', 0.089, 0.089, '']);
    }
    // Malformed: no number, rather than a wrong one.
    reads('0,089,000', 'en', null);
    reads('0.089.000', 'de', null);
    // Unchanged: a group after another digit, and decimals written the page's way.
    reads('1,089', 'en', ['count', 1089, 1089, '']);
    reads('0.089', 'en', ['count', 0.089, 0.089, '']);
    reads('1.089', 'de', ['count', 1089, 1089, '']);
  });

  it('gives the right best in a row where a misread cent price was 1,000 times dearer', () => {
    expect(winner(['0,089 €/h', '0.096 €/h', '0.12 €/h'], 'higher', 'en')).to.equal('2');
    expect(winner(['0,089 €/h', '0.096 €/h', '0.12 €/h'], 'lower', 'en')).to.equal('0');
  });
});

describe('values: a range by the language\'s word, a unit on both ends', () => {
  it('is a range when both units are of one kind (was its first end only)', () => {
    reads('256GB〜2TB', 'ja', ['data', 0.256, 2, 'TB']);
    reads('3時間～5時間', 'ja', ['time', 3, 5, 'h']);
    reads('3시간~5시간', 'ko', ['time', 3, 5, 'h']);
    reads('3 Std. bis 5 Std.', 'de', ['time', 3, 5, 'h']);
    reads('256 GB bis 1 TB', 'de', ['data', 0.256, 1, 'TB']);
    reads('128GB~1TB', 'ko', ['data', 0.128, 1, 'TB']);
  });

  it('is not a range when the second number is of another kind, or a count of a word', () => {
    reads('6,5 l la 100 km', 'ro', ['measure', 6.5, 6.5, 'L']);
    reads('100 kr til 2 personer', 'da', ['money', 100, 100, 'DKK']);
    reads('de 9h à 18h', 'fr', null); // opening hours
  });

  it('gives the larger range the best, not the one read whole', () => {
    expect(winner(['256GB〜2TB', '256GB–1TB'], 'higher', 'ja')).to.equal('0');
  });
});

describe('values: Chinese, Japanese and Korean ranges with a tilde, 至 or 到', () => {
  it('reads a tilde between two numbers as a range in zh, zh-Hant, ja and ko (was the first number, the rest a note)', () => {
    reads('10~20 毫秒', 'zh', ['time', 10, 20, 'ms']);
    reads('5～10 年', 'zh', ['time', 5, 10, 'year']);
    reads('100~200 元', 'zh', ['money', 100, 200, 'CNY']);
    reads('¥100~¥200', 'zh', ['money', 100, 200, 'CNY']);
    reads('1.5~2.0 GHz', 'zh', ['measure', 1.5, 2, 'GHz']);
    reads('10〜20GB', 'zh', ['data', 10, 20, 'GB']);
    reads('10~20 毫秒', 'zh-Hant', ['time', 10, 20, 'ms']);
    reads('5～10 年', 'zh-TW', ['time', 5, 10, 'year']);
    reads('100~200 元', 'zh-TW', ['money', 100, 200, 'TWD']);
    reads('3~5時間', 'ja', ['time', 3, 5, 'h']);
    reads('3〜5년', 'ko', ['time', 3, 5, 'year']);
    reads('3~5년', 'ko', ['time', 3, 5, 'year']);
    // A tilde before one number is still "about" it; "1 h 30 min" in a range is still not read ("1時間30分〜2時間30分").
    for (const locale of ['zh', 'zh-Hant', 'ja', 'ko']) {
      const q = parseQuantity('~5', undefined, locale);
      expect(q && [q.min, q.max, q.approximate], `"~5" in ${locale}`).to.deep.equal([5, 5, true]);
    }
    expect(parseQuantity('~5 年', undefined, 'zh')).to.include({ min: 5, max: 5, unit: 'year', approximate: true });
    reads('1小时30分~2小时', 'zh', null);
    // Any language reads a tilde between two numbers as a range ("5~10 GB" in English was 5, a count, and a note "~10 GB").
    for (const locale of ['en', undefined]) expect(parseQuantity('1~2', undefined, locale), `"1~2" in ${locale}`).to.include({ min: 1, max: 2, note: '' });
    for (const text of ['5~10 GB', '5 ~ 10 GB', '5 GB ~ 10 GB']) reads(text, 'en', ['data', 5, 10, 'GB']);
    reads('10~20%', 'en', ['percent', 10, 20, '%']);
  });

  it('reads 至 and 到 glued to a unit or a currency (was no quantity), and with spaces', () => {
    reads('128GB至1TB', 'zh', ['data', 0.128, 1, 'TB']);
    reads('128GB至1TB', 'zh-Hant', ['data', 0.128, 1, 'TB']);
    reads('128GB 到 1TB', 'zh', ['data', 0.128, 1, 'TB']);
    reads('3小时到5小时', 'zh', ['time', 3, 5, 'h']);
    reads('3个小时到5个小时', 'zh', ['time', 3, 5, 'h']);
    reads('2年至3年', 'zh-Hant', ['time', 2, 3, 'year']);
    reads('3天到5天', 'zh', ['time', 3, 5, 'day']);
    reads('100元至200元', 'zh', ['money', 100, 200, 'CNY']);
    reads('3至5年', 'zh', ['time', 3, 5, 'year']);
    reads('3至5年', 'zh-Hant', ['time', 3, 5, 'year']);
    reads('3 到 5 年', 'zh', ['time', 3, 5, 'year']);
    // To another kind of unit, no range: the first end, the rest a note.
    expect(parseQuantity('5GB至5年', undefined, 'zh')).to.include({ min: 5, max: 5, unit: 'GB', note: '至5年' });
  });

  it('reads a test\'s conditions written with a tilde (was a distance, 0 to 100 km, or a count)', () => {
    const q = parseQuantity('0~100km/h加速6.9秒', undefined, 'zh');
    expect(q && { min: q.min, unit: q.unit, condition: q.condition }).to.deep.equal({ min: 6.9, unit: 's', condition: '0-100 km/h' });
    expect(parseQuantity('0～100km/h 7.2秒', undefined, 'ja')).to.include({ min: 7.2, unit: 's', condition: '0-100 km/h' });
    expect(parseQuantity('10～80%で18分', undefined, 'ja')).to.include({ min: 18, unit: 'min', condition: '10-80%' });
    expect(parseQuantity('0~60 mph: 3.1 s', undefined, 'en')).to.include({ min: 3.1, unit: 's', condition: '0-60 mph' });
  });

  it('gives the best by the ranges\' midpoints (was no best: a range was no quantity, or a count)', () => {
    expect(winner(['128GB至1TB', '256GB至512GB'], 'higher', 'zh')).to.equal('0');
    expect(winner(['10~20 毫秒', '12 毫秒'], 'lower', 'zh')).to.equal('1');
    expect(winner(['3~5時間', '3時間'], 'higher', 'ja')).to.equal('0');
    expect(winner(['0~100km/h加速6.9秒', '0-100km/h加速7.2秒'], 'lower', 'zh')).to.equal('0');
  });
});
