import { DirectoryError } from './errors.js';
import type { WeeklyOpening } from './types.js';

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(Z|[+-]([01]\d):?([0-5]\d))?$/;

/** `09:00`, `17:30-05:00`, `08:00Z` -> minutes after midnight and, when given, the UTC offset. */
export function parseTime(text: string): { minutes: number; utcOffset?: number } | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (match[3] === undefined) return { minutes };
  if (match[3] === 'Z') return { minutes, utcOffset: 0 };
  const sign = match[3].startsWith('-') ? -1 : 1;
  return { minutes, utcOffset: sign * (Number(match[4]) * 60 + Number(match[5])) };
}

/** `MO,WE,FR` -> [1, 3, 5]; undefined if any part is not a plain weekday code. */
export function parseByDay(text: string): number[] | undefined {
  const days = text.split(',').map((part) => DAY_CODES.indexOf(part.trim().toUpperCase()));
  return days.includes(-1) ? undefined : days;
}

/** Throws a DirectoryError unless `timeZone` is an IANA time zone this runtime knows. */
export function checkTimeZone(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new DirectoryError(
      'invalid-time-zone',
      `"${timeZone}" is not an IANA time zone (for example America/New_York)`,
    );
  }
}

export interface LocalTime {
  day: number;
  minutes: number;
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Wall-clock weekday, minutes and date at `now` in an IANA zone. */
export function inTimeZone(now: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(now)) parts[part.type] = part.value;
  return {
    day: WEEKDAYS.indexOf(parts.weekday!),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

/** Wall-clock time at `now` at a fixed offset from UTC (minutes east). */
function atOffset(now: Date, utcOffset: number): LocalTime {
  const shifted = new Date(now.getTime() + utcOffset * 60_000);
  return {
    day: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    date: shifted.toISOString().slice(0, 10),
  };
}

function openAt(opening: WeeklyOpening, local: LocalTime): boolean {
  if (opening.validFrom && local.date < opening.validFrom) return false;
  if (opening.validTo && local.date > opening.validTo) return false;
  const today = opening.days.includes(local.day);
  if (opening.closes > opening.opens) {
    return today && local.minutes >= opening.opens && local.minutes < opening.closes;
  }
  // Closes after midnight (22:00 to 02:00): open late today, or early on the day after an opening day.
  const yesterday = opening.days.includes((local.day + 6) % 7);
  return (today && local.minutes >= opening.opens) || (yesterday && local.minutes < opening.closes);
}

/**
 * Open at `now`? true or false from the weekly openings; undefined when there are none (the
 * directory does not say). Times without an offset are read in the agency's `timeZone`; pass
 * `zoned` (inTimeZone(now, timeZone)) when checking many services at the same moment.
 */
export function isOpenAt(
  openings: readonly WeeklyOpening[],
  now: Date,
  timeZone: string,
  zoned?: LocalTime,
): boolean | undefined {
  if (openings.length === 0) return undefined;
  return openings.some((opening) => {
    const local =
      opening.utcOffset === undefined
        ? (zoned ??= inTimeZone(now, timeZone))
        : atOffset(now, opening.utcOffset);
    return openAt(opening, local);
  });
}
