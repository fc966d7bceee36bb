/**
 * Validators return the first problem with a value as data (a validity flag, a message key and
 * its arguments), never a finished string, so the message can be re-rendered in another language
 * and overridden per field. The messages of `email`, `tel`, `url` and `number` are in
 * `formatMessages`: a control that uses them lists them in its `static messages`.
 */
import { formatMessage, translate, type MessageArgs } from '@plaza/i18n';

export type ValidityFlag = Exclude<keyof ValidityStateFlags, 'valid'>;

export interface ValidationIssue {
  flag: ValidityFlag;
  /** Localization key of the message, e.g. `validation.valueMissing`. */
  key: string;
  args?: MessageArgs;
  /** A finished message that replaces the localized one (custom validity, server errors). */
  message?: string;
}

export type Validator = (value: string) => ValidationIssue | null;
/** Runs after the synchronous validators pass; `signal` aborts when the value changes again. */
export type AsyncValidator = (
  value: string,
  signal: AbortSignal,
) => Promise<ValidationIssue | string | null>;

/** Per-field message overrides, by validity flag. `{name}`/`{Name}` and the issue's args apply. */
export type ErrorMessages = Partial<Record<ValidityFlag, string>>;

const issue = (flag: ValidityFlag, key: string, args?: MessageArgs): ValidationIssue =>
  args ? { flag, key, args } : { flag, key };

export const required = (): Validator => (value) =>
  value.trim() === '' ? issue('valueMissing', 'validation.valueMissing') : null;

/** Lengths count characters as people see them (code points), not UTF-16 units. */
export const characterCount = (value: string): number => [...value].length;

export const maxLength =
  (max: number): Validator =>
  (value) =>
    characterCount(value) > max
      ? issue('tooLong', 'validation.tooLong', { max, count: max })
      : null;

export const minLength =
  (min: number): Validator =>
  (value) => {
    const length = characterCount(value);
    return length > 0 && length < min
      ? issue('tooShort', 'validation.tooShort', { min, count: min })
      : null;
  };

/** Matches the whole value, like the native `pattern` attribute. An invalid pattern is ignored. */
export const pattern = (source: string): Validator => {
  let expression: RegExp | undefined;
  try {
    expression = new RegExp(`^(?:${source})$`, 'v');
  } catch {
    expression = undefined;
  }
  return (value) =>
    expression && value !== '' && !expression.test(value)
      ? issue('patternMismatch', 'validation.patternMismatch')
      : null;
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
export const email = (): Validator => (value) =>
  value.trim() !== '' && !EMAIL.test(value.trim())
    ? issue('typeMismatch', 'validation.email')
    : null;

const PHONE_CHARACTERS = /^\+?[\d\s().-]+(\s*(x|ext\.?)\s*\d+)?$/iu;
export const tel = (): Validator => (value) => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const digits = trimmed.replace(/(x|ext\.?)\s*\d+$/iu, '').replace(/\D/gu, '').length;
  return PHONE_CHARACTERS.test(trimmed) && digits >= 7 && digits <= 15
    ? null
    : issue('typeMismatch', 'validation.tel');
};

export const url = (): Validator => (value) => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  try {
    const parsed = new URL(trimmed);
    if (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.hostname.includes('.')
    )
      return null;
  } catch {
    // Falls through to the error below.
  }
  return issue('typeMismatch', 'validation.url');
};

/** Parses a number as people type it: spaces and thousands commas allowed ("1,200.50"). */
export function parseNumber(value: string): number | null {
  const cleaned = value.trim().replace(/[\s,]/gu, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/u.test(cleaned)) return null;
  return Number(cleaned);
}

export interface NumberRules {
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean;
}

export const number =
  ({ min, max, integer = false }: NumberRules = {}): Validator =>
  (value) => {
    if (value.trim() === '') return null;
    const parsed = parseNumber(value);
    if (parsed === null) return issue('badInput', 'validation.number');
    if (integer && !Number.isInteger(parsed)) return issue('badInput', 'validation.integer');
    if (min !== undefined && parsed < min)
      return issue('rangeUnderflow', 'validation.rangeUnderflow', { min });
    if (max !== undefined && parsed > max)
      return issue('rangeOverflow', 'validation.rangeOverflow', { max });
    return null;
  };

/** The first issue the validators find, in order, so each field shows one message at a time. */
export function firstIssue(
  value: string,
  validators: readonly Validator[],
): ValidationIssue | null {
  for (const validate of validators) {
    const found = validate(value);
    if (found) return found;
  }
  return null;
}

/** Runs async validators in order after the sync ones passed; a string result is the message. */
export async function firstAsyncIssue(
  value: string,
  validators: readonly AsyncValidator[],
  signal: AbortSignal,
): Promise<ValidationIssue | null> {
  for (const validate of validators) {
    const found = await validate(value, signal);
    if (typeof found === 'string')
      return { flag: 'customError', key: 'validation.custom', message: found };
    if (found) return found;
  }
  return null;
}

export interface MessageContext {
  lang: string;
  /** How the field is named inside a sentence, e.g. "your full name". */
  name: string;
  overrides?: ErrorMessages | undefined;
}

/** The words shown for an issue: the field's override, the issue's own message, or the catalog's. */
export function messageFor(
  found: ValidationIssue,
  { lang, name, overrides }: MessageContext,
): string {
  const args: MessageArgs = { ...found.args, name, Name: capitalize(name) };
  const override = overrides?.[found.flag];
  if (override) return formatMessage(lang, override, args);
  return found.message ?? translate(lang, found.key, args);
}

/** Turns a label into the form used mid-sentence: "Full name" -> "full name", "SSN" stays. */
export function nameInSentence(label: string): string {
  const trimmed = label.trim();
  const firstWord = trimmed.split(/\s/u)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return trimmed;
  return trimmed.charAt(0).toLocaleLowerCase() + trimmed.slice(1);
}

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function toValidityFlags(found: ValidationIssue | null): ValidityStateFlags {
  return found ? { [found.flag]: true } : {};
}
