/**
 * Import and export of a documented subset of JSON Logic (https://jsonlogic.com).
 *
 * JSON Logic has no unknown value (a missing `var` is null), no money periods and no dates, so
 * only part of the rule format maps onto it. Supported both ways: and/or/! (all/any/not),
 * ===/!== (==/!=), <, <=, >, >=, in (with a literal list), var (facts), +, -, *, /, min, max,
 * if, and number, text and boolean literals. Export inlines parameters as their values on one
 * date and writes money as monthly amounts. Anything else (dates, ages, members, poverty
 * guidelines, lookups, livesIn) is refused with an error naming the rule path.
 */
import type { CompiledRuleSet } from './compiled.js';
import { loaded } from './document/rule-set.js';
import type { OperatorEntry } from './operators/entry.js';
import { CONDITIONS, VALUES } from './operators/registry.js';
import { resolveParam } from './runtime/context.js';
import { createContext } from './evaluate/answers.js';
import { EligibilityError } from './errors.js';
import type { Condition, Expression, FactDefinition, Period, RuleSet } from './types.js';
import { DEFAULT_CONVERSIONS, parseIsoDate } from './values.js';

export type JsonLogic =
  boolean | number | string | null | JsonLogic[] | { [operator: string]: JsonLogic };

/** A rule cannot be written in (or read from) the JSON Logic subset. */
export class JsonLogicError extends EligibilityError {
  readonly path: string;
  constructor(path: string, message: string) {
    super('json-logic-unsupported', `${path}: ${message}`);
    this.name = 'JsonLogicError';
    this.path = path;
  }
}

/** Our operator for each JSON Logic name (and alias) the registry maps, where it stands. */
const FROM_CONDITION = fromJsonLogicNames(CONDITIONS);
const FROM_VALUE = fromJsonLogicNames(VALUES);

function fromJsonLogicNames(
  operators: ReadonlyMap<string, OperatorEntry>,
): ReadonlyMap<string, OperatorEntry> {
  const names = new Map<string, OperatorEntry>();
  for (const entry of operators.values()) {
    const mapping = entry.jsonLogic;
    if (!('name' in mapping)) continue;
    for (const name of [mapping.name, ...(mapping.aliases ?? [])]) names.set(name, entry);
  }
  return names;
}

/** Why `op` cannot be exported, in the registry's words. */
function unsupported(at: string, op: string, entry: OperatorEntry | undefined): JsonLogicError {
  const mapping = entry?.jsonLogic;
  const why = mapping && 'none' in mapping ? `: ${mapping.none}` : '';
  return new JsonLogicError(
    at,
    `"${op}" has no JSON Logic equivalent in the supported subset${why}`,
  );
}

/**
 * Exports every program as one JSON Logic rule (`and` of its criteria), keyed by program id.
 * Data for these rules is the answers object with money as bare numbers in each fact's period.
 */
export function toJsonLogic(
  ruleSet: CompiledRuleSet | RuleSet,
  options: { asOf: string },
): Record<string, JsonLogic> {
  const compiled = loaded(ruleSet);
  const asOf = parseIsoDate(options.asOf);
  if (asOf === undefined)
    throw new EligibilityError('invalid-date', 'asOf must be a date written YYYY-MM-DD');
  const ctx = createContext(compiled, {}, asOf);
  const out: Record<string, JsonLogic> = {};
  compiled.source.programs.forEach((program, programIndex) => {
    const path = `$.programs[${programIndex}]`;
    if (program.jurisdiction && Object.keys(program.jurisdiction).length > 0) {
      throw new JsonLogicError(
        `${path}.jurisdiction`,
        'JSON Logic has no "lives in"; remove the jurisdiction to export',
      );
    }
    if (program.requires?.length || program.excludes?.length) {
      throw new JsonLogicError(
        path,
        'JSON Logic cannot refer to other programs (requires/excludes)',
      );
    }
    const criteria = program.criteria.map((criterion, index) =>
      exportCondition(criterion.when, `${path}.criteria[${index}].when`, compiled, ctx),
    );
    out[program.id] = criteria.length === 1 ? criteria[0] : { and: criteria };
  });
  return out;
}

