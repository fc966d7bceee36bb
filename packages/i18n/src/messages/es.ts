import type { Catalog } from '../registry.js';

/** Spanish (US, "usted") words shared by every field, key for key with the English ones. */
export const es: Catalog = {
  'field.optional': '(opcional)',
  'field.required': '(obligatorio)',
  'field.errorPrefix': 'Error:',
  'field.answer': 'una respuesta',
  'validation.valueMissing': 'Ingrese {name}',
  'validation.tooLong': {
    one: '{Name} debe tener {max} carácter o menos',
    other: '{Name} debe tener {max} caracteres o menos',
  },
  'validation.tooShort': {
    one: '{Name} debe tener {min} carácter o más',
    other: '{Name} debe tener {min} caracteres o más',
  },
  'validation.patternMismatch': 'Ingrese {name} con el formato correcto',
};
