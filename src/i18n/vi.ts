/**
 * Vietnamese: the interface table (`vi`, at the end) and the words values
 * are written with, read in a comparison written in Vietnamese. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's giây|min phút|h giờ tiếng|day ngày|week tuần|month tháng|year năm',
  magnitudes: { nghìn: 3, ngàn: 3, triệu: 6, tr: 6, tỷ: 9, tỉ: 9 },
  // before a number: "tối đa 18 giờ", "khoảng 5 GB"
  bounds: { atMost: ['tối đa', 'lên đến', 'lên tới'], atLeast: ['tối thiểu', 'ít nhất', 'từ'], above: ['hơn', 'trên'], below: ['dưới'], about: ['khoảng', 'chừng', 'gần'], from: ['giữa'] },
  // between the ends of a range
  to: ['đến', 'tới'],
  // a range's "and" after its "between" (a `from` bound): "giữa 10 và 20"
  and: ['và'],
  // a currency after the amount
  money: { đ: 'VND', đồng: 'VND', đô: 'USD', USD: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['miễn phí'],
  unlimited: ['không giới hạn'],
  lifetime: ['trọn đời'],
  // "times" (a multiplier, as "2x")
  times: ['lần'],
  // …and before the number: "gấp 2 lần", "gấp 2", read as "2x"
  // (and "đô la", dollars, read as one word: "145.000 đô la")
  read: (s) =>
    s.replace(/gấp\s*(\d[\d.,–-]*)(?:\s*lần(?!\p{L}))?/giu, (m, n: string) => `${n}x`.padStart(m.length)).replace(/(?<=\d\s*)đô la(?!\p{L})/giu, '   đô'),
  // "percent", as "%"
  percent: ['phần trăm'],
};

const num = new Intl.NumberFormat('vi');

/** Vietnamese ("bạn", as Vietnamese sites address their readers; nouns do not change with a count). */
export const vi: Partial<Strings> = {
  loading: 'Đang tải bảng so sánh…',
  errorTitle: 'Không thể hiển thị bảng so sánh này.',
  moreIssues: (n: number) => `…và ${num.format(n)} lỗi khác`,
  problems: (n: number) => `${num.format(n)} lỗi trong dữ liệu so sánh:`,
  noData: 'Không có dữ liệu so sánh: hãy gán thuộc tính src hoặc for cho phần tử này, thêm phần tử con <script type="application/json"> hoặc đặt thuộc tính data của nó.',
  notAvailable: 'không có dữ liệu',
  notComparable: 'không thể so sánh',
  best: 'tốt nhất',
  lastUpdated: (month: string) => `Cập nhật lần cuối: ${month}`,
  bestFor: 'Phù hợp nhất cho',
  shortAnswer: 'Tóm lại',
  ourVerdict: 'Đánh giá của chúng tôi',
  aiAssisted: 'Có hỗ trợ của AI',
  chooseIf: (name: string) => `Chọn ${name} nếu`,
  overallWinner: (name: string) => `Lựa chọn của chúng tôi: ${name}`,
  helpfulQuestion: 'Đánh giá này có hữu ích không?',
  yes: 'Có',
  no: 'Không',
  voteSending: 'Đang gửi phản hồi của bạn…',
  voteThanks: 'Cảm ơn bạn đã phản hồi!',
  voteFailed: 'Không gửi được phản hồi của bạn.',
  retry: 'Thử lại',
  voteAnswer: (answer: string) => `Câu trả lời của bạn: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Khác biệt chính',
  topic: 'Tiêu chí',
  keyFacts: 'Thông tin và số liệu chính',
  metric: 'Chỉ số',
  diff: 'Chênh lệch',
  diffOf: (item: string, against: string) => `Chênh lệch giữa ${item} và ${against}`,
  diffAgainst: (against: string) => `Chênh lệch so với ${against}`,
  fullComparison: 'So sánh đầy đủ',
  attribute: 'Thông số',
  showMore: (n: number) => `Hiện thêm ${num.format(n)} thông số`,
  showFewer: 'Ẩn bớt thông số',
  onlyDifferences: 'Chỉ hiện điểm khác biệt',
  noDifferences: 'Không có khác biệt nào trong nhóm này.',
  visualComparison: 'So sánh bằng biểu đồ',
  chartIntro: 'Các thông số dạng số đặt cạnh nhau',
  diffBetter: 'tốt hơn',
  diffWorse: 'kém hơn',
  higherIsBetter: 'càng cao càng tốt',
  lowerIsBetter: 'càng thấp càng tốt',
  logScale: 'thang logarit',
  prosAndCons: 'Ưu và nhược điểm',
  pros: 'Ưu điểm',
  cons: 'Nhược điểm',
  faq: 'Câu hỏi thường gặp',
  resources: 'Tài liệu tham khảo thêm',
  resourcesIntro: 'Tìm hiểu sâu hơn với các tài liệu được chọn lọc',
  whereToBuy: 'Nơi mua',
  affiliateDisclosure: 'Là đối tác liên kết, chúng tôi có thể nhận hoa hồng từ các giao dịch mua đủ điều kiện mà bạn không phải trả thêm chi phí nào.',
  linkKinds: { reference: 'Tài liệu tham khảo', article: 'Bài viết', comparison: 'Bài so sánh', video: 'Video', affiliate: 'Nơi mua' },
  opensInNewTab: '(mở trong thẻ mới)',
  related: 'Xem thêm',
  relatedComparisons: 'So sánh liên quan',
  relatedArticles: 'Bài viết liên quan',
  track: 'Theo dõi bảng so sánh này',
  trackIntroCustom: 'Nhận thông báo khi bảng so sánh này thay đổi.',
  trackIntro: 'Nhận thông báo khi giá thay đổi, có thông số mới hoặc khi chúng tôi cập nhật đánh giá.',
  emailLabel: 'Địa chỉ email',
  emailPlaceholder: 'ban@example.com',
  triggersLabel: 'Thông báo cho tôi về',
  defaultTriggers: { 'price-change': 'Thay đổi giá', 'new-spec': 'Thông số mới', 'verdict-update': 'Cập nhật đánh giá' },
  consent: 'Không spam. Hủy bất cứ lúc nào.',
  subscribe: 'Nhận thông báo',
  subscribing: 'Đang đăng ký…',
  subscribed: (email: string) => `Xong! Chúng tôi sẽ gửi thư tới ${email} khi bảng so sánh này thay đổi.`,
  subscribeFailed: 'Không gửi được yêu cầu đăng ký của bạn.',
  invalidEmail: 'Nhập địa chỉ email dạng ten@example.com.',
  noTriggers: 'Chọn ít nhất một mục để nhận thông báo.',
};
