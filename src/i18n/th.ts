/**
 * Thai: the interface table (`th`, at the end) and the words values
 * are written with, read in a comparison written in Thai. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's วินาที|min นาที|h ชั่วโมง ชม|day วัน|week สัปดาห์|month เดือน|year ปี|mm มม มิลลิเมตร|cm ซม เซนติเมตร|m ม เมตร|km กม กิโลเมตร|g กรัม|kg กก กิโลกรัม|L ลิตร|mL มล มิลลิลิตร',
  magnitudes: { พัน: 3, หมื่น: 4, แสน: 5, ล้าน: 6 },
  // before a number: "สูงสุด 18 ชั่วโมง", "ประมาณ 5 GB"
  bounds: { atMost: ['สูงสุด', 'ไม่เกิน'], atLeast: ['อย่างน้อย', 'ตั้งแต่', 'เริ่มต้น'], above: ['มากกว่า'], below: ['น้อยกว่า', 'ต่ำกว่า'], about: ['ประมาณ', 'ราว'], from: ['ระหว่าง'] },
  // between the ends of a range
  to: ['ถึง'],
  // a range's "and" after its "between" (a `from` bound): "ระหว่าง 10 และ 20"
  and: ['และ', 'กับ'],
  // a currency after the amount
  money: { บาท: 'THB', ดอลลาร์: 'USD', ยูโร: 'EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['ฟรี'],
  unlimited: ['ไม่จำกัด'],
  lifetime: ['ตลอดชีพ'],
  // "times" (a multiplier, as "2x")
  times: ['เท่า'],
  // "percent", as "%"
  percent: ['เปอร์เซ็นต์'],
};

const num = new Intl.NumberFormat('th');

/**
 * Thai (polite, without pronouns where Thai interfaces leave them out). Thai
 * ends a sentence with a space or nothing, not a full stop; a count takes a
 * classifier ("อีก 3 รายการ") and no plural.
 */
