/**
 * Indonesian: the interface table (`id`, at the end) and the words values
 * are written with, read in a comparison written in Indonesian (and Malay,
 * whose interface stays English: it has no table). Loaded on demand
 * (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milidetik|s detik dtk saat|min menit minit mnt|h jam|day hari|week minggu pekan|month bulan bln|year tahun thn',
  magnitudes: { ribu: 3, rb: 3, juta: 6, jt: 6, miliar: 9, bilion: 9, triliun: 12 },
  // before a number: "hingga 18 jam", "sekitar 5 GB"
  bounds: { atMost: ['hingga', 'sampai', 'maksimal', 'maks'], atLeast: ['minimal', 'setidaknya', 'mulai', 'mulai dari'], above: ['lebih dari', 'di atas'], below: ['kurang dari', 'di bawah'], about: ['sekitar', 'kira-kira', 'kurang lebih'], from: ['antara'] },
  // between the ends of a range
  to: ['hingga', 'sampai'],
  // a range's "and" after its "between" (a `from` bound): "antara 10 dan 20"
  and: ['dan'],
  // a currency after the amount
  money: { rupiah: 'IDR', dolar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis'],
  unlimited: ['tanpa batas', 'tak terbatas'],
  lifetime: ['seumur hidup'],
  // "times" (a multiplier, as "2x")
  times: ['kali'],
  // "percent", as "%"
  percent: ['persen'],
};

const num = new Intl.NumberFormat('id');

/** Indonesian ("Anda", as Indonesian sites address their readers; nouns do not change with a count). */
export const id: Partial<Strings> = {
  loading: 'Memuat perbandingan…',
  errorTitle: 'Perbandingan ini tidak dapat ditampilkan.',
  moreIssues: (n: number) => `…dan ${num.format(n)} masalah lainnya`,
  problems: (n: number) => `${num.format(n)} masalah dalam data perbandingan:`,
  noData: 'Tidak ada data perbandingan: beri elemen ini atribut src atau for, tambahkan elemen anak <script type="application/json">, atau setel properti data-nya.',
  notAvailable: 'tidak tersedia',
  notComparable: 'tidak dapat dibandingkan',
  best: 'terbaik',
  lastUpdated: (month: string) => `Terakhir diperbarui: ${month}`,
  bestFor: 'Paling cocok untuk',
  shortAnswer: 'Singkatnya',
  ourVerdict: 'Penilaian kami',
  aiAssisted: 'Dibantu AI',
  chooseIf: (name: string) => `Pilih ${name} jika`,
  overallWinner: (name: string) => `Pilihan kami: ${name}`,
  helpfulQuestion: 'Apakah penilaian ini membantu?',
  yes: 'Ya',
  no: 'Tidak',
  voteSending: 'Mengirim tanggapan Anda…',
  voteThanks: 'Terima kasih atas masukan Anda!',
  voteFailed: 'Tanggapan Anda tidak dapat dikirim.',
  retry: 'Coba lagi',
  voteAnswer: (answer: string) => `Jawaban Anda: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Perbedaan utama',
  topic: 'Aspek',
  keyFacts: 'Fakta dan angka penting',
  metric: 'Metrik',
  diff: 'Selisih',
  diffOf: (item: string, against: string) => `Selisih ${item} dibanding ${against}`,
  diffAgainst: (against: string) => `Selisih dibanding ${against}`,
  fullComparison: 'Perbandingan lengkap',
  attribute: 'Atribut',
  showMore: (n: number) => `Tampilkan ${num.format(n)} atribut lagi`,
  showFewer: 'Tampilkan lebih sedikit atribut',
  onlyDifferences: 'Hanya tampilkan perbedaan',
  noDifferences: 'Tidak ada perbedaan dalam grup ini.',
  visualComparison: 'Perbandingan visual',
  chartIntro: 'Atribut numerik, berdampingan',
  diffBetter: 'lebih baik',
  diffWorse: 'lebih buruk',
  higherIsBetter: 'makin tinggi makin baik',
  lowerIsBetter: 'makin rendah makin baik',
  logScale: 'skala logaritmik',
  prosAndCons: 'Kelebihan dan kekurangan',
  pros: 'Kelebihan',
  cons: 'Kekurangan',
  faq: 'Pertanyaan umum',
  resources: 'Sumber dan bacaan lanjutan',
  resourcesIntro: 'Pelajari lebih dalam lewat sumber pilihan ini',
  whereToBuy: 'Tempat membeli',
  affiliateDisclosure: 'Sebagai afiliasi, kami mungkin mendapat komisi dari pembelian yang memenuhi syarat, tanpa biaya tambahan bagi Anda.',
  linkKinds: { reference: 'Referensi', article: 'Artikel', comparison: 'Perbandingan', video: 'Video', affiliate: 'Tempat membeli' },
  opensInNewTab: '(terbuka di tab baru)',
  related: 'Lihat juga',
  relatedComparisons: 'Perbandingan terkait',
  relatedArticles: 'Artikel terkait',
  track: 'Pantau perbandingan ini',
  trackIntroCustom: 'Dapatkan pemberitahuan saat perbandingan ini berubah.',
  trackIntro: 'Dapatkan pemberitahuan saat harga berubah, ada spesifikasi baru, atau penilaian kami diperbarui.',
  emailLabel: 'Alamat email',
  emailPlaceholder: 'anda@example.com',
  triggersLabel: 'Beri tahu saya tentang',
  defaultTriggers: { 'price-change': 'Perubahan harga', 'new-spec': 'Spesifikasi baru', 'verdict-update': 'Pembaruan penilaian' },
  consent: 'Tanpa spam. Berhenti kapan saja.',
  subscribe: 'Beri tahu saya',
  subscribing: 'Mendaftarkan…',
  subscribed: (email: string) => `Selesai! Kami akan mengirim email ke ${email} saat perbandingan ini berubah.`,
  subscribeFailed: 'Pendaftaran Anda tidak dapat dikirim.',
  invalidEmail: 'Masukkan alamat email seperti nama@example.com.',
  noTriggers: 'Pilih minimal satu jenis pemberitahuan.',
};
