import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'select.valueMissing': 'Select {name}',
    'select.option': 'an option',
  },
  es: {
    'select.valueMissing': 'Seleccione {name}',
    'select.option': 'una opción',
  },
};