function exportCondition(
  condition: Condition,
  path: string,
  compiled: CompiledRuleSet,
  ctx: ReturnType<typeof createContext>,
): JsonLogic {
  if (typeof condition === 'boolean') return condition;
  const [op, arg] = Object.entries(condition)[0] as [string, unknown];
  const at = `${path}.${op}`;
  const entry = CONDITIONS.get(op);
  const mapping = entry?.jsonLogic;
  if (!mapping || !('name' in mapping)) throw unsupported(at, op, entry);
  switch (mapping.shape) {
    case 'list':
      return {
        [mapping.name]: (arg as Condition[]).map((item, index) =>
          exportCondition(item, `${at}[${index}]`, compiled, ctx),
        ),
      };
    case 'negate':
      return { [mapping.name]: [exportCondition(arg as Condition, at, compiled, ctx)] };
    case 'variable':
      return exportExpression(condition as Expression, path, compiled, ctx);
    case 'membership': {
      const [needle, list] = arg as [Expression, Expression[]];
      return {
        [mapping.name]: [
          exportExpression(needle, `${at}[0]`, compiled, ctx),
          list.map((item, index) => exportExpression(item, `${at}[1][${index}]`, compiled, ctx)),
        ],
      };
    }
    case 'compare': {
      const [left, right] = arg as [Expression, Expression];
      return {
        [mapping.name]: [
          exportExpression(left, `${at}[0]`, compiled, ctx),
          exportExpression(right, `${at}[1]`, compiled, ctx),
        ],
      };
    }
    case 'choice':
      throw unsupported(at, op, entry);
  }
}

function exportExpression(
  expression: Expression,
  path: string,
  compiled: CompiledRuleSet,
  ctx: ReturnType<typeof createContext>,
): JsonLogic {
  if (
    typeof expression === 'number' ||
    typeof expression === 'string' ||
    typeof expression === 'boolean'
  )
    return expression;
  const [op, arg] = Object.entries(expression)[0] as [string, unknown];
  const at = `${path}.${op}`;
  const entry = VALUES.get(op);
  const mapping = entry?.jsonLogic;
  if (!mapping || 'none' in mapping) throw unsupported(at, op, entry);
  switch (mapping.shape) {
    case 'variable': {
      const fact = compiled.facts.get(arg as string) as FactDefinition;
      if (fact.type === 'money') {
        const factor = compiled.conversions[fact.period ?? 'month'];
        return factor === 1 ? { var: fact.id } : { '*': [{ var: fact.id }, factor] };
      }
      if (['boolean', 'number', 'enum', 'text'].includes(fact.type)) return { var: fact.id };
      throw new JsonLogicError(at, `${fact.type} facts have no JSON Logic equivalent`);
    }
    case 'parameter': {
      const value = resolveParam(ctx, arg as string)?.value;
      if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') {
        throw new JsonLogicError(
          at,
          `parameter "${String(arg)}" has no value on that date, or is not a single value`,
        );
      }
      return value;
    }
    case 'amount': {
      const [amount, period] = arg as [Expression, Period];
      const inner = exportExpression(amount, `${at}[0]`, compiled, ctx);
      const factor = compiled.conversions[period];
      if (typeof inner === 'number') return inner * factor;
      return factor === 1 ? inner : { '*': [inner, factor] };
    }
    case 'list':
      return {
        [mapping.name]: (arg as Expression[]).map((item, index) =>
          exportExpression(item, `${at}[${index}]`, compiled, ctx),
        ),
      };
    case 'choice': {
      const [test, yes, no] = arg as [Condition, Expression, Expression];
      return {
        [mapping.name]: [
          exportCondition(test, `${at}[0]`, compiled, ctx),
          exportExpression(yes, `${at}[1]`, compiled, ctx),
          exportExpression(no, `${at}[2]`, compiled, ctx),
        ],
      };
    }
    case 'negate':
    case 'compare':
    case 'membership':
      throw unsupported(at, op, entry);
  }
}

