/**
 * What evaluation runs on: answers in array slots, the date, parameters resolved for that date,
 * and the work budget.
 */
import { LimitError } from '../errors.js';
import type { Citation, ParameterDefinition, Period, PovertyGuidelines } from '../types.js';

/** Static type of an expression, checked at load so rules fail early with a clear message. */
export type ValueType =
  'number' | 'money' | 'date' | 'string' | 'boolean' | 'jurisdiction' | 'members';

/** A resident's place, normalised: state upper-case, county FIPS, city lower-case. */
export interface Place {
  state?: string;
  county?: string;
  city?: string;
}

/** A household member's answers, by the member fact's position in its declaration. */
export type MemberRecord = RuntimeValue[];
/** Runtime values. `undefined` is unknown. Money is a monthly amount; dates are YYYYMMDD. */
export type RuntimeValue = number | string | boolean | Place | MemberRecord[] | undefined;

/** A parameter value resolved for one date. */
export interface ResolvedParameter {
  value: number | string | boolean | Map<string, number> | PovertyGuidelines;
  citation: Citation;
  from: string;
}

export interface EvalContext {
  /** Answers by the fact's position in the rule set (array slots are faster than keys). */
  facts: RuntimeValue[];
  /** Fact id to its position in `facts`. */
  slots: ReadonlyMap<string, number>;
  member: MemberRecord | undefined;
  asOf: number;
  params: Map<string, ResolvedParameter | undefined>;
  allParams: ReadonlyMap<string, CompiledParameter>;
  work: number;
  maxWork: number;
  leapDay: 'march1' | 'february28';
  conversions: Record<Period, number>;
  /** When set, collects the parameters (and `id@year` guideline editions) read, for citations. */
  used: Set<string> | undefined;
}

export interface CompiledParameter {
  id: string;
  definition: ParameterDefinition;
  dates: number[];
  values: ResolvedParameter[];
}

export function overBudget(ctx: EvalContext): never {
  throw new LimitError(
    `The evaluation took more than ${ctx.maxWork} steps; the rule set is too costly for these answers.`,
  );
}

/** The value of a parameter in force on the context's date (latest `from` on or before it). */
export function resolveParam(ctx: EvalContext, id: string): ResolvedParameter | undefined {
  ctx.used?.add(id);
  if (ctx.params.has(id)) return ctx.params.get(id);
  const parameter = ctx.allParams.get(id);
  let found: ResolvedParameter | undefined;
  if (parameter) {
    for (let index = parameter.dates.length - 1; index >= 0; index--) {
      if (parameter.dates[index] <= ctx.asOf) {
        found = parameter.values[index];
        break;
      }
    }
  }
  ctx.params.set(id, found);
  return found;
}

export function guidelinesForYear(
  ctx: EvalContext,
  id: string,
  year: number,
): PovertyGuidelines | undefined {
  const parameter = ctx.allParams.get(id);
  if (!parameter) return undefined;
  for (let index = parameter.dates.length - 1; index >= 0; index--) {
    if (parameter.dates[index] > ctx.asOf) continue;
    const guidelines = parameter.values[index].value as PovertyGuidelines;
    if (guidelines.year === year) {
      // Record it so the result can cite the notice actually used.
      ctx.params.set(`${id}@${year}`, parameter.values[index]);
      ctx.used?.add(`${id}@${year}`);
      return guidelines;
    }
  }
  return undefined;
}
