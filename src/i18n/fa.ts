/**
 * Persian: the interface table (`fa`, at the end) and the words values
 * are written with, read in a comparison written in Persian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'g گرم|kg کیلوگرم کیلو|mm میلیمتر|cm سانتیمتر سانت|m متر|km کیلومتر|L لیتر|mL میلیلیتر|MB مگابایت|GB گیگابایت|TB ترابایت|s ثانیه|min دقیقه|h ساعت|day روز|week هفته|month ماه|year سال',
  magnitudes: { هزار: 3, میلیون: 6, میلیارد: 9 },
  // before a number: "تا ۱۸ ساعت", "حدود ۵ گیگابایت"
  bounds: { atMost: ['تا', 'حداکثر'], atLeast: ['حداقل', 'از'], above: ['بیش از', 'بالای'], below: ['کمتر از', 'زیر'], about: ['حدود', 'تقریباً', 'تقریبا'], from: ['بین', 'میان'] },
  // between the ends of a range
  to: ['تا'],
  // a range's "and" after its "between" (a `from` bound): "بین ۱۰ و ۲۰"
  and: ['و'],
  // a currency after the amount
  money: { ریال: 'IRR', دلار: 'USD' },
  // a price of nothing, and no limit
  free: ['رایگان'],
  unlimited: ['نامحدود'],
  // "times" (a multiplier, as "2x")
  times: ['برابر'],
  // "percent", as "%"
  percent: ['درصد'],
};

const num = new Intl.NumberFormat('fa');

/**
 * Persian ("شما"). Numbers in Persian digits, as Intl writes the values of a
 * Persian page ("۳ ویژگی"); a noun after a number stays singular. Words are
 * joined with a zero-width non-joiner where Persian writes one ("ویژگی‌ها").
 */
export const fa: Partial<Strings> = {
  loading: 'در حال بارگذاری مقایسه…',
  errorTitle: 'نمایش این مقایسه ممکن نیست.',
  moreIssues: (n: number) => `…و ${num.format(n)} مشکل دیگر`,
  problems: (n: number) => `${num.format(n)} مشکل در داده‌های مقایسه:`,
  noData: 'داده‌ای برای مقایسه نیست: به این عنصر ویژگی src یا for بدهید، یک عنصر فرزند <script type="application/json"> به آن اضافه کنید یا ویژگی data آن را تنظیم کنید.',
  notAvailable: 'موجود نیست',
  notComparable: 'قابل مقایسه نیست',
  best: 'بهترین',
  lastUpdated: (month: string) => `آخرین به‌روزرسانی: ${month}`,
  bestFor: 'مناسب برای',
  shortAnswer: 'به‌طور خلاصه',
  ourVerdict: 'جمع‌بندی ما',
  aiAssisted: 'با کمک هوش مصنوعی',
  chooseIf: (name: string) => `${name} را انتخاب کنید اگر`,
  overallWinner: (name: string) => `انتخاب ما: ${name}`,
  helpfulQuestion: 'این جمع‌بندی مفید بود؟',
  yes: 'بله',
  no: 'خیر',
  voteSending: 'در حال ارسال رأی شما…',
  voteThanks: 'از بازخورد شما سپاسگزاریم!',
  voteFailed: 'ارسال رأی شما ممکن نشد.',
  retry: 'تلاش دوباره',
  voteAnswer: (answer: string) => `پاسخ شما: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'تفاوت‌های اصلی',
  topic: 'موضوع',
  keyFacts: 'حقایق و ارقام کلیدی',
  metric: 'شاخص',
  diff: 'تفاوت',
  diffOf: (item: string, against: string) => `تفاوت ${item} با ${against}`,
  diffAgainst: (against: string) => `تفاوت با ${against}`,
  fullComparison: 'مقایسهٔ کامل',
  attribute: 'ویژگی',
  showMore: (n: number) => `نمایش ${num.format(n)} ویژگی دیگر`,
  showFewer: 'نمایش ویژگی‌های کمتر',
  onlyDifferences: 'فقط تفاوت‌ها',
  noDifferences: 'در این گروه تفاوتی نیست.',
  visualComparison: 'مقایسهٔ نموداری',
  chartIntro: 'ویژگی‌های عددی در کنار هم',
  diffBetter: 'بهتر',
  diffWorse: 'بدتر',
  higherIsBetter: 'بیشتر بهتر است',
  lowerIsBetter: 'کمتر بهتر است',
  logScale: 'مقیاس لگاریتمی',
  prosAndCons: 'مزایا و معایب',
  pros: 'مزایا',
  cons: 'معایب',
  faq: 'پرسش‌های متداول',
  resources: 'منابع و مطالعهٔ بیشتر',
  resourcesIntro: 'با این منابع برگزیده بیشتر بدانید',
  whereToBuy: 'از کجا بخریم',
  affiliateDisclosure: 'ما در برنامه‌های همکاری در فروش عضویم و ممکن است از خریدهای واجد شرایط پورسانت بگیریم، بی‌آنکه هزینه‌ای به شما اضافه شود.',
  linkKinds: { reference: 'مرجع', article: 'مقاله‌ها', comparison: 'مقایسه‌ها', video: 'ویدیوها', affiliate: 'از کجا بخریم' },
  opensInNewTab: '(در برگهٔ جدید باز می‌شود)',
  related: 'مطالب مرتبط',
  relatedComparisons: 'مقایسه‌های مرتبط',
  relatedArticles: 'مقاله‌های مرتبط',
  track: 'دنبال کردن این مقایسه',
  trackIntroCustom: 'هر وقت این مقایسه تغییر کند، به شما خبر می‌دهیم.',
  trackIntro: 'وقتی قیمت‌ها تغییر کند، مشخصات تازه منتشر شود یا جمع‌بندی ما به‌روز شود، به شما خبر می‌دهیم.',
  emailLabel: 'نشانی ایمیل',
  emailPlaceholder: 'you@example.com',
  triggersLabel: 'خبرم کنید دربارهٔ',
  defaultTriggers: { 'price-change': 'تغییر قیمت', 'new-spec': 'مشخصات تازه', 'verdict-update': 'به‌روزرسانی جمع‌بندی' },
  consent: 'بدون هرزنامه. هر وقت خواستید لغو کنید.',
  subscribe: 'خبرم کنید',
  subscribing: 'در حال ثبت‌نام…',
  subscribed: (email: string) => `انجام شد! هر وقت این مقایسه تغییر کند، به ${email} ایمیل می‌زنیم.`,
  subscribeFailed: 'ارسال درخواست شما ممکن نشد.',
  invalidEmail: 'نشانی ایمیلی مانند name@example.com وارد کنید.',
  noTriggers: 'دست‌کم یک مورد را برای خبر گرفتن انتخاب کنید.',
};