/**
 * Imports a JSON Logic rule as a condition. Every `var` must name one of `facts`; a comparison
 * between a money fact and a plain number reads the number in that fact's period.
 */
export function fromJsonLogic(logic: JsonLogic, facts: FactDefinition[], path = '$'): Condition {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return importCondition(logic, path, byId, 0);
}

function operatorOf(logic: JsonLogic, path: string): [string, JsonLogic[]] {
  if (logic === null || typeof logic !== 'object' || Array.isArray(logic)) {
    throw new JsonLogicError(path, 'expected an object with one operator');
  }
  const keys = Object.keys(logic);
  if (keys.length !== 1)
    throw new JsonLogicError(path, 'a JSON Logic rule has exactly one operator');
  const op = keys[0];
  if (op === '__proto__' || op === 'constructor' || op === 'prototype')
    throw new JsonLogicError(path, `uses the forbidden key "${op}"`);
  const value = logic[op];
  return [op, Array.isArray(value) ? value : [value]];
}

function importCondition(
  logic: JsonLogic,
  path: string,
  facts: Map<string, FactDefinition>,
  depth: number,
): Condition {
  if (depth > 32) throw new JsonLogicError(path, 'is nested too deeply');
  if (typeof logic === 'boolean') return logic;
  const [op, args] = operatorOf(logic, path);
  const at = `${path}.${op}`;
  const next = (item: JsonLogic, index: number): Condition =>
    importCondition(item, `${at}[${index}]`, facts, depth + 1);
  const entry = FROM_CONDITION.get(op) ?? FROM_VALUE.get(op);
  const mapping = entry?.jsonLogic;
  if (!entry || !mapping || !('name' in mapping) || (!entry.condition && mapping.shape === 'list'))
    throw new JsonLogicError(at, `"${op}" is not in the supported JSON Logic subset`);
  switch (mapping.shape) {
    case 'list':
      return { [entry.name]: args.map(next) } as Condition;
    case 'negate':
      return { [entry.name]: next(args[0], 0) } as Condition;
    case 'variable': {
      const expression = importExpression(logic, path, facts, depth);
      const fact = facts.get((expression as { fact: string }).fact);
      if (fact?.type !== 'boolean')
        throw new JsonLogicError(path, 'only a boolean fact can stand alone as a condition');
      return expression as Condition;
    }
    case 'membership': {
      if (args.length !== 2 || !Array.isArray(args[1]))
        throw new JsonLogicError(at, `"${op}" is supported with a literal list only`);
      return {
        [entry.name]: [
          importExpression(args[0], `${at}[0]`, facts, depth + 1),
          args[1].map((item, index) =>
            importExpression(item, `${at}[1][${index}]`, facts, depth + 1),
          ),
        ],
      } as Condition;
    }
    case 'choice': {
      if (args.length !== 3)
        throw new JsonLogicError(at, `"${op}" is supported with exactly three arguments`);
      const test = next(args[0], 0);
      return {
        any: [{ all: [test, next(args[1], 1)] }, { all: [{ not: test }, next(args[2], 2)] }],
      };
    }
    case 'compare': {
      const ours = entry.name;
      if (args.length === 3 && (op === '<' || op === '<=')) {
        // JSON Logic's "between": a < b < c.
        return {
          all: [
            comparison(ours, args[0], args[1], `${at}`, facts, depth),
            comparison(ours, args[1], args[2], `${at}`, facts, depth),
          ],
        };
      }
      if (args.length !== 2) throw new JsonLogicError(at, `"${op}" takes two values`);
      return comparison(ours, args[0], args[1], at, facts, depth);
    }
  }
}

