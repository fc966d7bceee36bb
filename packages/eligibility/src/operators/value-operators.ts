/**
 * Registry entries of the operators that stand as values (and `fact` and `member`, which also
 * stand as yes/no conditions). Adding an operator: one entry here or in condition-operators.ts,
 * plus its tests; `npm run generate -w @plaza/eligibility` rewrites schema.json and the reference
 * in docs/eligibility/operators.md.
 */
import { age, aggregate, fpl, ifThen, lookup } from './aggregates.js';
import type { CompileOperator, OperatorEntry } from './entry.js';
import { arithmetic, factRef, memberRef, moneyOf, paramRef, round } from './values.js';
import { MAX_OPERANDS } from '../limits.js';
import { constant } from '../runtime/tree.js';
import { parseIsoDate } from '../values.js';

/** `fact` and `member` as a condition: only a yes/no fact can stand alone. */
const yesNo =
  (read: CompileOperator): CompileOperator =>
  (c, arg, at, depth, scope) => {
    const node = read(c, arg, at, depth, scope);
    if (node && node.type !== 'boolean') {
      c.fail(
        at,
        `"${String(arg)}" is a ${node.type} fact; compare it with an operator such as "==" or "<="`,
      );
      return undefined;
    }
    return node;
  };

const readFact: CompileOperator = (c, arg, at, _depth, scope) => factRef(c, arg, at, scope);
const readMember: CompileOperator = (c, arg, at, _depth, scope) => memberRef(c, arg, at, scope);

const ARITHMETIC: [string, { min: number; max: number }, string, unknown][] = [
  ['+', { min: 1, max: MAX_OPERANDS }, 'Adds the values.', [{ fact: 'wages' }, { fact: 'tips' }]],
  [
    '-',
    { min: 1, max: 2 },
    'Subtracts the second value from the first, or negates one value.',
    [{ fact: 'monthlyIncome' }, { param: 'standardDeduction' }],
  ],
  [
    '*',
    { min: 1, max: MAX_OPERANDS },
    'Multiplies the values (at most one of them money).',
    [{ fact: 'monthlyEarnedIncome' }, 0.2],
  ],
  ['/', { min: 2, max: 2 }, 'Divides the first value by the second.', [{ fact: 'rent' }, 2]],
  ['min', { min: 1, max: MAX_OPERANDS }, 'The smallest value.', [{ fact: 'shelter' }, 744]],
  ['max', { min: 1, max: MAX_OPERANDS }, 'The largest value.', [{ money: [0, 'month'] }, 5]],
];

const arithmeticEntries = ARITHMETIC.map(([name, arity, summary, example]): OperatorEntry => ({
  name,
  value: (c, arg, at, depth, scope) => arithmetic(c, name, arity, arg, at, depth, scope),
  arity,
  types: {
    takes: 'numbers, or money with numbers where that makes sense',
    gives: 'number or money',
  },
  schema: ({ values }) => values(arity),
  jsonLogic: { name, shape: 'list' },
  docs: { summary, example },
}));

const overMembers = (name: 'count' | 'sum'): OperatorEntry => ({
  name,
  value: (c, arg, at, depth, scope) => aggregate(c, name, arg, at, depth, scope),
  types:
    name === 'count'
      ? { takes: 'a members fact, and optionally a condition', gives: 'number' }
      : {
          takes: 'a members fact, a value per member, optionally a condition',
          gives: 'number or money',
        },
  schema: ({ record, id, condition, value }) =>
    name === 'count'
      ? record({ of: id, where: condition }, ['of'])
      : record({ of: id, value, where: condition }, ['of', 'value']),
  jsonLogic: { none: 'JSON Logic has no household members' },
  docs:
    name === 'count'
      ? {
          summary: 'How many household members there are (that meet the condition, if given).',
          example: { of: 'householdMembers' },
        }
      : {
          summary: 'The total of a value over the household members (that meet the condition).',
          example: { of: 'householdMembers', value: { member: 'earnings' } },
        },
});

const guideline = (name: 'fpl' | 'percentOfFpl'): OperatorEntry => ({
  name,
  value: (c, arg, at, depth, scope) => fpl(c, name, arg, at, depth, scope),
  types:
    name === 'fpl'
      ? { takes: 'household size and a percentage', gives: 'money' }
      : { takes: 'income and household size', gives: 'number (a percentage)' },
  schema: ({ record, value, period, ref, id }) =>
    name === 'fpl'
      ? record(
          {
            size: value,
            percent: value,
            period,
            year: value,
            rounding: ref('rounding'),
            fact: id,
            param: id,
          },
          ['size', 'percent'],
        )
      : record({ income: value, size: value, year: value, fact: id, param: id }, [
          'income',
          'size',
        ]),
  jsonLogic: { none: 'JSON Logic has no poverty guidelines' },
  docs:
    name === 'fpl'
      ? {
          summary:
            'A percentage of the HHS poverty guideline for the household size, for the area the household lives in.',
          example: { size: { count: { of: 'householdMembers' } }, percent: 130 },
        }
      : {
          summary: 'Income as a percentage of the poverty guideline for the household size.',
          example: {
            income: { fact: 'monthlyIncome' },
            size: { count: { of: 'householdMembers' } },
          },
        },
});

