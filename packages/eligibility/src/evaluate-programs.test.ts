// Evaluation, continued: poverty guidelines, places, dependencies, answer checks, statuses.
import { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
import { loadRuleSet } from './document/rule-set.js';
import { AnswerError, EligibilityError, LimitError } from './errors.js';
import type { Condition, EvaluationResult, Expression, RuleSet } from './types.js';
import { household, single } from '../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../test/assert.js';

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

describe('percent of the federal poverty guideline', () => {
  const size = { count: { of: 'members' } };
  const snapGross = {
    '<=': [{ fact: 'income' }, { fpl: { size, percent: 130, rounding: { mode: 'up' as const } } }],
  };
  const three = [{}, {}, {}];

  it('computes 130% of the 2025 guideline for 3 people as $2,888 a month, rounded up', () => {
    const expected = Math.ceil((26650 * 1.3) / 12);
    equal(expected, 2888);
    const rules = household([
      {
        id: 'p',
        name: 'P',
        agency: 'A',
        criteria: [
          {
            id: 'c',
            when: snapGross as Condition,
            args: { limit: snapGross['<='][1] as Expression },
          },
        ],
      },
    ]);
    const result = evaluate(
      loadRuleSet(rules),
      { residence: { state: 'TX' }, income: 2888, members: three },
      { asOf: '2025-11-01' },
    );
    equal(first(result).status, 'met');
    deepEqual(first(result).args.limit, { amount: expected, currency: 'USD' });
    ok(
      result.programs[0].citations.some((citation) => citation.url.includes('2025-01377')),
      'cites the 2025 notice',
    );
    equal(
      status(snapGross, { residence: { state: 'TX' }, income: 2889, members: three }),
      'unlikely',
    );
  });

  it('switches to the 2026 guidelines on their effective date', () => {
    const answers = {
      residence: { state: 'TX' },
      income: Math.ceil((27320 * 1.3) / 12),
      members: three,
    };
    equal(status(snapGross, answers, {}, '2026-01-12'), 'unlikely', 'the 2025 limit still applies');
    equal(status(snapGross, answers, {}, '2026-01-13'), 'likely');
  });

  it('can pin a guideline year (e.g. SNAP uses the 2025 guidelines until October 2026)', () => {
    const pinned = {
      '<=': [
        { fact: 'income' },
        { fpl: { size, percent: 130, year: 2025, rounding: { mode: 'up' } } },
      ],
    };
    equal(
      status(
        pinned,
        { residence: { state: 'TX' }, income: 2888, members: three },
        {},
        '2026-03-01',
      ),
      'likely',
    );
    equal(
      status(
        pinned,
        { residence: { state: 'TX' }, income: 2888, members: three },
        {},
        '2024-12-01',
      ),
      'maybe',
      'not published yet',
    );
  });

  it('gives unknown, never a zero limit, where the guidelines do not reach', () => {
    equal(
      status(snapGross, { residence: { state: 'PR' }, income: 0, members: three }),
      'maybe',
      'territories are not covered',
    );
    equal(
      status(
        snapGross,
        { residence: { state: 'GU' }, income: 0, members: three },
        {},
        '2026-02-01',
      ),
      'maybe',
      'Guam is not covered either',
    );
    equal(
      status(
        snapGross,
        { residence: { state: 'AK' }, income: 3700, members: three },
        {},
        '2026-02-01',
      ),
      'likely',
      'Alaska 2026, 3 people: 130% of $34,150 / 12 = $3,699.58, rounded up to $3,700',
    );
    equal(
      status(
        snapGross,
        { residence: { state: 'AK' }, income: 3701, members: three },
        {},
        '2026-02-01',
      ),
      'unlikely',
    );
    equal(
      status(snapGross, { residence: { state: 'AK' }, income: 3609, members: three }),
      'likely',
      'Alaska 2025, 3 people: USDA lists $3,609',
    );
    equal(
      status(snapGross, { residence: { state: 'AK' }, income: 2118, members: [{}] }),
      'likely',
      'Alaska, one person: 130% of $19,550 / 12 = $2,117.92, rounded up',
    );
    equal(
      status(snapGross, { residence: { state: 'AK' }, income: 2119, members: [{}] }),
      'unlikely',
    );
    equal(status(snapGross, { residence: {}, income: 0, members: three }), 'maybe', 'no state yet');
    equal(
      status(snapGross, { income: 0, members: three }, {}, '2020-01-01'),
      'maybe',
      'no guidelines before 2025',
    );
  });

  it('expresses income as a percent of the guideline', () => {
    const when = { '<=': [{ percentOfFpl: { income: { fact: 'income' }, size } }, 138] };
    // $2,000 a month for 2 people in 2025: 24,000 / 21,150 = 113.48%
    equal(status(when, { residence: { state: 'OH' }, income: 2000, members: [{}, {}] }), 'likely');
    equal(
      status(when, { residence: { state: 'OH' }, income: 2432, members: [{}, {}] }),
      'likely',
      '29,184 / 21,150 = 137.99%',
    );
    equal(
      status(when, { residence: { state: 'OH' }, income: 2433, members: [{}, {}] }),
      'unlikely',
      '29,196 / 21,150 = 138.04%',
    );
  });
});

describe('jurisdictions and lookup tables', () => {
  it('matches state, county FIPS and city; unknown when a needed part is missing', () => {
    const when = { livesIn: { state: 'CA', county: ['06037', '06059'] } };
    equal(status(when, { residence: { state: 'CA', county: '06037' } }), 'likely');
    equal(status(when, { residence: { state: 'NV', county: '32003' } }), 'unlikely');
    equal(status(when, { residence: { state: 'CA' } }), 'maybe');
    equal(status(when, { residence: { state: 'NV' } }), 'unlikely', 'wrong state decides it');
    equal(
      status({ livesIn: { city: 'Los Angeles' } }, { residence: { city: ' los angeles ' } }),
      'likely',
    );
  });

  it('adds a residence criterion for a program offered in one state', () => {
    const rules = household([
      {
        id: 'p',
        name: 'P',
        agency: 'A',
        jurisdiction: { state: 'OR' },
        criteria: [{ id: 'c', when: true }],
      },
    ]);
    const result = evaluate(loadRuleSet(rules), { residence: { state: 'WA' } }, { asOf: AS_OF });
    equal(result.programs[0].status, 'unlikely');
    equal(result.programs[0].criteria[0].message, 'eligibility.criterion.residence.unmet');
  });

  it('looks values up in a dated table; a missing key is unknown', () => {
    const extra: Partial<RuleSet> = {
      parameters: {
        limits: {
          type: 'table',
          values: [
            {
              from: '2025-01-01',
              value: { CA: 266, TX: 201 },
              citation: { title: 't', url: 'https://example.gov' },
            },
          ],
        },
      },
    };
    const when = { '>=': [{ lookup: { table: 'limits', key: { fact: 'residence' } } }, 250] };
    equal(status(when, { residence: { state: 'CA' } }, extra), 'likely');
    equal(status(when, { residence: { state: 'TX' } }, extra), 'unlikely');
    equal(status(when, { residence: { state: 'OH' } }, extra), 'maybe');
    equal(
      status(when, { residence: { state: 'CA' } }, extra, '2024-06-01'),
      'maybe',
      'before the table took effect',
    );
  });

  it('picks the parameter value in force on the asOf date', () => {
    const extra: Partial<RuleSet> = {
      parameters: {
        limit: {
          type: 'money',
          period: 'year',
          values: [
            {
              from: '2026-01-01',
              value: 24000,
              citation: { title: 'b', url: 'https://example.gov/b' },
            },
            {
              from: '2025-01-01',
              value: 12000,
              citation: { title: 'a', url: 'https://example.gov/a' },
            },
          ],
        },
      },
    };
    const when = { '<=': [{ fact: 'income' }, { param: 'limit' }] };
    equal(status(when, { income: 1500 }, extra, '2025-12-31'), 'unlikely');
    equal(status(when, { income: 1500 }, extra, '2026-01-01'), 'likely');
  });
});

describe('programs that require or exclude others', () => {
  const rules = household([
    { id: 'free', name: 'Free', agency: 'A', criteria: [{ id: 'c', when: { fact: 'student' } }] },
    {
      id: 'reduced',
      name: 'Reduced',
      agency: 'A',
      criteria: [{ id: 'c', when: { fact: 'veteran' } }],
      excludes: ['free'],
    },
    {
      id: 'extra',
      name: 'Extra',
      agency: 'A',
      criteria: [{ id: 'c', when: true }],
      requires: ['free'],
    },
  ]);
  const run = (answers: Record<string, unknown>) =>
    Object.fromEntries(
      evaluate(loadRuleSet(rules), answers, { asOf: AS_OF }).programs.map((program) => [
        program.id,
        program.status,
      ]),
    );

  it('applies requires and excludes with three values', () => {
    deepEqual(run({ student: true, veteran: true }), {
      free: 'likely',
      reduced: 'unlikely',
      extra: 'likely',
    });
    deepEqual(run({ student: false, veteran: true }), {
      free: 'unlikely',
      reduced: 'likely',
      extra: 'unlikely',
    });
    deepEqual(run({ veteran: true }), { free: 'maybe', reduced: 'maybe', extra: 'maybe' });
  });

  it("carries the other program's missing facts", () => {
    const result = evaluate(
      loadRuleSet(rules),
      { veteran: true },
      { asOf: AS_OF, programs: ['extra'] },
    );
    deepEqual(
      result.programs.map((program) => program.id),
      ['free', 'extra'],
      'evaluates what it requires',
    );
    deepEqual(result.programs[1].missing, ['student']);
  });
});

describe('answers are checked, and limits hold', () => {
  const rules = loadRuleSet(single({ fact: 'student' }));

  it('rejects answers of the wrong shape with the answer path', () => {
    equal(
      throws(() => evaluate(rules, { student: 'yes' }, { asOf: AS_OF }), AnswerError).path,
      '$.student',
    );
    throws(
      () => evaluate(rules, { startDate: '2025-02-30' }, { asOf: AS_OF }),
      AnswerError,
      /YYYY-MM-DD/,
    );
    throws(
      () => evaluate(rules, { housing: 'castle' }, { asOf: AS_OF }),
      AnswerError,
      /one of: own, rent, none/,
    );
    throws(
      () => evaluate(rules, { residence: { state: 'XX' } }, { asOf: AS_OF }),
      AnswerError,
      /postal code/,
    );
    throws(
      () => evaluate(rules, { members: [{ dateOfBirth: 5 }] }, { asOf: AS_OF }),
      AnswerError,
      /members\[0\]\.dateOfBirth/,
    );
    throws(() => evaluate(rules, [], { asOf: AS_OF }), AnswerError);
    throws(
      () => evaluate(rules, JSON.parse('{"__proto__": {"student": true}}'), { asOf: AS_OF }),
      AnswerError,
      /forbidden/,
    );
    throws(() => evaluate(rules, {}, { asOf: 'tomorrow' }), EligibilityError, /YYYY-MM-DD/);
  });

  it('ignores answers to questions the rule set does not ask', () => {
    equal(
      evaluate(rules, { student: true, somethingElse: { deeply: ['nested'] } }, { asOf: AS_OF })
        .programs[0].status,
      'likely',
    );
  });

  it('stops at the household size and work limits', () => {
    throws(
      () => evaluate(rules, { members: Array.from({ length: 51 }, () => ({})) }, { asOf: AS_OF }),
      LimitError,
    );
    const heavy = loadRuleSet(
      single({
        any: Array.from({ length: 40 }, () => ({
          some: { of: 'members', where: { member: 'pregnant' } },
        })),
      }),
      { maxWork: 500 },
    );
    throws(
      () =>
        evaluate(
          heavy,
          { members: Array.from({ length: 50 }, () => ({ pregnant: false })) },
          { asOf: AS_OF },
        ),
      LimitError,
    );
  });
});

describe('evaluateStatuses, the fast path', () => {
  const rules = loadRuleSet(
    household([
      { id: 'free', name: 'Free', agency: 'A', criteria: [{ id: 'c', when: { fact: 'student' } }] },
      {
        id: 'reduced',
        name: 'Reduced',
        agency: 'A',
        criteria: [{ id: 'c', when: { fact: 'veteran' } }],
        excludes: ['free'],
      },
      {
        id: 'income',
        name: 'Income',
        agency: 'A',
        criteria: [
          {
            id: 'c',
            when: {
              '<=': [
                { '-': [{ fact: 'income' }, { '*': [{ fact: 'income' }, 0.2] }] },
                { money: [1000, 'month'] },
              ],
            },
          },
        ],
      },
    ]),
  );

  it('gives the same statuses as evaluate', () => {
    for (const answers of [
      {},
      { student: true },
      { student: false, veteran: true, income: 1250 },
      { veteran: true, income: 1251 },
    ]) {
      const full = evaluate(rules, answers, { asOf: AS_OF });
      const fast = evaluateStatuses(rules, answers, { asOf: AS_OF });
      deepEqual(
        fast.ids,
        full.programs.map((program) => program.id),
      );
      for (const program of full.programs)
        equal(statusOf(fast, program.id), program.status, JSON.stringify(answers));
    }
    equal(
      statusOf(evaluateStatuses(rules, { income: 1250 }, { asOf: AS_OF }), 'income'),
      'likely',
      '$1,250 less 20% is $1,000',
    );
    equal(
      statusOf(evaluateStatuses(rules, { income: 1251 }, { asOf: AS_OF }), 'income'),
      'unlikely',
    );
    equal(statusOf(evaluateStatuses(rules, {}, { asOf: AS_OF }), 'nope'), undefined);
  });

  it('evaluates only the programs asked for, and what they depend on', () => {
    const fast = evaluateStatuses(
      rules,
      { student: true, veteran: true },
      { asOf: AS_OF, programs: ['reduced'] },
    );
    equal(statusOf(fast, 'reduced'), 'unlikely');
    equal(statusOf(fast, 'free'), 'likely');
    equal(statusOf(fast, 'income'), undefined);
  });
});
