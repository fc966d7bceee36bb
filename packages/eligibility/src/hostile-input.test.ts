import { compileConditions } from './conditions.js';
import { evaluate, evaluateStatuses } from './evaluate.js';
import { AnswerError, RuleSetError } from './errors.js';
import { loadRuleSet } from './document/rule-set.js';
import { household, single } from '../test/fixtures.js';
import { equal, ok, throws } from '../test/assert.js';

const AS_OF = '2025-11-01';

/** An object whose `key` is a getter that throws. */
function throwingGetter(base: object, key: string): object {
  const copy = { ...base };
  Object.defineProperty(copy, key, {
    enumerable: true,
    get() {
      throw new TypeError('boom');
    },
  });
  return copy;
}

/** A Proxy whose every trap throws. */
function throwingProxy(base: object): object {
  const fail = (): never => {
    throw new TypeError('trap');
  };
  return new Proxy(base, {
    get: fail,
    getPrototypeOf: fail,
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
    has: fail,
  });
}

describe('hostile non-JSON input gives typed errors naming the path', () => {
  it('a rule set with a throwing getter: RuleSetError, and the getter never runs', () => {
    const rules = single({ fact: 'student' });
    const program = throwingGetter(rules.programs[0], 'agency');
    const error = throws(() => loadRuleSet({ ...rules, programs: [program] }), RuleSetError);
    equal(error.issues[0].path, '$.programs[0].agency');
    ok(error.issues[0].message.includes('getter'), error.issues[0].message);
  });

  it('a rule set that is (or holds) a Proxy whose traps throw: RuleSetError', () => {
    const rules = single({ fact: 'student' });
    const whole = throws(() => loadRuleSet(throwingProxy(rules)), RuleSetError);
    equal(whole.issues[0].path, '$');
    const inner = throws(
      () =>
        loadRuleSet({ ...rules, facts: [throwingProxy(rules.facts[0]), ...rules.facts.slice(1)] }),
      RuleSetError,
    );
    equal(inner.issues[0].path, '$.facts[0]');
  });

  it('a Proxy over good data loads from a private copy: no getter or get trap ever runs', () => {
    let gets = 0;
    const rules = single({ fact: 'student' });
    const counted = new Proxy(rules, {
      get(target, key, receiver) {
        gets++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const compiled = loadRuleSet(counted);
    equal(gets, 0, 'values are read by descriptor, once, into a copy');
    equal(evaluate(compiled, { student: true }, { asOf: AS_OF }).programs[0].status, 'likely');
  });

  it('answers with a throwing getter or a throwing Proxy: AnswerError', () => {
    const rules = loadRuleSet(single({ fact: 'student' }));
    for (const answers of [
      throwingGetter({}, 'student'),
      throwingProxy({ student: true }),
      { members: [throwingGetter({}, 'pregnant')] },
      { members: [throwingProxy({})] },
      { residence: throwingProxy({ state: 'CA' }) },
    ]) {
      throws(() => evaluate(rules, answers, { asOf: AS_OF }), AnswerError);
      throws(() => evaluateStatuses(rules, answers, { asOf: AS_OF }), AnswerError);
    }
  });

  it("rejects __proto__, constructor and prototype inside a household member's answers", () => {
    const rules = loadRuleSet(
      household([
        {
          id: 'p',
          name: 'P',
          agency: 'A',
          criteria: [{ id: 'c', when: { some: { of: 'members', where: { member: 'pregnant' } } } }],
        },
      ]),
    );
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const answers = JSON.parse(
        `{"members": [{"pregnant": false}, {"${key}": {"pregnant": true}}]}`,
      ) as Record<string, unknown>;
      const error = throws(() => evaluate(rules, answers, { asOf: AS_OF }), AnswerError);
      equal(error.path, `$.members[1].${key}`);
      ok(error.message.includes('forbidden key'), error.message);
    }
  });

  it('standalone conditions get the same checks', () => {
    const facts = household([]).facts;
    const error = throws(
      () => compileConditions({ facts, conditions: { a: throwingProxy({}) } as never }),
      RuleSetError,
    );
    equal(error.issues[0].path, '$.conditions.a');
    const set = compileConditions({ facts, conditions: { a: { fact: 'student' } } });
    throws(() => set.evaluate('a', throwingProxy({})), AnswerError);
  });
});
