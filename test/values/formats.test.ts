/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { monthFormat, numberFormat, percentFormat, warmUpFormats } from '../../src/values/formats.js';
import { attributeRow, displayText } from '../../src/values/rows.js';
import { formatDiff } from '../../src/values/diff.js';
import { formatMonth } from '../../src/base/locale.js';
import { registerAllStrings } from '../../src/i18n/all.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

/** Counts the Intl formatters made while `run` runs. */
function made(run: () => void): number {
  const { NumberFormat, DateTimeFormat } = Intl;
  let n = 0;
  const counting = <T extends object>(C: T) => new Proxy(C, { construct: (target, args) => (n++, Reflect.construct(target as never, args)) });
  Intl.NumberFormat = counting(NumberFormat);
  Intl.DateTimeFormat = counting(DateTimeFormat);
  try {
    run();
  } finally {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
  }
  return n;
}

describe('values: formatters made once per locale, ahead of a first render', () => {
  it('warmUpFormats makes every formatter the views use, so rendering makes none', () => {
    expect(made(() => warmUpFormats('fr-CA'))).to.equal(3);
    expect(
      made(() => {
        expect(displayText(1234.5, 'fr-CA')).to.equal(new Intl.NumberFormat('fr-CA').format(1234.5));
        expect(formatDiff(1.65, 'fr-CA')).to.match(/^\+165\s?%$/);
        expect(formatMonth('2026-06-01', 'fr-CA')).to.equal(new Intl.DateTimeFormat('fr-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 5, 1)));
      }),
    ).to.equal(2); // the two references made in this test, none by the views
    expect(made(() => warmUpFormats('fr-CA'))).to.equal(0);
  });

  it('returns the same formatter for a locale every time', () => {
    expect(numberFormat('de')).to.equal(numberFormat('de'));
    expect(percentFormat(undefined)).to.equal(percentFormat(undefined));
    expect(monthFormat('ja')).to.equal(monthFormat('ja'));
  });

  it('falls back to English for a tag Intl refuses, without throwing', () => {
    expect(() => warmUpFormats('not a tag!')).to.not.throw();
    expect(numberFormat('not a tag!').format(1000.5)).to.equal('1,000.5');
    expect(monthFormat('not a tag!').format(Date.UTC(2026, 5, 1))).to.equal('Jun 2026');
  });

  it('writes the month in full but in English ("Jun 2026"; Italian "mar 2026" was unclear, Lithuanian\'s only a number)', () => {
    expect(formatMonth('2026-06-01', 'en-GB')).to.equal('Jun 2026');
    expect(formatMonth('2026-03-01', 'it')).to.equal('marzo 2026');
    expect(formatMonth('2026-03-01', 'nl')).to.equal('maart 2026');
    expect(formatMonth('2026-03-01', 'pl')).to.match(/^marz/);
    // (Lithuanian's short month is "2026-03".)
    expect(formatMonth('2026-03-01', 'lt')).to.match(/\p{L}/u);
  });
});

describe('values: numbers that are names, not amounts', () => {
  it('a compare: false row (years, versions) shows its numbers without grouping; other rows group them', () => {
    const items = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const years = attributeRow({ id: 'released', label: 'First release', compare: false, values: { a: 1991, b: { value: 2015 } } }, items, 'en');
    expect(years.cells.map((c) => c.text)).to.deep.equal(['1991', '2015']);
    const de = attributeRow({ id: 'released', label: 'Erscheinungsjahr', compare: false, values: { a: 1991, b: 2015.5 } }, items, 'de');
    expect(de.cells.map((c) => c.text)).to.deep.equal(['1991', '2015,5']);
    const sizes = attributeRow({ id: 'cols', label: 'Columns', values: { a: 1600, b: 12345 } }, items, 'en');
    expect(sizes.cells.map((c) => c.text)).to.deep.equal(['1,600', '12,345']);
  });
});

describe('values: a value object\'s number and unit', () => {
  it('are written with a space between, but for a unit or counter in Chinese, Japanese or Korean script', () => {
    expect(displayText({ value: [40000, 45000], unit: '편' }, 'ko')).to.equal('40,000–45,000편');
    expect(displayText({ value: 1000, unit: '円' }, 'ja')).to.equal('1,000円');
    expect(displayText({ value: 3, unit: '个小时' }, 'zh')).to.equal('3个小时');
    expect(displayText({ value: 3, unit: 'ヶ月' }, 'ja')).to.equal('3ヶ月');
    expect(displayText({ value: 12, unit: 'GB' }, 'ko')).to.equal('12 GB');
    expect(displayText({ value: 5, unit: 'дней' }, 'ru')).to.equal('5 дней');
  });

  it('a multiplier is glued to its number, as it is written: "0.5x", "2×"', () => {
    expect(displayText({ value: 0.5, unit: 'x' }, 'en')).to.equal('0.5x');
    expect(displayText({ value: [2, 3], unit: '×' }, 'de')).to.equal('2–3×');
    expect(displayText({ value: 2, unit: 'xl' }, 'en')).to.equal('2 xl');
  });

  it('a percent and an amount of money are written as the locale writes them (they were "99.95 %", "100 $", "52990000 VND")', () => {
    // (The locale's own spaces: a no-break space in German "99,95 %" and "5 €".)
    const intl = (n: number, locale: string, options: object) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6, ...options }).format(n);
    expect(displayText({ value: 99.95, unit: '%' }, 'en')).to.equal('99.95%');
    expect(displayText({ value: 99.95, unit: '%' }, 'de')).to.equal(intl(99.95, 'de', { style: 'unit', unit: 'percent' }));
    expect(displayText({ value: 99.95, unit: '%' }, 'de')).to.match(/^99,95\s%$/);
    expect(displayText({ value: 52990000, unit: 'VND' }, 'vi')).to.equal(intl(52990000, 'vi', { style: 'currency', currency: 'VND' }));
    expect(displayText({ value: 52990000, unit: 'VND' }, 'vi')).to.match(/^52\.990\.000\s₫$/);
    expect(displayText({ value: 99.95, unit: 'USD' }, 'en')).to.equal('$99.95');
    expect(displayText({ value: 100, unit: '$' }, 'en'), 'a whole amount without cents').to.equal('$100');
    expect(displayText({ value: 0.0042, unit: 'USD' }, 'en'), 'a price per token keeps its decimals').to.equal('$0.0042');
    expect(displayText({ value: 5, unit: '€' }, 'de')).to.match(/^5\s€$/);
    // A range as the locale writes one: the sign once in Czech and Greek ("20–25 %", "140–180 €"), as Intl's formatRange says.
    expect(displayText({ value: [10, 20], unit: '%' }, 'en')).to.equal(new Intl.NumberFormat('en', { style: 'unit', unit: 'percent' }).formatRange(10, 20));
    expect(displayText({ value: [20, 25], unit: '%' }, 'cs')).to.match(/^20–25\s%$/);
    expect(displayText({ value: [140, 180], unit: 'EUR' }, 'el')).to.match(/^140–180\s€$/);
    expect(displayText({ value: [5, 5], unit: 'kg' }, 'en'), 'both ends the same: one number').to.equal('5 kg');
    // A code says which dollar where the locale would take it for its own; a sign of letters stays as written.
    expect(displayText({ value: 100, unit: 'CAD' }, 'en')).to.equal('CA$100');
    expect(displayText({ value: 100, unit: 'AUD' }, 'en')).to.equal('A$100');
    expect(displayText({ value: 100, unit: 'CNY' }, 'en')).to.not.equal(displayText({ value: 100, unit: 'JPY' }, 'en'));
    expect(displayText({ value: 100, unit: 'A$' }, 'en')).to.equal('100 A$');
    // Too small or too large for the locale's money: every digit that counts, the unit after (a price per token).
    expect(displayText({ value: 0.0000025, unit: 'USD' }, 'en')).to.equal('0.0000025 USD');
    expect(displayText({ value: 4e-7, unit: 'USD' }, 'en')).to.equal('0.0000004 USD');
    expect(displayText({ value: 1e300, unit: '%' }, 'en')).to.equal('1E300 %');
    // A unit named like a formatter's kind is a unit ("large" after a huge number was formatted).
    displayText(1e300, 'en');
    expect(displayText({ value: 3, unit: 'large' }, 'en')).to.equal('3 large');
    expect(displayText({ value: 2, unit: 'plain' }, 'en')).to.equal('2 plain');
    // Other units as before; a compare: false row's numbers are names.
    expect(displayText({ value: 12, unit: 'XYZ' }, 'en')).to.equal('12 XYZ');
    expect(displayText({ value: 1991, unit: 'USD' }, 'en', false)).to.equal('1991 USD');
  });
});

