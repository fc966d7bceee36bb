import { CompiledRuleSet } from './compiled.js';
import { loadRuleSet } from './document/rule-set.js';
import { RuleSetError } from './errors.js';
import { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
import { single } from '../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../test/assert.js';

describe('CompiledRuleSet', () => {
  const rules = single({ fact: 'student' });

  it('is what loadRuleSet returns, told apart by instanceof alone', () => {
    const compiled = loadRuleSet(rules);
    ok(compiled instanceof CompiledRuleSet, 'instanceof');
    equal(compiled.id, 'test');
    equal(compiled.version, '1.0.0');
    deepEqual(compiled.programIds, ['p']);
    equal(statusOf(evaluateStatuses(compiled, { student: true }), 'p'), 'likely');
  });

  it('is not duck-typed: a look-alike object is read as a rule set document, and refused', () => {
    const compiled = loadRuleSet(rules);
    const lookAlike = { ...compiled, paramCache: new Map(), factOrder: [] };
    throws(
      () => evaluate(lookAlike as never, {}),
      RuleSetError,
      /\$.facts: must be plain JSON data/,
    );
  });

  it('cannot be built except by loading', () => {
    const Construct = CompiledRuleSet as unknown as new (loaded: unknown) => unknown;
    // The constructor is private to TypeScript; at run time it needs the loader's parts.
    throws(() => new Construct(undefined), TypeError);
  });

  it('gives each program its next steps by id', () => {
    const compiled = loadRuleSet({
      ...rules,
      programs: [{ ...rules.programs[0], documents: ['doc.id'], services: ['svc-1'] }],
    });
    const [result] = evaluate(compiled, {}).programs;
    equal(compiled.nextSteps('p'), result.nextSteps);
    equal(compiled.nextSteps('nope'), undefined);
  });
});
