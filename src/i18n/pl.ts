/**
 * Polish: the interface table (`pl`, at the end) and the words values
 * are written with, read in a comparison written in Polish. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisekunda milisekundy milisekund|s sekunda sekundy sekund|min minuta minuty minut|h godz godzina godziny godzin|m m metr metry metrów|day dzień dni|week tydzień tygodnie tygodni|month miesiąc miesiące miesięcy mies mc|year rok lata lat|g gram gramy gramów|kg kilogram kilogramy kilogramów|km kilometr kilometry kilometrów|inch cal cali|L litr litry litrów',
  magnitudes: { tys: 3, tysiąc: 3, tysiące: 3, tysięcy: 3, tysiąca: 3, mln: 6, milion: 6, miliony: 6, milionów: 6, miliona: 6, mld: 9, miliard: 9, miliardy: 9, miliardów: 9, miliarda: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['do', 'maksymalnie'], atLeast: ['co najmniej', 'od'], above: ['ponad', 'powyżej'], below: ['poniżej', 'mniej niż'], about: ['około', 'ok.'], from: ['między', 'pomiędzy'] },
  // between the ends of a range
  to: ['do'],
  // a range's "and" after its "between" (a `from` bound): "między 10 a 20"
  and: ['a', 'i'],
  // a price of nothing, no limit, and a lifetime
  free: ['bezpłatn*', 'darmow*', 'za darmo'],
  unlimited: ['nielimitowan*', 'bez limitu'],
  lifetime: ['dożywotn*'],
  // after an amount: a price per that time
  every: 'month miesięcznie|year rocznie',
  // "times" (a multiplier, as "2x")
  times: ['razy', 'raz'],
  // a currency written as a word after the amount
  money: { dolarów: 'USD', dolar: 'USD', dolary: 'USD', dolara: 'USD', złotych: 'PLN', złote: 'PLN', złoty: 'PLN' },
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's sekundę|min minutę|h godzinę',
  // "percent", as "%"
  percent: ['procent', 'procentów', 'procenta'],
};

const num = new Intl.NumberFormat('pl');
const plural = new Intl.PluralRules('pl');
/** The noun's form for a count: 1 (one), 2–4, 22–24… (few), 0, 5–21, 25… (many), fractions (other). */
const form = (n: number, one: string, few: string, many: string, other: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Polish (second person, as Polish interfaces address their readers: "Wybierz", "Twoja odpowiedź"). */
export const pl: Partial<Strings> = {
  loading: 'Wczytywanie porównania…',
  errorTitle: 'Nie można wyświetlić tego porównania.',
  moreIssues: (n: number) => `…i jeszcze ${num.format(n)} ${form(n, 'problem', 'problemy', 'problemów', 'problemu')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problem', 'problemy', 'problemów', 'problemu')} w danych porównania:`,
  noData: 'Brak danych porównania: nadaj temu elementowi atrybut src lub for, dodaj element podrzędny <script type="application/json"> albo ustaw jego właściwość data.',
  notAvailable: 'brak danych',
  notComparable: 'nie do porównania',
  best: 'najlepsze',
  lastUpdated: (month: string) => `Ostatnia aktualizacja: ${month}`,
  bestFor: 'Najlepszy wybór dla',
  shortAnswer: 'W skrócie',
  ourVerdict: 'Nasz werdykt',
  aiAssisted: 'Z pomocą AI',
  chooseIf: (name: string) => `Wybierz ${name}, jeśli`,
  overallWinner: (name: string) => `Nasz wybór: ${name}`,
  helpfulQuestion: 'Czy ten werdykt był pomocny?',
  yes: 'Tak',
  no: 'Nie',
  voteSending: 'Wysyłanie głosu…',
  voteThanks: 'Dziękujemy za opinię!',
  voteFailed: 'Nie udało się wysłać głosu.',
  retry: 'Spróbuj ponownie',
  voteAnswer: (answer: string) => `Twoja odpowiedź: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Najważniejsze różnice',
  topic: 'Kryterium',
  keyFacts: 'Najważniejsze fakty i liczby',
  metric: 'Wskaźnik',
  diff: 'Różnica',
  diffOf: (item: string, against: string) => `Różnica między ${item} a ${against}`,
  diffAgainst: (against: string) => `Różnica względem ${against}`,
  fullComparison: 'Pełne porównanie',
  attribute: 'Cecha',
  showMore: (n: number) => `Pokaż jeszcze ${num.format(n)} ${form(n, 'cechę', 'cechy', 'cech', 'cechy')}`,
  showFewer: 'Pokaż mniej cech',
  onlyDifferences: 'Pokaż tylko różnice',
  noDifferences: 'Brak różnic w tej grupie.',
  visualComparison: 'Porównanie na wykresach',
  chartIntro: 'Cechy liczbowe obok siebie',
  diffBetter: 'lepiej',
  diffWorse: 'gorzej',
  higherIsBetter: 'im więcej, tym lepiej',
  lowerIsBetter: 'im mniej, tym lepiej',
  logScale: 'skala logarytmiczna',
  prosAndCons: 'Zalety i wady',
  pros: 'Zalety',
  cons: 'Wady',
  faq: 'Najczęściej zadawane pytania',
  resources: 'Dowiedz się więcej',
  resourcesIntro: 'Wybrane materiały, które pomogą zgłębić temat',
  whereToBuy: 'Gdzie kupić',
  affiliateDisclosure: 'Jako partner programów afiliacyjnych możemy otrzymać prowizję od kwalifikujących się zakupów – bez dodatkowych kosztów dla Ciebie.',
  linkKinds: { reference: 'Materiały źródłowe', article: 'Artykuły', comparison: 'Porównania', video: 'Filmy', affiliate: 'Gdzie kupić' },
  opensInNewTab: '(otwiera się w nowej karcie)',
  related: 'Zobacz też',
  relatedComparisons: 'Podobne porównania',
  relatedArticles: 'Powiązane artykuły',
  track: 'Obserwuj to porównanie',
  trackIntroCustom: 'Otrzymaj powiadomienie, gdy to porównanie się zmieni.',
  trackIntro: 'Otrzymaj powiadomienie, gdy zmienią się ceny, pojawią się nowe dane techniczne lub zaktualizujemy nasz werdykt.',
  emailLabel: 'Adres e-mail',
  emailPlaceholder: 'imie@example.com',
  triggersLabel: 'Rodzaje powiadomień',
  defaultTriggers: { 'price-change': 'Zmiana ceny', 'new-spec': 'Nowe dane techniczne', 'verdict-update': 'Aktualizacja werdyktu' },
  consent: 'Zero spamu. Możesz zrezygnować w każdej chwili.',
  subscribe: 'Powiadom mnie',
  subscribing: 'Zapisywanie…',
  subscribed: (email: string) => `Gotowe! Napiszemy na adres ${email}, gdy to porównanie się zmieni.`,
  subscribeFailed: 'Nie udało się wysłać zgłoszenia.',
  invalidEmail: 'Wpisz adres e-mail w formacie imie@example.com.',
  noTriggers: 'Wybierz co najmniej jeden rodzaj powiadomień.',
};
