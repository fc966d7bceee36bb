/**
 * Export to JSON Logic: every program as one rule, parameters inlined as their values on one
 * date, money as bare amounts in each fact's period.
 */
import type { CompiledRuleSet } from '../compiled.js';
import { loaded } from '../document/rule-set.js';
import type { OperatorEntry } from '../operators/entry.js';
import { CONDITIONS, VALUES } from '../operators/registry.js';
import { resolveParam } from '../runtime/context.js';
import { createContext } from '../evaluate/answers.js';
import { EligibilityError } from '../errors.js';
import type { Condition, Expression, FactDefinition, Period, RuleSet } from '../types.js';
import { parseIsoDate } from '../values.js';
import { JsonLogicError } from './json-logic-types.js';
import type { JsonLogic } from './json-logic-types.js';

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
