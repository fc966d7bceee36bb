import type { Catalog } from '@plaza/core';

/** The element's own words; shared field and validation words live in @plaza/core. */
export const messages: Record<string, Catalog> = {
  en: {
    'tin.characters': '{Name} must only include numbers, spaces and hyphens',
    'tin.length': '{Name} must be 9 numbers',
    'tin.ssnArea': '{Name} cannot start with 000, 666 or a number from 900 to 999',
    'tin.ssnGroup': 'The middle 2 numbers of {name} cannot be 00',
    'tin.ssnSerial': 'The last 4 numbers of {name} cannot be 0000',
    'tin.itinStart': '{Name} must start with 9',
    'tin.itinGroup':
      'The 4th and 5th numbers of {name} must be 50 to 65, 70 to 88, 90 to 92 or 94 to 99',
    'tin.show': 'Show number',
  },
  es: {
    'tin.characters': '{Name} solo debe incluir números, espacios y guiones',
    'tin.length': '{Name} debe tener 9 números',
    'tin.ssnArea': '{Name} no puede empezar con 000, 666 ni con un número del 900 al 999',
    'tin.ssnGroup': 'Los 2 números del medio de {name} no pueden ser 00',
    'tin.ssnSerial': 'Los últimos 4 números de {name} no pueden ser 0000',
    'tin.itinStart': '{Name} debe empezar con 9',
    'tin.itinGroup':
      'El 4.º y 5.º número de {name} deben ser de 50 a 65, 70 a 88, 90 a 92 o 94 a 99',
    'tin.show': 'Mostrar número',
  },
};
