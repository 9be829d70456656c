/**
 * Bengali: the interface table (`bn`, at the end) and the words values
 * are written with, read in a comparison written in Bengali. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

/** "য়" as one character (U+09DF) and as "য" with a nukta (what Unicode normalisation makes of it): both are written. */
const ya = (words: string): string[] => [...new Set([words, words.replaceAll('\u09df', '\u09af\u09bc')])].join(' ').split(' ');
/** Each of `words` (with both "য়") → `value`. */
const each = <T>(words: string, value: T): Record<string, T> => Object.fromEntries(ya(words).map((w) => [w, value]));

export const words: WordTable = {
  // A noun after a number: as it is ("২ ঘণ্টা"), and "of" ("২ বছরের ওয়ারেন্টি"), "in" ("২ ঘণ্টায়"); ঘণ্টা also as ঘন্টা
  units:
    `ms মিলিসেকেন্ড|s সেকেন্ড সেকেন্ডের সেকেন্ডে|min মিনিট মিনিটের মিনিটে|h ঘণ্টা ঘন্টা ঘণ্টার ঘন্টার ${ya('ঘণ্টা\u09df ঘন্টা\u09df').join(' ')}|day দিন দিনের দিনে|week সপ্তাহ সপ্তাহের সপ্তাহে|month মাস মাসের মাসে|year বছর বছরের বছরে` +
    `|g গ্রাম|kg কেজি কিলোগ্রাম কিলো|km কিমি কিলোমিটার|m মিটার|cm সেমি সেন্টিমিটার|mm মিমি মিলিমিটার|inch ইঞ্চি|L লিটার|mL মিলি মিলিলিটার` +
    `|W ${ya('ও\u09dfাট').join(' ')}|kW ${ya('কিলোও\u09dfাট').join(' ')}|MP মেগাপিক্সেল এমপি|Hz হার্জ হার্টজ|MHz মেগাহার্জ মেগাহার্টজ|GHz গিগাহার্জ গিগাহার্টজ|mAh এমএএইচ|KB কেবি কিলোবাইট|MB এমবি মেগাবাইট|GB জিবি গিগাবাইট|TB টিবি টেরাবাইট`,
  // a lakh is 100,000 (লক্ষ, লাখ), a crore ten million; also "of" them ("২ কোটির বাজেট")
  magnitudes: { হাজার: 3, হাজারের: 3, লক্ষ: 5, লক্ষের: 5, লাখ: 5, লাখের: 5, কোটি: 7, কোটির: 7, ...each('মিলি\u09dfন মিলি\u09dfনের', 6), ...each('বিলি\u09dfন বিলি\u09dfনের', 9) },
  // before a number: "সর্বোচ্চ ১৮ ঘণ্টা", "প্রায় ৫ জিবি"
  bounds: { atMost: ['সর্বোচ্চ', 'সর্বাধিক'], atLeast: ['কমপক্ষে', 'অন্তত', 'ন্যূনতম', 'সর্বনিম্ন'], about: [...ya('প্রা\u09df'), 'আনুমানিক', 'মোটামুটি'] },
  // between the ends of a range: "১০ থেকে ২০"
  to: ['থেকে'],
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "১০ ও ২০-এর মধ্যে", "১০ থেকে ২০-এর মধ্যে"
  and: ['ও', 'এবং'],
  // after a number: "১৮ ঘণ্টা পর্যন্ত", "৫০০-এর বেশি", and after a number read ending in a vowel, "১০০-র বেশি" (and "কোটির বেশি" as `read` writes it)
  after: { atMost: ['পর্যন্ত'], above: ['-এর বেশি', 'এর বেশি', '-এরও বেশি', 'এরও বেশি', '-র বেশি', '-রও বেশি', '- বেশি', '-ও বেশি'], below: ['-এর কম', 'এর কম', '-র কম', '- কম'], exact: ['-এর মধ্যে', 'এর মধ্যে'] },
  // currencies after the amount: the taka (in India the rupee is "টাকা" too: write ₹ or রুপি there)
  money: { টাকা: 'BDT', ...each('টাকা\u09df', 'BDT'), রুপি: 'INR', রুপী: 'INR', ডলার: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['বিনামূল্যে', 'বিনা মূল্যে', 'ফ্রি', 'ফ্রী'],
  unlimited: ['সীমাহীন', 'অসীম', 'আনলিমিটেড', 'অফুরন্ত'],
  lifetime: ['আজীবন', 'লাইফটাইম'],
  // after an amount: a price per that time ("৯৯ টাকা মাসে", "৯৯ টাকা মাসিক")
  every: 'month মাসিক মাসে|year বার্ষিক বছরে',
  // before an amount: "মাসে ৯৯ টাকা" (a month), "বছরে ৯৯৯ টাকা" (a year)
  before: 'month মাসে|year বছরে',
  // "প্রতি" (per), the length kept: "৳৯৯ প্রতি মাসে" as "৳৯৯ /     মাসে"; at the start, "প্রতি মাসে ৯৯ টাকা", as "মাসে ৯৯ টাকা".
  // A magnitude's "of" before more or less, as after a number: "২০ লাখের বেশি" as "২০ লাখ-র বেশি"; "২ কোটির কম" as
  // "২ কোটি- কম" (the length kept: see `after`).
  read: (s) =>
    s
      .replace(/প্রতি\s/gu, (m, at: number) => (s.slice(0, at).trim() ? '/' : '').padEnd(m.length))
      .replace(/(?<=হাজার|লাখ|লক্ষ|[মব]িলি(?:\u09df|\u09af\u09bc)ন)ের(?=ও?\s(?:বেশি|কম))/gu, '-র')
      .replace(/(?<=কোটি)র(?=ও?\s(?:বেশি|কম))/gu, '-'),
  // "times" (a multiplier, as "2x")
  times: ['গুণ'],
  // "percent", as "%"
  percent: ['শতাংশ'],
};

const num = new Intl.NumberFormat('bn');

/**
 * Bengali (আপনি form). Numbers in Bengali digits, as Intl writes the values
 * of a Bengali page; a noun after a number takes the counter "টি" and stays
 * as it is ("২টি বৈশিষ্ট্য"), so no plural forms.
 */
export const bn: Partial<Strings> = {
  loading: 'তুলনা লোড হচ্ছে…',
  errorTitle: 'এই তুলনাটি দেখানো যায়নি।',
  moreIssues: (n: number) => `…এবং আরও ${num.format(n)}টি সমস্যা`,
  problems: (n: number) => `তুলনার ডেটায় ${num.format(n)}টি সমস্যা:`,
  noData: 'তুলনার কোনো ডেটা নেই: এই এলিমেন্টে src বা for অ্যাট্রিবিউট দিন, একটি চাইল্ড <script type="application/json"> যোগ করুন, অথবা এর data প্রপার্টি সেট করুন।',
  notAvailable: 'উপলব্ধ নয়',
  notComparable: 'তুলনীয় নয়',
  best: 'সেরা',
  lastUpdated: (month: string) => `সর্বশেষ আপডেট: ${month}`,
  bestFor: 'কাদের জন্য সেরা',
  shortAnswer: 'সংক্ষেপে',
  ourVerdict: 'আমাদের রায়',
  aiAssisted: 'এআই-এর সহায়তায়',
  chooseIf: (name: string) => `${name} বেছে নিন, যদি`,
  overallWinner: (name: string) => `আমাদের পছন্দ: ${name}`,
  helpfulQuestion: 'এই রায়টি কি কাজে লেগেছে?',
  yes: 'হ্যাঁ',
  no: 'না',
  voteSending: 'আপনার ভোট পাঠানো হচ্ছে…',
  voteThanks: 'আপনার মতামতের জন্য ধন্যবাদ!',
  voteFailed: 'আপনার ভোট পাঠানো যায়নি।',
  retry: 'আবার চেষ্টা করুন',
  voteAnswer: (answer: string) => `আপনার উত্তর: ${answer}।`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'মূল পার্থক্য',
  topic: 'বিষয়',
  keyFacts: 'মূল তথ্য ও পরিসংখ্যান',
  metric: 'মাপকাঠি',
  diff: 'পার্থক্য',
  diffOf: (item: string, against: string) => `${item} ও ${against}-এর পার্থক্য`,
  diffAgainst: (against: string) => `${against}-এর তুলনায় পার্থক্য`,
  fullComparison: 'সম্পূর্ণ তুলনা',
  attribute: 'বৈশিষ্ট্য',
  showMore: (n: number) => `আরও ${num.format(n)}টি বৈশিষ্ট্য দেখান`,
  showFewer: 'কম বৈশিষ্ট্য দেখান',
  onlyDifferences: 'শুধু পার্থক্যগুলো দেখান',
  noDifferences: 'এই গ্রুপে কোনো পার্থক্য নেই।',
  visualComparison: 'চিত্রে তুলনা',
  chartIntro: 'সংখ্যাভিত্তিক বৈশিষ্ট্যগুলোর পাশাপাশি তুলনা',
  diffBetter: 'ভালো',
  diffWorse: 'খারাপ',
  higherIsBetter: 'যত বেশি, তত ভালো',
  lowerIsBetter: 'যত কম, তত ভালো',
  logScale: 'লগারিদমিক স্কেল',
  prosAndCons: 'সুবিধা ও অসুবিধা',
  pros: 'সুবিধা',
  cons: 'অসুবিধা',
  faq: 'সচরাচর জিজ্ঞাসিত প্রশ্ন',
  resources: 'আরও জানুন',
  resourcesIntro: 'গভীরভাবে জানতে বাছাই করা কিছু রিসোর্স',
  whereToBuy: 'কোথায় কিনবেন',
  affiliateDisclosure: 'অ্যাফিলিয়েট হিসেবে যোগ্য কেনাকাটায় আমরা কমিশন পেতে পারি। এতে আপনার কোনো বাড়তি খরচ হয় না।',
  linkKinds: { reference: 'তথ্যসূত্র', article: 'নিবন্ধ', comparison: 'তুলনা', video: 'ভিডিও', affiliate: 'কোথায় কিনবেন' },
  opensInNewTab: '(নতুন ট্যাবে খোলে)',
  related: 'সম্পর্কিত',
  relatedComparisons: 'সম্পর্কিত তুলনা',
  relatedArticles: 'সম্পর্কিত নিবন্ধ',
  track: 'এই তুলনার খবর রাখুন',
  trackIntroCustom: 'এই তুলনা বদলালে বিজ্ঞপ্তি পান।',
  trackIntro: 'দাম বদলালে, নতুন স্পেসিফিকেশন এলে বা আমাদের রায় আপডেট হলে বিজ্ঞপ্তি পান।',
  emailLabel: 'ইমেল ঠিকানা',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'যেসব বিষয়ে জানতে চান',
  defaultTriggers: { 'price-change': 'দামের পরিবর্তন', 'new-spec': 'নতুন স্পেসিফিকেশন', 'verdict-update': 'রায়ের আপডেট' },
  consent: 'কোনো স্প্যাম নয়। যেকোনো সময় বন্ধ করতে পারবেন।',
  subscribe: 'আমাকে জানান',
  subscribing: 'সাবস্ক্রাইব করা হচ্ছে…',
  subscribed: (email: string) => `হয়ে গেছে! এই তুলনা বদলালে আমরা ${email} ঠিকানায় ইমেল পাঠাব।`,
  subscribeFailed: 'আপনার সাবস্ক্রিপশন পাঠানো যায়নি।',
  invalidEmail: 'name@example.com-এর মতো একটি ইমেল ঠিকানা লিখুন।',
  noTriggers: 'জানানোর জন্য অন্তত একটি বিষয় বেছে নিন।',
};
