import type { BuiltInStrings } from './localize.js';

/** Messages every element uses (loading `src`, errors). Keys are prefixed `common.`. */
export const commonStrings = {
  en: {
    'common.loading': 'Loading…',
    'common.loadError': 'This content could not be loaded right now.',
  },
  es: {
    'common.loading': 'Cargando…',
    'common.loadError': 'No se pudo cargar este contenido en este momento.',
  },
} satisfies BuiltInStrings;

/** The credit footer's messages, for the elements that show one (the FAQ and the card). */
export const creditStrings = {
  en: {
    'common.from': 'From {publisher}',
    'common.reviewed': 'Medically reviewed {date}',
    'common.reviewedBy': 'Medically reviewed {date} by {reviewer}',
    'common.reviewer': 'Medically reviewed by {reviewer}',
  },
  es: {
    'common.from': 'De {publisher}',
    'common.reviewed': 'Revisión médica: {date}',
    'common.reviewedBy': 'Revisión médica: {date}, a cargo de {reviewer}',
    'common.reviewer': 'Revisión médica a cargo de {reviewer}',
  },
} satisfies BuiltInStrings;

/** Merges built-in string tables language by language (later tables win). */
export function mergeStrings(...tables: BuiltInStrings[]): BuiltInStrings {
  const merged: BuiltInStrings = { en: {} };
  for (const table of tables) {
    for (const [lang, messages] of Object.entries(table)) {
      merged[lang] = { ...merged[lang], ...messages };
    }
  }
  return merged;
}
