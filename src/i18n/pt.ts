/**
 * Portuguese: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Portuguese. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milissegundo milissegundos|s seg segundo segundos|min minuto minutos|h hora horas|day dia dias|week semana semanas|month mês meses|year ano anos|g grama gramas|kg quilo quilos quilograma quilogramas|km quilômetro quilômetros quilómetro quilómetros|inch polegada polegadas|L litro litros',
  // "mil" is a thousand ("5 mil"); "bilhão" a thousand millions, as in Brazil
  magnitudes: { mil: 3, milhão: 6, milhões: 6, bilhão: 9, bilhões: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['até'], atLeast: ['pelo menos', 'a partir de', 'desde', 'de'], above: ['mais de'], below: ['menos de'], about: ['cerca de', 'aproximadamente'] },
  // between the ends of a range
  to: ['a', 'até'],
  // a price of nothing, and no limit
  free: ['grátis', 'gratuit*'],
  unlimited: ['ilimitad*'],
};
