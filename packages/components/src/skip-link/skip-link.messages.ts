import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'skipLink.text': 'Skip to main content',
  },
  es: {
    'skipLink.text': 'Saltar al contenido principal',
  },
};
