import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'checkbox.valueMissing': 'Select “{label}” to continue',
    'choice.revealed': '{label}: more questions are shown below this option',
  },
  es: {
    'checkbox.valueMissing': 'Seleccione «{label}» para continuar',
    'choice.revealed': '{label}: se muestran más preguntas debajo de esta opción',
  },
};
