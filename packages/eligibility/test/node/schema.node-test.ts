// Node only (reads the published schema.json file): named *.node-test.ts so browser runs skip it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import published from '../../schema.json';
import { OPERATORS } from '../../src/operators/registry.js';
import {
  REFERENCE_END,
  REFERENCE_START,
  operatorReference,
} from '../../src/operators/reference.js';
import { ruleSetSchema } from '../../src/schema.js';
import { loadRuleSet } from '../../src/document/rule-set.js';
import { RuleSetError } from '../../src/errors.js';
import { single } from '../fixtures.js';
import { deepEqual, equal, ok, throws } from '../assert.js';

function operators(name: 'condition' | 'expression'): string[] {
  const anyOf = (
    ruleSetSchema.$defs[name] as unknown as { anyOf: { properties?: Record<string, unknown> }[] }
  ).anyOf;
  return anyOf.flatMap((option) => Object.keys(option.properties ?? {})).sort();
}

describe('published JSON Schema', () => {
  it("docs/eligibility/operators.md has the registry's reference (run npm run generate)", async () => {
    // Node tests run from the repository root (scripts/run-node-tests.mjs).
    const file = join(process.cwd(), 'docs/eligibility/operators.md');
    const page = readFileSync(file, 'utf8');
    const start = page.indexOf(REFERENCE_START);
    const end = page.indexOf(REFERENCE_END) + REFERENCE_END.length;
    ok(start >= 0 && end > start, 'the page has the reference markers');
    // What scripts/generate.mjs would write: the block from the registry, formatted by Prettier.
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    const expected = await prettier.format(
      page.slice(0, start) + operatorReference() + page.slice(end),
      { ...options, parser: 'markdown' },
    );
    equal(page, expected);
  });

  it("accepts every registry entry's docs example", () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(published);
    for (const entry of OPERATORS) {
      const where = entry.condition ? 'condition' : 'expression';
      const validate = ajv.getSchema(`${published.$id}#/$defs/${where}`);
      ok(
        validate?.({ [entry.name]: entry.docs.example }),
        `${entry.name}: ${JSON.stringify(validate?.errors)}`,
      );
    }
  });

  it('schema.json is up to date with src/schema.ts (run npm run generate)', () => {
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