describe('values: very small numbers', () => {
  it('keep their significant digits instead of showing 0', () => {
    expect(displayText(0.0000004, 'en')).to.equal('0.0000004');
    expect(displayText(0.000001, 'en')).to.equal('0.000001');
    expect(displayText(-0.00000123456789, 'en')).to.equal('-0.00000123457');
    expect(displayText({ value: [0.0000001, 0.0000002], unit: 's' }, 'de')).to.equal('0,0000001–0,0000002 s');
    // Numbers from 0.001 up keep the usual rounding to 6 decimals.
    expect(displayText(0.0012345678, 'en')).to.equal('0.001235');
    expect(displayText(0, 'en')).to.equal('0');
    const items = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const row = attributeRow({ id: 'leak', label: 'Leak rate', better: 'lower', values: { a: 0.0000004, b: 0.000001 } }, items, 'en');
    expect(row.cells.map((c) => c.text)).to.deep.equal(['0.0000004', '0.000001']);
    expect(row.winner).to.equal('a');
  });

  it('under 10^-9, are written in the locale\'s scientific notation (5e-324 was "0.000…5", 325 characters)', () => {
    expect(displayText(5e-324, 'en')).to.equal('5E-324');
    expect(displayText(-2.5e-12, 'de')).to.equal('-2,5E-12');
    // Swedish writes "×10^" (CLDR's exponent sign of the language), with its own minus.
    expect(displayText(1.5e-20, 'sv')).to.equal(new Intl.NumberFormat('sv', { notation: 'scientific' }).format(1.5e-20));
    expect(displayText(1.5e-20, 'sv')).to.match(/^1,5×10\^\D?20$/);
    expect(displayText({ value: [1e-12, 3e-12], unit: 's' }, 'en')).to.equal('1E-12–3E-12 s');
    // Down to 10^-9, every digit as before.
    expect(displayText(1.23456789e-9, 'en')).to.equal('0.00000000123457');
  });
});

describe('values: very large numbers', () => {
  it('write a number of 10^15 or more in scientific notation', () => {
    expect(displayText(1e300, 'en')).to.equal('1E300');
    expect(displayText(-2.5e18, 'en')).to.equal('-2.5E18');
    expect(displayText(Number.MAX_VALUE, 'en')).to.equal('1.79769E308');
    expect(displayText(Number.MAX_VALUE, 'sv')).to.match(/^1,79769×10\^308$/);
    expect(displayText(999_999_999_999_999, 'en')).to.equal('999,999,999,999,999');
  });
});
