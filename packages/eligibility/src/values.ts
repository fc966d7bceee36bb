/**
 * Value helpers with no DOM and no dynamic code: calendar dates as YYYYMMDD integers, money as
 * monthly amounts, ages, rounding and the HHS poverty-guideline areas.
 */
import type { GuidelineSchedule, Period, PovertyGuidelines, Rounding } from './types.js';

export const PERIODS: readonly Period[] = ['week', 'biweek', 'semimonth', 'month', 'year'];

/** Monthly multipliers: an amount per `period` times this is the amount per month. */
export const DEFAULT_CONVERSIONS: Readonly<Record<Period, number>> = {
  week: 52 / 12,
  biweek: 26 / 12,
  semimonth: 2,
  month: 1,
  year: 1 / 12,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` to the integer YYYYMMDD, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1800 || year > 2300 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return year * 10000 + month * 100 + day;
}

export function formatIsoDate(ymd: number): string {
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A YYYYMMDD integer as a Date at UTC midnight (for Intl formatting with `timeZone: 'UTC'`). */
export function ymdToDate(ymd: number): Date {
  return new Date(Date.UTC(Math.floor(ymd / 10000), (Math.floor(ymd / 100) % 100) - 1, ymd % 100));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whole years of age on `on` for someone born on `dob` (both YYYYMMDD). A person is N years old
 * from the start of their Nth birthday. Someone born on 29 February has their birthday on
 * 1 March in common years (`march1`, the default) or on 28 February (`february28`).
 */
export function ageOn(
  dob: number,
  on: number,
  leapDay: 'march1' | 'february28' = 'march1',
): number | undefined {
  if (on < dob) return undefined;
  let birthMonthDay = dob % 10000;
  const year = Math.floor(on / 10000);
  if (birthMonthDay === 229 && leapDay === 'february28' && !isLeapYear(year)) birthMonthDay = 228;
  const years = year - Math.floor(dob / 10000);
  return on % 10000 >= birthMonthDay ? years : years - 1;
}

/** The calendar date of `instant` in `timeZone` (IANA name), as YYYYMMDD. */
export function dateInTimeZone(instant: Date, timeZone?: string): number {
  if (Number.isNaN(instant.getTime())) return NaN;
  if (!timeZone) {
    return instant.getFullYear() * 10000 + (instant.getMonth() + 1) * 100 + instant.getDate();
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of parts) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return year * 10000 + month * 100 + day;
}

export function applyRounding(value: number, rounding: Rounding | undefined): number {
  if (!rounding) return roundCents(value);
  const step = rounding.to && rounding.to > 0 ? rounding.to : 1;
  // Guard against binary noise such as 2887.0000000001 rounding up to 2888.
  const scaled = Math.round((value / step) * 1e6) / 1e6;
  const whole =
    rounding.mode === 'up'
      ? Math.ceil(scaled)
      : rounding.mode === 'down'
        ? Math.floor(scaled)
        : Math.round(scaled);
  return roundCents(whole * step);
}

export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Which HHS poverty-guideline table covers a state. Territories are not covered: undefined. */
export type GuidelineArea = 'contiguous' | 'alaska' | 'hawaii';

const CONTIGUOUS_AND_DC = new Set(
  (
    'AL AZ AR CA CO CT DE DC FL GA ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH ' +
    'OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
  ).split(' '),
);

/** Two-letter codes accepted as states: the 50 states, DC and the territories. */
export const STATE_CODES: ReadonlySet<string> = new Set([
  ...CONTIGUOUS_AND_DC,
  'AK',
  'HI',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
]);

export function guidelineArea(state: string | undefined): GuidelineArea | undefined {
  if (!state) return undefined;
  if (state === 'AK') return 'alaska';
  if (state === 'HI') return 'hawaii';
  return CONTIGUOUS_AND_DC.has(state) ? 'contiguous' : undefined;
}

/** The annual guideline for a household size, or undefined where the schedule does not reach. */
export function guidelineFor(
  schedule: GuidelineSchedule | undefined,
  size: number,
): number | undefined {
  if (!schedule || !Number.isInteger(size) || size < 1) return undefined;
  const { amounts } = schedule;
  if (size <= amounts.length) return amounts[size - 1];
  if (schedule.perAdditionalPerson === undefined || amounts.length === 0) return undefined;
  return amounts[amounts.length - 1] + (size - amounts.length) * schedule.perAdditionalPerson;
}

export function scheduleFor(
  guidelines: PovertyGuidelines,
  area: GuidelineArea,
): GuidelineSchedule | undefined {
  return guidelines[area];
}
