/**
 * Korean: the interface table (`ko`, at the end) and the words values
 * are written with, read in a comparison written in Korean. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms 밀리초|s 초|min 분|h 시간|day 일 영업일|week 주|month 개월 달|year 년|g 그램|kg 킬로그램|km 킬로미터|cm 센티미터|mm 밀리미터|inch 인치|L 리터|W 와트',
  // 만 is ten thousand, 억 a hundred million
  magnitudes: { 천: 3, 만: 4, 억: 8, 조: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['최대'], atLeast: ['최소'], about: ['약'] },
  // between the ends of a range: "3에서 5시간", from 3 to 5 (a tilde, "3〜5년", is one in every language: quantity.ts's RANGE)
  to: ['에서'],
  // a range's "and", before a word for "between" after it: "10과 20 사이"
  and: ['과', '와'],
  // after a number: "18時間以上", "3년 이상"; "between" after a range: "3~5시간 사이"
  after: { atLeast: ['이상', '부터'], atMost: ['이하', '까지'], below: ['미만'], above: ['초과'], exact: ['사이'] },
  // a price of nothing, no limit, and a lifetime
  free: ['무료'],
  unlimited: ['무제한', '제한 없음'],
  lifetime: ['평생'],
  // after a slash only ("9,900원/월"): "3월" is March
  per: 'month 월',
  // before an amount: "월 12,000원" (monthly), "연 120,000원" (yearly)
  // (and a salary: "연봉 1억 원", "월급 300만 원")
  before: 'month 월 월간 매월 월급|year 연 연간 매년 연봉',
  // "times" (a multiplier, as "2x")
  times: ['배'],
  // a currency written as a word after the amount
  money: { 달러: 'USD', 유로: 'EUR' },
  // "percent", as "%"
  percent: ['퍼센트'],
};

const num = new Intl.NumberFormat('ko');

/**
 * Korean (polite -습니다/-세요 endings, no plural forms). Names are never
 * followed by a particle, whose form would depend on the name's last sound
 * ("Python을", "Rust를").
 */
export const ko: Partial<Strings> = {
  loading: '비교 정보를 불러오는 중…',
  errorTitle: '이 비교를 표시할 수 없습니다.',
  moreIssues: (n: number) => `…외 ${num.format(n)}건`,
  problems: (n: number) => `비교 데이터에 문제 ${num.format(n)}건:`,
  noData: '비교 데이터가 없습니다. 이 요소에 src 또는 for 속성을 지정하거나, 자식 <script type="application/json"> 요소를 추가하거나, data 속성을 설정하세요.',
  notAvailable: '정보 없음',
  notComparable: '비교할 수 없음',
  best: '최고',
  lastUpdated: (month: string) => `최종 업데이트: ${month}`,
  bestFor: '추천 대상',
  shortAnswer: '요약',
  ourVerdict: '총평',
  aiAssisted: 'AI 지원',
  chooseIf: (name: string) => `이럴 때는 ${name}`,
  overallWinner: (name: string) => `최종 추천: ${name}`,
  helpfulQuestion: '이 총평이 도움이 되었나요?',
  yes: '예',
  no: '아니요',
  voteSending: '의견을 보내는 중…',
  voteThanks: '의견을 보내 주셔서 감사합니다!',
  voteFailed: '의견을 보내지 못했습니다.',
  retry: '다시 시도',
  voteAnswer: (answer: string) => `선택한 답변: ${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: '주요 차이점',
  topic: '항목',
  keyFacts: '주요 정보 및 수치',
  metric: '지표',
  diff: '차이',
  diffOf: (item: string, against: string) => `${against} 대비 ${item} 차이`,
  diffAgainst: (against: string) => `${against} 대비 차이`,
  fullComparison: '전체 비교',
  attribute: '항목',
  showMore: (n: number) => `항목 ${num.format(n)}개 더 보기`,
  showFewer: '접기',
  onlyDifferences: '차이점만 보기',
  noDifferences: '이 그룹에는 차이가 없습니다.',
  visualComparison: '그래프로 비교',
  chartIntro: '수치 항목을 나란히 비교합니다',
  diffBetter: '더 좋음',
  diffWorse: '더 나쁨',
  higherIsBetter: '높을수록 좋음',
  lowerIsBetter: '낮을수록 좋음',
  logScale: '로그 눈금',
  prosAndCons: '장단점',
  pros: '장점',
  cons: '단점',
  faq: '자주 묻는 질문',
  resources: '더 알아보기',
  resourcesIntro: '더 깊이 알아볼 수 있도록 엄선한 자료',
  whereToBuy: '구매처',
  affiliateDisclosure: '제휴 마케팅 활동의 일환으로, 해당 링크를 통한 구매 시 일정액의 수수료를 받을 수 있습니다. 구매자에게는 추가 비용이 발생하지 않습니다.',
  linkKinds: { reference: '참고 자료', article: '글', comparison: '비교', video: '동영상', affiliate: '구매처' },
  opensInNewTab: '(새 탭에서 열림)',
  related: '관련 콘텐츠',
  relatedComparisons: '관련 비교',
  relatedArticles: '관련 글',
  track: '이 비교 알림 받기',
  trackIntroCustom: '이 비교가 변경되면 알려 드립니다.',
  trackIntro: '가격이 바뀌거나 새로운 사양이 나오거나 총평이 업데이트되면 알려 드립니다.',
  emailLabel: '이메일 주소',
  emailPlaceholder: 'name@example.com',
  triggersLabel: '알림 받을 항목',
  defaultTriggers: { 'price-change': '가격 변동', 'new-spec': '새로운 사양', 'verdict-update': '총평 업데이트' },
  consent: '스팸은 보내지 않습니다. 언제든지 수신을 거부할 수 있습니다.',
  subscribe: '알림 받기',
  subscribing: '신청하는 중…',
  subscribed: (email: string) => `신청이 완료되었습니다. 이 비교가 변경되면 ${email} 주소로 알려 드립니다.`,
  subscribeFailed: '알림 신청을 보내지 못했습니다.',
  invalidEmail: 'name@example.com 형식의 이메일 주소를 입력하세요.',
  noTriggers: '알림 받을 항목을 하나 이상 선택하세요.',
};
