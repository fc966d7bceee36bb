import { evaluate } from './evaluate.js';
import { loadRuleSet } from './document/rule-set.js';
import type { Condition, EvaluationResult, RuleSet } from './types.js';
import { household, single } from '../test/fixtures.js';
import { deepEqual, equal } from '../test/assert.js';

const AS_OF = '2025-11-01';

function status(
  when: unknown,
  answers: Record<string, unknown>,
  extra: Partial<RuleSet> = {},
  asOf = AS_OF,
): string {
  return evaluate(loadRuleSet(single(when, extra)), answers, { asOf }).programs[0].status;
}

function first(result: EvaluationResult) {
  return result.programs[0].criteria[0];
}

describe('three-valued (Kleene) logic', () => {
  const T = { fact: 'student' };
  const F = { fact: 'veteran' };
  const U = { fact: 'disabled' };
  const answers = { student: true, veteran: false };
  const cases: [string, Condition, string][] = [
    ['all T T', { all: [T, T] }, 'likely'],
    ['all T U', { all: [T, U] }, 'maybe'],
    ['all F U', { all: [F, U] }, 'unlikely'],
    ['all U F', { all: [U, F] }, 'unlikely'],
    ['any F U', { any: [F, U] }, 'maybe'],
    ['any U T', { any: [U, T] }, 'likely'],
    ['any F F', { any: [F, F] }, 'unlikely'],
    ['not U', { not: U }, 'maybe'],
    ['not F', { not: F }, 'likely'],
    ['all []', { all: [] }, 'likely'],
    ['any []', { any: [] }, 'unlikely'],
  ];
  for (const [name, when, expected] of cases) {
    it(name, () => equal(status(when, answers), expected));
  }

  it('never turns a missing answer into "unlikely" by itself', () => {
    for (const when of [
      { fact: 'student' },
      { not: { fact: 'student' } },
      { '<=': [{ fact: 'income' }, { money: [1, 'month'] }] },
    ]) {
      equal(status(when, {}), 'maybe');
      equal(status(when, { student: null, income: null }), 'maybe', 'null is unknown too');
    }
  });
});

describe('the unanswered facts that could change a result', () => {
  it('lists only facts under undecided branches', () => {
    const rules = single({
      all: [
        { any: [{ fact: 'student' }, { fact: 'veteran' }] },
        { any: [{ fact: 'disabled' }, { '>': [{ fact: 'count' }, 2] }] },
      ],
    });
    const result = evaluate(loadRuleSet(rules), { student: true }, { asOf: AS_OF });
    equal(result.programs[0].status, 'maybe');
    deepEqual(
      result.programs[0].missing,
      ['disabled', 'count'],
      'veteran cannot change the result',
    );
    deepEqual(result.missing, ['disabled', 'count']);
  });

  it('asks nothing once a criterion has failed', () => {
    const result = evaluate(
      loadRuleSet(single({ all: [{ fact: 'student' }, { fact: 'veteran' }] })),
      { student: false },
      { asOf: AS_OF },
    );
    equal(result.programs[0].status, 'unlikely');
    deepEqual(result.programs[0].missing, []);
  });

  it('names the member and fact when a member answer is missing', () => {
    const rules = single({
      some: { of: 'members', where: { '<': [{ age: { dob: { member: 'dateOfBirth' } } }, 5] } },
    });
    const result = evaluate(
      loadRuleSet(rules),
      { members: [{ dateOfBirth: '1980-01-01' }, {}] },
      { asOf: AS_OF },
    );
    deepEqual(result.programs[0].missing, ['members[1].dateOfBirth']);
    deepEqual(evaluate(loadRuleSet(rules), {}, { asOf: AS_OF }).programs[0].missing, ['members']);
  });

  it('ranks facts that matter to more programs first', () => {
    const rules = household([
      {
        id: 'a',
        name: 'A',
        agency: 'X',
        criteria: [{ id: 'c', when: { all: [{ fact: 'veteran' }, { fact: 'student' }] } }],
      },
      { id: 'b', name: 'B', agency: 'X', criteria: [{ id: 'c', when: { fact: 'student' } }] },
    ]);
    deepEqual(evaluate(loadRuleSet(rules), {}, { asOf: AS_OF }).missing, ['student', 'veteran']);
  });
});

