import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

const num = new Intl.NumberFormat('ja');

/** Japanese (no plural forms). */
export const ja: Partial<Strings> = {
  loading: '比較を読み込んでいます…',
  errorTitle: 'この比較を表示できません。',
  moreIssues: (n: number) => `…ほか${num.format(n)}件`,
  problems: (n: number) => `比較データに${num.format(n)}件の問題があります：`,
  noData: '比較データがありません。この要素に src または for を指定するか、子要素として <script type="application/json"> を置くか、data プロパティを設定してください。',
  notAvailable: '該当なし',
  notComparable: '比較できません',
  best: 'ベスト',
  lastUpdated: (month: string) => `最終更新：${month}`,
  bestFor: 'おすすめの用途',
  shortAnswer: '結論',
  ourVerdict: '総評',
  aiAssisted: 'AI支援',
  chooseIf: (name: string) => `${name} がおすすめの場合`,
  overallWinner: (name: string) => `おすすめ：${name}`,
  helpfulQuestion: 'この総評は参考になりましたか？',
  yes: 'はい',
  no: 'いいえ',
  voteSending: '送信しています…',
  voteThanks: 'フィードバックありがとうございます！',
  voteFailed: '送信できませんでした。',
  retry: '再試行',
  voteAnswer: (answer: string) => `あなたの回答：${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: '主な違い',
  topic: '項目',
  keyFacts: '主な事実と数値',
  metric: '指標',
  diff: '差',
  diffOf: (item: string, against: string) => `${item} と ${against} の差`,
  diffAgainst: (against: string) => `${against} との差`,
  fullComparison: '詳細比較',
  attribute: '項目',
  showMore: (n: number) => `さらに${num.format(n)}項目を表示`,
  showFewer: '折りたたむ',
  onlyDifferences: '違いのみ表示',
  noDifferences: 'このグループに違いはありません。',
  visualComparison: 'グラフで比較',
  chartIntro: '数値項目を並べて比較',
  diffBetter: '優れている',
  diffWorse: '劣っている',
  higherIsBetter: '高いほど良い',
  lowerIsBetter: '低いほど良い',
  logScale: '対数目盛',
  prosAndCons: 'メリット・デメリット',
  pros: 'メリット',
  cons: 'デメリット',
  faq: 'よくある質問',
  resources: '参考資料',
  resourcesIntro: '理解を深めるための厳選リソース',
  whereToBuy: '購入先',
  affiliateDisclosure: '当サイトはアフィリエイトプログラムに参加しており、対象となる購入から紹介料を受け取ることがあります。お客様の負担が増えることはありません。',
  linkKinds: { reference: 'リファレンス', article: '記事', comparison: '比較', video: '動画', affiliate: '購入先' },
  opensInNewTab: '（新しいタブで開きます）',
  related: '関連',
  relatedComparisons: '関連する比較',
  relatedArticles: '関連記事',
  track: 'この比較をフォロー',
  trackIntroCustom: 'この比較が更新されたらお知らせします。',
  trackIntro: '価格の変更、新しいスペックの公開、総評の更新をお知らせします。',
  emailLabel: 'メールアドレス',
  emailPlaceholder: 'yamada@example.com',
  triggersLabel: '通知する内容',
  defaultTriggers: { 'price-change': '価格の変更', 'new-spec': '新しいスペック', 'verdict-update': '総評の更新' },
  consent: 'スパムは送りません。いつでも配信停止できます。',
  subscribe: '通知を受け取る',
  subscribing: '登録しています…',
  subscribed: (email: string) => `登録しました。この比較が更新されたら ${email} にお知らせします。`,
  subscribeFailed: '登録を送信できませんでした。',
  invalidEmail: 'name@example.com の形式でメールアドレスを入力してください。',
  noTriggers: '通知する内容を1つ以上選んでください。',
};

/** Japanese words for units and magnitudes in values, read in a comparison written in Japanese. */
export const words: WordTable = {
  units: 'ms ミリ秒|s 秒|min 分|h 時間|day 日 営業日|week 週 週間|month か月 ヶ月 カ月|year 年|g グラム|kg キログラム|km キロメートル|cm センチ センチメートル|mm ミリメートル|inch インチ|L リットル|W ワット',
  // 万 is ten thousand, 億 a hundred million
  magnitudes: { 千: 3, 万: 4, 億: 8, 兆: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['最大'], atLeast: ['最低', '最小'], about: ['約'] },
  // between the ends of a range: "3時間から5時間" (a tilde, "3~5時間", is one in every language: quantity.ts's RANGE)
  to: ['から'],
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "10と20の間", "10から20の間"
  and: ['と', 'から'],
  // after a number: "18時間以上", "3년 이상"
  after: { atLeast: ['以上', 'から', '〜', '～'], atMost: ['以下', '以内', 'まで'], below: ['未満'], above: ['超'], exact: ['の間'] },
  // a price of nothing, no limit, and a lifetime
  free: ['無料'],
  unlimited: ['無制限', '無限'],
  lifetime: ['永久', '永久保証', '生涯保証'],
  // after a slash only ("980円/月"): "3月" is March
  per: 'month 月|day 泊',
  // before an amount: "月額1,000円", "年額12,000円"
  // (and a salary: "年収1000万円", "月給30万円")
  before: 'month 月額 毎月 月収 月給|year 年額 毎年 年収 年俸',
  // "times" (a multiplier, as "2x")
  times: ['倍'],
  // a currency written as a word after the amount
  money: { ドル: 'USD', 米ドル: 'USD', ユーロ: 'EUR' },
  // "percent", as "%"
  percent: ['パーセント'],
};
