/**
 * Hebrew: the interface table (`he`, at the end) and the words values
 * are written with, read in a comparison written in Hebrew. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's שניות שנייה שניה|min דקות דקה|h שעות שעה|day ימים יום|week שבועות שבוע|month חודשים חודש|year שנים שנה|mm מ"מ מ״מ מילימטר|cm ס"מ ס״מ סנטימטר|m מטר מטרים|km ק"מ ק״מ קילומטר קילומטרים|g גרם גרמים|kg ק"ג ק״ג קילו קילוגרם|L ליטר ליטרים|mL מ"ל מ״ל',
  magnitudes: { אלף: 3, מיליון: 6, מיליארד: 9 },
  // before a number: "עד 18 שעות", "כ-5 GB"
  bounds: { atMost: ['עד'], atLeast: ['לפחות', 'החל מ-', 'מ-'], above: ['מעל', 'יותר מ-'], below: ['פחות מ-', 'מתחת ל-'], about: ['בערך', 'כ-', 'כ', 'כמעט'], from: ['בין'] },
  // between the ends of a range
  to: ['עד'],
  // a range's "and" after its "between" (a `from` bound): "בין 10 ל-20", "בין 10 ו-20"
  and: ['ל-', 'ל־', 'ל', 'ו-', 'ו'],
  // a currency after the amount
  money: { שקל: 'ILS', שקלים: 'ILS', 'ש״ח': 'ILS', 'ש"ח': 'ILS', דולר: 'USD', דולרים: 'USD', אירו: 'EUR', יורו: 'EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['חינם'],
  unlimited: ['ללא הגבלה', 'בלתי מוגבל'],
  lifetime: ['לכל החיים'],
  // "times" (a multiplier, as "2x")
  // …before the number: "פי 2", "פי 2-3", read as "2x", "2-3x"
  read: (s) => s.replace(/פי\s?(\d[\d.,–-]*)/g, (m, n: string) => `${n}x`.padStart(m.length)),
  // "percent", as "%"
  percent: ['אחוזים', 'אחוז'],
};

const num = new Intl.NumberFormat('he');
const plural = new Intl.PluralRules('he');

/**
 * Hebrew, in the gender-neutral forms Israeli sites use: infinitives and nouns
 * for actions ("הצגת", "לנסות שוב"), the plural to address the reader
 * ("קבלו", "עדכנו אותי"). One item alone ("מאפיין נוסף"), others with the number.
 */
export const he: Partial<Strings> = {
  loading: 'ההשוואה נטענת…',
  errorTitle: 'לא ניתן להציג את ההשוואה הזו.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? '…ועוד בעיה אחת' : `…ועוד ${num.format(n)} בעיות`),
  problems: (n: number) => (plural.select(n) === 'one' ? 'בעיה אחת בנתוני ההשוואה:' : `${num.format(n)} בעיות בנתוני ההשוואה:`),
  noData: 'אין נתוני השוואה: יש לתת לרכיב הזה מאפיין src או for, להוסיף לו רכיב צאצא <script type="application/json"> או להגדיר את המאפיין data שלו.',
  notAvailable: 'לא זמין',
  notComparable: 'לא בר השוואה',
  best: 'הכי טוב',
  lastUpdated: (month: string) => `עודכן לאחרונה: ${month}`,
  bestFor: 'מתאים במיוחד עבור',
  shortAnswer: 'בקצרה',
  ourVerdict: 'השורה התחתונה',
  aiAssisted: 'בסיוע בינה מלאכותית',
  chooseIf: (name: string) => `כדאי לבחור ב-${name} אם`,
  overallWinner: (name: string) => `הבחירה שלנו: ${name}`,
  helpfulQuestion: 'האם הסיכום הזה עזר?',
  yes: 'כן',
  no: 'לא',
  voteSending: 'ההצבעה נשלחת…',
  voteThanks: 'תודה על המשוב!',
  voteFailed: 'לא ניתן היה לשלוח את ההצבעה.',
  retry: 'לנסות שוב',
  voteAnswer: (answer: string) => `התשובה שלך: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'ההבדלים העיקריים',
  topic: 'נושא',
  keyFacts: 'עובדות ונתונים עיקריים',
  metric: 'מדד',
  diff: 'הפרש',
  diffOf: (item: string, against: string) => `הפרש ${item} לעומת ${against}`,
  diffAgainst: (against: string) => `הפרש לעומת ${against}`,
  fullComparison: 'השוואה מלאה',
  attribute: 'מאפיין',
  showMore: (n: number) => (plural.select(n) === 'one' ? 'הצגת מאפיין נוסף' : `הצגת ${num.format(n)} מאפיינים נוספים`),
  showFewer: 'הצגת פחות מאפיינים',
  onlyDifferences: 'הצגת ההבדלים בלבד',
  noDifferences: 'אין הבדלים בקבוצה הזו.',
  visualComparison: 'השוואה בתרשימים',
  chartIntro: 'מאפיינים מספריים זה לצד זה',
  diffBetter: 'טוב יותר',
  diffWorse: 'גרוע יותר',
  higherIsBetter: 'גבוה יותר עדיף',
  lowerIsBetter: 'נמוך יותר עדיף',
  logScale: 'סולם לוגריתמי',
  prosAndCons: 'יתרונות וחסרונות',
  pros: 'יתרונות',
  cons: 'חסרונות',
  faq: 'שאלות נפוצות',
  resources: 'מקורות ומידע נוסף',
  resourcesIntro: 'להעמקה: מקורות שבחרנו בקפידה',
  whereToBuy: 'איפה לקנות',
  affiliateDisclosure: 'כשותפים שיווקיים, ייתכן שנקבל עמלה על רכישות מזכות, ללא עלות נוספת עבורך.',
  linkKinds: { reference: 'מקורות', article: 'כתבות', comparison: 'השוואות', video: 'סרטונים', affiliate: 'איפה לקנות' },
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  related: 'ראו גם',
  relatedComparisons: 'השוואות קשורות',
  relatedArticles: 'כתבות קשורות',
  track: 'מעקב אחרי ההשוואה',
  trackIntroCustom: 'קבלו התראה כשההשוואה הזו משתנה.',
  trackIntro: 'קבלו התראה כשהמחירים משתנים, כשמתפרסם מפרט חדש או כשאנחנו מעדכנים את השורה התחתונה.',
  emailLabel: 'כתובת אימייל',
  emailPlaceholder: 'you@example.com',
  triggersLabel: 'התראות על',
  defaultTriggers: { 'price-change': 'שינוי מחיר', 'new-spec': 'מפרט חדש', 'verdict-update': 'עדכון השורה התחתונה' },
  consent: 'בלי ספאם. אפשר להפסיק בכל עת.',
  subscribe: 'עדכנו אותי',
  subscribing: 'ההרשמה מתבצעת…',
  subscribed: (email: string) => `ההרשמה הושלמה: נכתוב אל ${email} כשההשוואה הזו תשתנה.`,
  subscribeFailed: 'לא ניתן היה לשלוח את ההרשמה.',
  invalidEmail: 'יש להזין כתובת אימייל כמו name@example.com.',
  noTriggers: 'יש לבחור לפחות סוג התראה אחד.',
};
