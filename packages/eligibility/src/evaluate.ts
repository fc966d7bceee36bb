/**
 * Evaluation: answers in, one result per program out. Three-valued throughout: an answer that is
 * missing is unknown, and unknown never turns into "not eligible" on its own.
 */
import { loadRuleSet } from './document/rule-set.js';
import type { CompiledCriterion, CompiledProgram, CompiledRuleSet } from './compiled.js';
import type { EvalContext, MemberRecord, Place, RuntimeValue } from './runtime/context.js';
import { run } from './runtime/code.js';
import type { CompiledNode } from './runtime/tree.js';
import { AnswerError, EligibilityError, FORBIDDEN_KEYS, LimitError } from './errors.js';
import { MAX_CITY_LENGTH, PARAMETER_CACHE_DATES } from './limits.js';
import type {
  Citation,
  CriterionResult,
  CriterionStatus,
  EvaluateOptions,
  EvaluationResult,
  FactDefinition,
  Period,
  ProgramResult,
  ResultArg,
  RuleSet,
  Status,
} from './types.js';
import {
  PERIODS,
  STATE_CODES,
  dateInTimeZone,
  formatIsoDate,
  parseIsoDate,
  roundCents,
  ymdToDate,
} from './values.js';

/**
 * Evaluates every program of a rule set against a household's answers.
 * `ruleSet` may be a loaded rule set (fastest: load once) or raw rule-set JSON.
 */
export function evaluate(
  ruleSet: CompiledRuleSet | RuleSet | string,
  answers: unknown,
  options: EvaluateOptions = {},
): EvaluationResult {
  const compiled = isCompiled(ruleSet) ? ruleSet : loadRuleSet(ruleSet);
  const asOf = resolveAsOf(options.asOf, options.timeZone ?? compiled.timeZone);
  const ctx = createContext(compiled, answers, asOf);
  const wanted = options.programs ? withDependencies(compiled, options.programs) : undefined;
  const statuses = new Map<string, ProgramResult>();
  const programs: ProgramResult[] = [];
  for (const program of compiled.programs) {
    if (wanted && !wanted.has(program.source.id)) continue;
    const result = evaluateProgram(compiled, program, ctx, statuses);
    statuses.set(program.source.id, result);
    programs.push(result);
  }
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
  const compiled = isCompiled(ruleSet) ? ruleSet : loadRuleSet(ruleSet);
  const ctx = createContext(
    compiled,
    answers,
    resolveAsOf(options.asOf, options.timeZone ?? compiled.timeZone),
  );
  const wanted = options.programs ? withDependencies(compiled, options.programs) : undefined;
  const programs = compiled.programs;
  const code = compiled.code;
  const statuses: (Status | undefined)[] = new Array<Status | undefined>(programs.length);
  for (let position = 0; position < programs.length; position++) {
    const program = programs[position];
    if (wanted && !wanted.has(program.source.id)) continue;
    let failed = false;
    let unknown = false;
    const roots = program.roots;
    for (let index = 0; index < roots.length; index++) {
      const value = run(code, roots[index], ctx);
      if (value === false) {
        failed = true;
        break;
      }
      if (value === undefined) unknown = true;
    }
    if (!failed) {
      const dependencies = program.dependencyIndexes;
      for (let index = 0; index < dependencies.length; index++) {
        const other = statuses[dependencies[index].index];
        if (other === undefined) continue;
        if (other === 'maybe') unknown = true;
        else if ((other === 'likely') !== dependencies[index].requires) failed = true;
      }
    }
    statuses[position] = failed ? 'unlikely' : unknown ? 'maybe' : 'likely';
  }
  return { ids: compiled.programIds, statuses };
}

/** The status of program `id` in an `evaluateStatuses` result. */
export function statusOf(result: ProgramStatuses, id: string): Status | undefined {
  const index = result.ids.indexOf(id);
  return index < 0 ? undefined : result.statuses[index];
}

