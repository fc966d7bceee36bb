/**
 * Answers: what the person typed (`raw`, kept exactly) and the typed value read from it (`value`:
 * trimmed text, a number, an ISO date, option values, file details; null when it cannot be read).
 * Reading never throws and never drops what was typed; checking is a separate step.
 */
import type {
  Answer,
  AnswerValue,
  FileInfo,
  QuestionDefinition,
  RawInput,
  ValidationCode,
} from './types.js';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** An extension after a phone number ("x12", "ext. 12", "#12"), as <plaza-phone-input> accepts. */
const PHONE_EXTENSION = /\s*(?:x|ext\.?|extension|extensión|#)\s*\d{1,6}$/iu;

const FORMAT_MESSAGES = new Set(['number', 'money', 'date', 'email', 'tin', 'phone', 'address']);

/** The parts of an address answer (<plaza-address-input>) without which mail cannot arrive. */
const ADDRESS_PARTS = ['line1', 'city', 'state', 'zip'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFileInfo(value: unknown): value is FileInfo {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.size === 'number' &&
    Number.isFinite(value.size) &&
    value.size >= 0 &&
    typeof value.type === 'string'
  );
}

/** `YYYY-MM-DD` for a real calendar date between 1800 and 2300, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1800 || year > 2300 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function readDate(raw: RawInput): string | null {
  if (typeof raw === 'string') {
    const match = ISO_DATE.exec(raw.trim());
    return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  }
  if (!isRecord(raw)) return null;
  const part = (key: string): number => {
    const text = typeof raw[key] === 'string' ? (raw[key] as string).trim() : '';
    return /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  };
  return isoDate(part('year'), part('month'), part('day'));
}

function isEmpty(raw: RawInput): boolean {
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return false; // an empty choice list is an answer: "none of these"
  return Object.values(raw).every((part) => typeof part !== 'string' || part.trim() === '');
}

/** Reads what was typed into a typed value. Unreadable input keeps `raw` and gets value null. */
export function readAnswer(question: QuestionDefinition, raw: RawInput): Answer {
  return { value: isEmpty(raw) ? null : readValue(question, raw), raw };
}

function readValue(question: QuestionDefinition, raw: RawInput): AnswerValue {
  switch (question.control) {
    case 'number': {
      const text = typeof raw === 'string' ? raw.replace(/[\s,]/g, '') : '';
      return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
    }
    case 'money': {
      const text = typeof raw === 'string' ? raw.replace(/[\s,$]/g, '') : '';
      return /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : null;
    }
    case 'date':
      return readDate(raw);
    case 'select':
    case 'radios':
      return typeof raw === 'string' ? raw.trim() : null;
    case 'checkboxes':
      return Array.isArray(raw) && raw.every((item) => typeof item === 'string')
        ? [...new Set(raw as string[])]
        : null;
    case 'file':
      return Array.isArray(raw) && raw.every(isFileInfo)
        ? (raw as FileInfo[]).map(({ name, size, type }) => ({ name, size, type }))
        : null;
    case 'tin':
      return typeof raw === 'string' ? raw.replace(/[\s-]/g, '') : null;
    case 'phone':
      return typeof raw === 'string' ? raw.trim() : null;
    default:
      if (typeof raw === 'string') return raw.trim();
      if (isRecord(raw)) {
        const parts: Record<string, string> = {};
        for (const [key, part] of Object.entries(raw))
          if (typeof part === 'string') parts[key] = part.trim();
        return parts;
      }
      return null;
  }
}

/** The date `today` or `YYYY-MM-DD` a bound names. */
function resolveBound(bound: string, today: string): string {
  return bound === 'today' ? today : bound;
}

export interface AnswerProblem {
  code: ValidationCode;
  args: Record<string, string | number>;
}

/**
 * The first problem with an answer, or undefined when it is acceptable. `today` is `YYYY-MM-DD`.
 * An unanswered optional question is acceptable.
 */
export function checkAnswer(
  question: QuestionDefinition,
  answer: Answer | undefined,
  today: string,
): AnswerProblem | undefined {
  const rules = question.validation ?? {};
  const control = question.control;
  if (
    !answer ||
    isEmpty(answer.raw) ||
    (Array.isArray(answer.value) && answer.value.length === 0)
  ) {
    return rules.required ? { code: 'required', args: {} } : undefined;
  }
  const value = answer.value;
  if (value === null) return { code: 'format', args: {} };
  if (control === 'select' || control === 'radios' || control === 'checkboxes') {
    const allowed = new Set((question.options ?? []).map((option) => option.value));
    const chosen = Array.isArray(value) ? (value as string[]) : [value as string];
    if (!chosen.every((item) => allowed.has(item))) return { code: 'option', args: {} };
  }
  const size = Array.isArray(value)
    ? value.length
    : typeof value === 'string'
      ? [...value].length
      : undefined;
  if (size !== undefined) {
    if (rules.minLength !== undefined && size < rules.minLength)
      return { code: 'minLength', args: { minLength: rules.minLength } };
    if (rules.maxLength !== undefined && size > rules.maxLength)
      return { code: 'maxLength', args: { maxLength: rules.maxLength } };
  }
  if (control === 'address' && isRecord(value) && ADDRESS_PARTS.some((part) => !value[part]))
    return { code: 'format', args: {} };
  if (typeof value === 'string') {
    const format = formatProblem(question, value);
    if (format) return format;
    if (rules.pattern !== undefined && !new RegExp(`^(?:${rules.pattern})$`, 'u').test(value))
      return { code: 'pattern', args: {} };
    if (control === 'date') {
      if (rules.after !== undefined && value <= resolveBound(rules.after, today))
        return { code: 'after', args: { after: resolveBound(rules.after, today) } };
      if (rules.before !== undefined && value >= resolveBound(rules.before, today))
        return { code: 'before', args: { before: resolveBound(rules.before, today) } };
    }
  }
  if (typeof value === 'number') {
    if (rules.min !== undefined && value < rules.min)
      return { code: 'min', args: { min: rules.min } };
    if (rules.max !== undefined && value > rules.max)
      return { code: 'max', args: { max: rules.max } };
  }
  return undefined;
}

/** The kinds of number a tin question accepts: Social Security numbers unless it says. */
const tinKinds = (question: QuestionDefinition): readonly string[] => question.accept ?? ['ssn'];

function formatProblem(question: QuestionDefinition, value: string): AnswerProblem | undefined {
  const control = question.control;
  const bad =
    (control === 'email' && !EMAIL.test(value)) ||
    // ITINs start with 9; the SSA never issues a Social Security number that does.
    (control === 'tin' &&
      (!/^\d{9}$/.test(value) ||
        !tinKinds(question).includes(value[0] === '9' ? 'itin' : 'ssn'))) ||
    (control === 'phone' &&
      !/^\+?1?\d{10}$/.test(value.replace(PHONE_EXTENSION, '').replace(/[\s().-]/g, '')));
  return bad ? { code: 'format', args: {} } : undefined;
}

/** Message key of a problem: the question's own override, else the default for its control. */
export function problemMessage(question: QuestionDefinition, code: ValidationCode): string {
  const own = question.errors?.[code];
  if (own !== undefined) return own;
  const control = question.control;
  if (code === 'required') {
    if (control === 'select' || control === 'radios') return 'flow.error.required.choice';
    if (control === 'checkboxes') return 'flow.error.required.checkboxes';
    if (control === 'date' || control === 'file') return `flow.error.required.${control}`;
    return 'flow.error.required';
  }
  if (code === 'format' && control === 'tin') {
    const kinds = tinKinds(question);
    return kinds.length > 1 ? 'flow.error.format.tin' : `flow.error.format.tin.${kinds[0]}`;
  }
  if (code === 'format')
    return FORMAT_MESSAGES.has(control) ? `flow.error.format.${control}` : 'flow.error.format';
  if (
    (code === 'minLength' || code === 'maxLength') &&
    (control === 'checkboxes' || control === 'file')
  )
    return `flow.error.${code}.${control}`;
  return `flow.error.${code}`;
}
