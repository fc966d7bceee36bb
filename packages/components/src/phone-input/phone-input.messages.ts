import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'phone.format': 'Enter {name}, like 202-555-0123',
    'phone.tooShort': '{Name} must have 10 numbers, like 202-555-0123',
    'phone.tooLong': '{Name} has too many numbers',
    'phone.international':
      '{Name} must be a US phone number: 10 numbers, or 11 starting with 1 or +1',
    'phone.country': '{Name} must start with a country code that exists, like +52 for Mexico',
  },
  es: {
    'phone.format': 'Ingrese {name}, como 202-555-0123',
    'phone.tooShort': '{Name} debe tener 10 números, como 202-555-0123',
    'phone.tooLong': '{Name} tiene demasiados números',
    'phone.international':
      '{Name} debe ser un número de EE. UU.: 10 números, u 11 si empieza con 1 o +1',
    'phone.country': '{Name} debe empezar con un código de país que exista, como +52 para México',
  },
};
