/// <reference types="mocha" />
/**
 * Values of domains the earlier audits did not cover (hotels, GPUs, monitors,
 * cameras, universities, SaaS, e-bikes in Dutch, streaming in Portuguese,
 * programming languages in Spanish and Arabic), each read as a careful reader
 * would: the number and unit, and the row's "best".
 */
import { expect } from '@open-wc/testing';
import { parseQuantity } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';
import { attributeRow } from '../../src/values/rows.js';
import { chartRow } from '../../src/values/chart.js';
import { check, type Want } from '../helpers/quantity.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

const VALUES: ReadonlyArray<readonly [text: string, locale: string, want: Want, was: string]> = [
  // A night, as hotels price it, is a day, however the "per" is written (was a price per the word "night" after a slash
  // only, and a plain price after "per").
  ['€145/night', 'en', ['rate', 145, 145, 'EUR/day'], 'EUR/night'],
  ['€210 per night', 'en', ['rate', 210, 210, 'EUR/day'], 'a plain price'],
  ['$99 a night', 'en', ['rate', 99, 99, 'USD/day'], 'a plain price'],
  ['$120 nightly', 'en', ['rate', 120, 120, 'USD/day'], 'a plain price'],
  ['89 € pro Nacht', 'de', ['rate', 89, 89, 'EUR/day'], 'a plain price'],
  ['12,000円/泊', 'ja', ['rate', 12000, 12000, 'JPY/day'], 'a plain price'],
  // Portuguese "ao ano", "ao mês" (was a plain price beside "R$ 166,80 por ano").
  ['R$ 239,90 ao ano', 'pt-BR', ['rate', 239.9, 239.9, 'BRL/year'], 'a plain price'],
  ['R$ 20 ao mês', 'pt-BR', ['rate', 20, 20, 'BRL/month'], 'a plain price'],
  // Dutch "km/u" (uur) is a speed, as "km/h" is (was a distance).
  ['25 km/u', 'nl', ['rate', 25, 25, 'km/h'], 'a distance'],
  ['€ 79/u', 'nl', ['rate', 79, 79, 'EUR/h'], 'a plain price'],
  // Areas without a superscript (were unread, or counts of "sq").
  ['35 m2', 'en', ['measure', 35, 35, 'm²'], 'unread'],
  ['22 sq m', 'en', ['measure', 22, 22, 'm²'], 'a count of "sq"'],
  ['350 sq. ft.', 'en', ['measure', 350, 350, 'ft²'], 'a count of "sq"'],
  ['5 m3', 'en', ['measure', 5, 5, 'm³'], 'unread'],
  // Megabits a second written "Mb/s", as "Mbps" (was a rate of "mb", of no kind).
  ['50 Mb/s', 'en', ['rate', 50, 50, 'Mbit/s'], 'a rate of "mb"'],
  ['1 Gb/s', 'en', ['rate', 1, 1, 'Gbit/s'], 'a rate of "gb"'],
  ['128 kb/s', 'en', ['rate', 128, 128, 'kbit/s'], 'kilobytes a second'],
  // A ratio to one: a contrast, students to a teacher (was unread).
  ['3000:1', 'en', ['measure', 3000, 3000, ':1'], 'unread'],
  ['1,500,000:1', 'en', ['measure', 1.5e6, 1.5e6, ':1'], 'unread'],
  ['under 19:1', 'en', ['measure', 19, 19, ':1', 'below'], 'unread'],
  // A count written as an adjective with a hyphen (was unread); not a version, nor "2-in-1".
  ['4-star', 'en', ['count', 4, 4, ''], 'unread'],
  ['384-bit', 'en', ['count', 384, 384, ''], 'unread'],
  // A fraction of a unit: a shutter speed, half an hour (was unread).
  ['1/8000 s', 'en', ['time', 1 / 8000, 1 / 8000, 's'], 'unread'],
  ['1/2 hour', 'en', ['time', 0.5, 0.5, 'h'], 'unread'],
  // Pictographs before a value (was unread).
  ['🔋 5000 mAh', 'en', ['measure', 5000, 5000, 'mAh'], 'unread'],
  ['✅ Unlimited', 'en', ['count', Infinity, Infinity, ''], 'text'],
  // "Included" alone is nothing to pay (was text).
  ['Included', 'en', ['money', 0, 0, '*'], 'text'],
  ['incl. (buffet)', 'en', ['money', 0, 0, '*'], 'text'],
  // A metre written "m" where a bare "m" is no minute nor million: in German, Spanish, Italian, Russian "м"… (was a
  // count of "m"; in English it still is).
  ['500 m', 'es', ['measure', 500, 500, 'm'], 'a count'],
  ['50 m', 'de', ['measure', 50, 50, 'm'], 'a count'],
  ['800 м', 'ru', ['measure', 800, 800, 'm'], 'a count'],
  ['32 м²', 'ru', ['measure', 32, 32, 'm²'], 'a count'],
  // The article as a "per": "95 € la noche", "10 € le mois" (was a plain price).
  ['95 € la noche', 'es', ['rate', 95, 95, 'EUR/day'], 'a plain price'],
  ['10 € le mois', 'fr', ['rate', 10, 10, 'EUR/month'], 'a plain price'],
  ['120 € la nuit', 'fr', ['rate', 120, 120, 'EUR/day'], 'a plain price'],
  // "in." with its dot (was a count of "in").
  ['6.3 in.', 'en', ['measure', 6.3, 6.3, 'inch'], 'a count'],
  // Arabic megabytes and gigabytes in words (were counts).
  ['٣٠ ميغابايت', 'ar', ['data', 30, 30, 'MB'], 'a count'],
  ['50 ميجابايت', 'ar', ['data', 50, 50, 'MB'], 'a count'],
  ['10 جيجابايت', 'ar', ['data', 10, 10, 'GB'], 'a count'],
  // Megabits as German writes them, "MBit/s" (was a rate of "mbit", of no kind, beside "Mbit/s").
  ['250 MBit/s', 'de', ['rate', 250, 250, 'Mbit/s'], 'a rate of "mbit"'],
  ['1 GBit/s', 'de', ['rate', 1, 1, 'Gbit/s'], 'a rate of "gbit"'],
  // A count per a time in a word after it, as "25M/week" is (was a count of "weekly").
  ['4.2M weekly', 'en', ['rate', 4.2e6, 4.2e6, '/week'], 'a count'],
  ['2M daily', 'en', ['rate', 2e6, 2e6, '/day'], 'a count'],
  ['500.000 monatlich', 'de', ['rate', 5e5, 5e5, '/month'], 'a count'],
  // German "mtl." (monthly) after a price, "Mon." after a slash (were plain prices).
  ['12,99 € mtl.', 'de', ['rate', 12.99, 12.99, 'EUR/month'], 'a plain price'],
  ['8 €/Mon.', 'de', ['rate', 8, 8, 'EUR/month'], 'a plain price'],
  // Business days, as shops write delivery times (were counts of "business", "Werktage"…; French, Spanish, Polish… were
  // read already: their adjective follows the day).
  ['1–3 business days', 'en', ['time', 1, 3, 'day'], 'a count of "business"'],
  ['3-5 working days', 'en', ['time', 3, 5, 'day'], 'a count of "working"'],
  ['3-5 Werktage', 'de', ['time', 3, 5, 'day'], 'a count of "Werktage"'],
  ['1-2 werkdagen', 'nl', ['time', 1, 2, 'day'], 'a count of "werkdagen"'],
  ['2-4 arbetsdagar', 'sv', ['time', 2, 4, 'day'], 'a count of "arbetsdagar"'],
  ['1〜3営業日', 'ja', ['time', 1, 3, 'day'], 'a count of "営業日"'],
  ['3个工作日', 'zh', ['time', 3, 3, 'day'], 'a count of "个工作日"'],
  ['3영업일', 'ko', ['time', 3, 3, 'day'], 'a count of "영업일"'],
];

