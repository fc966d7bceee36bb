import { loadRuleSet } from '../document/rule-set.js';
import { RuleSetError } from '../errors.js';
import { ruleSetSchema } from '../schema.js';
import { schemaParts } from '../schema-parts.js';
import { CONDITIONS, OPERATORS, VALUES, operator } from './registry.js';
import { single } from '../../test/fixtures.js';
import { deepEqual, equal, ok, throws } from '../../test/assert.js';

function schemaNames(name: 'condition' | 'expression'): string[] {
  const anyOf = (ruleSetSchema.$defs[name] as unknown as { anyOf: { properties?: object }[] })
    .anyOf;
  return anyOf.flatMap((option) => Object.keys(option.properties ?? {}));
}

describe('operator registry', () => {
  it('has one entry per name', () => {
    const names = OPERATORS.map((entry) => entry.name);
    deepEqual([...new Set(names)], names);
    ok(names.length >= 30, `${names.length} operators`);
  });

  for (const entry of OPERATORS) {
    it(`"${entry.name}" is complete: compiles, types, docs, schema, JSON Logic`, () => {
      ok(entry.condition || entry.value, 'stands as a condition or a value');
      ok(entry.types.takes.length > 0 && entry.types.gives.length > 0, 'types in words');
      ok(/^[A-Z].*\.$/.test(entry.docs.summary), `docs summary: ${entry.docs.summary}`);
      ok(entry.docs.example !== undefined, 'docs example');
      equal(typeof entry.schema(schemaParts), 'object', 'schema');
      const mapping = entry.jsonLogic;
      ok(
        'name' in mapping
          ? mapping.name.length > 0
          : 'none' in mapping
            ? /^JSON Logic has no /.test(mapping.none)
            : mapping.shape === 'parameter' || mapping.shape === 'amount',
        `JSON Logic mapping or an explicit "no equivalent": ${JSON.stringify(mapping)}`,
      );
      if (entry.arity) ok(entry.arity.min <= entry.arity.max, 'arity');
      equal(operator(entry.name), entry);
    });
  }

  it('is where the JSON Schema gets its operators, in registry order', () => {
    deepEqual(schemaNames('condition'), [...CONDITIONS.keys()]);
    deepEqual(schemaNames('expression'), [...VALUES.keys()]);
  });

  it('is where the loader gets its "use ..." lists', () => {
    const error = throws(() => loadRuleSet(single({ regex: ['a', 'b'] })), RuleSetError);
    const message = error.issues[0].message;
    for (const name of CONDITIONS.keys()) ok(message.includes(` ${name}`), `lists ${name}`);
    const value = throws(() => loadRuleSet(single({ '<=': [{ regex: 'a' }, 1] })), RuleSetError)
      .issues[0].message;
    ok(value.endsWith(`(use ${[...VALUES.keys()].join(', ')})`), value);
  });

  it('enforces the arity it declares', () => {
    const divide = VALUES.get('/');
    deepEqual(divide?.arity, { min: 2, max: 2 });
    const error = throws(
      () => loadRuleSet(single({ '<=': [{ '/': [{ fact: 'count' }] }, 1] })),
      RuleSetError,
    );
    equal(error.issues[0].message, '"/" takes a list of 2 values');
  });
});
