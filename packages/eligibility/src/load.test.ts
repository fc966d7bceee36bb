import { DEFAULT_LIMITS } from './limits.js';
import { LimitError, RuleSetError } from './errors.js';
import { loadRuleSet } from './document/rule-set.js';
import { household, single } from '../test/fixtures.js';
import { equal, ok, throws } from '../test/assert.js';

function issues(input: unknown): string[] {
  const error = throws(() => loadRuleSet(input), RuleSetError);
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('loading a rule set', () => {
  it('loads a valid rule set', () => {
    const compiled = loadRuleSet(
      single({ '<=': [{ fact: 'income' }, { money: [2000, 'month'] }] }),
    );
    equal(compiled.programs.length, 1);
    ok(Object.isFrozen(compiled.source), 'the loaded source is frozen');
    equal(compiled.programs[0].source, compiled.source.programs[0], 'programs use the frozen copy');
  });

  it('names the path of an unknown operator', () => {
    const found = issues(single({ all: [{ fact: 'student' }, { regex: ['a', 'b'] }] }));
    equal(found.length, 1);
    ok(found[0].startsWith('$.programs[0].criteria[0].when.all[1].regex:'), found[0]);
    ok(found[0].includes('"regex" is not a condition operator'), found[0]);
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    const text = JSON.stringify(single({ fact: 'student' })).replace(
      '"when":',
      '"__proto__":{"polluted":true},"when":',
    );
    const found = issues(text);
    ok(
      found.some((issue) =>
        issue.startsWith('$.programs[0].criteria[0].__proto__: uses the forbidden key'),
      ),
      found.join('\n'),
    );
    ok(issues(single({ constructor: [1] }))[0].includes('forbidden key "constructor"'));
    ok(
      issues(
        household([], { parameters: { prototype: { type: 'number', values: [] } } } as never),
      )[0].includes('$.parameters.prototype'),
    );
    equal(({} as Record<string, unknown>).polluted, undefined, 'nothing reached Object.prototype');
  });

  it('checks types of compared values and says how to fix money', () => {
    const found = issues(single({ '<=': [{ fact: 'income' }, 2000] }));
    ok(
      found[0].startsWith(
        '$.programs[0].criteria[0].when["<="]: cannot compare a money with a number',
      ),
      found[0],
    );
    ok(found[0].includes('{"money": [2000, "month"]}'));
    ok(
      issues(single({ '<': [{ fact: 'housing' }, 'own'] }))[0].includes(
        'compares numbers, money or dates',
      ),
    );
  });

  it('reports undeclared facts, parameters and member facts outside a member loop', () => {
    ok(issues(single({ fact: 'nope' }))[0].includes('"nope" is not a declared fact'));
    ok(issues(single({ '>': [{ param: 'nope' }, 1] }))[0].includes('"nope" is not a parameter'));
    ok(
      issues(single({ member: 'pregnant' }))[0].includes(
        'only be used inside count, sum, some or every',
      ),
    );
    ok(
      issues(single({ some: { of: 'members', where: { fact: 'pregnant' } } }))[0].includes(
        'use {"member": "pregnant"}',
      ),
    );
  });

  it('limits nesting depth', () => {
    let deep: unknown = { fact: 'student' };
    for (let level = 0; level < 40; level++) deep = { not: deep };
    ok(issues(single(deep))[0].includes('nested too deeply'));
  });

  it('limits size and string length', () => {
    const big = single({ any: Array.from({ length: 5000 }, () => ({ fact: 'student' })) });
    equal(loadRuleSet(big).programs.length, 1, 'fits the default limits');
    throws(() => loadRuleSet(big, { maxNodes: 1000 }), RuleSetError, /too large/);
    throws(
      () => loadRuleSet(single({ '==': [{ fact: 'housing' }, 'x'.repeat(20000)] })),
      RuleSetError,
      /longer than/,
    );
  });

  it('rejects values that are not JSON data', () => {
    ok(issues(single({ '==': [{ fact: 'count' }, Number.NaN] }))[0].includes('finite number'));
    ok(issues(single({ '==': [{ fact: 'count' }, new Date()] }))[0].includes('plain JSON data'));
    ok(issues(single({ '==': [{ fact: 'count' }, () => 1] }))[0].includes('not a function'));
  });

  it('rejects invalid JSON text with a clear message', () => {
    ok(issues('{"id": ')[0].startsWith('$: is not valid JSON'));
  });

  it('requires dated, cited parameters', () => {
    const found = issues(
      single(
        { '>': [{ param: 'x' }, 1] },
        {
          parameters: {
            x: { type: 'number', values: [{ from: '2025-13-01', value: 1 } as never] },
          },
        },
      ),
    );
    ok(
      found.some(
        (issue) => issue === '$.parameters.x.values[0].from: must be a date written YYYY-MM-DD',
      ),
      found.join('\n'),
    );
    ok(
      found.some((issue) =>
        issue.startsWith('$.parameters.x.values[0].citation: a citation needs'),
      ),
      found.join('\n'),
    );
  });

  it('finds programs that require each other in a cycle', () => {
    const found = issues(
      household([
        { id: 'a', name: 'A', agency: 'X', criteria: [{ id: 'c', when: true }], requires: ['b'] },
        { id: 'b', name: 'B', agency: 'X', criteria: [{ id: 'c', when: true }], requires: ['a'] },
      ]),
    );
    ok(
      found.some((issue) => issue.includes('requires or excludes itself through')),
      found.join('\n'),
    );
    ok(
      issues(
        household([
          {
            id: 'a',
            name: 'A',
            agency: 'X',
            criteria: [{ id: 'c', when: true }],
            requires: ['zzz'],
          },
        ]),
      )[0].includes('no program has the id "zzz"'),
    );
  });

  it('reports every problem at once, not just the first', () => {
    const found = issues({
      id: 'x',
      version: '1',
      facts: [{ id: '1bad', type: 'color', question: 'q' }],
      programs: [{ id: 'p' }],
    });
    ok(found.length >= 4, found.join('\n'));
    ok(found.some((issue) => issue.startsWith('$.facts[0].type')));
    ok(found.some((issue) => issue.startsWith('$.programs[0].criteria')));
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const rules = single({ fact: 'student' });
    (rules.programs[0].criteria[0] as unknown as Record<string, unknown>).wehn = true;
    ok(issues(rules)[0].startsWith('$.programs[0].criteria[0].wehn: is not a known field'));
  });
});

describe('loading big rule sets', () => {
  function manyFacts(count: number) {
    const ids = Array.from({ length: count }, (_, index) => `f${index}`);
    return {
      id: 'big',
      version: '1',
      facts: ids.map((id) => ({ id, type: 'boolean', question: 'q' })),
      programs: [
        {
          id: 'p',
          name: 'P',
          agency: 'A',
          criteria: [{ id: 'c', when: { all: ids.map((id) => ({ fact: id })) } }],
        },
      ],
    };
  }

  it('loads one "all" over 20,000 yes/no facts when the fact limit allows it', () => {
    const compiled = loadRuleSet(manyFacts(20_000), { maxFacts: 20_000 });
    equal(compiled.factList.length, 20_000);
  });

  it('refuses more facts than the limit with a LimitError', () => {
    const error = throws(() => loadRuleSet(manyFacts(DEFAULT_LIMITS.maxFacts + 1)), LimitError);
    ok(error.message.includes(`the limit is ${DEFAULT_LIMITS.maxFacts}`), error.message);
    ok(loadRuleSet(manyFacts(DEFAULT_LIMITS.maxFacts)));
  });

  it("counts household members' facts against the limit", () => {
    // The fixture declares 10 facts, one of them a members fact with 3 facts per member.
    ok(loadRuleSet(single({ fact: 'student' }), { maxFacts: 13 }));
    throws(
      () => loadRuleSet(single({ fact: 'student' }), { maxFacts: 12 }),
      LimitError,
      /13 facts/,
    );
  });
});
