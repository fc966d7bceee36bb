import { ZipInputError } from './errors.js';

/** Longest text {@link parseZip} reads; longer input is refused before any other work. */
export const MAX_ZIP_INPUT_LENGTH = 32;

// Digits people type that are not ASCII: full-width (East Asian keyboards), Arabic-Indic and
// Extended Arabic-Indic (Arabic and Persian keyboards). Each block runs 0-9 from its zero.
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0];

function asciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out;
}

/**
 * The five-digit ZIP code in `input`, or a {@link ZipInputError}. Accepts surrounding spaces,
 * ZIP+4 (`30534-1234`, `30534 1234`, `305341234`: the extension is dropped) and full-width or
 * Arabic-Indic digits; refuses everything else, including input over {@link MAX_ZIP_INPUT_LENGTH}.
 */
export function parseZip(input: string): string {
  if (typeof input !== 'string') throw new ZipInputError('format', 'A ZIP code must be text');
  if (input.length > MAX_ZIP_INPUT_LENGTH) {
    throw new ZipInputError(
      'too-long',
      `A ZIP code is at most ${MAX_ZIP_INPUT_LENGTH} characters; got ${input.length}`,
    );
  }
  const text = asciiDigits(input.trim());
  if (text === '') throw new ZipInputError('empty', 'The ZIP code is empty');
  const match = /^(\d{5})(?:[- ]?\d{4})?$/.exec(text);
  if (!match) {
    throw new ZipInputError('format', 'A ZIP code is 5 digits, optionally followed by 4 more');
  }
  return match[1]!;
}

/** True for ZIP codes of military mail (APO/FPO/DPO: AA 340, AE 090-098, AP 962-966). */
export function isMilitaryZip(zip: string): boolean {
  const prefix = Number(zip.slice(0, 3));
  return prefix === 340 || (prefix >= 90 && prefix <= 98) || (prefix >= 962 && prefix <= 966);
}
