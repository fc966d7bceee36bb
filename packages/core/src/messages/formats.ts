import type { Catalog } from '@plaza/i18n';

// Each message is its own constant, so a control that needs one of them (the email input) bundles
// that one: bundlers drop an unused object literal, never the unused keys of a used one.
const EMAIL_EN = 'Enter an email address in the correct format, like name@example.com';
const EMAIL_ES = 'Ingrese un correo electrónico con el formato correcto, como nombre@ejemplo.com';

/** The `email` validator's message, for a control that uses no other format validator. */
export const emailFormatMessages: Record<string, Catalog> = {
  en: { 'validation.email': EMAIL_EN },
  es: { 'validation.email': EMAIL_ES },
};

/**
 * Messages of the format validators (`email`, `tel`, `url`, `number`). Only controls that use
 * those validators carry them, as their `static messages`, so every other bundle stays lighter.
 */
export const formatMessages: Record<string, Catalog> = {
  en: {
    'validation.email': EMAIL_EN,
    'validation.tel': 'Enter a phone number in the correct format, like 202-555-0123',
    'validation.url': 'Enter a web address in the correct format, like https://www.example.gov',
    'validation.number': '{Name} must be a number',
    'validation.integer': '{Name} must be a whole number',
    'validation.rangeUnderflow': '{Name} must be {min} or more',
    'validation.rangeOverflow': '{Name} must be {max} or less',
  },
  es: {
    'validation.email': EMAIL_ES,
    'validation.tel': 'Ingrese un número de teléfono con el formato correcto, como 202-555-0123',
    'validation.url':
      'Ingrese una dirección web con el formato correcto, como https://www.example.gov',
    'validation.number': '{Name} debe ser un número',
    'validation.integer': '{Name} debe ser un número entero',
    'validation.rangeUnderflow': '{Name} debe ser {min} o más',
    'validation.rangeOverflow': '{Name} debe ser {max} o menos',
  },
};