function comparison(
  op: string,
  a: JsonLogic,
  b: JsonLogic,
  path: string,
  facts: Map<string, FactDefinition>,
  depth: number,
): Condition {
  let left = importExpression(a, `${path}[0]`, facts, depth + 1);
  let right = importExpression(b, `${path}[1]`, facts, depth + 1);
  // A plain number compared with money is read in the money fact's period (monthly otherwise).
  const leftPeriod = moneyPeriod(left, facts);
  const rightPeriod = moneyPeriod(right, facts);
  if (leftPeriod && typeof right === 'number') right = { money: [right, leftPeriod] };
  if (rightPeriod && typeof left === 'number') left = { money: [left, rightPeriod] };
  return { [op]: [left, right] } as Condition;
}

/** The period to read plain numbers in when compared with this expression, if it is money. */
function moneyPeriod(
  expression: Expression,
  facts: Map<string, FactDefinition>,
): Period | undefined {
  if (typeof expression !== 'object') return undefined;
  if ('fact' in expression) {
    const fact = facts.get(expression.fact);
    return fact?.type === 'money' ? (fact.period ?? 'month') : undefined;
  }
  if ('money' in expression) return 'month';
  for (const op of ['+', '-', 'min', 'max', '*'] as const) {
    if (op in expression) {
      const kids = (expression as Record<string, Expression[]>)[op];
      return kids.some((kid) => moneyPeriod(kid, facts)) ? 'month' : undefined;
    }
  }
  if ('/' in expression) return moneyPeriod(expression['/'][0], facts) ? 'month' : undefined;
  return undefined;
}

function importExpression(
  logic: JsonLogic,
  path: string,
  facts: Map<string, FactDefinition>,
  depth: number,
): Expression {
  if (depth > 32) throw new JsonLogicError(path, 'is nested too deeply');
  if (typeof logic === 'number' || typeof logic === 'string' || typeof logic === 'boolean')
    return logic;
  if (logic === null)
    throw new JsonLogicError(path, 'null has no meaning here (JSON Logic null is not "unknown")');
  if (Array.isArray(logic))
    throw new JsonLogicError(path, 'a list is only supported as the second argument of "in"');
  const [op, args] = operatorOf(logic, path);
  const at = `${path}.${op}`;
  if (op === 'var') {
    if (args.length !== 1 || typeof args[0] !== 'string')
      throw new JsonLogicError(at, '"var" is supported with a fact id only (no defaults)');
    const fact = facts.get(args[0]);
    if (!fact) throw new JsonLogicError(at, `"${args[0]}" is not a declared fact`);
    return { fact: fact.id };
  }
  if (op === '*' && args.length === 2) {
    // What toJsonLogic writes for a weekly (or yearly...) money fact: {"*": [{"var": id}, factor]}.
    const [first, factor] = args;
    if (
      first &&
      typeof first === 'object' &&
      !Array.isArray(first) &&
      typeof first.var === 'string' &&
      typeof factor === 'number'
    ) {
      const fact = facts.get(first.var);
      if (
        fact?.type === 'money' &&
        Math.abs(DEFAULT_CONVERSIONS[fact.period ?? 'month'] - factor) < 1e-9
      )
        return { fact: fact.id };
    }
  }
  const mapping = FROM_VALUE.get(op)?.jsonLogic;
  const shape = mapping && 'name' in mapping ? mapping.shape : undefined;
  if (shape === 'list') {
    const kids = args.map((item, index) =>
      importExpression(item, `${at}[${index}]`, facts, depth + 1),
    );
    if (
      (op === '+' || op === '-' || op === 'min' || op === 'max') &&
      kids.some((kid) => moneyPeriod(kid, facts))
    ) {
      // Plain numbers added to money are monthly amounts, as toJsonLogic writes them.
      return {
        [op]: kids.map((kid) => (typeof kid === 'number' ? { money: [kid, 'month'] } : kid)),
      } as Expression;
    }
    return { [op]: kids } as Expression;
  }
  if (shape === 'choice' && args.length === 3) {
    return {
      if: [
        importCondition(args[0], `${at}[0]`, facts, depth + 1),
        importExpression(args[1], `${at}[1]`, facts, depth + 1),
        importExpression(args[2], `${at}[2]`, facts, depth + 1),
      ],
    };
  }
  throw new JsonLogicError(at, `"${op}" is not in the supported JSON Logic subset`);
}
