/**
 * Turkish: the interface table (`tr`, at the end) and the words values
 * are written with, read in a comparison written in Turkish. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

/** A word after the ablative of a number or an amount ("500.000'den fazla", "99 TL'den başlayan"), in each of its forms. */
const than = (word: string) => ["'", '’'].flatMap((a) => ['den', 'dan', 'ten', 'tan'].map((s) => `${a}${s} ${word}`));

export const words: WordTable = {
  units: 'ms milisaniye|s saniye sn saniyede saniyeye saniyelik|min dakika dk dakikada dakikaya dakikalık|h saat sa saatte saate saati saatlik saatten|day gün güne günü günlük günde|week hafta haftaya haftalık haftada|month ay aya aylık ayda|year yıl sene yıla yıllık yılda seneye senelik|m m metre|km kilometre|cm santimetre|mm milimetre|g gram gr|kg kilogram kilo|L litre lt',
  magnitudes: { bin: 3, milyon: 6, mn: 6, milyar: 9, mlr: 9, trilyon: 12 },
  // before a number: "en fazla 50 km", "yaklaşık 5 GB"
  bounds: { atMost: ['en fazla', 'azami'], atLeast: ['en az', 'asgari'], about: ['yaklaşık', 'ortalama'] },
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "10 ile 20 saat arasında"
  and: ['ile', 've'],
  // after a number: "10 saate kadar" (up to 10 hours); "500.000'den fazla" (more than), "'den az" (less than), "99 TL'den
  // başlayan" (from)
  after: { atMost: ['kadar'], above: [...than('fazla'), 'fazla'], below: than('az'), atLeast: [...than('başlayan'), ...than('itibaren')], exact: ['arasında', 'arası'] },
  // a currency after the amount
  money: { TL: 'TRY', lira: 'TRY', dolar: 'USD', avro: 'EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['ücretsiz', 'bedava'],
  unlimited: ['sınırsız', 'limitsiz'],
  lifetime: ['ömür boyu'],
  // after an amount: a price per that time
  every: 'month aylık|year yıllık',
  // …and before it: "aylık 45 TL", "yıllık 540 TL"
  before: 'month aylık|year yıllık',
  // "times" (a multiplier, as "2x")
  times: ['kat', 'katı'],
  // "yüzde 20" (percent before the number), read as "20%"
  read: (s) => s.replace(/yüzde\s*(\d[\d.,–-]*)/giu, (m, n: string) => `${n}%`.padStart(m.length)),
};

const num = new Intl.NumberFormat('tr');

/** Turkish (siz form: "Seçin", "Cevabınız"; the noun stays singular after a number). */
export const tr: Partial<Strings> = {
  loading: 'Karşılaştırma yükleniyor…',
  errorTitle: 'Bu karşılaştırma gösterilemiyor.',
  moreIssues: (n: number) => `…ve ${num.format(n)} sorun daha`,
  problems: (n: number) => `Karşılaştırma verilerinde ${num.format(n)} sorun:`,
  noData: 'Karşılaştırma verisi yok: bu öğeye src veya for özniteliği ya da alt öğe olarak bir <script type="application/json"> ekleyin veya data özelliğini ayarlayın.',
  notAvailable: 'veri yok',
  notComparable: 'karşılaştırılamaz',
  best: 'en iyi',
  lastUpdated: (month: string) => `Son güncelleme: ${month}`,
  bestFor: 'Kimler için ideal',
  shortAnswer: 'Kısaca',
  ourVerdict: 'Değerlendirmemiz',
  aiAssisted: 'Yapay zeka destekli',
  // No case ending to put on the name ("Python'ı"): it stays the subject.
  chooseIf: (name: string) => `${name} ne zaman tercih edilmeli?`,
  overallWinner: (name: string) => `Tercihimiz: ${name}`,
  helpfulQuestion: 'Bu değerlendirme işinize yaradı mı?',
  yes: 'Evet',
  no: 'Hayır',
  voteSending: 'Oyunuz gönderiliyor…',
  voteThanks: 'Geri bildiriminiz için teşekkürler!',
  voteFailed: 'Oyunuz gönderilemedi.',
  retry: 'Tekrar dene',
  voteAnswer: (answer: string) => `Cevabınız: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Temel farklar',
  topic: 'Kriter',
  keyFacts: 'Temel bilgiler ve rakamlar',
  metric: 'Ölçüt',
  diff: 'Fark',
  diffOf: (item: string, against: string) => `${item} ile ${against} farkı`,
  diffAgainst: (against: string) => `${against} ile fark`,
  fullComparison: 'Tam karşılaştırma',
  attribute: 'Özellik',
  showMore: (n: number) => `${num.format(n)} özellik daha göster`,
  showFewer: 'Daha az özellik göster',
  onlyDifferences: 'Yalnızca farkları göster',
  noDifferences: 'Bu grupta fark yok.',
  visualComparison: 'Görsel karşılaştırma',
  chartIntro: 'Sayısal özellikler yan yana',
  diffBetter: 'daha iyi',
  diffWorse: 'daha kötü',
  higherIsBetter: 'yüksek olan daha iyi',
  lowerIsBetter: 'düşük olan daha iyi',
  logScale: 'logaritmik ölçek',
  prosAndCons: 'Artılar ve eksiler',
  pros: 'Artılar',
  cons: 'Eksiler',
  faq: 'Sıkça sorulan sorular',
  resources: 'Kaynaklar ve daha fazlası',
  resourcesIntro: 'Konuyu derinlemesine incelemek için seçilmiş kaynaklar',
  whereToBuy: 'Nereden satın alınır',
  affiliateDisclosure: 'Bir satış ortağı olarak, uygun satın alımlardan size ek bir maliyet yansıtmadan komisyon kazanabiliriz.',
  linkKinds: { reference: 'Başvuru kaynakları', article: 'Makaleler', comparison: 'Karşılaştırmalar', video: 'Videolar', affiliate: 'Nereden satın alınır' },
  opensInNewTab: '(yeni sekmede açılır)',
  related: 'İlgili içerikler',
  relatedComparisons: 'İlgili karşılaştırmalar',
  relatedArticles: 'İlgili makaleler',
  track: 'Bu karşılaştırmayı takip edin',
  trackIntroCustom: 'Bu karşılaştırma değiştiğinde size haber verelim.',
  trackIntro: 'Fiyatlar değiştiğinde, yeni teknik özellikler çıktığında veya değerlendirmemiz güncellendiğinde size haber verelim.',
  emailLabel: 'E-posta adresi',
  emailPlaceholder: 'adiniz@example.com',
  triggersLabel: 'Bildirim konuları',
  defaultTriggers: { 'price-change': 'Fiyat değişikliği', 'new-spec': 'Yeni teknik özellikler', 'verdict-update': 'Değerlendirme güncellemesi' },
  consent: 'Spam yok. İstediğiniz zaman abonelikten çıkabilirsiniz.',
  subscribe: 'Bana haber ver',
  subscribing: 'Abone olunuyor…',
  subscribed: (email: string) => `Tamam! Bu karşılaştırma değiştiğinde ${email} adresine yazacağız.`,
  subscribeFailed: 'Aboneliğiniz gönderilemedi.',
  invalidEmail: 'adiniz@example.com biçiminde bir e-posta adresi girin.',
  noTriggers: 'En az bir bildirim konusu seçin.',
};
