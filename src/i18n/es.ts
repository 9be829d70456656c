import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

const num = new Intl.NumberFormat('es');
const plural = new Intl.PluralRules('es');

/** Spanish (neutral, tú form). */
export const es: Partial<Strings> = {
  loading: 'Cargando comparación…',
  errorTitle: 'No se puede mostrar esta comparación.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…y ${num.format(n)} problema más` : `…y ${num.format(n)} problemas más`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problema' : 'problemas'} en los datos de la comparación:`,
  noData: 'No hay datos de comparación: indica un atributo src o for, incluye un <script type="application/json"> como hijo o asigna la propiedad data.',
  notAvailable: 'no disponible',
  notComparable: 'no comparable',
  best: 'mejor',
  lastUpdated: (month: string) => `Última actualización: ${month}`,
  bestFor: 'Ideal para',
  shortAnswer: 'En resumen',
  ourVerdict: 'Nuestro veredicto',
  aiAssisted: 'Con ayuda de IA',
  chooseIf: (name: string) => `Elige ${name} si`,
  overallWinner: (name: string) => `Nuestra elección: ${name}`,
  helpfulQuestion: '¿Te ha resultado útil este veredicto?',
  yes: 'Sí',
  no: 'No',
  voteSending: 'Enviando tu voto…',
  voteThanks: '¡Gracias por tu opinión!',
  voteFailed: 'No se pudo enviar tu voto.',
  retry: 'Reintentar',
  voteAnswer: (answer: string) => `Tu respuesta: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Diferencias clave',
  topic: 'Aspecto',
  keyFacts: 'Datos y cifras clave',
  metric: 'Métrica',
  diff: 'Diferencia',
  diffOf: (item: string, against: string) => `Diferencia: ${item} frente a ${against}`,
  diffAgainst: (against: string) => `Diferencia frente a ${against}`,
  fullComparison: 'Comparación completa',
  attribute: 'Característica',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Mostrar ${num.format(n)} característica más` : `Mostrar ${num.format(n)} características más`),
  showFewer: 'Mostrar menos características',
  onlyDifferences: 'Mostrar solo las diferencias',
  noDifferences: 'No hay diferencias en este grupo.',
  visualComparison: 'Comparación visual',
  chartIntro: 'Las características numéricas, lado a lado',
  diffBetter: 'mejor',
  diffWorse: 'peor',
  higherIsBetter: 'cuanto más alto, mejor',
  lowerIsBetter: 'cuanto más bajo, mejor',
  logScale: 'escala logarítmica',
  prosAndCons: 'Pros y contras',
  pros: 'Pros',
  cons: 'Contras',
  faq: 'Preguntas frecuentes',
  resources: 'Recursos y más información',
  resourcesIntro: 'Profundiza con esta selección de recursos',
  whereToBuy: 'Dónde comprar',
  affiliateDisclosure: 'Como afiliados, podemos recibir una comisión por las compras que cumplan los requisitos, sin ningún cargo adicional para ti.',
  linkKinds: { reference: 'Referencia', article: 'Artículos', comparison: 'Comparaciones', video: 'Videos', affiliate: 'Dónde comprar' },
  opensInNewTab: '(se abre en una pestaña nueva)',
  related: 'Ver también',
  relatedComparisons: 'Comparaciones relacionadas',
  relatedArticles: 'Artículos relacionados',
  track: 'Seguir esta comparación',
  trackIntroCustom: 'Te avisamos cuando cambie esta comparación.',
  trackIntro: 'Te avisamos cuando cambien los precios, salgan nuevas especificaciones o actualicemos nuestro veredicto.',
  emailLabel: 'Correo electrónico',
  emailPlaceholder: 'tu@example.com',
  triggersLabel: 'Avisarme sobre',
  defaultTriggers: { 'price-change': 'Cambios de precio', 'new-spec': 'Nuevas especificaciones', 'verdict-update': 'Cambios en el veredicto' },
  consent: 'Sin spam. Date de baja cuando quieras.',
  subscribe: 'Avisarme',
  subscribing: 'Suscribiendo…',
  subscribed: (email: string) => `¡Listo! Te escribiremos a ${email} cuando cambie esta comparación.`,
  subscribeFailed: 'No se pudo enviar tu suscripción.',
  invalidEmail: 'Escribe un correo electrónico como nombre@example.com.',
  noTriggers: 'Elige al menos un aviso.',
};

/** Spanish words for units and magnitudes in values, read in a comparison written in Spanish. */
export const words: WordTable = {
  units: 'ms milisegundo milisegundos|s segundo segundos|min minuto minutos|h hora horas|day día días dia dias noche noches|week semana semanas|month mes meses|year año años|g gramo gramos|kg kilogramo kilogramos|km kilómetro kilómetros|inch pulgada pulgadas|L litro litros|PS cv CV|m m metro metros',
  // "mil" is a thousand, "mil millones" (magnitudes in a row multiply) a billion; "mill." and (in Latin American finance) "MM" a million
  magnitudes: { mil: 3, millón: 6, millon: 6, millones: 6, mill: 6, MM: 6 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['hasta'], atLeast: ['al menos', 'desde', 'a partir de'], from: ['de', 'entre'], above: ['más de'], below: ['menos de'], about: ['aproximadamente', 'unos', 'unas', 'cerca de', 'alrededor de'] },
  // between the ends of a range
  to: ['a'],
  // a range's "and" after its "between" (a `from` bound): "entre 10 y 20"
  and: ['y'],
  // currencies written as a word after the amount ("500 millones de dólares"; "euros" is read in any language)
  money: { dólar: 'USD', dólares: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis', 'gratuit*'],
  unlimited: ['ilimitad*'],
  lifetime: ['de por vida', 'vitalici*'],
  // after an amount: a price per that time
  every: 'month mensual mensuales|year anual anuales',
  // "times" (a multiplier, as "2x")
  times: ['veces', 'vez'],
  // "percent", as "%"
  percent: ['por ciento'],
};
