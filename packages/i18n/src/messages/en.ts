import type { Catalog } from '../registry.js';

/**
 * English words shared by every field: label markers and GOV.UK-style validation messages.
 * Components keep their own words (`static messages`).
 */
export const en: Catalog = {
  'field.optional': '(optional)',
  'field.required': '(required)',
  'field.errorPrefix': 'Error:',
  'field.answer': 'an answer',
  'validation.valueMissing': 'Enter {name}',
  'validation.tooLong': {
    one: '{Name} must be {max} character or less',
    other: '{Name} must be {max} characters or less',
  },
  'validation.tooShort': {
    one: '{Name} must be {min} character or more',
    other: '{Name} must be {min} characters or more',
  },
  'validation.patternMismatch': 'Enter {name} in the correct format',
};
