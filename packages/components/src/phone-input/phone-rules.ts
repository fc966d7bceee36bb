/**
 * Reading a phone number as people type it, with libphonenumber-js's `core` build and the
 * metadata passed in: the +1 (NANP) regions by default, every country when an agency sets the
 * `min` metadata. Pure functions, no DOM.
 */
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type MetadataJson,
} from 'libphonenumber-js/core';

/** The longest text read: a number with an extension and spacing fits well within it. */
export const PHONE_MAX = 40;

/**
 * Digits with the punctuation people write around them, then at most one extension ("x12",
 * "ext. 12", "extension 12", "#12"). Letters anywhere else are a mistake, not something to skip.
 */
const PHONE_TEXT =
  /^\+?[\d\s().\-‐‑–]+(?:(?:x|ext\.?|extension|ext(?:ensión|ension)|#)\s*\d{1,6})?$/iu;

export type PhoneProblem =
  'phone.format' | 'phone.tooShort' | 'phone.tooLong' | 'phone.country' | 'phone.international';

export type PhoneReading = { number: string; extension: string } | { problem: PhoneProblem };

/**
 * The number in E.164 (`+15551234567`) and its extension, or what is wrong. Accepts any possible
 * number (right length for its country), not only assigned ones: "(555) 123-4567" is a number
 * people use in examples and tests, and numbering plans change faster than releases.
 * Without `international`, only +1 numbers are accepted, whatever the metadata knows.
 */
export function readPhone(
  text: string,
  metadata: MetadataJson,
  international = false,
): PhoneReading {
  const trimmed = text.trim();
  if (trimmed.length > PHONE_MAX) return { problem: 'phone.tooLong' };
  if (!PHONE_TEXT.test(trimmed)) return { problem: 'phone.format' };
  const parsed = parsePhoneNumberFromString(trimmed, { defaultCountry: 'US' }, metadata);
  if (parsed?.isPossible()) {
    if (parsed.countryCallingCode !== '1' && !international)
      return { problem: 'phone.international' };
    return { number: parsed.number, extension: parsed.ext ?? '' };
  }
  switch (validatePhoneNumberLength(trimmed, 'US', metadata)) {
    case 'TOO_SHORT':
      return { problem: 'phone.tooShort' };
    case 'TOO_LONG':
      return { problem: 'phone.tooLong' };
    case 'INVALID_COUNTRY':
      return { problem: international ? 'phone.country' : 'phone.international' };
    default:
      return { problem: 'phone.format' };
  }
}

/** What the form receives: E.164, with an extension as RFC 3966 writes it (`;ext=12`). */
export const phoneValue = ({ number, extension }: { number: string; extension: string }) =>
  extension ? `${number};ext=${extension}` : number;
