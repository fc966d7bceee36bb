import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'textarea.characterLimit': {
      one: 'You can enter up to {count} character',
      other: 'You can enter up to {count} characters',
    },
    'textarea.charactersOver': {
      one: 'You have {count} character too many',
      other: 'You have {count} characters too many',
    },
    'textarea.charactersRemaining': {
      one: 'You have {count} character remaining',
      other: 'You have {count} characters remaining',
    },
    'textarea.tooManyWords': {
      one: '{Name} must be {max} word or less',
      other: '{Name} must be {max} words or less',
    },
    'textarea.wordLimit': {
      one: 'You can enter up to {count} word',
      other: 'You can enter up to {count} words',
    },
    'textarea.wordsOver': {
      one: 'You have {count} word too many',
      other: 'You have {count} words too many',
    },
    'textarea.wordsRemaining': {
      one: 'You have {count} word remaining',
      other: 'You have {count} words remaining',
    },
  },
  es: {
    'textarea.characterLimit': {
      one: 'Puede escribir hasta {count} carácter',
      other: 'Puede escribir hasta {count} caracteres',
    },
    'textarea.charactersOver': {
      one: 'Tiene {count} carácter de más',
      other: 'Tiene {count} caracteres de más',
    },
    'textarea.charactersRemaining': {
      one: 'Le queda {count} carácter',
      other: 'Le quedan {count} caracteres',
    },
    'textarea.tooManyWords': {
      one: '{Name} debe tener {max} palabra o menos',
      other: '{Name} debe tener {max} palabras o menos',
    },
    'textarea.wordLimit': {
      one: 'Puede escribir hasta {count} palabra',
      other: 'Puede escribir hasta {count} palabras',
    },
    'textarea.wordsOver': {
      one: 'Tiene {count} palabra de más',
      other: 'Tiene {count} palabras de más',
    },
    'textarea.wordsRemaining': {
      one: 'Le queda {count} palabra',
      other: 'Le quedan {count} palabras',
    },
  },
};
