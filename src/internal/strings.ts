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
