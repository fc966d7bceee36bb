/**
 * Evaluation: answers in, one result per program out. Three-valued throughout: an answer that is
 * missing is unknown, and unknown never turns into "not eligible" on its own.
 */
import { loaded } from './document/rule-set.js';
import type { CompiledCriterion, CompiledProgram, CompiledRuleSet } from './compiled.js';
import type { EvalContext, RuntimeValue } from './runtime/context.js';
import { resolveAsOf } from './evaluate/as-of.js';
import { createContext } from './evaluate/answers.js';
import { collectMissing } from './evaluate/missing.js';
import { bounded, possible, reasoning, settle, type Reasoning } from './evaluate/ranges.js';
import {
  CAN_FALSE,
  CAN_TRUE,
  CAN_UNKNOWN,
  junction,
  kidMatters,
  othersOf,
} from './runtime/range.js';
import { combine, criterionStatus, dependencyOutcome } from './evaluate/status.js';
import { run } from './runtime/code.js';
import type { CompiledNode } from './runtime/tree.js';
import type {
  Citation,
  CriterionResult,
  EvaluateOptions,
  EvaluationResult,
  Period,
  ProgramResult,
  ResultArg,
  RuleSet,
  Status,
} from './types.js';
import { formatIsoDate, roundCents, ymdToDate } from './values.js';

/**
 * Evaluates every program of a rule set against a household's answers.
 * `ruleSet` may be a loaded rule set (fastest: load once) or raw rule-set JSON.
 */
export function evaluate(
  ruleSet: CompiledRuleSet | RuleSet | string,
  answers: unknown,
  options: EvaluateOptions = {},
): EvaluationResult {
  const compiled = loaded(ruleSet);
  const asOf = resolveAsOf(options.asOf, options.timeZone ?? compiled.timeZone);
  const ctx = createContext(compiled, answers, asOf);
  const wanted = options.programs ? withDependencies(compiled, options.programs) : undefined;
  const r = reasoning(ctx, options.declined ? new Set(options.declined) : undefined);
  // By position in evaluation order: a program's dependencies come before it.
  const done: (Evaluated | undefined)[] = new Array<Evaluated | undefined>(
    compiled.programs.length,
  );
  const programs: ProgramResult[] = [];
  compiled.programs.forEach((program, position) => {
    if (wanted && !wanted.has(program.source.id)) return;
    const evaluated = evaluateProgram(compiled, program, r, done);
    done[position] = evaluated;
    programs.push(evaluated.result);
  });
  return {
    ruleSet: { id: compiled.source.id, version: compiled.source.version },
    asOf: formatIsoDate(asOf),
    programs,
    missing: programs.some((program) => program.missing.length > 0)
      ? rankMissing(programs, compiled)
      : [],
  };
}

/** Statuses only, in the rule set's evaluation order: `statuses[i]` belongs to `ids[i]`. */
export interface ProgramStatuses {
  /** Program ids in evaluation order (shared between calls: do not modify). */
  readonly ids: readonly string[];
  /** The status of each program; undefined for programs left out with `options.programs`. */
  readonly statuses: (Status | undefined)[];
}

/**
 * The fast path: only each program's status (likely / maybe / unlikely), with no reasons,
 * arguments or missing facts. Same rules and the same three-valued logic as `evaluate`; use it
 * where only the verdict matters, such as a server re-checking many households. Read one with
 * `statusOf(result, id)`.
 */
