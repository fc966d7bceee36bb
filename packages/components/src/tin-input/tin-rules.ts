/**
 * US taxpayer identification numbers a resident types: Social Security numbers (SSN) and
 * Individual Taxpayer Identification Numbers (ITIN). Pure functions, no DOM: what the field
 * accepts is tested as a table.
 */

export type TinKind = 'ssn' | 'itin';

/** The 9 digits of `text` once spaces and hyphens are removed, or null if anything else is there. */
export function tinDigits(text: string): string | null {
  const digits = text.replace(/[\s\u2010-\u2015-]/gu, '');
  return /^\d*$/u.test(digits) ? digits : null;
}

/** The middle two digits an ITIN may have (IRS ranges): 50-65, 70-88, 90-92, 94-99. */
function itinGroupIssued(group: number): boolean {
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94
  );
}

/** The message key for what is wrong with a typed number, or null when it can be a real one. */
export function tinProblem(text: string, accept: ReadonlySet<TinKind>): string | null {
  const digits = tinDigits(text.trim());
  if (digits === null) return 'tin.characters';
  if (digits.length !== 9) return 'tin.length';
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  const itin = accept.has('itin') && (digits.startsWith('9') || !accept.has('ssn'));
  if (itin) {
    if (!digits.startsWith('9')) return 'tin.itinStart';
    return itinGroupIssued(group) ? null : 'tin.itinGroup';
  }
  // The SSA never issues area 000, 666 or 900-999, group 00 or serial 0000.
  if (area === 0 || area === 666 || area >= 900) return 'tin.ssnArea';
  if (group === 0) return 'tin.ssnGroup';
  if (serial === 0) return 'tin.ssnSerial';
  return null;
}

/** Reads `accept="ssn itin"`; unknown words are ignored, and nothing known means SSN. */
export function parseAccept(value: string): ReadonlySet<TinKind> {
  const kinds = new Set<TinKind>();
  for (const word of value.toLowerCase().split(/[\s,]+/u)) {
    if (word === 'ssn' || word === 'itin') kinds.add(word);
  }
  if (kinds.size === 0) kinds.add('ssn');
  return kinds;
}
