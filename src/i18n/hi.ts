/**
 * Hindi: the interface table (`hi`, at the end) and the words values
 * are written with, read in a comparison written in Hindi. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (with the nukta of हफ़्ता and सेकेंड as a mark or not)
  units:
    'ms मिलीसेकंड|s सेकंड सेकेंड सेकण्ड|min मिनट|h घंटा घंटे घंटों|day दिन दिनों|week सप्ताह सप्ताहों हफ्ता हफ्ते हफ्तों हफ़्ता हफ़्ते|month महीना महीने महीनों माह|year साल सालों वर्ष वर्षों' +
    '|g ग्राम|kg किलो किग्रा किलोग्राम|km किमी किलोमीटर|m मीटर|cm सेमी सेंटीमीटर|mm मिमी मिलीमीटर|inch इंच|L लीटर|mL मिली|W वाट वॉट|kW किलोवाट किलोवॉट|MP मेगापिक्सल मेगापिक्सेल|Hz हर्ट्ज हर्ट्ज़ हर्ट\u094d\u095b|mAh एमएएच|GB जीबी|MB एमबी|TB टीबी',
  // करोड़ with the nukta as a mark or precomposed
  magnitudes: { हज़ार: 3, हजार: 3, लाख: 5, '\u0915\u0930\u094b\u0921\u093c': 7, '\u0915\u0930\u094b\u095c': 7, अरब: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['अधिकतम'], atLeast: ['कम से कम', 'न्यूनतम'], about: ['लगभग', 'करीब', 'क़रीब', 'तकरीबन'] },
  // between the ends of a range: "10 से 20"
  to: ['से'],
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "10 और 20 के बीच", "10 से 20 के बीच"
  and: ['और', 'व'],
  // after a number: "18 घंटे तक", "500 से अधिक"
  after: { atMost: ['तक'], above: ['से अधिक', 'से ज़्यादा', 'से ज्यादा'], below: ['से कम'], exact: ['के बीच', 'के बीच में'] },
  // currencies after the amount
  money: { रुपये: 'INR', रुपए: 'INR', रुपया: 'INR', रु: 'INR', डॉलर: 'USD', यूरो: 'EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['मुफ़्त', 'मुफ्त', 'निःशुल्क', 'नि:शुल्क', 'फ्री'],
  unlimited: ['असीमित', 'अनलिमिटेड'],
  lifetime: ['आजीवन'],
  // after an amount: a price per that time
  every: 'month मासिक|year वार्षिक सालाना',
  // "times" (a multiplier, as "2x")
  times: ['गुना'],
  // "percent", as "%"
  percent: ['प्रतिशत'],
};

const num = new Intl.NumberFormat('hi');
const plural = new Intl.PluralRules('hi');

/** Hindi (आप form). */
export const hi: Partial<Strings> = {
  loading: 'तुलना लोड हो रही है…',
  errorTitle: 'यह तुलना दिखाई नहीं जा सकी।',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…और ${num.format(n)} समस्या` : `…और ${num.format(n)} समस्याएँ`),
  problems: (n: number) => `तुलना के डेटा में ${num.format(n)} ${plural.select(n) === 'one' ? 'समस्या' : 'समस्याएँ'}:`,
  noData: 'तुलना का कोई डेटा नहीं है: इस एलिमेंट को src या for एट्रिब्यूट दें, चाइल्ड <script type="application/json"> जोड़ें, या इसकी data प्रॉपर्टी सेट करें।',
  notAvailable: 'उपलब्ध नहीं',
  notComparable: 'तुलना योग्य नहीं',
  best: 'सर्वश्रेष्ठ',
  lastUpdated: (month: string) => `अंतिम अपडेट: ${month}`,
  bestFor: 'किसके लिए सबसे अच्छा',
  shortAnswer: 'संक्षेप में',
  ourVerdict: 'हमारा निष्कर्ष',
  aiAssisted: 'AI की मदद से',
  chooseIf: (name: string) => `${name} चुनें, अगर`,
  overallWinner: (name: string) => `हमारी पसंद: ${name}`,
  helpfulQuestion: 'क्या यह निष्कर्ष उपयोगी था?',
  yes: 'हाँ',
  no: 'नहीं',
  voteSending: 'आपका वोट भेजा जा रहा है…',
  voteThanks: 'आपकी प्रतिक्रिया के लिए धन्यवाद!',
  voteFailed: 'आपका वोट नहीं भेजा जा सका।',
  retry: 'फिर से कोशिश करें',
  voteAnswer: (answer: string) => `आपका जवाब: ${answer}।`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'मुख्य अंतर',
  topic: 'विषय',
  keyFacts: 'मुख्य तथ्य और आँकड़े',
  metric: 'मापदंड',
  diff: 'अंतर',
  diffOf: (item: string, against: string) => `${item} और ${against} में अंतर`,
  diffAgainst: (against: string) => `${against} की तुलना में अंतर`,
  fullComparison: 'पूरी तुलना',
  attribute: 'विशेषता',
  showMore: (n: number) => (plural.select(n) === 'one' ? `${num.format(n)} और विशेषता दिखाएँ` : `${num.format(n)} और विशेषताएँ दिखाएँ`),
  showFewer: 'कम विशेषताएँ दिखाएँ',
  onlyDifferences: 'सिर्फ़ अंतर दिखाएँ',
  noDifferences: 'इस समूह में कोई अंतर नहीं है।',
  visualComparison: 'चार्ट में तुलना',
  chartIntro: 'संख्या वाली विशेषताओं की आमने-सामने तुलना',
  diffBetter: 'बेहतर',
  diffWorse: 'बदतर',
  higherIsBetter: 'जितना ज़्यादा, उतना बेहतर',
  lowerIsBetter: 'जितना कम, उतना बेहतर',
  logScale: 'लघुगणकीय पैमाना',
  prosAndCons: 'फ़ायदे और नुकसान',
  pros: 'फ़ायदे',
  cons: 'नुकसान',
  faq: 'अक्सर पूछे जाने वाले सवाल',
  resources: 'और जानें',
  resourcesIntro: 'गहराई से समझने के लिए चुनिंदा संसाधन',
  whereToBuy: 'कहाँ से ख़रीदें',
  affiliateDisclosure: 'एफ़िलिएट के रूप में, योग्य ख़रीदारियों पर हमें कमीशन मिल सकता है। इससे आपको कोई अतिरिक्त ख़र्च नहीं करना पड़ता।',
  linkKinds: { reference: 'संदर्भ', article: 'लेख', comparison: 'तुलनाएँ', video: 'वीडियो', affiliate: 'कहाँ से ख़रीदें' },
  opensInNewTab: '(नए टैब में खुलता है)',
  related: 'संबंधित',
  relatedComparisons: 'संबंधित तुलनाएँ',
  relatedArticles: 'संबंधित लेख',
  track: 'इस तुलना पर नज़र रखें',
  trackIntroCustom: 'यह तुलना बदलने पर सूचना पाएँ।',
  trackIntro: 'कीमतें बदलने, नए स्पेसिफ़िकेशन आने या हमारा निष्कर्ष अपडेट होने पर सूचना पाएँ।',
  emailLabel: 'ईमेल पता',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'इन पर सूचना दें',
  defaultTriggers: { 'price-change': 'कीमत में बदलाव', 'new-spec': 'नए स्पेसिफ़िकेशन', 'verdict-update': 'निष्कर्ष में बदलाव' },
  consent: 'कोई स्पैम नहीं। जब चाहें सदस्यता रद्द करें।',
  subscribe: 'मुझे सूचना दें',
  subscribing: 'सदस्यता ली जा रही है…',
  subscribed: (email: string) => `हो गया! यह तुलना बदलने पर हम ${email} पर ईमेल भेजेंगे।`,
  subscribeFailed: 'आपकी सदस्यता नहीं भेजी जा सकी।',
  invalidEmail: 'name@example.com जैसा ईमेल पता दर्ज करें।',
  noTriggers: 'सूचना के लिए कम से कम एक विकल्प चुनें।',
};
