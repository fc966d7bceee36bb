/**
 * The `range` functions of the operators that reason about amounts (decision 0047): what fpl,
 * percentOfFpl, lookup and age could still give while an input is unanswered. Each relies on
 * its operator being monotone (a larger household has a larger guideline; a later birth date a
 * lower age), so the bounds come from the inputs' bounds.
 */
import type { Place } from '../runtime/context.js';
import { CAN_UNKNOWN, CAN_VALUE, UNKNOWN, between, union, type Range } from '../runtime/range.js';
import type { GuidelineSchedule, PovertyGuidelines } from '../types.js';
import { ageOn, guidelineArea, guidelineFor } from '../values.js';

const AREAS = ['contiguous', 'alaska', 'hawaii'] as const;
/** The most table keys tried one by one; a wider key range takes the table's every value. */
const MAX_KEYS_TRIED = 64;

function hasUnknown(range: Range): boolean {
  return (range.can & CAN_UNKNOWN) !== 0;
}

function scheduleRange(schedule: GuidelineSchedule | undefined, size: Range): Range {
  if (!schedule || !(size.can & CAN_VALUE)) return UNKNOWN;
  // Sizes below one person (or not whole) have no guideline.
  let unknown = hasUnknown(size) || size.lo < 1 || size.lo !== Math.floor(size.lo);
  const first = Math.max(1, Math.ceil(size.lo));
  const last = Math.floor(size.hi);
  if (first > last) return UNKNOWN;
  const lo = guidelineFor(schedule, first);
  // Past the schedule's end with nothing per additional person: no larger size is covered.
  if (lo === undefined) return UNKNOWN;
  let hi =
    last === Infinity
      ? schedule.perAdditionalPerson === undefined
        ? undefined
        : Infinity
      : guidelineFor(schedule, last);
  if (hi === undefined) {
    unknown = true;
    hi = guidelineFor(schedule, Math.max(first, schedule.amounts.length)) ?? lo;
  }
  return between(lo, hi, unknown);
}

/**
 * The annual guideline for a household size in `size`, for the place if it is answered, else
 * over every area (and a territory, which the guidelines leave out).
 */
export function annualRange(
  guidelines: PovertyGuidelines | undefined,
  place: Place | undefined,
  size: Range,
): Range {
  if (!guidelines) return UNKNOWN;
  const areas = place ? [guidelineArea(place.state)] : [...AREAS, undefined];
  let out: Range | undefined;
  for (const area of areas) {
    const range = scheduleRange(area ? guidelines[area] : undefined, size);
    out = out ? union(out, range) : range;
  }
  return out ?? UNKNOWN;
}

/** `f` applied to the bounds of monotone inputs: the smallest and largest of the corners. */
export function corners(
  a: Range,
  b: Range,
  f: (x: number, y: number) => number,
  unknown = false,
): Range {
  if (!(a.can & CAN_VALUE) || !(b.can & CAN_VALUE)) return UNKNOWN;
  const values = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
  if (values.some(Number.isNaN)) return between(-Infinity, Infinity, true);
  return between(
    Math.min(...values),
    Math.max(...values),
    unknown || hasUnknown(a) || hasUnknown(b),
  );
}

/** A table's values for keys in `key` (whole numbers tried one by one when few). */
export function tableRange(
  table: ReadonlyMap<string, number> | undefined,
  key: Range,
  numeric: boolean,
): Range {
  if (!table || !(key.can & CAN_VALUE)) return UNKNOWN;
  let out: Range | undefined;
  let unknown = hasUnknown(key);
  const add = (value: number | undefined): void => {
    if (value === undefined) unknown = true;
    else out = out ? union(out, between(value, value)) : between(value, value);
  };
  if (numeric && key.hi - key.lo <= MAX_KEYS_TRIED) {
    if (key.lo !== Math.floor(key.lo) || key.hi !== Math.floor(key.hi)) unknown = true;
    for (let n = Math.ceil(key.lo); n <= key.hi; n++) add(table.get(String(n)));
  } else {
    unknown = true;
    for (const value of table.values()) add(value);
  }
  if (!out) return UNKNOWN;
  return unknown ? union(out, UNKNOWN) : out;
}

/**
 * Ages for birth dates in `dob` on the date `on` (YYYYMMDD). A birth after `on` has no age, but
 * an unanswered date of birth is taken to be one of someone already born: a later date is a
 * mistake the question's own checks are for, not an answer to reason about.
 */
export function ageRange(dob: Range, on: number, leapDay: 'march1' | 'february28'): Range {
  if (!(dob.can & CAN_VALUE) || dob.lo > on) return UNKNOWN;
  const unknown = hasUnknown(dob);
  const youngest = dob.hi >= on ? 0 : (ageOn(dob.hi, on, leapDay) ?? 0);
  const oldest = dob.lo === -Infinity ? Infinity : (ageOn(dob.lo, on, leapDay) ?? Infinity);
  return between(youngest, oldest, unknown);
}
