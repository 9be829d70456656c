/**
 * Chinese (Simplified): the interface table (`zh`, at the end) and the words values
 * are written with, read in a comparison written in Chinese. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (Traditional Chinese, "zh-TW", "zh-HK", reads these too: Taiwan's 公克, 公尺, 公噸, 英吋, 千瓦小時; 鐘頭 for hours.)
  units:
    'ms 毫秒|s 秒 秒钟 秒鐘|min 分 分钟 分鐘|h 小时 小時|day 天 日 工作日 个工作日 個工作日|week 周 週 星期 个星期 個星期|month 个月 個月|year 年|mg 毫克|g 克 公克|kg 千克 公斤|tonne 吨 噸 公吨 公噸|m 米 公尺|km 千米 公里|cm 厘米 公分|mm 毫米 公釐|inch 英寸 英吋 吋' +
    '|L 升 公升|mL 毫升|W 瓦|kW 千瓦|MW 兆瓦|Wh 瓦时 瓦時 瓦小时 瓦小時|kWh 千瓦时 千瓦時 千瓦小时 千瓦小時|mAh 毫安 毫安时 毫安時|h 个小时 個小時 钟头 鐘頭 个钟头 個鐘頭',
  // 万 is ten thousand, 亿 a hundred million
  magnitudes: { 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12, 万亿: 12, 萬億: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['最多', '至多', '最高', '最长', '最長', '不超过', '不超過'], atLeast: ['至少', '最少', '最低'], above: ['超过', '超過', '逾', '多于', '多於', '高于', '高於'], below: ['少于', '少於', '低于', '低於', '不到', '未满', '未滿'], about: ['约', '約', '大约', '大約'], from: ['介于', '介於'] },
  // between the ends of a range: "3至5年", "3 到 5 年", "128GB至1TB" (a tilde, "10~20 毫秒", is one in every language:
  // quantity.ts's RANGE)
  to: ['至', '到'],
  // a range's "and": after 介于 ("between", a `from` bound), or before a word for "between" after it (an `exact` word after a number): "10和20之间", "介于10和20之间", "10到20之间"
  and: ['和', '与', '與', '跟'],
  // after a number: "18時間以上", "3년 이상"
  after: { atLeast: ['以上', '起'], atMost: ['以下', '以内', '以內', '内', '內'], exact: ['之间', '之間'] },
  // a price of nothing, no limit, and a lifetime
  free: ['免费', '免費'],
  unlimited: ['无限', '無限', '不限', '无限制', '無限制', '无上限', '無上限'],
  lifetime: ['终身*', '終身*'],
  // after a slash only ("99元/月"): "3月" is March
  per: 'month 月',
  // before an amount: "每月 30 元", "月付 30 元"
  // (and a salary: "年薪50万元", "月薪3万元")
  before: 'month 每月 月付 月费 月費 月缴 月繳 月薪 月收入|year 每年 年付 年费 年費 年缴 年繳 年薪 年收入',
  // "times" (a multiplier, as "2x")
  times: ['倍'],
  // a currency written as a word after the amount
  money: { 美元: 'USD', 欧元: 'EUR', 歐元: 'EUR', 人民币: 'CNY', 人民幣: 'CNY', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 新台币: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD', 日元: 'JPY', 英镑: 'GBP', 英鎊: 'GBP' },
  // "百分之20" (percent before the number), read as "20%"
  read: (s) => s.replace(/百分之\s*(\d[\d.,–-]*)/gu, (m, n: string) => `${n}%`.padStart(m.length)),
};

const num = new Intl.NumberFormat('zh');

/**
 * Chinese, Simplified (您 form, no plural forms; full-width punctuation, a
 * space between Chinese and a Latin name or a number).
 */
export const zh: Partial<Strings> = {
  loading: '正在加载对比…',
  errorTitle: '无法显示此对比。',
  moreIssues: (n: number) => `…另有 ${num.format(n)} 个问题`,
  problems: (n: number) => `比较数据中有 ${num.format(n)} 个问题：`,
  noData: '没有对比数据：请为此元素设置 src 或 for 属性、添加子元素 <script type="application/json">，或设置其 data 属性。',
  notAvailable: '暂无数据',
  notComparable: '无法比较',
  best: '最佳',
  lastUpdated: (month: string) => `最后更新：${month}`,
  bestFor: '最适合',
  shortAnswer: '简短回答',
  ourVerdict: '我们的结论',
  aiAssisted: 'AI 辅助',
  chooseIf: (name: string) => `以下情况请选择 ${name}`,
  overallWinner: (name: string) => `我们的推荐：${name}`,
  helpfulQuestion: '这条结论对您有帮助吗？',
  yes: '是',
  no: '否',
  voteSending: '正在提交您的评价…',
  voteThanks: '感谢您的反馈！',
  voteFailed: '无法提交您的评价。',
  retry: '重试',
  voteAnswer: (answer: string) => `您的回答：${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: '主要区别',
  topic: '对比项',
  keyFacts: '关键数据一览',
  metric: '指标',
  diff: '差异',
  diffOf: (item: string, against: string) => `${item} 与 ${against} 的差异`,
  diffAgainst: (against: string) => `与 ${against} 的差异`,
  fullComparison: '完整对比',
  attribute: '参数',
  showMore: (n: number) => `再显示 ${num.format(n)} 项`,
  showFewer: '收起',
  onlyDifferences: '仅显示差异',
  noDifferences: '此组中没有差异。',
  visualComparison: '图表对比',
  chartIntro: '数值项目并排对比',
  diffBetter: '更好',
  diffWorse: '更差',
  higherIsBetter: '越高越好',
  lowerIsBetter: '越低越好',
  logScale: '对数刻度',
  prosAndCons: '优缺点',
  pros: '优点',
  cons: '缺点',
  faq: '常见问题',
  resources: '延伸阅读',
  resourcesIntro: '精选资源，助您深入了解',
  whereToBuy: '购买渠道',
  affiliateDisclosure: '作为联盟推广合作伙伴，我们可能会从符合条件的购买中获得佣金，您无需支付任何额外费用。',
  linkKinds: { reference: '参考资料', article: '文章', comparison: '对比', video: '视频', affiliate: '购买渠道' },
  opensInNewTab: '（在新标签页中打开）',
  related: '相关内容',
  relatedComparisons: '相关对比',
  relatedArticles: '相关文章',
  track: '关注此对比',
  trackIntroCustom: '此对比有变化时，我们会通知您。',
  trackIntro: '价格变动、新规格发布或我们的结论更新时，我们会通知您。',
  emailLabel: '电子邮件地址',
  emailPlaceholder: 'name@example.com',
  triggersLabel: '通知内容',
  defaultTriggers: { 'price-change': '价格变动', 'new-spec': '新规格', 'verdict-update': '结论更新' },
  consent: '绝无垃圾邮件，可随时退订。',
  subscribe: '通知我',
  subscribing: '正在订阅…',
  subscribed: (email: string) => `订阅成功！此对比有变化时，我们会发邮件至 ${email}。`,
  subscribeFailed: '无法提交您的订阅。',
  invalidEmail: '请输入有效的电子邮件地址，例如 name@example.com。',
  noTriggers: '请至少选择一项通知内容。',
};
