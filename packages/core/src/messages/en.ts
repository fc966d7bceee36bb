import type { Catalog } from '../localization.js';

/** English words shared by every field: labels' markers and GOV.UK-style validation messages. Components keep their own words (`static messages`). */
export const en: Catalog = {
  'field.optional': '(optional)',
  'field.required': '(required)',
  'field.errorPrefix': 'Error:',
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
  'validation.email': 'Enter an email address in the correct format, like name@example.com',
  'validation.tel': 'Enter a phone number in the correct format, like 202-555-0123',
  'validation.url': 'Enter a web address in the correct format, like https://www.example.gov',
  'validation.number': '{Name} must be a number',
  'validation.integer': '{Name} must be a whole number',
  'validation.rangeUnderflow': '{Name} must be {min} or more',
  'validation.rangeOverflow': '{Name} must be {max} or less',
};
