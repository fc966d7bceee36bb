import type { Catalog } from '../localization.js';

/** English messages for fields and validation, written to the GOV.UK error message standard. */
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
  // <plaza-textarea>, <plaza-select>, <plaza-radio-group>, <plaza-checkbox-group>, <plaza-checkbox>
  'textarea.characterLimit': {
    one: 'You can enter up to {count} character',
    other: 'You can enter up to {count} characters',
  },
  'textarea.wordLimit': {
    one: 'You can enter up to {count} word',
    other: 'You can enter up to {count} words',
  },
  'textarea.charactersRemaining': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'textarea.charactersOver': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
  'textarea.wordsRemaining': {
    one: 'You have {count} word remaining',
    other: 'You have {count} words remaining',
  },
  'textarea.wordsOver': {
    one: 'You have {count} word too many',
    other: 'You have {count} words too many',
  },
  'textarea.tooManyWords': {
    one: '{Name} must be {max} word or less',
    other: '{Name} must be {max} words or less',
  },
  'select.valueMissing': 'Select {name}',
  'choice.valueMissing': 'Select {name}',
  'choice.revealed': '{label}: more questions are shown below this option',
  'checkbox.valueMissing': 'Select “{label}” to continue',
  'checkbox.or': 'or',
  // Page frame and feedback: skip link, official banner, header, footer, language select,
  // alert, notification banner, dialog.
  'skipLink.text': 'Skip to main content',
  'officialBanner.label': 'Official website',
  'officialBanner.intro': 'An official website of {jurisdiction}',
  'officialBanner.introGeneric': 'An official government website',
  'officialBanner.toggle': 'Here’s how you know',
  'officialBanner.domainHeading': 'Official websites use {domain}',
  'officialBanner.domainText': 'A {domain} website belongs to an official government organization.',
  'officialBanner.httpsHeading': 'Secure {domain} websites use HTTPS',
  'officialBanner.httpsText':
    'A lock or https:// means you’ve safely connected to the {domain} website. Share sensitive information only on official, secure websites.',
  'header.menu': 'Menu',
  'header.navLabel': 'Main',
  'footer.linksLabel': 'Footer',
  'footer.contactLabel': 'Contact',
  'footer.metaLabel': 'Support links',
  'footer.languagesLabel': 'Languages',
  'languageSelect.label': 'Language',
  'alert.info': 'Information:',
  'alert.success': 'Success:',
  'alert.warning': 'Warning:',
  'alert.error': 'Error:',
  'notificationBanner.important': 'Important',
  'notificationBanner.success': 'Success',
  'dialog.close': 'Close',
};
