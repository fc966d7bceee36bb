/**
 * Registry entries of the operators that stand as conditions (true, false or unknown). `fact`
 * and `member` stand as both and are in value-operators.ts. Adding an operator: one entry here
 * or there, plus its tests; `npm run generate -w @plaza/eligibility` rewrites schema.json and the
 * reference in docs/eligibility/operators.md.
 */
import { isObject } from '../document/checker.js';
import type { CompileOperator, OperatorEntry } from './entry.js';
import { comparison, inCondition, livesIn, quantifier } from './conditions.js';
import { allNode, anyNode, notNode } from '../runtime/tree.js';
import type { CompiledNode } from '../runtime/tree.js';
import { child } from '../document/read-json.js';

/** `all` and `any`: a list of conditions. */
const junction =
  (name: 'all' | 'any'): CompileOperator =>
  (c, arg, at, depth, scope) => {
    if (!Array.isArray(arg)) {
      c.fail(at, `"${name}" takes a list of conditions`);
      return undefined;
    }
    const kids = arg.map((item, index) => c.condition(item, child(at, index), depth + 1, scope));
    if (kids.some((kid) => !kid)) return undefined;
    return name === 'all' ? allNode(kids as CompiledNode[]) : anyNode(kids as CompiledNode[]);
  };

const COMPARISON_DOCS: Record<string, [string, string, unknown]> = {
  '==': [
    '===',
    'equal (text, yes/no, numbers, money to the cent, dates)',
    [{ fact: 'housing' }, 'rent'],
  ],
  '!=': ['!==', 'not equal', [{ fact: 'housing' }, 'own']],
  '<': ['<', 'less than (numbers, money, dates)', [{ fact: 'moveInDate' }, { date: '2025-10-01' }]],
  '<=': ['<=', 'at most', [{ fact: 'monthlyIncome' }, { money: [2888, 'month'] }]],
  '>': ['>', 'more than', [{ fact: 'count' }, 2]],
  '>=': ['>=', 'at least', [{ age: { dob: { fact: 'dateOfBirth' } } }, 60]],
};

const comparisons: OperatorEntry[] = Object.entries(COMPARISON_DOCS).map(
  ([name, [jsonLogic, meaning, example]]) => ({
    name,
    condition: (c, arg, at, depth, scope) => comparison(c, name, arg, at, depth, scope),
    types: {
      takes:
        name === '==' || name === '!='
          ? 'two values of one kind'
          : 'two numbers, amounts of money or dates',
      gives: 'condition',
    },
    schema: ({ tuple, value }) => tuple(value, value),
    jsonLogic: {
      name: jsonLogic,
      shape: 'compare',
      ...(name === '==' || name === '!=' ? { aliases: [name] } : {}),
    },
    docs: { summary: `True when the first value is ${meaning} the second.`, example },
  }),
);

export const CONDITION_OPERATORS: readonly OperatorEntry[] = [
  {
    name: 'all',
    condition: junction('all'),
    types: { takes: 'a list of conditions', gives: 'condition' },
    schema: ({ list, condition }) => list(condition),
    jsonLogic: { name: 'and', shape: 'list' },
    docs: {
      summary:
        'True when every condition is true; false when any is false, even if others are unknown.',
      example: [{ fact: 'student' }, { not: { fact: 'hasMedicare' } }],
    },
  },
  {
    name: 'any',
    condition: junction('any'),
    types: { takes: 'a list of conditions', gives: 'condition' },
    schema: ({ list, condition }) => list(condition),
    jsonLogic: { name: 'or', shape: 'list' },
    docs: {
      summary: 'True when any condition is true; false when every one is false.',
      example: [{ fact: 'receivesSnap' }, { fact: 'receivesSsi' }],
    },
  },
  {
    name: 'not',
    condition: (c, arg, at, depth, scope) => {
      const kid = c.condition(arg, at, depth + 1, scope);
      return kid ? notNode(kid) : undefined;
    },
    types: { takes: 'a condition', gives: 'condition' },
    schema: ({ condition }) => condition,
    jsonLogic: { name: '!', shape: 'negate' },
    docs: {
      summary: 'Swaps true and false; unknown stays unknown.',
      example: { fact: 'hasMedicare' },
    },
  },
  ...comparisons,
  {
    name: 'in',
    condition: inCondition,
    types: { takes: 'a value and a list of values of its kind', gives: 'condition' },
    schema: ({ list, tuple, value }) => tuple(value, list(value)),
    jsonLogic: { name: 'in', shape: 'membership' },
    docs: {
      summary: 'True when the value (text, a number or a date) is one of the list.',
      example: [{ fact: 'taxFilingStatus' }, ['single', 'married-joint']],
    },
  },
  ...(['some', 'every'] as const).map((name): OperatorEntry => ({
    name,
    condition: (c, arg, at, depth, scope) => quantifier(c, name, arg, at, depth, scope),
    types: { takes: 'a members fact and a condition on each member', gives: 'condition' },
    schema: ({ record, id, condition }) => record({ of: id, where: condition }, ['of', 'where']),
    jsonLogic: { none: 'JSON Logic has no household members' },
    docs: {
      summary:
        name === 'some'
          ? 'True when the condition is true for at least one household member.'
          : 'True when the condition is true for every household member.',
      example: { of: 'householdMembers', where: { member: 'pregnant' } },
    },
  })),
  {
    name: 'livesIn',
    condition: (c, arg, at) => {
      if (!isObject(arg)) {
        c.fail(at, 'takes an object such as {"state": ["CA"]}');
        return undefined;
      }
      return livesIn(c, arg, at);
    },
    types: { takes: 'states, county FIPS codes and/or cities', gives: 'condition' },
    schema: ({ ref }) => ref('jurisdictionMatch'),
    jsonLogic: { none: 'JSON Logic has no places' },
    docs: {
      summary: 'True when the household lives in one of the places (lists mean "any of").',
      example: { state: ['CA', 'NV'] },
    },
  },
  {
    name: 'answered',
    condition: (c, arg, at) => {
      if (typeof arg !== 'string' || !c.facts.has(arg)) {
        c.fail(at, `"answered" takes the id of a declared fact`);
        return undefined;
      }
      const slot = c.slotOf(arg);
      return { type: 'boolean', kids: [], ev: (ctx) => ctx.facts[slot] !== undefined };
    },
    types: { takes: 'a fact id', gives: 'condition (never unknown)' },
    schema: ({ id }) => id,
    jsonLogic: { none: 'JSON Logic has no unknown answers' },
    docs: {
      summary: 'True when the question has an answer, false when it has none.',
      example: 'dateOfBirth',
    },
  },
];
