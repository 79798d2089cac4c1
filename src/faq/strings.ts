import type { BuiltInStrings } from '../internal/localize.js';

/** Built-in messages of `<clinic-faq>` (keys prefixed `faq.`); sites can override them with `registerStrings`. */
export const faqStrings = {
  en: {
    'faq.expandAll': 'Expand all',
    'faq.collapseAll': 'Collapse all',
    'faq.search': 'Search the questions',
    'faq.results': { one: '{shown} of {count} question', other: '{shown} of {count} questions' },
    'faq.noResults': 'No question matches “{query}”. Try fewer or different words.',
    'faq.inAnswer': 'Found in the answer',
  },
  es: {
    'faq.expandAll': 'Abrir todas las respuestas',
    'faq.collapseAll': 'Cerrar todas las respuestas',
    'faq.search': 'Buscar en las preguntas',
    'faq.results': { one: '{shown} de {count} pregunta', other: '{shown} de {count} preguntas' },
    'faq.noResults': 'Ninguna pregunta coincide con “{query}”. Pruebe con menos palabras o con otras distintas.',
    'faq.inAnswer': 'Aparece en la respuesta',
  },
} satisfies BuiltInStrings;