export const th: Partial<Strings> = {
  loading: 'กำลังโหลดการเปรียบเทียบ…',
  errorTitle: 'ไม่สามารถแสดงการเปรียบเทียบนี้ได้',
  moreIssues: (n: number) => `…และปัญหาอื่นอีก ${num.format(n)} รายการ`,
  problems: (n: number) => `พบปัญหา ${num.format(n)} รายการในข้อมูลการเปรียบเทียบ:`,
  noData: 'ไม่มีข้อมูลการเปรียบเทียบ: กำหนดแอตทริบิวต์ src หรือ for ให้องค์ประกอบนี้ เพิ่มองค์ประกอบลูก <script type="application/json"> หรือตั้งค่าพร็อพเพอร์ตี data',
  notAvailable: 'ไม่มีข้อมูล',
  notComparable: 'เทียบกันไม่ได้',
  best: 'ดีที่สุด',
  lastUpdated: (month: string) => `อัปเดตล่าสุด ${month}`,
  bestFor: 'เหมาะที่สุดสำหรับ',
  shortAnswer: 'สรุปสั้น ๆ',
  ourVerdict: 'บทสรุปของเรา',
  aiAssisted: 'ใช้ AI ช่วยเรียบเรียง',
  chooseIf: (name: string) => `เลือก ${name} หาก`,
  overallWinner: (name: string) => `ตัวเลือกของเรา: ${name}`,
  helpfulQuestion: 'บทสรุปนี้มีประโยชน์หรือไม่',
  yes: 'ใช่',
  no: 'ไม่ใช่',
  voteSending: 'กำลังส่งความคิดเห็น…',
  voteThanks: 'ขอบคุณสำหรับความคิดเห็น',
  voteFailed: 'ส่งความคิดเห็นไม่สำเร็จ',
  retry: 'ลองอีกครั้ง',
  voteAnswer: (answer: string) => `คำตอบของคุณ: ${answer}`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'ความแตกต่างที่สำคัญ',
  topic: 'หัวข้อ',
  keyFacts: 'ข้อมูลและตัวเลขสำคัญ',
  metric: 'ตัวชี้วัด',
  diff: 'ส่วนต่าง',
  diffOf: (item: string, against: string) => `ส่วนต่าง ${item} เทียบกับ ${against}`,
  diffAgainst: (against: string) => `ส่วนต่างเทียบกับ ${against}`,
  fullComparison: 'เปรียบเทียบแบบละเอียด',
  attribute: 'คุณสมบัติ',
  showMore: (n: number) => `แสดงคุณสมบัติอีก ${num.format(n)} รายการ`,
  showFewer: 'แสดงคุณสมบัติน้อยลง',
  onlyDifferences: 'แสดงเฉพาะที่แตกต่าง',
  noDifferences: 'ไม่มีความแตกต่างในกลุ่มนี้',
  visualComparison: 'เปรียบเทียบด้วยกราฟ',
  chartIntro: 'คุณสมบัติที่เป็นตัวเลขแบบเทียบกันตรง ๆ',
  diffBetter: 'ดีกว่า',
  diffWorse: 'แย่กว่า',
  higherIsBetter: 'ยิ่งสูงยิ่งดี',
  lowerIsBetter: 'ยิ่งต่ำยิ่งดี',
  logScale: 'สเกลลอการิทึม',
  prosAndCons: 'ข้อดีและข้อเสีย',
  pros: 'ข้อดี',
  cons: 'ข้อเสีย',
  faq: 'คำถามที่พบบ่อย',
  resources: 'แหล่งข้อมูลเพิ่มเติม',
  resourcesIntro: 'เจาะลึกยิ่งขึ้นด้วยแหล่งข้อมูลที่คัดสรรมาแล้ว',
  whereToBuy: 'ซื้อได้ที่',
  affiliateDisclosure: 'เราอาจได้รับค่าคอมมิชชันจากการซื้อที่เข้าเงื่อนไขผ่านลิงก์พันธมิตร โดยคุณไม่ต้องเสียค่าใช้จ่ายเพิ่ม',
  linkKinds: { reference: 'ข้อมูลอ้างอิง', article: 'บทความ', comparison: 'การเปรียบเทียบ', video: 'วิดีโอ', affiliate: 'ซื้อได้ที่' },
  opensInNewTab: '(เปิดในแท็บใหม่)',
  related: 'ดูเพิ่มเติม',
  relatedComparisons: 'การเปรียบเทียบที่เกี่ยวข้อง',
  relatedArticles: 'บทความที่เกี่ยวข้อง',
  track: 'ติดตามการเปรียบเทียบนี้',
  trackIntroCustom: 'รับการแจ้งเตือนเมื่อการเปรียบเทียบนี้มีการเปลี่ยนแปลง',
  trackIntro: 'รับการแจ้งเตือนเมื่อราคาเปลี่ยน มีสเปกใหม่ หรือเราอัปเดตบทสรุป',
  emailLabel: 'ที่อยู่อีเมล',
  emailPlaceholder: 'you@example.com',
  triggersLabel: 'แจ้งเตือนเมื่อ',
  defaultTriggers: { 'price-change': 'ราคาเปลี่ยน', 'new-spec': 'มีสเปกใหม่', 'verdict-update': 'บทสรุปอัปเดต' },
  consent: 'ไม่มีสแปม ยกเลิกได้ทุกเมื่อ',
  subscribe: 'แจ้งเตือนฉัน',
  subscribing: 'กำลังสมัคร…',
  subscribed: (email: string) => `เรียบร้อย เราจะส่งอีเมลถึง ${email} เมื่อการเปรียบเทียบนี้มีการเปลี่ยนแปลง`,
  subscribeFailed: 'ส่งคำขอสมัครไม่สำเร็จ',
  invalidEmail: 'กรอกที่อยู่อีเมลในรูปแบบ name@example.com',
  noTriggers: 'เลือกการแจ้งเตือนอย่างน้อยหนึ่งรายการ',
};
