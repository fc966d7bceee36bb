import { emailFormatMessages, type Catalog } from '@plaza/core';

/** The element's own words, and core's email format message (the only format one it uses). */
export const messages: Record<string, Catalog> = {
  en: {
    'validation.email': emailFormatMessages.en['validation.email'],
    'email.didYouMean': 'Did you mean',
    'email.questionEnd': '?',
  },
  es: {
    'validation.email': emailFormatMessages.es['validation.email'],
    'email.didYouMean': '¿Quiso decir',
    'email.questionEnd': '?',
  },
};
