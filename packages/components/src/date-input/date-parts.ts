/**
 * The memorable-date rules, without a DOM: reading a month typed as a number or a name, checking
 * a day/month/year against GOV.UK's date error rules in their priority order, and the ISO value.
 */
import { formatLocale, type ValidationIssue } from '@plaza/core';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const ORDERS: Record<string, DatePart[]> = {
  mdy: ['month', 'day', 'year'],
  dmy: ['day', 'month', 'year'],
  ymd: ['year', 'month', 'day'],
};

/**
 * The order residents write a date in: an explicit `order` ("mdy", "dmy" or "ymd") wins; then
 * month first in the United States (`en`, `es` and any `-US` tag: USWDS's memorable date, in
 * Spanish too, although Intl writes `es-US` day first); elsewhere the order Intl writes a numeric
 * date in (day first in `en-GB` and `es-MX`, year first in `ja`).
 */
export function partOrder(lang: string, order = ''): DatePart[] {
  if (Object.hasOwn(ORDERS, order)) return ORDERS[order];
  const locale = formatLocale(lang);
  // A `-US` tag (bare `en` and `es` become `en-US`, `es-US`) is month first without asking Intl:
  // the lookup below made the page's first ICU load, the top Plaza function in the 20-question
  // form's profile (bench/page-load.mjs --profile).
  if (/-US$/i.test(locale)) return ORDERS.mdy;
  try {
    if (new Intl.Locale(locale).maximize().region !== 'US') {
      const written = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' })
        .formatToParts(0)
        .map((part) => part.type)
        .filter((type): type is DatePart => (DATE_PARTS as string[]).includes(type));
      if (written.length === 3) return written;
    }
  } catch {
    // A tag Intl cannot read: the US order.
  }
  return ORDERS.mdy;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateRules {
  required: boolean;
  /** Must be before today. */
  past: boolean;
  /** Must be after today. */
  future: boolean;
  /** Earliest allowed date, ISO `YYYY-MM-DD`, inclusive. */
  min: string;
  /** Latest allowed date, ISO `YYYY-MM-DD`, inclusive. */
  max: string;
  /** Today as ISO, so tests and servers can pin it. */
  today: string;
}

export interface DateProblem {
  issue: ValidationIssue;
  /** The parts to mark as wrong; focus goes to the first of them on the page. */
  parts: DatePart[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Lowercase, no accents, no trailing dot: "Sept." and "sept" and "SEPT" read the same. */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\.$/u, '').trim();

const monthNameCache = new Map<string, Map<string, number>>();

/** Full and short month names of `lang`, folded, mapped to 1-12. */
function monthNames(lang: string): Map<string, number> {
  let names = monthNameCache.get(lang);
  if (names) return names;
  names = new Map();
  for (const style of ['long', 'short'] as const) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
    } catch {
      break;
    }
    for (let month = 1; month <= 12; month++) {
      names.set(fold(format.format(Date.UTC(2000, month - 1, 15))), month);
    }
  }
  monthNameCache.set(lang, names);
  return names;
}

/**
 * The month number (1-12) for what was typed: "3", "03", "mar", "March", "marzo", "sept", "ene".
 * Names are matched in English, Spanish and the page's language, in full, abbreviated, or by any
 * unambiguous beginning of three letters or more. Null when it is not a month.
 */
