/** The date rules are applied for: an ISO date, or a Date read in a time zone. */
import { EligibilityError } from '../errors.js';
import { dateInTimeZone, parseIsoDate } from '../values.js';

export function resolveAsOf(asOf: string | Date | undefined, timeZone: string | undefined): number {
  if (typeof asOf === 'string') {
    const date = parseIsoDate(asOf);
    if (date === undefined)
      throw new EligibilityError(
        'invalid-date',
        `asOf "${asOf.slice(0, 40)}" must be a date written YYYY-MM-DD`,
      );
    return date;
  }
  let date: number;
  try {
    date = dateInTimeZone(asOf instanceof Date ? asOf : new Date(), timeZone);
  } catch {
    throw new EligibilityError(
      'invalid-date',
      `"${String(timeZone).slice(0, 60)}" is not a time zone this runtime knows`,
    );
  }
  if (!Number.isFinite(date))
    throw new EligibilityError('invalid-date', 'asOf is not a valid date');
  return date;
}