// What stays as it was: not quantities, or not these.
const STILL: ReadonlyArray<readonly [text: string, locale: string, want: Want]> = [
  ['16:9', 'en', null],
  ['10:30', 'en', null],
  ['1:10', 'en', null],
  ['1.0-beta', 'en', null],
  ['3.5-slot', 'en', null],
  ['2-in-1', 'en', null],
  ['5-May', 'en', null],
  ['256 / 512 GB', 'en', null],
  ['2-1/2 hour', 'en', null],
  ['1/8000-1/4000 s', 'en', null],
  // A slash between two sizes, or with spaces, or "out of", is no fraction (were half a terabyte, half an hour).
  ['1/2 TB', 'en', null],
  ['1 / 2 TB', 'en', null],
  ['1 / 2 hours', 'en', null],
  ['1 out of 2 hours', 'en', null],
  ['4/5', 'en', ['score', 4, 4, '/5']],
  ['500 Mb', 'en', ['count', 500, 500, '']],
  ['128 kB/s', 'en', ['rate', 128, 128, 'KB/s']],
  ['Included with Prime', 'en', null],
  ['Not included', 'en', null],
  ['800 m', 'en', ['count', 800, 800, '']],
  // ("M" is a million, not a metre, in any language; an article before no unit is no "per".)
  ['$5/M tokens', 'de', ['money', 5, 5, 'USD']],
  ['9,99 € el primer mes', 'es', ['money', 9.99, 9.99, 'EUR']],
  ['5 in stock', 'en', ['count', 5, 5, '']],
  // A word before more words is the count's label: "2M weekly downloads" is a count of them.
  ['2M weekly downloads', 'en', ['count', 2e6, 2e6, '', 'exact', { label: 'weekly' }]],
  // A name glued to a digit is no magnitude (was 2,000,000).
  ['2 M2 slots', 'en', null],
  ['5 K2', 'en', null],
];

