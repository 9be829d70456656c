import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

const num = new Intl.NumberFormat('ar');
const plural = new Intl.PluralRules('ar');

/**
 * Arabic (Modern Standard). Counted nouns follow the six plural categories:
 * one and two use the singular and dual without a numeral, 3–10 the plural,
 * 11–99 and 100+ (and 0) the singular.
 */
export const ar: Partial<Strings> = {
  loading: 'جارٍ تحميل المقارنة…',
  errorTitle: 'تعذّر عرض هذه المقارنة.',
  moreIssues: (n: number) => {
    switch (plural.select(n)) {
      case 'one': return '…ومشكلة أخرى';
      case 'two': return '…ومشكلتان أخريان';
      case 'few': return `…و${num.format(n)} مشكلات أخرى`;
      default: return `…و${num.format(n)} مشكلة أخرى`;
    }
  },
  problems: (n: number) => {
    switch (plural.select(n)) {
      case 'one': return 'مشكلة واحدة في بيانات المقارنة:';
      case 'two': return 'مشكلتان في بيانات المقارنة:';
      case 'few': return `${num.format(n)} مشكلات في بيانات المقارنة:`;
      default: return `${num.format(n)} مشكلة في بيانات المقارنة:`;
    }
  },
  noData: 'لا توجد بيانات للمقارنة: أضف إلى هذا العنصر السمة src أو for، أو عنصرًا فرعيًا <script type="application/json">، أو اضبط الخاصية data.',
  notAvailable: 'غير متوفر',
  notComparable: 'غير قابل للمقارنة',
  best: 'الأفضل',
  lastUpdated: (month: string) => `آخر تحديث: ${month}`,
  bestFor: 'الأنسب لـ',
  shortAnswer: 'باختصار',
  ourVerdict: 'رأينا النهائي',
  aiAssisted: 'بمساعدة الذكاء الاصطناعي',
  chooseIf: (name: string) => `اختر ${name} إذا`,
  overallWinner: (name: string) => `اختيارنا: ${name}`,
  helpfulQuestion: 'هل كان هذا الرأي مفيدًا؟',
  yes: 'نعم',
  no: 'لا',
  voteSending: 'جارٍ إرسال تصويتك…',
  voteThanks: 'شكرًا على ملاحظاتك!',
  voteFailed: 'تعذّر إرسال تصويتك.',
  retry: 'إعادة المحاولة',
  voteAnswer: (answer: string) => `إجابتك: ${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'أبرز الاختلافات',
  topic: 'الجانب',
  keyFacts: 'أهم الحقائق والأرقام',
  metric: 'المؤشر',
  diff: 'الفرق',
  diffOf: (item: string, against: string) => `الفرق: ${item} مقابل ${against}`,
  diffAgainst: (against: string) => `الفرق مقابل ${against}`,
  fullComparison: 'المقارنة الكاملة',
  attribute: 'الخاصية',
  showMore: (n: number) => {
    switch (plural.select(n)) {
      case 'one': return 'عرض خاصية أخرى';
      case 'two': return 'عرض خاصيتين أخريين';
      case 'few': return `عرض ${num.format(n)} خصائص أخرى`;
      default: return `عرض ${num.format(n)} خاصية أخرى`;
    }
  },
  showFewer: 'عرض خصائص أقل',
  onlyDifferences: 'عرض الاختلافات فقط',
  noDifferences: 'لا اختلافات في هذه المجموعة.',
  visualComparison: 'مقارنة بالرسوم البيانية',
  chartIntro: 'مقارنة الخصائص الرقمية جنبًا إلى جنب',
  diffBetter: 'أفضل',
  diffWorse: 'أسوأ',
  higherIsBetter: 'الأعلى أفضل',
  lowerIsBetter: 'الأقل أفضل',
  logScale: 'مقياس لوغاريتمي',
  prosAndCons: 'المزايا والعيوب',
  pros: 'المزايا',
  cons: 'العيوب',
  faq: 'الأسئلة الشائعة',
  resources: 'مصادر لمعرفة المزيد',
  resourcesIntro: 'تعمّق أكثر مع هذه المصادر المختارة',
  whereToBuy: 'أماكن الشراء',
  affiliateDisclosure: 'بصفتنا شريكًا تسويقيًا، قد نحصل على عمولة من عمليات الشراء المؤهلة دون أي تكلفة إضافية عليك.',
  linkKinds: { reference: 'مراجع', article: 'مقالات', comparison: 'مقارنات', video: 'فيديوهات', affiliate: 'أماكن الشراء' },
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  related: 'مواضيع ذات صلة',
  relatedComparisons: 'مقارنات ذات صلة',
  relatedArticles: 'مقالات ذات صلة',
  track: 'تابع هذه المقارنة',
  trackIntroCustom: 'احصل على إشعار عند تغيّر هذه المقارنة.',
  trackIntro: 'احصل على إشعار عند تغيّر الأسعار أو صدور مواصفات جديدة أو تحديث رأينا.',
  emailLabel: 'البريد الإلكتروني',
  emailPlaceholder: 'you@example.com',
  triggersLabel: 'نبّهني عند',
  defaultTriggers: { 'price-change': 'تغيّر السعر', 'new-spec': 'صدور مواصفات جديدة', 'verdict-update': 'تحديث رأينا' },
  consent: 'بلا رسائل مزعجة. يمكنك إلغاء الاشتراك في أي وقت.',
  subscribe: 'نبّهني',
  subscribing: 'جارٍ الاشتراك…',
  subscribed: (email: string) => `تم! سنراسلك على ${email} عند تغيّر هذه المقارنة.`,
  subscribeFailed: 'تعذّر إرسال اشتراكك.',
  invalidEmail: 'أدخل بريدًا إلكترونيًا صحيحًا، مثل name@example.com',
  noTriggers: 'اختر نوع إشعار واحدًا على الأقل.',
};

/** Arabic words for units and magnitudes in values, read in a comparison written in Arabic. */
export const words: WordTable = {
  units: 's ثانية ثوان ثواني|min دقيقة دقائق|h ساعة ساعات|day يوم أيام|week أسبوع أسابيع|month شهر أشهر شهور|year سنة سنوات عام أعوام|km كم|kg كجم كغ|KB كيلوبايت|MB ميغابايت ميجابايت|GB جيجابايت غيغابايت جيغابايت|TB تيرابايت',
  // currencies written as a word after the amount ("99 ريال", "99 ر.س"; a dollar is the US dollar, as "dollars" is in English)
  money: { ريال: 'SAR', دولار: 'USD', درهم: 'AED', جنيه: 'EGP', 'ر.س': 'SAR', 'د.إ': 'AED', 'ج.م': 'EGP', يورو: 'EUR' },
  // a price per a time in a word after the amount ("99 ريال شهريًا")
  every: 'month شهريًا شهريا|year سنويًا سنويا',
  // a thousand, a million, a billion; their plurals after 3–10 ("10 آلاف", "٥ ملايين", "٣ مليارات"), and the accusative
  // after 11–99, its tanween written on either letter or left out ("11 ألفًا", "11 ألفاً", "11 ألفا")
  magnitudes: {
    ألف: 3, آلاف: 3, الاف: 3, ألفًا: 3, ألفاً: 3, ألفا: 3,
    مليون: 6, ملايين: 6, مليونًا: 6, مليوناً: 6, مليونا: 6,
    مليار: 9, مليارات: 9, مليارًا: 9, ملياراً: 9, مليارا: 9,
  },
  // Two thousand, two million, two billion: the dual, alone ("ألفان", "ألفين") or before what it counts ("ألفا طالب",
  // "مليوني دولار"), where no number comes before it ("11 ألفا" is eleven thousand): read as "2 ألف", "2ألف طالب".
  // One alone ("ألف طالب", "مليون دولار"; "100 ألف" is a hundred thousand) as the English "1 k", "1  mn", "1  bn", as long.
  read: (s) =>
    s
      .replace(/(?<!\d\s*|[\p{L}\p{M}])(ألف|مليون|مليار)[اي](ن?)(?![\p{L}\p{M}])/gu, (_, w: string, n: string) => `2${n && ' '}${w}`)
      .replace(/(?<!\d\s*|[\p{L}\p{M}])(?:[أا]لف|مليون|مليار)(?![\p{L}\p{M}])/gu, (w) => (w.length < 4 ? '1 k' : w[4] === 'ن' ? '1  mn' : '1  bn')),
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['حتى'], above: ['أكثر من'], below: ['أقل من'], about: ['حوالي', 'نحو'], from: ['بين', 'ما بين'] },
  // between the ends of a range
  to: ['إلى'],
  // a range's "and" after its "between" (a `from` bound): "بين 10 و 20"
  and: ['و'],
  // a price of nothing (not a stem: "مجانين" is madmen), and no limit
  free: ['مجاني', 'مجانية', 'مجانيًا', 'مجانًا', 'مجاناً', 'مجانا', 'بالمجان'],
  unlimited: ['غير محدود*', 'بلا حدود', 'لا محدود*'],
  lifetime: ['مدى الحياة'],
  // "times" (a multiplier, as "2x")
  times: ['أضعاف', 'ضعف', 'مرات', 'مرة'],
  // "percent", as "%"
  percent: ['بالمئة', 'في المئة', 'بالمائة'],
};
