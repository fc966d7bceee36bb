// Node only (reads the published schema.json file): named *.node-test.ts so browser runs skip it.
import published from '../../schema.json';
import { ruleSetSchema } from '../../src/schema.js';
import { loadRuleSet } from '../../src/document/rule-set.js';
import { RuleSetError } from '../../src/errors.js';
import { single } from '../fixtures.js';
import { deepEqual, ok, throws } from '../assert.js';

function operators(name: 'condition' | 'expression'): string[] {
  const anyOf = (
    ruleSetSchema.$defs[name] as unknown as { anyOf: { properties?: Record<string, unknown> }[] }
  ).anyOf;
  return anyOf.flatMap((option) => Object.keys(option.properties ?? {})).sort();
}

describe('published JSON Schema', () => {
  it('schema.json is up to date with src/schema.ts (run npm run schema)', () => {
    deepEqual(published, JSON.parse(JSON.stringify(ruleSetSchema)));
  });

  it('lists exactly the operators the loader accepts', () => {
    deepEqual(
      operators('condition'),
      [
        '!=',
        '<',
        '<=',
        '==',
        '>',
        '>=',
        'all',
        'answered',
        'any',
        'every',
        'fact',
        'in',
        'livesIn',
        'member',
        'not',
        'some',
      ].sort(),
    );
    deepEqual(
      operators('expression'),
      [
        '*',
        '+',
        '-',
        '/',
        'age',
        'asOf',
        'count',
        'date',
        'fact',
        'fpl',
        'if',
        'lookup',
        'max',
        'member',
        'min',
        'money',
        'param',
        'percentOfFpl',
        'round',
        'sum',
      ].sort(),
    );
    for (const op of operators('condition')) {
      const error = (() => {
        try {
          loadRuleSet(single({ [op]: 'x' }));
          return undefined;
        } catch (caught) {
          return caught as RuleSetError;
        }
      })();
      ok(
        !error || !error.message.includes('is not a condition operator'),
        `${op} should be a known operator`,
      );
    }
    throws(() => loadRuleSet(single({ regex: 'x' })), RuleSetError, /not a condition operator/);
  });
});