describe('money and periods', () => {
  it('converts weekly, bi-weekly and yearly amounts to monthly', () => {
    const limit = { '<=': [{ fact: 'income' }, { money: [2166.67, 'month'] }] };
    equal(
      status(limit, { income: { amount: 500, period: 'week' } }),
      'likely',
      '$500 a week is $2,166.67 a month',
    );
    equal(status(limit, { income: { amount: 501, period: 'week' } }), 'unlikely');
    equal(
      status(limit, { income: { amount: 1000, period: 'biweek' } }),
      'likely',
      '$1,000 every two weeks is $2,166.67',
    );
    equal(status(limit, { income: { amount: 26000, period: 'year' } }), 'likely');
    equal(
      status(limit, { income: { amount: 26001, period: 'year' } }),
      'unlikely',
      'compared to the cent: $2,166.75',
    );
  });

  it('reads a bare number in the fact period', () => {
    equal(
      status({ '>=': [{ fact: 'weeklyPay' }, { money: [433.33, 'month'] }] }, { weeklyPay: 100 }),
      'likely',
    );
  });

  it("uses a rule set's own conversions (e.g. SNAP: 4.3 weeks a month)", () => {
    const when = { '==': [{ fact: 'income' }, { money: [430, 'month'] }] };
    equal(
      status(
        when,
        { income: { amount: 100, period: 'week' } },
        { options: { conversions: { week: 4.3 } } },
      ),
      'likely',
    );
    equal(status(when, { income: { amount: 100, period: 'week' } }), 'unlikely');
  });

  it('does arithmetic on money and shows amounts in the criterion period', () => {
    const rules = household([
      {
        id: 'p',
        name: 'P',
        agency: 'A',
        criteria: [
          {
            id: 'net',
            when: {
              '<=': [
                { '-': [{ fact: 'income' }, { '*': [{ fact: 'income' }, 0.2] }] },
                { money: [1000, 'month'] },
              ],
            },
            args: {
              net: { '-': [{ fact: 'income' }, { '*': [{ fact: 'income' }, 0.2] }] },
              limit: { money: [12000, 'year'] },
            },
            period: 'year',
          },
        ],
      },
    ]);
    const criterion = first(evaluate(loadRuleSet(rules), { income: 1250 }, { asOf: AS_OF }));
    equal(criterion.status, 'met');
    deepEqual(criterion.args, {
      net: { amount: 12000, currency: 'USD' },
      limit: { amount: 12000, currency: 'USD' },
    });
  });
});

describe('household members', () => {
  const members = [
    { dateOfBirth: '1990-05-01', earnings: 1500 },
    { dateOfBirth: '2022-01-15', earnings: 0 },
    { dateOfBirth: '2024-02-29', pregnant: false },
  ];

  it('counts members under 5 on the asOf date', () => {
    const when = {
      '==': [
        {
          count: {
            of: 'members',
            where: { '<': [{ age: { dob: { member: 'dateOfBirth' } } }, 5] },
          },
        },
        2,
      ],
    };
    equal(status(when, { members }), 'likely');
    equal(status(when, { members }, {}, '2027-01-15'), 'unlikely', 'the older child turned 5');
  });

  it('sums member earnings, unknown if a counted member has no answer', () => {
    const when = {
      '<=': [{ sum: { of: 'members', value: { member: 'earnings' } } }, { money: [1500, 'month'] }],
    };
    equal(status(when, { members }), 'maybe', 'the third member has no earnings answer');
    equal(status(when, { members: members.slice(0, 2) }), 'likely');
  });

  it('settles a sum that no unanswered amount can change (amounts are zero or more)', () => {
    const atLeast = (amount: number) => ({
      '>=': [
        { sum: { of: 'members', value: { member: 'earnings' } } },
        { money: [amount, 'month'] },
      ],
    });
    equal(status(atLeast(1500), { members }), 'likely', '1,500 answered, more cannot lower it');
    equal(status(atLeast(1501), { members }), 'maybe', 'the third member could earn the rest');
  });

  it('some / every follow Kleene logic over members', () => {
    const pregnant = { some: { of: 'members', where: { member: 'pregnant' } } };
    equal(status(pregnant, { members }), 'maybe');
    equal(status(pregnant, { members: [{ pregnant: true }, {}] }), 'likely');
    equal(
      status(
        { every: { of: 'members', where: { member: 'pregnant' } } },
        { members: [{ pregnant: false }, {}] },
      ),
      'unlikely',
    );
    equal(status(pregnant, { members: [] }), 'unlikely', 'an empty household has nobody pregnant');
  });
});

describe('dates and ages', () => {
  it('compares dates and ages on a given date', () => {
    equal(
      status(
        { '>=': [{ fact: 'startDate' }, { date: '2025-10-01' }] },
        { startDate: '2025-10-01' },
      ),
      'likely',
    );
    equal(
      status(
        { '>=': [{ age: { dob: { fact: 'startDate' }, on: { date: '2026-10-01' } } }, 1] },
        { startDate: '2025-10-01' },
      ),
      'likely',
    );
    equal(
      status(
        { '>=': [{ age: { dob: { fact: 'startDate' } } }, 1] },
        { startDate: '2025-10-02' },
        {},
        '2026-10-01',
      ),
      'unlikely',
    );
  });

  it('uses asOf given as an instant in the rule set time zone', () => {
    const rules = loadRuleSet(
      single(
        { '>=': [{ asOf: {} }, { date: '2026-01-01' }] },
        { options: { timeZone: 'America/Chicago' } },
      ),
    );
    const instant = new Date(Date.UTC(2026, 0, 1, 3)); // 9 pm on 31 December in Chicago
    equal(evaluate(rules, {}, { asOf: instant }).programs[0].status, 'unlikely');
    equal(evaluate(rules, {}, { asOf: instant, timeZone: 'UTC' }).programs[0].status, 'likely');
    equal(evaluate(rules, {}, { asOf: instant }).asOf, '2025-12-31');
  });
});
