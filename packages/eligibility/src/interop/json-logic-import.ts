/** Import from JSON Logic: a rule in the supported subset read back as a condition. */
import { CONDITIONS, VALUES } from '../operators/registry.js';
import type { Condition, Expression, FactDefinition, Period } from '../types.js';
import { DEFAULT_CONVERSIONS } from '../values.js';
import { fromJsonLogicNames, JsonLogicError } from './json-logic-types.js';
import type { JsonLogic } from './json-logic-types.js';

/** Our operator for each JSON Logic name (and alias) the registry maps, where it stands. */
const FROM_CONDITION = fromJsonLogicNames(CONDITIONS);
const FROM_VALUE = fromJsonLogicNames(VALUES);

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
