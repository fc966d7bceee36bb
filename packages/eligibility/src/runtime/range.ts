/**
 * What a value could still be, whatever the resident answers to the questions not yet answered:
 * the abstract values `evaluate/ranges.ts` computes (decision 0047). A condition could be true,
 * false and/or unknown; a number, amount or date lies between `lo` and `hi` and/or is unknown.
 * Sets are over-approximations (operands are treated as independent), so a range that admits one
 * outcome only is certain, and one that admits several may still be settled in fact.
 */
import { CmpOp, ValueKind } from './tree.js';

/** Could be true. */
export const CAN_TRUE = 1;
/** Could be false. */
export const CAN_FALSE = 2;
/** Could stay unknown however the remaining questions are answered (a declined answer, data the rules lack). */
export const CAN_UNKNOWN = 4;
/** Could be a (non yes/no) value: for numbers, one between `lo` and `hi`. */
export const CAN_VALUE = 8;

export interface Range {
  can: number;
  lo: number;
  hi: number;
}

export const UNKNOWN: Range = Object.freeze({ can: CAN_UNKNOWN, lo: NaN, hi: NaN });
export const ANY_CONDITION: Range = Object.freeze({
  can: CAN_TRUE | CAN_FALSE | CAN_UNKNOWN,
  lo: NaN,
  hi: NaN,
});
export const ANY_VALUE: Range = Object.freeze({
  can: CAN_VALUE | CAN_UNKNOWN,
  lo: -Infinity,
  hi: Infinity,
});

export function condition(can: number): Range {
  return { can, lo: NaN, hi: NaN };
}

export function between(lo: number, hi: number, unknown = false): Range {
  return { can: CAN_VALUE | (unknown ? CAN_UNKNOWN : 0), lo, hi };
}

/** A condition's value as a range. */
export function ofBoolean(value: boolean): Range {
  return condition(value ? CAN_TRUE : CAN_FALSE);
}

/** True when only one outcome is possible: a settled condition, one number, or only unknown. */
export function isSingle(range: Range): boolean {
  const can = range.can;
  if (can === CAN_VALUE) return range.lo === range.hi;
  return can === CAN_TRUE || can === CAN_FALSE || can === CAN_UNKNOWN;
}

