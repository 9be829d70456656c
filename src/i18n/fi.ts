/**
 * Finnish: the interface table (`fi`, at the end) and the words values
 * are written with, read in a comparison written in Finnish. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // The nominative and the partitive after a number ("1 tunti", "18 tuntia"), and the genitive ("2 tunnin lataus", "10 ja 20 tunnin välillä").
  units:
    'ms millisekunti millisekuntia millisekunnin|s sekunti sekuntia sekunnin sek|min minuutti minuuttia minuutin|h tunti tuntia tunnin|m m metri metriä|day päivä päivää päivän vrk vuorokausi vuorokautta vuorokauden' +
    '|week viikko viikkoa viikon vk|month kuukausi kuukautta kuukauden kk|year vuosi vuotta vuoden',
  every: 'month kuukaudessa|year vuodessa',
  // hundredths of a euro: "8,49 snt/kWh"
  money: { snt: '¢EUR', dollaria: 'USD', dollari: 'USD', euroa: 'EUR' },
  magnitudes: { tuhat: 3, tuhatta: 3, milj: 6, miljoona: 6, miljoonaa: 6, mrd: 9, miljardi: 9, miljardia: 9 },
  // before a number: "jopa 18 tuntia", "noin 5 GB"
  bounds: { atMost: ['jopa', 'enintään', 'korkeintaan'], atLeast: ['vähintään', 'alkaen', 'alk.'], above: ['yli'], below: ['alle'], about: ['noin', 'n.'] },
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "10 ja 20 tunnin välillä"
  and: ['ja'],
  after: { exact: ['välillä', 'välille'], atLeast: ['alkaen'] },
  // a price of nothing, no limit, and a lifetime
  free: ['ilmai*', 'maksuton*'],
  unlimited: ['rajaton*', 'rajoittamaton*'],
  lifetime: ['elinikäi*'],
  // "times" (a multiplier, as "2x")
  times: ['kertaa', 'kertainen', 'kertaisesti'],
  // "percent", as "%"
  percent: ['prosenttia', 'prosentti'],
};

const num = new Intl.NumberFormat('fi');
const plural = new Intl.PluralRules('fi');

/**
 * Finnish (second person singular, as Finnish interfaces address their readers: "Valitse", "Vastauksesi").
 * A noun after a number other than 1 is in the partitive ("3 ominaisuutta"); item names get no case endings.
 */
export const fi: Partial<Strings> = {
  loading: 'Ladataan vertailua…',
  errorTitle: 'Vertailua ei voitu näyttää.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…ja ${num.format(n)} muu ongelma` : `…ja ${num.format(n)} muuta ongelmaa`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'ongelma' : 'ongelmaa'} vertailun tiedoissa:`,
  noData: 'Ei vertailutietoja: anna tälle elementille src- tai for-määrite tai alielementti <script type="application/json">, tai aseta sen data-ominaisuus.',
  notAvailable: 'ei saatavilla',
  notComparable: 'ei vertailukelpoinen',
  best: 'paras',
  lastUpdated: (month: string) => `Päivitetty: ${month}`,
  bestFor: 'Sopii parhaiten',
  shortAnswer: 'Lyhyesti',
  ourVerdict: 'Arviomme',
  aiAssisted: 'Tekoälyavusteinen',
  chooseIf: (name: string) => `Valitse ${name}, jos`,
  overallWinner: (name: string) => `Valintamme: ${name}`,
  helpfulQuestion: 'Oliko tästä arviosta apua?',
  yes: 'Kyllä',
  no: 'Ei',
  voteSending: 'Lähetetään vastaustasi…',
  voteThanks: 'Kiitos palautteestasi!',
  voteFailed: 'Vastaustasi ei voitu lähettää.',
  retry: 'Yritä uudelleen',
  voteAnswer: (answer: string) => `Vastauksesi: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Tärkeimmät erot',
  topic: 'Aihe',
  keyFacts: 'Keskeiset tiedot ja luvut',
  metric: 'Mittari',
  diff: 'Ero',
  diffOf: (item: string, against: string) => `Ero: ${item} vs. ${against}`,
  diffAgainst: (against: string) => `Ero vs. ${against}`,
  fullComparison: 'Koko vertailu',
  attribute: 'Ominaisuus',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Näytä ${num.format(n)} ominaisuus lisää` : `Näytä ${num.format(n)} ominaisuutta lisää`),
  showFewer: 'Näytä vähemmän ominaisuuksia',
  onlyDifferences: 'Näytä vain erot',
  noDifferences: 'Tässä ryhmässä ei ole eroja.',
  visualComparison: 'Vertailu kaavioina',
  chartIntro: 'Numeeriset ominaisuudet rinnakkain',
  diffBetter: 'parempi',
  diffWorse: 'huonompi',
  higherIsBetter: 'suurempi on parempi',
  lowerIsBetter: 'pienempi on parempi',
  logScale: 'logaritminen asteikko',
  prosAndCons: 'Hyvät ja huonot puolet',
  pros: 'Hyvät puolet',
  cons: 'Huonot puolet',
  faq: 'Usein kysyttyä',
  resources: 'Lisätietoa',
  resourcesIntro: 'Valikoituja lähteitä aiheeseen syventymiseen',
  whereToBuy: 'Mistä ostaa',
  affiliateDisclosure: 'Kumppaniohjelman jäsenenä voimme saada palkkion tietyistä ostoksista. Se ei maksa sinulle mitään ylimääräistä.',
  linkKinds: { reference: 'Viiteaineisto', article: 'Artikkelit', comparison: 'Vertailut', video: 'Videot', affiliate: 'Mistä ostaa' },
  opensInNewTab: '(avautuu uuteen välilehteen)',
  related: 'Katso myös',
  relatedComparisons: 'Vastaavat vertailut',
  relatedArticles: 'Aiheeseen liittyvät artikkelit',
  track: 'Seuraa tätä vertailua',
  trackIntroCustom: 'Saat ilmoituksen, kun vertailu muuttuu.',
  trackIntro: 'Saat ilmoituksen, kun hinnat muuttuvat, uusia teknisiä tietoja julkaistaan tai arviomme päivittyy.',
  emailLabel: 'Sähköpostiosoite',
  emailPlaceholder: 'nimi@example.com',
  triggersLabel: 'Ilmoita minulle',
  defaultTriggers: { 'price-change': 'Hinnanmuutokset', 'new-spec': 'Uudet tekniset tiedot', 'verdict-update': 'Arvion päivitykset' },
  consent: 'Ei roskapostia. Voit perua tilauksen milloin tahansa.',
  subscribe: 'Tilaa ilmoitukset',
  subscribing: 'Tilataan…',
  subscribed: (email: string) => `Valmista! Lähetämme viestin osoitteeseen ${email}, kun vertailu muuttuu.`,
  subscribeFailed: 'Tilausta ei voitu lähettää.',
  invalidEmail: 'Anna sähköpostiosoite muodossa nimi@example.com.',
  noTriggers: 'Valitse vähintään yksi ilmoituksen aihe.',
};
