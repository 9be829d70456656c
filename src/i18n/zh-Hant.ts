/**
 * Chinese (Traditional): the interface table, for "zh-Hant", "zh-TW", "zh-HK"
 * and "zh-MO" (src/i18n/index.ts `tableOf`). Exported as 'zh-Hant', the key
 * its loader reads. Values in Traditional characters read with the Chinese
 * value words (./zh.ts: "公克", "萬", "小時"), loaded on their own. Loaded on
 * demand (src/i18n/index.ts `loadStrings`).
 */
import type { Strings } from '../base/strings.js';

const num = new Intl.NumberFormat('zh-Hant');

/**
 * Chinese, Traditional, in Taiwan's usage (資料, 檢視, 分頁, 影片, 電子郵件;
 * 您 form, no plural forms; full-width punctuation, a space between Chinese
 * and a Latin name or a number).
 */
const zhHant: Partial<Strings> = {
  loading: '正在載入比較…',
  errorTitle: '無法顯示此比較。',
  moreIssues: (n: number) => `…還有 ${num.format(n)} 個問題`,
  problems: (n: number) => `比較資料中有 ${num.format(n)} 個問題：`,
  noData: '沒有比較資料：請為此元素設定 src 或 for 屬性、加入子元素 <script type="application/json">，或設定其 data 屬性。',
  notAvailable: '暫無資料',
  notComparable: '無法比較',
  best: '最佳',
  lastUpdated: (month: string) => `最後更新：${month}`,
  bestFor: '最適合',
  shortAnswer: '簡短回答',
  ourVerdict: '我們的結論',
  aiAssisted: 'AI 輔助',
  chooseIf: (name: string) => `以下情況請選擇 ${name}`,
  overallWinner: (name: string) => `我們的推薦：${name}`,
  helpfulQuestion: '這項結論對您有幫助嗎？',
  yes: '是',
  no: '否',
  voteSending: '正在送出您的意見…',
  voteThanks: '感謝您的意見回饋！',
  voteFailed: '無法送出您的意見。',
  retry: '重試',
  voteAnswer: (answer: string) => `您的回答：${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: '主要差異',
  topic: '比較項目',
  keyFacts: '關鍵資料一覽',
  metric: '指標',
  diff: '差異',
  diffOf: (item: string, against: string) => `${item} 與 ${against} 的差異`,
  diffAgainst: (against: string) => `與 ${against} 的差異`,
  fullComparison: '完整比較',
  attribute: '項目',
  showMore: (n: number) => `顯示其餘 ${num.format(n)} 個項目`,
  showFewer: '收合項目',
  onlyDifferences: '只顯示差異',
  noDifferences: '此群組沒有差異。',
  visualComparison: '圖表比較',
  chartIntro: '數值項目並列比較',
  diffBetter: '較佳',
  diffWorse: '較差',
  higherIsBetter: '越高越好',
  lowerIsBetter: '越低越好',
  logScale: '對數刻度',
  prosAndCons: '優缺點',
  pros: '優點',
  cons: '缺點',
  faq: '常見問題',
  resources: '延伸閱讀',
  resourcesIntro: '精選資源，幫助您深入了解',
  whereToBuy: '購買管道',
  affiliateDisclosure: '我們是聯盟行銷夥伴，您透過連結完成符合資格的購買時，我們可能會獲得佣金，您不需支付任何額外費用。',
  linkKinds: { reference: '參考資料', article: '文章', comparison: '比較', video: '影片', affiliate: '購買管道' },
  opensInNewTab: '（在新分頁中開啟）',
  related: '相關內容',
  relatedComparisons: '相關比較',
  relatedArticles: '相關文章',
  track: '追蹤此比較',
  trackIntroCustom: '此比較有更新時，我們會通知您。',
  trackIntro: '價格變動、推出新規格或我們的結論更新時，我們會通知您。',
  emailLabel: '電子郵件地址',
  emailPlaceholder: 'name@example.com',
  triggersLabel: '通知項目',
  defaultTriggers: { 'price-change': '價格變動', 'new-spec': '新規格', 'verdict-update': '結論更新' },
  consent: '絕不寄送垃圾郵件，可隨時取消訂閱。',
  subscribe: '通知我',
  subscribing: '正在訂閱…',
  subscribed: (email: string) => `訂閱成功！此比較有更新時，我們會寄電子郵件至 ${email}。`,
  subscribeFailed: '無法送出您的訂閱。',
  invalidEmail: '請輸入有效的電子郵件地址，例如 name@example.com。',
  noTriggers: '請至少選擇一個通知項目。',
};

export { zhHant as 'zh-Hant' };