export function parseMonth(typed: string, lang = 'en'): number | null {
  const text = fold(typed);
  if (/^\d{1,2}$/u.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : null;
  }
  if (text.length < 3 || !/^\p{L}+$/u.test(text)) return null;
  const found = new Set<number>();
  for (const code of new Set(['en', 'es', lang])) {
    for (const [name, month] of monthNames(code)) {
      if (name === text || (name.startsWith(text) && name.length > text.length)) found.add(month);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** Today in the user's time zone, as ISO. */
export function todayIso(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The parts of an ISO date, for setting `value`; empty parts for anything else. */
export function partsFromIso(value: string): DateParts {
  const match = ISO.exec(value.trim());
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** An ISO `Date` at UTC midnight, for formatting dates inside messages. */
export function isoToDate(iso: string): Date | null {
  const match = ISO.exec(iso);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : null;
}

/** `YYYY-MM-DD` when the parts make a real date with a 4-digit year, else ''. */
export function toIso(parts: DateParts, lang = 'en'): string {
  const day = parts.day.trim();
  const year = parts.year.trim();
  const month = parseMonth(parts.month, lang);
  if (!/^\d{1,2}$/u.test(day) || !/^\d{4}$/u.test(year) || month === null) return '';
  const dayNumber = Number(day);
  const yearNumber = Number(year);
  if (dayNumber < 1 || dayNumber > daysInMonth(yearNumber, month)) return '';
  return `${year}-${pad(month, 2)}-${pad(dayNumber, 2)}`;
}

const MISSING_KEYS: Record<string, string> = {
  day: 'dateInput.missing.day',
  month: 'dateInput.missing.month',
  year: 'dateInput.missing.year',
  'day,month': 'dateInput.missing.dayMonth',
  'day,year': 'dateInput.missing.dayYear',
  'month,year': 'dateInput.missing.monthYear',
};

/**
 * The first problem with a date, in GOV.UK's priority: nothing entered, a missing part, a date
 * that cannot exist, a year without 4 numbers, then past/future, then the earliest/latest date.
 * Only the parts at fault are named. (A 2-digit year is checked before past/future, because "85"
 * cannot be placed in time: saying "must be in the future" about it would mislead.)
 */
export function checkDate(parts: DateParts, rules: DateRules, lang = 'en'): DateProblem | null {
  const empty = DATE_PARTS.filter((part) => parts[part].trim() === '');
  if (empty.length === 3) {
    // Nothing entered: GOV.UK marks the whole date, not one part.
    return rules.required
      ? { issue: { flag: 'valueMissing', key: 'validation.valueMissing' }, parts: empty }
      : null;
  }
  if (empty.length > 0) {
    return { issue: { flag: 'badInput', key: MISSING_KEYS[empty.join(',')] }, parts: empty };
  }
  const day = parts.day.trim();
  const year = parts.year.trim();
  const month = parseMonth(parts.month, lang);
  const wrong: DatePart[] = [];
  const dayNumber = /^\d{1,2}$/u.test(day) ? Number(day) : NaN;
  if (!(dayNumber >= 1 && dayNumber <= 31)) wrong.push('day');
  if (month === null) wrong.push('month');
  if (!/^\d+$/u.test(year)) wrong.push('year');
  if (wrong.length === 0 && dayNumber > daysInMonth(Number(year), month ?? 1)) wrong.push('day');
  if (wrong.length > 0) {
    return { issue: { flag: 'badInput', key: 'dateInput.notReal' }, parts: wrong };
  }
  if (year.length !== 4) {
    return { issue: { flag: 'badInput', key: 'dateInput.yearLength' }, parts: ['year'] };
  }
  const iso = toIso(parts, lang);
  const all: DatePart[] = [...DATE_PARTS];
  if (rules.past && iso >= rules.today) {
    return { issue: { flag: 'rangeOverflow', key: 'dateInput.past' }, parts: all };
  }
  if (rules.future && iso <= rules.today) {
    return { issue: { flag: 'rangeUnderflow', key: 'dateInput.future' }, parts: all };
  }
  const min = isoToDate(rules.min);
  if (min && iso < rules.min) {
    return { issue: { flag: 'rangeUnderflow', key: 'dateInput.min', args: { min } }, parts: all };
  }
  const max = isoToDate(rules.max);
  if (max && iso > rules.max) {
    return { issue: { flag: 'rangeOverflow', key: 'dateInput.max', args: { max } }, parts: all };
  }
  return null;
}
