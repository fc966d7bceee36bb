import { compileConditions } from './conditions.js';
import { AnswerError, EligibilityError, LimitError, RuleSetError } from './errors.js';
import type { Condition } from './types.js';
import { household } from '../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../test/assert.js';

const facts = household([]).facts;

function compile(conditions: Record<string, unknown>) {
  return compileConditions({ facts, conditions: conditions as Record<string, Condition> });
}

describe('standalone conditions', () => {
  const set = compile({
    lowIncome: { '<=': [{ fact: 'income' }, { money: [2000, 'month'] }] },
    studentOrVeteran: { any: [{ fact: 'student' }, { fact: 'veteran' }] },
    hasChild: {
      some: {
        of: 'members',
        where: { '<': [{ age: { dob: { member: 'dateOfBirth' } } }, 18] },
      },
    },
    inCalifornia: { livesIn: { state: 'CA' } },
    renting: { '==': [{ fact: 'housing' }, 'rent'] },
  });

  it('lists its ids in the order given', () => {
    deepEqual(set.ids, ['lowIncome', 'studentOrVeteran', 'hasChild', 'inCalifornia', 'renting']);
  });

  it('is met, unmet or unknown (three-valued)', () => {
    equal(set.evaluate('lowIncome', { income: 1500 }), 'met');
    equal(set.evaluate('lowIncome', { income: 2500 }), 'unmet');
    equal(set.evaluate('lowIncome', {}), 'unknown');
    equal(set.evaluate('lowIncome', { income: null }), 'unknown');
    equal(set.evaluate('studentOrVeteran', { student: false }), 'unknown');
    equal(set.evaluate('studentOrVeteran', { student: false, veteran: true }), 'met');
    equal(set.evaluate('studentOrVeteran', { student: false, veteran: false }), 'unmet');
    equal(set.evaluate('inCalifornia', { residence: { state: 'ca' } }), 'met');
    equal(set.evaluate('renting', { housing: 'own' }), 'unmet');
  });

  it('applies the rules for the asOf date', () => {
    const answers = { members: [{ dateOfBirth: '2008-06-15' }] };
    equal(set.evaluate('hasChild', answers, { asOf: '2026-06-14' }), 'met');
    equal(set.evaluate('hasChild', answers, { asOf: '2026-06-15' }), 'unmet');
    equal(set.evaluate('hasChild', { members: [{}] }, { asOf: '2026-06-15' }), 'unknown');
  });

  it('names only the missing answers that could change an unknown result', () => {
    deepEqual(set.missing('lowIncome', {}), ['income']);
    deepEqual(set.missing('lowIncome', { income: 100 }), []);
    deepEqual(set.missing('studentOrVeteran', { student: false }), ['veteran']);
    deepEqual(set.missing('studentOrVeteran', { student: true }), []);
    deepEqual(set.missing('hasChild', {}), ['members']);
    deepEqual(
      set.missing(
        'hasChild',
        { members: [{ dateOfBirth: '1980-01-01' }, {}] },
        { asOf: '2026-01-01' },
      ),
      ['members[1].dateOfBirth'],
    );
    deepEqual(set.missing('inCalifornia', {}), ['residence']);
  });

  it('rejects answers of the wrong shape with a typed error', () => {
    const error = throws(() => set.evaluate('lowIncome', { income: 'lots' }), AnswerError);
    equal(error.path, '$.income');
    throws(() => set.evaluate('lowIncome', { __proto__: null, constructor: 1 }), AnswerError);
    throws(() => set.evaluate('lowIncome', {}, { asOf: '2026-13-01' }), EligibilityError, /asOf/);
  });

  it('throws a typed error for an id it does not have, including prototype names', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) {
      const error = throws(() => set.evaluate(id, {}), EligibilityError);
      equal(error.code, 'unknown-condition');
      throws(() => set.missing(id, {}), EligibilityError);
    }
  });

  it('names the JSON path of every problem, as for a rule set', () => {
    const error = throws(
      () =>
        compile({
          ok: { fact: 'student' },
          bad: { all: [{ fact: 'student' }, { regex: ['a'] }] },
          wrongType: { '<=': [{ fact: 'income' }, 2000] },
          undeclared: { fact: 'pets' },
        }),
      RuleSetError,
    );
    const paths = error.issues.map((issue) => issue.path);
    deepEqual(paths, [
      '$.conditions.bad.all[1].regex',
      '$.conditions.wrongType["<="]',
      '$.conditions.undeclared.fact',
    ]);
  });

  it('reports paths under the given root, or where each condition came from', () => {
    const rooted = throws(
      () =>
        compileConditions({
          facts: [{ id: 'x', type: 'colour' as never, question: 'q' }],
          conditions: { a: { fact: 'y' } },
          path: '$.flow',
        }),
      RuleSetError,
    );
    deepEqual(
      rooted.issues.map((issue) => issue.path),
      ['$.flow.facts[0].type', '$.flow.conditions.a.fact'],
    );
    const located = throws(
      () =>
        compileConditions({
          facts,
          conditions: { showIncome: { fact: 'nope' } },
          locations: { showIncome: '$.pages[3].when' },
        }),
      RuleSetError,
    );
    equal(located.issues[0].path, '$.pages[3].when.fact');
  });

  it('applies the rule-set limits: depth, forbidden keys, size', () => {
    let deep: unknown = { fact: 'student' };
    for (let level = 0; level < 40; level++) deep = { not: deep };
    const tooDeep = throws(() => compile({ deep }), RuleSetError);
    ok(tooDeep.issues[0].message.includes('nested too deeply'), tooDeep.message);
    const forbidden = JSON.parse('{"a": {"__proto__": {"fact": "student"}}}') as Record<
      string,
      unknown
    >;
    const polluted = throws(() => compile(forbidden), RuleSetError);
    equal(polluted.issues[0].path, '$.conditions.a.__proto__');
    const big = throws(
      () =>
        compileConditions({
          facts,
          conditions: { a: { all: Array.from({ length: 50 }, () => ({ fact: 'student' })) } },
          limits: { maxNodes: 40 },
        }),
      RuleSetError,
    );
    ok(big.issues[0].message.includes('too large'), big.message);
  });

  it('bounds the work one evaluation may take', () => {
    const costly = compileConditions({
      facts,
      conditions: {
        many: { some: { of: 'members', where: { member: 'pregnant' } } },
      },
      limits: { maxWork: 3 },
    });
    const members = Array.from({ length: 10 }, () => ({ pregnant: false }));
    throws(() => costly.evaluate('many', { members }), LimitError);
  });
});