export function evaluateStatuses(
  ruleSet: CompiledRuleSet | RuleSet | string,
  answers: unknown,
  options: EvaluateOptions = {},
): ProgramStatuses {
  const compiled = loaded(ruleSet);
  const ctx = createContext(
    compiled,
    answers,
    resolveAsOf(options.asOf, options.timeZone ?? compiled.timeZone),
  );
  const wanted = options.programs ? withDependencies(compiled, options.programs) : undefined;
  const programs = compiled.programs;
  const code = compiled.code;
  const statuses: (Status | undefined)[] = new Array<Status | undefined>(programs.length);
  let r: Reasoning | undefined;
  for (let position = 0; position < programs.length; position++) {
    const program = programs[position];
    if (wanted && !wanted.has(program.source.id)) continue;
    let status: Status = 'likely';
    const roots = program.roots;
    for (let index = 0; index < roots.length && status !== 'unlikely'; index++) {
      let outcome = run(code, roots[index], ctx) as boolean | undefined;
      if (outcome === undefined) {
        r ??= reasoning(ctx, options.declined ? new Set(options.declined) : undefined);
        outcome = settle(program.criteria[index].node, r);
      }
      status = combine(status, outcome);
    }
    const dependencies = program.dependencyIndexes;
    for (let index = 0; index < dependencies.length && status !== 'unlikely'; index++) {
      const other = statuses[dependencies[index].index];
      if (other !== undefined)
        status = combine(status, dependencyOutcome(dependencies[index].requires, other));
    }
    statuses[position] = status;
  }
  return { ids: compiled.programIds, statuses };
}

/** The status of program `id` in an `evaluateStatuses` result. */
export function statusOf(result: ProgramStatuses, id: string): Status | undefined {
  const index = result.ids.indexOf(id);
  return index < 0 ? undefined : result.statuses[index];
}

function withDependencies(compiled: CompiledRuleSet, ids: string[]): Set<string> {
  const byId = new Map(compiled.programs.map((program) => [program.source.id, program]));
  const wanted = new Set<string>();
  const add = (id: string): void => {
    if (wanted.has(id)) return;
    const program = byId.get(id);
    if (!program) return;
    wanted.add(id);
    for (const other of [...(program.source.requires ?? []), ...(program.source.excludes ?? [])])
      add(other);
  };
  for (const id of ids) add(id);
  return wanted;
}

const NO_ARGS: Record<string, ResultArg> = Object.freeze({}) as Record<string, ResultArg>;
const NOTHING_MISSING: string[] = Object.freeze([]) as unknown as string[];

/** A program's result, and the statuses it could still reach (true likely, false unlikely). */
interface Evaluated {
  result: ProgramResult;
  can: number;
}

/** A `requires` (true) or `excludes` dependency's possible outcomes, from the other's. */
function dependencyCan(requires: boolean, other: number): number {
  let can = other & CAN_UNKNOWN;
  if (other & CAN_TRUE) can |= requires ? CAN_TRUE : CAN_FALSE;
  if (other & CAN_FALSE) can |= requires ? CAN_FALSE : CAN_TRUE;
  return can;
}

function bit(outcome: boolean | undefined): number {
  return outcome === true ? CAN_TRUE : outcome === false ? CAN_FALSE : CAN_UNKNOWN;
}

function evaluateProgram(
  compiled: CompiledRuleSet,
  program: CompiledProgram,
  r: Reasoning,
  done: readonly (Evaluated | undefined)[],
): Evaluated {
  const ctx = r.ctx;
  const criteria: CriterionResult[] = [];
  const cans: number[] = [];
  const sources: (readonly string[])[] = [];
  let status: Status = 'likely';
  ctx.used = program.params.length > 0 ? new Set() : undefined;
  for (let index = 0; index < program.criteria.length; index++) {
    const criterion = program.criteria[index];
    let outcome = run(compiled.code, program.roots[index], ctx) as boolean | undefined;
    let can = bit(outcome);
    let settled = false;
    if (outcome === undefined) {
      can = possible(criterion.node, r);
      if (can === CAN_TRUE || can === CAN_FALSE) {
        outcome = can === CAN_TRUE;
        settled = true;
      }
    }
    status = combine(status, outcome);
    const result = criterionResult(compiled, criterion, outcome, can, settled, r);
    criteria.push(result);
    cans.push(can);
    sources.push(result.missing);
  }
  program.dependencyIndexes.forEach(({ requires, index }, at) => {
    const other = done[index];
    if (!other) return;
    const outcome = dependencyOutcome(requires, other.result.status);
    status = combine(status, outcome);
    const kind = program.dependencies[at][0];
    const criterion = criterionStatus(outcome);
    const can = dependencyCan(requires, other.can);
    const missing = criterion === 'unknown' ? other.result.missing : NOTHING_MISSING;
    criteria.push({
      id: `${kind}.${other.result.id}`,
      status: criterion,
      message: `eligibility.criterion.${kind}.${criterion}`,
      args: { program: other.result.name },
      citation: undefined,
      missing: missing.length > 0 ? [...missing] : NOTHING_MISSING,
    });
    cans.push(can);
    sources.push(missing);
  });
  let missing = NOTHING_MISSING;
  let can = CAN_TRUE;
  for (const one of cans) can = junction(false, can, one);
  if (status === 'maybe') {
    // Only requirements that could still change the program's status (decision 0047).
    const others = othersOf(false, cans);
    const seen = new Set<string>();
    cans.forEach((one, index) => {
      if (kidMatters(false, one, others[index])) for (const id of sources[index]) seen.add(id);
    });
    missing = seen.size > 0 ? [...seen] : NOTHING_MISSING;
  }
  const result: ProgramResult = {
    id: program.source.id,
    name: program.source.name,
    status,
    criteria,
    missing,
    citations: program.params.length > 0 ? programCitations(program, ctx) : program.citations,
    links: program.links,
    nextSteps: program.nextSteps,
  };
  return { result, can };
}

