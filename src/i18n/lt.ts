/**
 * Lithuanian: the interface table (`lt`, at the end) and the words values
 * are written with, read in a comparison written in Lithuanian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // A noun after a number: the nominative (1, 21…: "1 valanda"; 2–9, 22…: "2 valandos"), the genitive plural (10–20,
  // 30…: "18 valandų"), the genitive singular of a fraction ("1,5 valandos"); also the accusative ("per 2 valandas"),
  // the dative ("garantija 2 metams") and the short forms ("val.", "mėn."). Not a bare "d." or "m." (day, year; "m" a metre).
  units:
    'ms milisekundė milisekundės milisekundžių milisekundę milisekundes|s sek sekundė sekundės sekundžių sekundę sekundes|min minutė minutės minučių minutę minutes' +
    '|h val valanda valandos valandų valandą valandas valandoms|day diena dienos dienų dieną dienas dienoms para paros parų parą paras' +
    '|week sav savaitė savaitės savaičių savaitę savaites savaitėms|month mėn mėnuo mėnesiai mėnesių mėnesį mėnesius mėnesio mėnesiams|year metai metų metus metams' +
    '|g gramas gramai gramų gramo|kg kilogramas kilogramai kilogramų kilogramo|km kilometras kilometrai kilometrų kilometro|m m metras metrai metrų metro' +
    '|inch colis coliai colių colio|L litras litrai litrų litro|W vatas vatai vatų vato|kW kilovatas kilovatai kilovatų kilovato',
  // "tūkst.", "mln.", "mlrd." and the words they stand for (the genitive singular after a fraction: "1,2 milijono")
  magnitudes: {
    tūkst: 3,
    tūkstantis: 3,
    tūkstančiai: 3,
    tūkstančių: 3,
    tūkstančio: 3,
    mln: 6,
    milijonas: 6,
    milijonai: 6,
    milijonų: 6,
    milijono: 6,
    mlrd: 9,
    milijardas: 9,
    milijardai: 9,
    milijardų: 9,
    milijardo: 9,
  },
  // before a number: "iki 18 val.", "net iki 18 val.", "apie 5 GB"; "nuo 39 990 €" is that price or more
  bounds: {
    atMost: ['iki', 'net iki', 'daugiausia', 'ne daugiau kaip', 'ne daugiau nei'],
    atLeast: ['nuo', 'bent', 'mažiausiai', 'ne mažiau kaip', 'ne mažiau nei'],
    above: ['daugiau nei', 'daugiau kaip', 'virš'],
    below: ['mažiau nei', 'mažiau kaip'],
    about: ['apie', 'maždaug', 'apytiksliai', 'apytiksl.', 'apyt.'],
    from: ['tarp'],
  },
  // between the ends of a range: "nuo 10 iki 20"
  to: ['iki'],
  // a range's "and" after its "between" (a `from` bound): "tarp 10 ir 20"
  and: ['ir'],
  // euros written as a word ("29 Eur", "1,2 mln. eurų") and their cents
  money: { Eur: 'EUR', eur: 'EUR', euras: 'EUR', eurai: 'EUR', eurų: 'EUR', eurus: 'EUR', ct: '¢EUR', centai: '¢EUR', centų: '¢EUR', dolerių: 'USD', doleris: 'USD', doleriai: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['nemokam*'],
  unlimited: ['neribot*', 'be apribojimų', 'be limito'],
  lifetime: ['visam gyvenimui', 'visą gyvenimą', 'amžin*'],
  // after an amount: a price per that time ("9,99 € mėnesiui")
  every: 'month mėnesiui|year metams',
  // "times" (a multiplier, as "2x")
  times: ['kartų', 'kartus', 'kartai'],
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's sekundę|min minutę|h valandą',
  // "percent", as "%"
  percent: ['procentai', 'procentų', 'procentas'],
};

const num = new Intl.NumberFormat('lt');
const plural = new Intl.PluralRules('lt');
/** The noun's form for a count: 1, 21, 31… (one), 2–9, 22–29… (few), 0, 10–20, 30… (other), fractions (many). */
const form = (n: number, one: string, few: string, other: string, many: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Lithuanian (jūs form, as Lithuanian sites address their readers: "Rinkitės", "Jūsų atsakymas"). */
export const lt: Partial<Strings> = {
  loading: 'Įkeliamas palyginimas…',
  errorTitle: 'Šio palyginimo parodyti nepavyko.',
  moreIssues: (n: number) => `…ir dar ${num.format(n)} ${form(n, 'problema', 'problemos', 'problemų', 'problemos')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problema', 'problemos', 'problemų', 'problemos')} palyginimo duomenyse:`,
  noData: 'Nėra palyginimo duomenų: nurodykite šio elemento atributą src arba for, įdėkite į jį elementą <script type="application/json"> arba nustatykite jo savybę data.',
  notAvailable: 'nėra duomenų',
  notComparable: 'nepalyginama',
  best: 'geriausia',
  lastUpdated: (month: string) => `Atnaujinta: ${month}`,
  bestFor: 'Geriausiai tinka',
  shortAnswer: 'Trumpai',
  ourVerdict: 'Mūsų verdiktas',
  aiAssisted: 'Parengta padedant DI',
  chooseIf: (name: string) => `Rinkitės ${name}, jei`,
  overallWinner: (name: string) => `Mūsų pasirinkimas: ${name}`,
  helpfulQuestion: 'Ar šis verdiktas buvo naudingas?',
  yes: 'Taip',
  no: 'Ne',
  voteSending: 'Siunčiamas jūsų balsas…',
  voteThanks: 'Ačiū už atsiliepimą!',
  voteFailed: 'Jūsų balso išsiųsti nepavyko.',
  retry: 'Bandyti dar kartą',
  voteAnswer: (answer: string) => `Jūsų atsakymas: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Pagrindiniai skirtumai',
  topic: 'Tema',
  keyFacts: 'Pagrindiniai faktai ir skaičiai',
  metric: 'Rodiklis',
  diff: 'Skirtumas',
  diffOf: (item: string, against: string) => `Skirtumas: ${item} palyginti su ${against}`,
  diffAgainst: (against: string) => `Skirtumas, palyginti su ${against}`,
  fullComparison: 'Visas palyginimas',
  attribute: 'Savybė',
  // (The accusative: "dar 1 savybę", "dar 2 savybes", "dar 10 savybių".)
  showMore: (n: number) => `Rodyti dar ${num.format(n)} ${form(n, 'savybę', 'savybes', 'savybių', 'savybės')}`,
  showFewer: 'Rodyti mažiau savybių',
  onlyDifferences: 'Rodyti tik skirtumus',
  noDifferences: 'Šioje grupėje skirtumų nėra.',
  visualComparison: 'Vaizdinis palyginimas',
  chartIntro: 'Skaitinės savybės greta viena kitos',
  diffBetter: 'geriau',
  diffWorse: 'blogiau',
  higherIsBetter: 'kuo daugiau, tuo geriau',
  lowerIsBetter: 'kuo mažiau, tuo geriau',
  logScale: 'logaritminė skalė',
  prosAndCons: 'Privalumai ir trūkumai',
  pros: 'Privalumai',
  cons: 'Trūkumai',
  faq: 'Dažniausiai užduodami klausimai',
  resources: 'Šaltiniai ir daugiau informacijos',
  resourcesIntro: 'Atrinkti šaltiniai norintiems sužinoti daugiau',
  whereToBuy: 'Kur įsigyti',
  affiliateDisclosure: 'Kaip partneriai galime gauti komisinį atlygį už tinkamus pirkinius – jums tai nieko papildomai nekainuoja.',
  linkKinds: { reference: 'Šaltiniai', article: 'Straipsniai', comparison: 'Palyginimai', video: 'Vaizdo įrašai', affiliate: 'Kur įsigyti' },
  opensInNewTab: '(atsidaro naujame skirtuke)',
  related: 'Susiję',
  relatedComparisons: 'Susiję palyginimai',
  relatedArticles: 'Susiję straipsniai',
  track: 'Sekti šį palyginimą',
  trackIntroCustom: 'Gaukite pranešimą, kai šis palyginimas pasikeis.',
  trackIntro: 'Gaukite pranešimą, kai pasikeis kainos, pasirodys naujos specifikacijos ar atnaujinsime savo verdiktą.',
  emailLabel: 'El. pašto adresas',
  emailPlaceholder: 'vardas@example.com',
  // (A heading, not the start of a sentence: the comparison's own triggers under it are as their authors wrote them.)
  triggersLabel: 'Pranešimų tipai',
  defaultTriggers: { 'price-change': 'Kainos pokytis', 'new-spec': 'Naujos specifikacijos', 'verdict-update': 'Verdikto atnaujinimas' },
  consent: 'Jokio šlamšto. Atsisakyti galite bet kada.',
  subscribe: 'Pranešti man',
  subscribing: 'Prenumeruojama…',
  subscribed: (email: string) => `Atlikta! Parašysime adresu ${email}, kai šis palyginimas pasikeis.`,
  subscribeFailed: 'Jūsų prenumeratos išsiųsti nepavyko.',
  invalidEmail: 'Įveskite el. pašto adresą, pvz., vardas@example.com.',
  noTriggers: 'Pasirinkite bent vieną pranešimo tipą.',
};