export const VALUE_OPERATORS: readonly OperatorEntry[] = [
  {
    name: 'fact',
    condition: yesNo(readFact),
    value: readFact,
    types: { takes: 'a fact id', gives: "the fact's kind (a yes/no fact is a condition)" },
    schema: ({ id }) => id,
    jsonLogic: { name: 'var', shape: 'variable' },
    docs: {
      summary: 'The answer to a question; unknown until answered.',
      example: 'monthlyIncome',
    },
  },
  {
    name: 'member',
    condition: yesNo(readMember),
    value: readMember,
    types: { takes: 'a member fact id', gives: "the fact's kind" },
    schema: ({ id }) => id,
    jsonLogic: { none: 'JSON Logic has no household members' },
    docs: {
      summary: 'Inside count, sum, some or every: the answer for the member being looked at.',
      example: 'dateOfBirth',
    },
  },
  {
    name: 'param',
    value: (c, arg, at) => paramRef(c, arg, at),
    types: { takes: 'a parameter id', gives: "the parameter's kind" },
    schema: ({ id }) => id,
    jsonLogic: { shape: 'parameter' },
    docs: {
      summary: 'A dated, cited parameter: the value in force on the evaluation date.',
      example: 'snap.shelterCap',
    },
  },
  {
    name: 'date',
    value: (c, arg, at) => {
      const date = typeof arg === 'string' ? parseIsoDate(arg) : undefined;
      if (date === undefined) {
        c.fail(at, 'must be a date written YYYY-MM-DD');
        return undefined;
      }
      return constant(date, 'date');
    },
    types: { takes: 'YYYY-MM-DD', gives: 'date' },
    schema: ({ isoDate }) => isoDate,
    jsonLogic: { none: 'JSON Logic has no dates' },
    docs: { summary: 'A calendar date.', example: '2025-10-01' },
  },
  {
    name: 'asOf',
    value: () => ({ type: 'date', kids: [], ev: (ctx) => ctx.asOf }),
    types: { takes: '{}', gives: 'date' },
    schema: () => ({ type: 'object', maxProperties: 0 }),
    jsonLogic: { none: 'JSON Logic has no dates' },
    docs: { summary: 'The date the rules are applied for (the evaluation date).', example: {} },
  },
  {
    name: 'money',
    value: moneyOf,
    types: { takes: 'a number and a period', gives: 'money (per month)' },
    schema: ({ tuple, value, period }) => tuple(value, period),
    jsonLogic: { shape: 'amount' },
    docs: {
      summary: 'An amount of money in a period, compared per month to the cent.',
      example: [2000, 'month'],
    },
  },
  ...arithmeticEntries,
  {
    name: 'round',
    value: round,
    arity: { min: 2, max: 3 },
    types: {
      takes: 'a number or money, "up" | "down" | "nearest", and a step',
      gives: 'the same kind',
    },
    schema: () => ({
      type: 'array',
      prefixItems: [
        { $ref: '#/$defs/expression' },
        { enum: ['up', 'down', 'nearest'] },
        { type: 'number', exclusiveMinimum: 0 },
      ],
      minItems: 2,
      maxItems: 3,
    }),
    jsonLogic: { none: 'JSON Logic has no rounding' },
    docs: {
      summary: 'Rounds up, down or to the nearest step (default 1).',
      example: [{ fact: 'x' }, 'down', 1],
    },
  },
  overMembers('count'),
  overMembers('sum'),
  {
    name: 'age',
    value: age,
    types: {
      takes: 'a date of birth, and optionally the date to count to',
      gives: 'number (whole years)',
    },
    schema: ({ record, value }) => record({ dob: value, on: value }, ['dob']),
    jsonLogic: { none: 'JSON Logic has no dates' },
    docs: {
      summary: 'Age in whole years on the evaluation date (or `on`).',
      example: { dob: { member: 'dateOfBirth' } },
    },
  },
  guideline('fpl'),
  guideline('percentOfFpl'),
  {
    name: 'lookup',
    value: lookup,
    types: { takes: 'a table parameter and a key', gives: 'number or money' },
    schema: ({ record, id, value }) => record({ table: id, key: value }, ['table', 'key']),
    jsonLogic: { none: 'JSON Logic has no dated tables' },
    docs: {
      summary: 'The value for a key in a table parameter; unknown when the key is not in it.',
      example: { table: 'snap.standardDeduction', key: { count: { of: 'householdMembers' } } },
    },
  },
  {
    name: 'if',
    value: ifThen,
    types: { takes: 'a condition and two values of one kind', gives: 'that kind' },
    schema: ({ tuple, condition, value }) => tuple(condition, value, value),
    jsonLogic: { name: 'if', shape: 'choice' },
    docs: {
      summary:
        'The first value when the condition is true, the second when false; when it is unknown, known only if both are equal.',
      example: [{ fact: 'veteran' }, 100, 50],
    },
  },
];