function criterionResult(
  compiled: CompiledRuleSet,
  criterion: CompiledCriterion,
  outcome: boolean | undefined,
  can: number,
  settled: boolean,
  r: Reasoning,
): CriterionResult {
  const ctx = r.ctx;
  const status = criterionStatus(outcome);
  let args = NO_ARGS;
  let partial = false;
  if (criterion.args.length > 0) {
    args = {};
    for (const [name, node] of criterion.args) {
      const arg = toResultArg(node, node.ev(ctx), criterion.period, compiled);
      if (arg !== undefined) args[name] = arg;
      else partial = true;
    }
  }
  let missing = NOTHING_MISSING;
  if (status === 'unknown' && can !== CAN_UNKNOWN) {
    const found = new Set<string>();
    bounded(r, undefined, () => collectMissing(criterion.node, r, found));
    if (found.size > 0) missing = [...found];
  }
  // Settled while some of its figures are unanswered: the criterion's own sentence would show
  // a blank, so a plain one says it holds (or fails) whatever is still answered.
  const message =
    settled && partial ? `eligibility.criterion.settled.${status}` : criterion.messages[status];
  return {
    id: criterion.id,
    status,
    message,
    args,
    citation: criterion.citation,
    missing,
  };
}

function toResultArg(
  node: CompiledNode,
  value: RuntimeValue,
  period: Period,
  compiled: CompiledRuleSet,
): ResultArg | undefined {
  if (value === undefined) return undefined;
  switch (node.type) {
    case 'money':
      return {
        amount: roundCents((value as number) / compiled.conversions[period]),
        currency: 'USD',
      };
    case 'date':
      return ymdToDate(value as number);
    case 'number':
    case 'string':
      return value as number | string;
    default:
      return undefined;
  }
}

/** The program's own citations, plus the notices of the parameters it actually read. */
function programCitations(program: CompiledProgram, ctx: EvalContext): Citation[] {
  const used = ctx.used;
  ctx.used = undefined;
  if (!used || used.size === 0) return program.citations;
  const list = [...program.citations];
  for (const key of used) {
    const citation = ctx.params.get(key)?.citation;
    if (citation && !list.some((other) => other.url === citation.url)) list.push(citation);
  }
  return list;
}

function rankMissing(programs: ProgramResult[], compiled: CompiledRuleSet): string[] {
  const counts = new Map<string, number>();
  for (const program of programs)
    for (const id of program.missing) counts.set(id, (counts.get(id) ?? 0) + 1);
  const order = (id: string): number => {
    const base = id.split('[')[0];
    return compiled.slots.get(base) ?? Number.MAX_SAFE_INTEGER;
  };
  return [...counts.keys()].sort(
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || order(a) - order(b) || (a < b ? -1 : 1),
  );
}
