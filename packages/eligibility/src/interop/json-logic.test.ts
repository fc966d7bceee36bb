import { fromJsonLogic, toJsonLogic, JsonLogicError } from './json-logic.js';
import type { JsonLogic } from './json-logic.js';
import { evaluate } from '../evaluate.js';
import { loadRuleSet } from '../document/rule-set.js';
import { household, single } from '../../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../../test/assert.js';

/** A tiny reference interpreter for the subset, written from the JSON Logic docs. */
function apply(logic: JsonLogic, data: Record<string, unknown>): unknown {
  if (logic === null || typeof logic !== 'object') return logic;
  if (Array.isArray(logic)) return logic.map((item) => apply(item, data));
  const [op, raw] = Object.entries(logic)[0];
  const args = (Array.isArray(raw) ? raw : [raw]).map((item) =>
    op === 'var' ? item : apply(item as JsonLogic, data),
  );
  const n = args as number[];
  switch (op) {
    case 'var':
      return data[args[0] as string] ?? null;
    case 'and':
      return args.every(Boolean);
    case 'or':
      return args.some(Boolean);
    case '!':
      return !args[0];
    case '===':
      return args[0] === args[1];
    case '!==':
      return args[0] !== args[1];
    case '<':
      return n[0] < n[1];
    case '<=':
      return n[0] <= n[1];
    case '>':
      return n[0] > n[1];
    case '>=':
      return n[0] >= n[1];
    case 'in':
      return (args[1] as unknown[]).includes(args[0]);
    case '+':
      return n.reduce((a, b) => a + b, 0);
    case '*':
      return n.reduce((a, b) => a * b, 1);
    case '-':
      return n.length === 1 ? -n[0] : n[0] - n[1];
    case '/':
      return n[0] / n[1];
    case 'min':
      return Math.min(...n);
    case 'max':
      return Math.max(...n);
    case 'if':
      return args[0] ? args[1] : args[2];
    default:
      throw new Error(`unsupported ${op}`);
  }
}

const when = {
  all: [
    {
      '<=': [
        { '+': [{ fact: 'income' }, { '*': [{ fact: 'weeklyPay' }, 2] }] },
        { param: 'limit' },
      ],
    },
    { any: [{ fact: 'student' }, { not: { fact: 'veteran' } }] },
    { in: [{ fact: 'housing' }, ['rent', 'none']] },
    { '>=': [{ fact: 'count' }, 2] },
  ],
};
const rules = single(when, {
  parameters: {
    limit: {
      type: 'money',
      period: 'year',
      values: [
        { from: '2025-01-01', value: 36000, citation: { title: 't', url: 'https://example.gov' } },
      ],
    },
  },
});

describe('JSON Logic subset', () => {
  it('exports a program as one rule, with parameters inlined and money made monthly', () => {
    const logic = toJsonLogic(rules, { asOf: '2025-06-01' });
    deepEqual(logic.p, {
      and: [
        {
          '<=': [
            { '+': [{ var: 'income' }, { '*': [{ '*': [{ var: 'weeklyPay' }, 52 / 12] }, 2] }] },
            3000,
          ],
        },
        { or: [{ var: 'student' }, { '!': [{ var: 'veteran' }] }] },
        { in: [{ var: 'housing' }, ['rent', 'none']] },
        { '>=': [{ var: 'count' }, 2] },
      ],
    });
  });

  it('gives the same answers as the engine on fully answered households', () => {
    const compiled = loadRuleSet(rules);
    const logic = toJsonLogic(compiled, { asOf: '2025-06-01' }).p;
    let agreed = 0;
    for (const income of [0, 1000, 2500, 2999, 3000, 3001]) {
      for (const student of [true, false]) {
        for (const housing of ['own', 'rent']) {
          const answers = { income, weeklyPay: 0, student, veteran: true, housing, count: 3 };
          const ours =
            evaluate(compiled, answers, { asOf: '2025-06-01' }).programs[0].status === 'likely';
          equal(apply(logic, answers), ours, JSON.stringify(answers));
          agreed++;
        }
      }
    }
    equal(agreed, 24);
  });

  it('imports JSON Logic, reading plain numbers in a money fact period', () => {
    const facts = household([]).facts;
    const condition = fromJsonLogic(
      {
        and: [
          { '<=': [{ var: 'income' }, 2000] },
          { '!': { var: 'veteran' } },
          { '<': [1, { var: 'count' }, 5] },
        ],
      },
      facts,
    );
    deepEqual(condition, {
      all: [
        { '<=': [{ fact: 'income' }, { money: [2000, 'month'] }] },
        { not: { fact: 'veteran' } },
        { all: [{ '<': [1, { fact: 'count' }] }, { '<': [{ fact: 'count' }, 5] }] },
      ],
    });
    const compiled = loadRuleSet(single(condition));
    equal(
      evaluate(compiled, { income: 1500, veteran: false, count: 3 }, { asOf: '2025-06-01' })
        .programs[0].status,
      'likely',
    );
    equal(
      evaluate(compiled, { income: 1500, count: 3 }, { asOf: '2025-06-01' }).programs[0].status,
      'maybe',
      'unknown, not false',
    );
  });

  it('round-trips through export and import', () => {
    const compiled = loadRuleSet(rules);
    const logic = toJsonLogic(compiled, { asOf: '2025-06-01' }).p;
    const back = loadRuleSet(single(fromJsonLogic(logic, rules.facts)));
    for (const income of [2999, 3001]) {
      const answers = {
        income,
        weeklyPay: 0,
        student: true,
        veteran: false,
        housing: 'rent',
        count: 2,
      };
      equal(
        evaluate(back, answers, { asOf: '2025-06-01' }).programs[0].status,
        evaluate(compiled, answers, { asOf: '2025-06-01' }).programs[0].status,
      );
    }
  });

  it('refuses what JSON Logic cannot express, naming the rule path', () => {
    const error = throws(
      () =>
        toJsonLogic(
          single({
            all: [{ fact: 'student' }, { '<': [{ age: { dob: { fact: 'startDate' } } }, 18] }],
          }),
          { asOf: '2025-06-01' },
        ),
      JsonLogicError,
    );
    equal(error.path, '$.programs[0].criteria[0].when.all[1].<[0].age');
    throws(
      () => toJsonLogic(single({ livesIn: { state: 'CA' } }), { asOf: '2025-06-01' }),
      JsonLogicError,
      /livesIn/,
    );
    throws(() => fromJsonLogic({ var: ['income', 0] }, rules.facts), JsonLogicError, /no defaults/);
    throws(
      () => fromJsonLogic({ substr: ['abc', 1] }, rules.facts),
      JsonLogicError,
      /"substr" is not in the supported/,
    );
    throws(
      () => fromJsonLogic({ '==': [{ var: 'unknownFact' }, 1] }, rules.facts),
      JsonLogicError,
      /not a declared fact/,
    );
    const hostile = JSON.parse('{"__proto__": [1]}') as JsonLogic;
    throws(() => fromJsonLogic(hostile, rules.facts), JsonLogicError);
    ok(true);
  });
});
