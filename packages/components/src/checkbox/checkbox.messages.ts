import type { Catalog } from '@plaza/core';

/**
 * The element's own words; the choice words are the shared base's (choice.messages.ts), and the
 * field and validation words live in @plaza/core.
 */
export const messages: Record<string, Catalog> = {
  en: {
    'checkbox.valueMissing': 'Select “{label}” to continue',
  },
  es: {
    'checkbox.valueMissing': 'Seleccione «{label}» para continuar',
  },
};
