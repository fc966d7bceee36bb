import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'choice.revealed': '{label}: more questions are shown below this option',
    'choice.valueMissing': 'Select {name}',
    'choice.option': 'an option',
  },
  es: {
    'choice.revealed': '{label}: se muestran más preguntas debajo de esta opción',
    'choice.valueMissing': 'Seleccione {name}',
    'choice.option': 'una opción',
  },
};