/** Both ranges' possibilities. */
export function union(a: Range, b: Range): Range {
  const can = a.can | b.can;
  if (!(a.can & CAN_VALUE)) return { can, lo: b.lo, hi: b.hi };
  if (!(b.can & CAN_VALUE)) return { can, lo: a.lo, hi: a.hi };
  return { can, lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/**
 * Three-valued all / any over condition outcome sets, as the evaluator combines them: `all` is
 * false when any kid is false, else unknown when any is unknown, else true (`any` the mirror).
 * Every combination of the operands' possibilities is tried: a set has at most three members.
 */
export function junction(isAny: boolean, a: number, b: number): number {
  let out = 0;
  for (const x of [CAN_TRUE, CAN_FALSE, CAN_UNKNOWN])
    if (a & x)
      for (const y of [CAN_TRUE, CAN_FALSE, CAN_UNKNOWN]) if (b & y) out |= join(isAny, x, y);
  return out;
}

function join(isAny: boolean, x: number, y: number): number {
  const decisive = isAny ? CAN_TRUE : CAN_FALSE;
  if (x === decisive || y === decisive) return decisive;
  if (x === CAN_UNKNOWN || y === CAN_UNKNOWN) return CAN_UNKNOWN;
  return isAny ? CAN_FALSE : CAN_TRUE;
}

/**
 * Whether one kid of an all / any can change the outcome, given what the other kids together
 * (`others`, their junction) could be: two of its possible outcomes give different results.
 */
export function kidMatters(isAny: boolean, kid: number, others: number): boolean {
  if (kid === CAN_TRUE || kid === CAN_FALSE || kid === CAN_UNKNOWN) return false;
  for (const o of [CAN_TRUE, CAN_FALSE, CAN_UNKNOWN]) {
    if (!(others & o)) continue;
    let seen = 0;
    for (const x of [CAN_TRUE, CAN_FALSE, CAN_UNKNOWN]) if (kid & x) seen |= join(isAny, o, x);
    if (seen !== CAN_TRUE && seen !== CAN_FALSE && seen !== CAN_UNKNOWN) return true;
  }
  return false;
}

/** The identity of all (true) or any (false) as an outcome set, for folding kids. */
export function junctionStart(isAny: boolean): number {
  return isAny ? CAN_FALSE : CAN_TRUE;
}

/**
 * For each kid, the junction of all the other kids: prefix and suffix folds, so finding which
 * kids matter is linear in their number.
 */
export function othersOf(isAny: boolean, kids: readonly number[]): number[] {
  const start = junctionStart(isAny);
  const suffix: number[] = new Array<number>(kids.length + 1);
  suffix[kids.length] = start;
  for (let index = kids.length - 1; index >= 0; index--)
    suffix[index] = junction(isAny, kids[index], suffix[index + 1]);
  const out: number[] = [];
  let prefix = start;
  for (let index = 0; index < kids.length; index++) {
    out.push(junction(isAny, prefix, suffix[index + 1]));
    prefix = junction(isAny, prefix, kids[index]);
  }
  return out;
}

/** Products of the bounds, with 0 × infinity taken as 0 (the limit of a finite product). */
function times(a: number, b: number): number {
  const product = a * b;
  return Number.isNaN(product) ? 0 : product;
}

/** Interval arithmetic for `+ - * / min max` . */
export function arithmeticRange(kind: number, a: Range, b: Range): Range {
  const unknown = ((a.can | b.can) & CAN_UNKNOWN) !== 0;
  if (!(a.can & CAN_VALUE) || !(b.can & CAN_VALUE)) return UNKNOWN;
  switch (kind) {
    case ValueKind.Add:
      return between(a.lo + b.lo, a.hi + b.hi, unknown);
    case ValueKind.Sub:
      return between(a.lo - b.hi, a.hi - b.lo, unknown);
    case ValueKind.Mul:
    case ValueKind.Div: {
      // A divisor that could be zero makes the result unknown (as division by zero does).
      if (kind === ValueKind.Div && b.lo <= 0 && b.hi >= 0) return ANY_VALUE;
      const corners =
        kind === ValueKind.Mul
          ? [times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi)]
          : [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi].map((v) =>
              Number.isNaN(v) ? 0 : v,
            );
      return between(Math.min(...corners), Math.max(...corners), unknown);
    }
    case ValueKind.Min:
      return between(Math.min(a.lo, b.lo), Math.min(a.hi, b.hi), unknown);
    default:
      return between(Math.max(a.lo, b.lo), Math.max(a.hi, b.hi), unknown);
  }
}

/** The outcomes of `a op b` for numbers in ranges. */
export function compareRange(op: number, a: Range, b: Range): Range {
  const unknown = (a.can | b.can) & CAN_UNKNOWN;
  if (!(a.can & CAN_VALUE) || !(b.can & CAN_VALUE)) return UNKNOWN;
  let can = 0;
  switch (op) {
    case CmpOp.Eq:
    case CmpOp.Ne: {
      const overlap = a.lo <= b.hi && b.lo <= a.hi;
      const same = a.lo === a.hi && b.lo === b.hi && a.lo === b.lo;
      const eq = (overlap ? CAN_TRUE : 0) | (same ? 0 : CAN_FALSE);
      can =
        op === CmpOp.Eq ? eq : (eq & CAN_TRUE ? CAN_FALSE : 0) | (eq & CAN_FALSE ? CAN_TRUE : 0);
      break;
    }
    case CmpOp.Lt:
      can = (a.lo < b.hi ? CAN_TRUE : 0) | (a.hi >= b.lo ? CAN_FALSE : 0);
      break;
    case CmpOp.Le:
      can = (a.lo <= b.hi ? CAN_TRUE : 0) | (a.hi > b.lo ? CAN_FALSE : 0);
      break;
    case CmpOp.Gt:
      can = (a.hi > b.lo ? CAN_TRUE : 0) | (a.lo <= b.hi ? CAN_FALSE : 0);
      break;
    default:
      can = (a.hi >= b.lo ? CAN_TRUE : 0) | (a.lo < b.hi ? CAN_FALSE : 0);
  }
  return condition(can | unknown);
}