function isCompiled(value: unknown): value is CompiledRuleSet {
  return (
    typeof value === 'object' && value !== null && 'paramCache' in value && 'factOrder' in value
  );
}

let lastAsOf = { text: '', date: 0 };

export function resolveAsOf(asOf: string | Date | undefined, timeZone: string | undefined): number {
  if (typeof asOf === 'string') {
    if (asOf === lastAsOf.text) return lastAsOf.date;
    const date = parseIsoDate(asOf);
    if (date === undefined)
      throw new EligibilityError(
        'invalid-date',
        `asOf "${asOf.slice(0, 40)}" must be a date written YYYY-MM-DD`,
      );
    lastAsOf = { text: asOf, date };
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

/** What reading answers and building a context needs: a rule set, or a set of conditions. */
export type AnswerModel = Pick<
  CompiledRuleSet,
  | 'factList'
  | 'factPaths'
  | 'slots'
  | 'limits'
  | 'conversions'
  | 'leapDay'
  | 'parameters'
  | 'paramCache'
>;

/** Builds the evaluation context: answers checked and normalised, parameters for the date. */
export function createContext(compiled: AnswerModel, answers: unknown, asOf: number): EvalContext {
  let params = compiled.paramCache.get(asOf);
  if (!params) {
    if (compiled.paramCache.size > PARAMETER_CACHE_DATES) compiled.paramCache.clear();
    params = new Map();
    compiled.paramCache.set(asOf, params);
  }
  return {
    facts: readAnswers(compiled, answers),
    slots: compiled.slots,
    member: undefined,
    asOf,
    params,
    allParams: compiled.parameters as Map<string, never>,
    work: 0,
    maxWork: compiled.limits.maxWork,
    leapDay: compiled.leapDay,
    conversions: compiled.conversions,
    used: undefined,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Answers that are not plain data can throw while being read (a getter, a Proxy trap): that is
 * an AnswerError like any other bad answer, never an error of the caller's own type.
 */
function readAnswers(compiled: AnswerModel, answers: unknown): RuntimeValue[] {
  try {
    return normalizeAnswers(compiled, answers);
  } catch (error) {
    if (error instanceof EligibilityError) throw error;
    throw new AnswerError('$', 'answers must be plain data; reading them failed');
  }
}

/** Reads only declared facts, as own properties: nothing in the answers can reach a prototype. */
function normalizeAnswers(compiled: AnswerModel, answers: unknown): RuntimeValue[] {
  const facts: RuntimeValue[] = new Array<RuntimeValue>(compiled.factList.length).fill(undefined);
  if (answers === undefined || answers === null) return facts;
  if (!isPlainObject(answers))
    throw new AnswerError('$', 'answers must be an object of answers by fact id');
  rejectForbiddenKeys(answers, '$');
  const list = compiled.factList;
  for (let slot = 0; slot < list.length; slot++) {
    const fact = list[slot];
    // Fact ids never name an Object.prototype member (the loader rejects them), so a value found
    // here is the answer's own property.
    const raw = answers[fact.id];
    if (raw !== undefined)
      facts[slot] = normalizeAnswer(compiled, fact, raw, compiled.factPaths[slot]);
  }
  return facts;
}

function rejectForbiddenKeys(answers: Record<string, unknown>, path: string): void {
  for (const key of FORBIDDEN_KEYS) {
    if (Object.hasOwn(answers, key))
      throw new AnswerError(`${path}.${key}`, `uses the forbidden key "${key}"`);
  }
}

function normalizeAnswer(
  compiled: AnswerModel,
  fact: FactDefinition,
  raw: unknown,
  path: string,
): RuntimeValue {
  if (raw === undefined || raw === null) return undefined;
  const limits = compiled.limits;
  if (typeof raw === 'string' && raw.length > limits.maxStringLength)
    throw new AnswerError(path, 'is too long');
  switch (fact.type) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      throw new AnswerError(path, 'must be true or false');
    case 'number':
      if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
      throw new AnswerError(path, 'must be a number');
    case 'money': {
      if (typeof raw === 'number' && Number.isFinite(raw))
        return raw * compiled.conversions[fact.period ?? 'month'];
      if (
        isPlainObject(raw) &&
        typeof raw.amount === 'number' &&
        Number.isFinite(raw.amount) &&
        PERIODS.includes(raw.period as Period)
      ) {
        return raw.amount * compiled.conversions[raw.period as Period];
      }
      throw new AnswerError(path, 'must be an amount, or {"amount": 2100, "period": "month"}');
    }
    case 'date': {
      const date = typeof raw === 'string' ? parseIsoDate(raw) : undefined;
      if (date === undefined) throw new AnswerError(path, 'must be a date written YYYY-MM-DD');
      return date;
    }
    case 'enum':
      if (typeof raw === 'string' && (fact.options ?? []).includes(raw)) return raw;
      throw new AnswerError(path, `must be one of: ${(fact.options ?? []).join(', ')}`);
    case 'text':
      if (typeof raw === 'string') return raw;
      throw new AnswerError(path, 'must be text');
    case 'jurisdiction': {
      if (!isPlainObject(raw))
        throw new AnswerError(
          path,
          'must be {"state": "CA", "county": "06037", "city": "Los Angeles"}',
        );
      const place: Place = {};
      if (raw.state !== undefined && raw.state !== null) {
        const state = typeof raw.state === 'string' ? raw.state.trim().toUpperCase() : '';
        if (!STATE_CODES.has(state))
          throw new AnswerError(
            `${path}.state`,
            'must be a two-letter state or territory postal code',
          );
        place.state = state;
      }
      if (raw.county !== undefined && raw.county !== null) {
        if (typeof raw.county !== 'string' || !/^\d{5}$/.test(raw.county))
          throw new AnswerError(`${path}.county`, 'must be a five-digit county FIPS code');
        place.county = raw.county;
      }
      if (raw.city !== undefined && raw.city !== null) {
        if (typeof raw.city !== 'string' || raw.city.length > MAX_CITY_LENGTH)
          throw new AnswerError(`${path}.city`, 'must be a city name');
        place.city = raw.city.trim().toLowerCase();
      }
      return place;
    }
    case 'members': {
      if (!Array.isArray(raw)) throw new AnswerError(path, 'must be a list of household members');
      if (raw.length > limits.maxMembers)
        throw new LimitError(`${path} lists more than ${limits.maxMembers} household members`);
      return raw.map((member, index) => {
        const at = `${path}[${index}]`;
        if (!isPlainObject(member))
          throw new AnswerError(at, 'each household member must be an object');
        rejectForbiddenKeys(member, at);
        const memberFacts = fact.facts ?? [];
        const record: MemberRecord = new Array<RuntimeValue>(memberFacts.length).fill(undefined);
        for (let slot = 0; slot < memberFacts.length; slot++) {
          const memberFact = memberFacts[slot];
          if (Object.hasOwn(member, memberFact.id)) {
            record[slot] = normalizeAnswer(
              compiled,
              memberFact,
              member[memberFact.id],
              `${at}.${memberFact.id}`,
            );
          }
        }
        return record;
      }) as MemberRecord[];
    }
  }
}

const NO_ARGS: Record<string, ResultArg> = Object.freeze({}) as Record<string, ResultArg>;
const NOTHING_MISSING: string[] = Object.freeze([]) as unknown as string[];

function evaluateProgram(
  compiled: CompiledRuleSet,
  program: CompiledProgram,
  ctx: EvalContext,
  done: Map<string, ProgramResult>,
): ProgramResult {
  const criteria: CriterionResult[] = [];
  let failed = false;
  let unknown = false;
  ctx.used = program.params.length > 0 ? new Set() : undefined;
  for (let index = 0; index < program.criteria.length; index++) {
    const result = evaluateCriterion(compiled, program.criteria[index], program.roots[index], ctx);
    if (result.status === 'unmet') failed = true;
    else if (result.status === 'unknown') unknown = true;
    criteria.push(result);
  }
  for (const [kind, otherId] of program.dependencies) {
    const other = done.get(otherId);
    if (!other) continue;
    const positive = kind === 'requires' ? 'likely' : 'unlikely';
    const negative = kind === 'requires' ? 'unlikely' : 'likely';
    const status: CriterionStatus =
      other.status === positive ? 'met' : other.status === negative ? 'unmet' : 'unknown';
    if (status === 'unmet') failed = true;
    else if (status === 'unknown') unknown = true;
    criteria.push({
      id: `${kind}.${otherId}`,
      status,
      message: `eligibility.criterion.${kind}.${status}`,
      args: { program: other.name },
      citation: undefined,
      missing: status === 'unknown' ? [...other.missing] : NOTHING_MISSING,
    });
  }
  const status: Status = failed ? 'unlikely' : unknown ? 'maybe' : 'likely';
  let missing = NOTHING_MISSING;
  if (status === 'maybe') {
    const seen = new Set<string>();
    for (const criterion of criteria) for (const id of criterion.missing) seen.add(id);
    missing = [...seen];
  }
  return {
    id: program.source.id,
    name: program.source.name,
    status,
    criteria,
    missing,
    citations: program.params.length > 0 ? programCitations(program, ctx) : program.citations,
    links: program.links,
  };
}

function evaluateCriterion(
  compiled: CompiledRuleSet,
  criterion: CompiledCriterion,
  root: number,
  ctx: EvalContext,
): CriterionResult {
  const value = run(compiled.code, root, ctx);
  const status: CriterionStatus = value === true ? 'met' : value === false ? 'unmet' : 'unknown';
  let args = NO_ARGS;
  if (criterion.args.length > 0) {
    args = {};
    for (const [name, node] of criterion.args) {
      const arg = toResultArg(node, node.ev(ctx), criterion.period, compiled);
      if (arg !== undefined) args[name] = arg;
    }
  }
  let missing = NOTHING_MISSING;
  if (status === 'unknown') {
    const found = new Set<string>();
    collectMissing(criterion.node, ctx, found, undefined);
    missing = [...found];
  }
  return {
    id: criterion.id,
    status,
    message: criterion.messages[status],
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

/**
 * Finds the unanswered facts under an unknown node. Known branches are skipped: an answer under
 * a branch that is already decided cannot change the result, so it is never asked for.
 */
export function collectMissing(
  node: CompiledNode,
  ctx: EvalContext,
  out: Set<string>,
  members: { id: string; index: number } | undefined,
): void {
  if (node.ev(ctx) !== undefined) return;
  if (node.ref) {
    if (node.ref.scope === 'fact') out.add(node.ref.id);
    else if (members) out.add(`${members.id}[${members.index}].${node.ref.id}`);
    return;
  }
  for (const id of node.implicit ?? []) {
    const place = ctx.facts[ctx.slots.get(id) ?? -1] as Place | undefined;
    if (place === undefined || place.state === undefined || node.kids.length === 0) out.add(id);
  }
  if (node.over) {
    const list = ctx.facts[ctx.slots.get(node.over) ?? -1] as MemberRecord[] | undefined;
    if (list === undefined) {
      out.add(node.over);
      return;
    }
    const saved = ctx.member;
    try {
      list.forEach((member, index) => {
        ctx.member = member;
        for (const kid of node.kids)
          collectMissing(kid, ctx, out, { id: node.over as string, index });
      });
    } finally {
      ctx.member = saved;
    }
    return;
  }
  for (const kid of node.kids) collectMissing(kid, ctx, out, members);
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
