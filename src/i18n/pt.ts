/**
 * Portuguese (the interface in Brazilian usage): the interface table (`pt`, at the end) and the words values
 * are written with, read in a comparison written in Portuguese. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milissegundo milissegundos|s seg segundo segundos|min minuto minutos|h hora horas|m m metro metros|day dia dias noite noites|week semana semanas|month mês meses|year ano anos|g grama gramas|kg quilo quilos quilograma quilogramas|km quilômetro quilômetros quilómetro quilómetros|inch polegada polegadas|mi milha milhas|L litro litros',
  // "mil" is a thousand ("5 mil"); "bilhão" a thousand millions, as in Brazil; "mi", "bi", "tri" written short ("R$ 1,2 bi",
  // "22 mi": miles are "milhas")
  magnitudes: { mil: 3, milhão: 6, milhões: 6, mi: 6, bilhão: 9, bilhões: 9, bi: 9, trilhão: 12, trilhões: 12, tri: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['até'], atLeast: ['pelo menos', 'a partir de', 'desde'], from: ['de', 'entre'], above: ['mais de'], below: ['menos de'], about: ['cerca de', 'aproximadamente'] },
  // between the ends of a range
  to: ['a', 'até'],
  // a range's "and" after its "between" (a `from` bound): "entre 10 e 20"
  and: ['e'],
  // currencies written as a word after the amount ("2 milhões de reais"; "euros" is read in any language)
  money: { real: 'BRL', reais: 'BRL', dólar: 'USD', dólares: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['grátis', 'gratuit*'],
  unlimited: ['ilimitad*'],
  lifetime: ['vitalíci*'],
  // after an amount: a price per that time
  every: 'month mensal mensais|year anual anuais',
  // "times" (a multiplier, as "2x")
  times: ['vezes', 'vez'],
  // "percent", as "%"
  percent: ['por cento'],
};

const num = new Intl.NumberFormat('pt');
const plural = new Intl.PluralRules('pt');

/**
 * Portuguese, for Brazil and Portugal alike: the formal "você" imperative
 * ("Escolha", "Insira") with "o seu", nouns where the two differ in verb
 * forms ("Envio do voto em curso…", not "Enviando" or "A enviar"), and words
 * both use ("avaliação", not "veredito"/"veredicto"; "dados", not "fatos"/"factos").
 */
export const pt: Partial<Strings> = {
  loading: 'Carregando a comparação…',
  errorTitle: 'Não foi possível mostrar esta comparação.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…e mais ${num.format(n)} problema` : `…e mais ${num.format(n)} problemas`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problema' : 'problemas'} nos dados da comparação:`,
  noData: 'Sem dados de comparação: indique um atributo src ou for, adicione um elemento filho <script type="application/json"> ou defina a propriedade data.',
  notAvailable: 'não disponível',
  notComparable: 'não comparável',
  best: 'melhor',
  lastUpdated: (month: string) => `Última atualização: ${month}`,
  bestFor: 'Ideal para',
  shortAnswer: 'Em resumo',
  ourVerdict: 'Nossa avaliação',
  aiAssisted: 'Com apoio de IA',
  chooseIf: (name: string) => `Escolha ${name} se`,
  overallWinner: (name: string) => `Nossa escolha: ${name}`,
  helpfulQuestion: 'Esta avaliação foi útil?',
  yes: 'Sim',
  no: 'Não',
  voteSending: 'Enviando seu voto…',
  voteThanks: 'Obrigado pela sua opinião!',
  voteFailed: 'Não foi possível enviar o seu voto.',
  retry: 'Tentar novamente',
  voteAnswer: (answer: string) => `A sua resposta: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Principais diferenças',
  topic: 'Critério',
  keyFacts: 'Principais dados e números',
  metric: 'Indicador',
  diff: 'Diferença',
  diffOf: (item: string, against: string) => `Diferença entre ${item} e ${against}`,
  diffAgainst: (against: string) => `Diferença em relação a ${against}`,
  fullComparison: 'Comparação completa',
  attribute: 'Característica',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Mostrar mais ${num.format(n)} característica` : `Mostrar mais ${num.format(n)} características`),
  showFewer: 'Mostrar menos características',
  onlyDifferences: 'Mostrar apenas as diferenças',
  noDifferences: 'Sem diferenças neste grupo.',
  visualComparison: 'Comparação em gráficos',
  chartIntro: 'As características numéricas lado a lado',
  diffBetter: 'melhor',
  diffWorse: 'pior',
  higherIsBetter: 'quanto maior, melhor',
  lowerIsBetter: 'quanto menor, melhor',
  logScale: 'escala logarítmica',
  prosAndCons: 'Prós e contras',
  pros: 'Prós',
  cons: 'Contras',
  faq: 'Perguntas frequentes',
  resources: 'Para saber mais',
  resourcesIntro: 'Uma seleção de recursos para aprofundar o tema',
  whereToBuy: 'Onde comprar',
  affiliateDisclosure: 'Como afiliados, podemos receber uma comissão por compras elegíveis, sem custo adicional para você.',
  linkKinds: { reference: 'Referências', article: 'Artigos', comparison: 'Comparações', video: 'Vídeos', affiliate: 'Onde comprar' },
  opensInNewTab: '(abre em uma nova aba)',
  related: 'Ver também',
  relatedComparisons: 'Comparações relacionadas',
  relatedArticles: 'Artigos relacionados',
  track: 'Acompanhar esta comparação',
  trackIntroCustom: 'Receba um aviso quando esta comparação mudar.',
  trackIntro: 'Receba um aviso quando os preços mudarem, surgirem novas especificações ou a nossa avaliação for atualizada.',
  emailLabel: 'Endereço de e-mail',
  emailPlaceholder: 'nome@example.com',
  triggersLabel: 'Avise-me sobre',
  defaultTriggers: { 'price-change': 'Alteração de preço', 'new-spec': 'Novas especificações', 'verdict-update': 'Atualização da avaliação' },
  consent: 'Sem spam. Cancele quando quiser.',
  subscribe: 'Avise-me',
  subscribing: 'Inscrevendo…',
  subscribed: (email: string) => `Pronto! Vamos escrever para ${email} quando esta comparação mudar.`,
  subscribeFailed: 'Não foi possível enviar a sua inscrição.',
  invalidEmail: 'Insira um endereço de e-mail como nome@example.com.',
  noTriggers: 'Escolha pelo menos um tipo de aviso.',
};
