// Range reasoning (decision 0047): rules settled whatever is still answered, and questions that
// could not change any result left out of `missing`.
import { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
import { compileConditions } from './conditions.js';
import { loadRuleSet } from './document/rule-set.js';
import { screen } from './screening.js';
import { household, single } from '../test/fixtures.js';
import { deepEqual, equal } from '../test/assert.js';

const AS_OF = '2025-11-01';
const size = { count: { of: 'members' } };
const money = (amount: number) => ({ money: [amount, 'month'] as [number, 'month'] });

/** SNAP-like: income less deductions that can only lower it (shelter costs per member). */
const net = {
  max: [
    money(0),
    {
      '-': [
        { fact: 'income' },
        { '*': [{ sum: { of: 'members', value: { member: 'earnings' } } }, 0.2] },
      ],
    },
  ],
};
const netTest = { '<=': [net, { fpl: { size, percent: 100 } }] };

function run(when: unknown, answers: Record<string, unknown>, declined: string[] = []) {
  const result = evaluate(loadRuleSet(single(when)), answers, { asOf: AS_OF, declined });
  return result.programs[0];
}

describe('range reasoning', () => {
  it('settles a limit that no deduction still unanswered can cross', () => {
    const answers = { residence: { state: 'OH' }, members: [{}, {}], income: 1000 };
    const program = run(netTest, answers);
    equal(program.status, 'likely', 'deductions only lower a net income already under the limit');
    deepEqual(program.missing, []);
    equal(program.criteria[0].status, 'met');
    const high = run(netTest, { ...answers, income: 4000 });
    equal(high.status, 'maybe', 'earnings could bring a high income under the limit');
    deepEqual(high.missing, ['members[0].earnings', 'members[1].earnings']);
  });

  it('gives the same verdict on the fast path', () => {
    const rules = loadRuleSet(single(netTest));
    const answers = { residence: { state: 'OH' }, members: [{}, {}], income: 1000 };
    equal(statusOf(evaluateStatuses(rules, answers, { asOf: AS_OF }), 'p'), 'likely');
  });

  it('says a settled criterion holds whatever is answered when its figures are not all known', () => {
    const rules = loadRuleSet(
      household([
        {
          id: 'p',
          name: 'P',
          agency: 'A',
          criteria: [{ id: 'net', when: netTest as never, args: { net: net as never } }],
        },
      ]),
    );
    const result = evaluate(
      rules,
      { residence: { state: 'OH' }, members: [{}], income: 100 },
      {
        asOf: AS_OF,
      },
    );
    equal(result.programs[0].criteria[0].message, 'eligibility.criterion.settled.met');
  });

  it('never asks about a requirement once another is surely unmet', () => {
    const when = {
      all: [
        { '<=': [{ fact: 'income' }, money(1000)] },
        { any: [{ fact: 'student' }, { '>=': [{ fact: 'count' }, 3] }] },
      ],
    };
    const program = run(when, { student: false });
    deepEqual(program.missing, ['income', 'count']);
    equal(run(when, { income: 2000 }).status, 'unlikely');
  });

  it('drops a question whose every outcome leaves the result unknown (a declined answer)', () => {
    const when = {
      all: [
        { fact: 'veteran' },
        { '<=': [{ '-': [{ fact: 'income' }, { fact: 'weeklyPay' }] }, money(1000)] },
      ],
    };
    deepEqual(run(when, {}, ['income']).missing, ['veteran'], 'pay cannot settle the income test');
    equal(run(when, { veteran: true }, ['income']).status, 'maybe', 'never "unlikely" for it');
    equal(run(when, { veteran: false }, ['income']).status, 'unlikely');
  });

  it('drops income where the poverty guidelines do not reach (a territory)', () => {
    const answers = { residence: { state: 'PR' } };
    const program = run({ '<=': [{ fact: 'income' }, { fpl: { size, percent: 130 } }] }, answers);
    equal(program.status, 'maybe');
    deepEqual(program.missing, [], 'no size and no income can give Puerto Rico a guideline');
    const ohio = run(
      { '<=': [{ fact: 'income' }, { fpl: { size, percent: 130 } }] },
      {
        residence: { state: 'OH' },
      },
    );
    deepEqual(ohio.missing, ['income', 'members']);
  });

  it('reasons about ages: a member under 5 settles "some member is under 19"', () => {
    const under = (age: number) => ({
      some: { of: 'members', where: { '<': [{ age: { dob: { member: 'dateOfBirth' } } }, age] } },
    });
    const members = [{ dateOfBirth: '2023-01-01' }, {}];
    equal(run(under(19), { members }).status, 'likely');
    deepEqual(run(under(1), { members }).missing, ['members[1].dateOfBirth']);
  });

  it('lets the screener stop when only unchangeable questions are left', () => {
    const rules = loadRuleSet(single(netTest));
    const step = screen(
      rules,
      { residence: { state: 'OH' }, members: [{}], income: 100 },
      {
        asOf: AS_OF,
      },
    );
    equal(step.next, undefined);
    equal(step.result.programs[0].status, 'likely');
  });

  it('reports standalone conditions’ missing answers the same way', () => {
    const set = compileConditions({
      facts: [
        { id: 'income', type: 'money', question: 'q.income' },
        { id: 'costs', type: 'money', question: 'q.costs' },
      ],
      conditions: {
        low: { '<=': [{ '-': [{ fact: 'income' }, { fact: 'costs' }] }, money(500)] },
      },
    });
    deepEqual(set.missing('low', { income: 400 }), [], 'costs only lower it');
    equal(set.evaluate('low', { income: 400 }), 'met');
    equal(set.evaluate('low', { income: 900 }), 'unknown');
    deepEqual(set.missing('low', { income: 900 }), ['costs']);
  });
});