describe('values: unseen domains, parseQuantity', () => {
  for (const [text, locale, want, was] of VALUES) it(`${text} (${locale}) → ${want?.[3] ?? 'text'} (was ${was})`, () => check(parseQuantity(text, undefined, locale), want));
  for (const [text, locale, want] of STILL) it(`${text} (${locale}) stays ${want ? want[3] || want[0] : 'text'}`, () => check(parseQuantity(text, undefined, locale), want));
});

describe('values: unseen domains, rows', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
  const row = (values: Record<string, string | null>, better: 'higher' | 'lower', locale = 'en') => attributeRow({ id: 'x', label: 'X', better, values }, items, locale);

  it('prices per night, written three ways, compare (was no Diff between "/night" and "per night")', () => {
    const r = row({ a: '€145/night', b: '€210 per night', c: '€98 a night', d: '€32/night' }, 'lower');
    expect(r.winner).to.equal('d');
  });

  it('a night compares with a week (a hotel by the week: €900 is less a night than €145)', () => {
    expect(row({ a: '€145/night', b: '€900/week' }, 'lower').winner).to.equal('b');
  });

  it('"Included" is the cheapest breakfast (was "€6", beside breakfast included)', () => {
    expect(row({ a: 'Included', b: '€28 per person', c: '€18', d: '€6' }, 'lower').winner).to.equal('a');
  });

  it('text naming a unit of the row\'s kind takes the "best" away: "Next day" beside "2 days" (was "2 days")', () => {
    expect(row({ a: 'Next day', b: '2 days', c: '3-5 days' }, 'lower').winner).to.equal(null);
    expect(row({ a: 'unos días', b: '1-2 semanas', c: 'de 3 a 6 meses' }, 'lower', 'es').winner).to.equal(null);
    expect(row({ a: 'Month-to-month', b: '12 months', c: '24 months' }, 'lower').winner).to.equal(null);
    expect(row({ a: '½ hour', b: '45 min', c: '1 h' }, 'lower').winner).to.equal(null);
  });

  it('text naming a unit of another kind, or none, leaves the "best" (a day pass among prices; "Contact sales")', () => {
    expect(row({ a: 'Day pass', b: '$10', c: '$12' }, 'lower').winner).to.equal('b');
    expect(row({ a: 'Contact sales', b: '$10', c: '$12' }, 'lower').winner).to.equal('b');
  });

  it('Dutch speeds in "km/u" beside "km/h" (was no best: distances beside a speed)', () => {
    expect(row({ a: '25 km/u', b: '25 km/h', c: '45 km/u' }, 'higher', 'nl').winner).to.equal('c');
  });

  it('a Portuguese yearly price "ao ano" beside "por ano" and "/ano" (was no best)', () => {
    expect(row({ a: 'R$ 166,80 por ano', b: 'R$ 223,92/ano', c: 'R$ 239,90 ao ano' }, 'lower', 'pt-BR').winner).to.equal('a');
  });

  it('room sizes in m2, m² and sq m (was no best)', () => {
    expect(row({ a: '28 m²', b: '35 m2', c: '22 sq m' }, 'higher').winner).to.equal('b');
  });

  it('contrast ratios, the highest best; students per teacher, the lowest', () => {
    expect(row({ a: '3000:1', b: '1000:1', c: '1,500,000:1' }, 'higher').winner).to.equal('c');
    // ("∞:1", an OLED's, is not read: no "best" beside it, as it may be the best.)
    expect(row({ a: '3000:1', b: '∞:1', c: '1,500,000:1' }, 'higher').winner).to.equal(null);
    expect(row({ a: '3:1', b: '5:1', c: '19:1' }, 'lower').winner).to.equal('a');
    // A ratio is no plain number: beside one, no "best".
    expect(row({ a: '3000:1', b: '5000' }, 'higher').winner).to.equal(null);
  });

  it('a ratio\'s chart axis writes the ratio glued ("10K:1")', () => {
    const c = chartRow({ id: 'x', label: 'X', better: 'higher', values: { a: '1000:1', b: '3000:1', c: '1,500,000:1' } }, items, 'en');
    expect(c?.labels.filter(Boolean)).to.include('10K:1');
  });

  it('shutter speeds, the shortest best (was no best)', () => {
    expect(row({ a: '1/8000 s', b: '1/16000 s', c: '1/180000 s (electronic)' }, 'lower').winner).to.equal('c');
  });

  it('two sizes with a slash are no fraction: no "best" beside "1 / 2 TB" (was half a terabyte, and "512 GB" the best)', () => {
    expect(row({ a: '1 / 2 TB', b: '512 GB', c: '256 GB' }, 'higher').winner).to.equal(null);
    expect(row({ a: '1/2 TB', b: '512 GB', c: '256 GB' }, 'higher').winner).to.equal(null);
  });

  it('memory bus widths and hotel stars written with a hyphen (was no best)', () => {
    expect(row({ a: '384-bit', b: '256-bit', c: '192-bit' }, 'higher').winner).to.equal('a');
    expect(row({ a: '4 stars', b: '5-star', c: '3-star' }, 'higher').winner).to.equal('b');
  });

  it('Arabic memory in megabytes, in words and in letters (was no best)', () => {
    expect(row({ a: '٣٠ ميغابايت', b: '50 ميجابايت', c: '١٢٠ MB' }, 'lower', 'ar').winner).to.equal('a');
  });

  it('distances in m beside km, in Italian and Spanish (was "1,2 km" beside "a 500 m del centro": a wrong "best")', () => {
    expect(row({ a: '1,2 km', b: '500 m', c: '2 km' }, 'lower', 'it').winner).to.equal('b');
    expect(row({ a: 'a 500 m del centro', b: '1,2 km', c: '3 km' }, 'lower', 'es').winner).to.equal(null);
  });

  it('network speeds in Mb/s beside Mbps and Gbps', () => {
    expect(row({ a: '950 Mbps', b: '0.8 Gbps', c: '780 Mb/s' }, 'higher').winner).to.equal('a');
    expect(row({ a: '500 Mbit/s', b: '600 Mb/s' }, 'higher').winner).to.equal('b');
    // (An audio bitrate: "128 kb/s" was 128 kilobytes a second, 1,024 kbps, and the best beside "320 kbps".)
    expect(row({ a: '320 kbps', b: '128 kb/s', c: '256 kbps' }, 'higher').winner).to.equal('a');
    expect(row({ a: '250 MBit/s', b: '500 Mbit/s', c: '1 GBit/s' }, 'higher', 'de').winner, 'German "MBit/s" (was no best)').to.equal('c');
  });

  it('delivery in business days beside days and hours (was no best)', () => {
    expect(row({ a: '1–3 business days', b: '5-7 days', c: '24 hours' }, 'lower').winner).to.equal('c');
    expect(row({ a: '1-2 Werktage', b: '3-5 Tage', c: '1 Woche' }, 'lower', 'de').winner).to.equal('a');
  });

  it('downloads a week written three ways, and German prices "mtl." beside "/Monat" (were no best)', () => {
    expect(row({ a: '4.2M weekly', b: '25M/week', c: '900k/wk' }, 'higher').winner).to.equal('b');
    expect(row({ a: '12,99 € mtl.', b: '9,99 €/Monat', c: '99 € jährlich', d: '8 €/Mon.' }, 'lower', 'de').winner).to.equal('d');
  });
});
