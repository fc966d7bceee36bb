import type { Catalog } from '../localization.js';

/** Spanish (US, "usted") words shared by every field, key for key with the English ones. */
export const es: Catalog = {
  'field.optional': '(opcional)',
  'field.required': '(obligatorio)',
  'field.errorPrefix': 'Error:',
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
  'validation.email':
    'Ingrese un correo electrónico con el formato correcto, como nombre@ejemplo.com',
  'validation.tel': 'Ingrese un número de teléfono con el formato correcto, como 202-555-0123',
  'validation.url':
    'Ingrese una dirección web con el formato correcto, como https://www.example.gov',
  'validation.number': '{Name} debe ser un número',
  'validation.integer': '{Name} debe ser un número entero',
  'validation.rangeUnderflow': '{Name} debe ser {min} o más',
  'validation.rangeOverflow': '{Name} debe ser {max} o menos',
};
