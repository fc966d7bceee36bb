// Node only (reads schema.json and the example pack): the published JSON Schema and loadRuleSet
// must agree on which documents are well formed.
//
// Agreement means: every document the loader accepts, the schema accepts; and every document the
// schema accepts, the loader accepts too, unless its only problems are ones a JSON Schema cannot
// express (MEANING_ONLY below: references to declared facts and parameters, kinds of compared
// values, duplicates, cycles, calendar dates, time zones, nesting depth, program and fact counts).
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import published from '../../schema.json';
import { examplePrograms } from '@plaza/example-programs';
import { loadRuleSet } from '../../src/document/rule-set.js';
import { EligibilityError, RuleSetError } from '../../src/errors.js';
import { generator, rng } from '../fuzz-corpus.js';
import { single } from '../fixtures.js';
import { deepEqual, equal, ok } from '../assert.js';

/**
 * Loader messages a JSON Schema cannot check (meaning: references, kinds, duplicates, cycles,
 * calendar dates, time zones) or does not (the adjustable limits: depth, size, string length,
 * numbers of facts and programs).
 */
const MEANING_ONLY: readonly RegExp[] = [
  /is longer than \d+ characters/,
  /is too large/,
  /is not a declared fact/,
  /is not a fact of/,
  /is not a parameter of this rule set/,
  /is not a (povertyGuidelines|table) parameter/,
  /must name a declared "members" fact/,
  /needs a declared "jurisdiction" fact/,
  /takes the id of a declared fact/,
  /can only be used inside count, sum, some or every/,
  /cannot be used inside another member loop/,
  /is a (table|povertyGuidelines); use/,
  /cannot compare/,
  /compares numbers, money or dates/,
  /fact; compare it with an operator/,
  /arithmetic needs numbers or money/,
  /cannot (mix|multiply|divide)/,
  /must be (a |an )?(plain number|date|number|money|string|boolean|jurisdiction|members), not/,
  /"in" tests text, numbers or dates/,
  /but the value tested is a/,
  /both branches must be the same kind/,
  /table keys are text or numbers/,
  /"sum" adds numbers or money/,
  /"round" needs a number or money/,
  /is declared twice/,
  /is used (by another program|twice)/,
  /no program has the id/,
  /cannot require or exclude itself|requires or excludes itself/,
  /two values take effect on the same date/,
  /is not a time zone this runtime knows/,
  /must be a date written YYYY-MM-DD/,
  /is nested too deeply/,
  /has more than \d+ programs/,
  /is not a valid \w+ value/,
];

export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  return ajv.compile(schema);
}

type Verdict = { agree: true } | { agree: false; why: string };

/** Compares the schema's and the loader's verdicts on one document. */
export function compare(validate: ValidateFunction, document: unknown): Verdict {
  const schemaAccepts = validate(document);
  let loaderIssues: string[] = [];
  try {
    loadRuleSet(document);
  } catch (error) {
    if (error instanceof RuleSetError)
      loaderIssues = error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    else if (error instanceof EligibilityError) loaderIssues = [error.message];
    else throw error;
  }
  if (loaderIssues.length === 0)
    return schemaAccepts
      ? { agree: true }
      : {
          agree: false,
          why: `the loader accepts but the schema rejects: ${JSON.stringify(validate.errors?.slice(0, 2))}`,
        };
  if (!schemaAccepts) return { agree: true };
  const shape = loaderIssues.filter(
    (issue) => !MEANING_ONLY.some((pattern) => pattern.test(issue)),
  );
  return shape.length === 0
    ? { agree: true }
    : { agree: false, why: `the schema accepts but the loader rejects: ${shape.join('; ')}` };
}

/** Documents at the edges of the format, each accepted or rejected by both. */
export function boundaryDocuments(): [string, unknown][] {
  const operands = (count: number) => Array.from({ length: count }, () => ({ fact: 'count' }));
  const city = (length: number) => single({ livesIn: { city: 'x'.repeat(length) } });
  const id = (length: number) => single({ fact: 'student' }, { id: 'x'.repeat(length) } as never);
  const withMessages = (lang: string) =>
    single({ fact: 'student' }, { messages: { [lang]: { k: 'v' } } });
  const factId = (value: string) => {
    const rules = single({ fact: 'student' });
    return { ...rules, facts: [...rules.facts, { id: value, type: 'boolean', question: 'q' }] };
  };
  return [
    ['+ with 100 operands', single({ '<=': [{ '+': operands(100) }, 5] })],
    ['+ with 101 operands', single({ '<=': [{ '+': operands(101) }, 5] })],
    ['+ with no operands', single({ '<=': [{ '+': [] }, 5] })],
    ['- with 3 operands', single({ '<=': [{ '-': operands(3) }, 5] })],
    ['min with 101 operands', single({ '<=': [{ min: operands(101) }, 5] })],
    ['200-character city', city(200)],
    ['201-character city', city(201)],
    ['empty city', city(0)],
    ['messages in "es-MX"', withMessages('es-MX')],
    ['messages in "english"', withMessages('english')],
    ['messages in "EN"', withMessages('EN')],
    ['rule-set id of 100 characters', id(100)],
    ['fact id "toString"', factId('toString')],
    ['fact id "hasOwnProperty"', factId('hasOwnProperty')],
    ['fact id of 101 characters', factId('x'.repeat(101))],
    ['state "XX"', single({ livesIn: { state: 'XX' } })],
    ['state "PR"', single({ livesIn: { state: 'PR' } })],
    ['county "6037"', single({ livesIn: { county: '6037' } })],
    ['round with step 0', single({ '<=': [{ round: [{ fact: 'count' }, 'up', 0] }, 5] })],
    ['money with a bad period', single({ '<=': [{ fact: 'income' }, { money: [5, 'day'] }] })],
    ['criterion without when', single({ fact: 'student' }, {})],
    ['link to javascript:', { ...single({ fact: 'student' }), title: 'javascript:alert(1)' }],
    ['argument name with a dash', argsNamed('a-b')],
    ['string of 10,000 characters', single({ '==': [{ fact: 'housing' }, 'x'.repeat(10_000)] })],
    ['string of 10,001 characters', single({ '==': [{ fact: 'housing' }, 'x'.repeat(10_001)] })],
    ['apply at https', nextSteps({ apply: { url: 'https://apply.example.gov', label: 'k' } })],
    ['apply at a path', nextSteps({ apply: { url: '/apply' } })],
    ['apply at javascript:', nextSteps({ apply: { url: 'javascript:alert(1)' } })],
    ['apply at http:', nextSteps({ apply: { url: 'http://apply.example.gov' } })],
    ['apply at //host', nextSteps({ apply: { url: '//evil.example' } })],
    ['apply at /\\host', nextSteps({ apply: { url: '/\\evil.example' } })],
    ['apply without url', nextSteps({ apply: { label: 'k' } })],
    ['apply with an empty label', nextSteps({ apply: { url: '/a', label: '' } })],
    ['documents with an empty key', nextSteps({ documents: ['a', ''] })],
    ['empty contact', nextSteps({ contact: {} })],
    ['contact phone "(800) 221-5689"', nextSteps({ contact: { phone: '(800) 221-5689' } })],
    ['contact phone "call us"', nextSteps({ contact: { phone: 'call us' } })],
    ['contact email without a domain', nextSteps({ contact: { email: 'help@agency' } })],
    ['contact url at data:', nextSteps({ contact: { url: 'data:text/html,x' } })],
    ['services listed twice', nextSteps({ services: ['svc-a', 'svc-a'] })],
    ['service id with a space', nextSteps({ services: ['svc a'] })],
    ['service id of 101 characters', nextSteps({ services: ['s'.repeat(101)] })],
  ];
}

function nextSteps(fields: Record<string, unknown>): unknown {
  const rules = single({ fact: 'student' });
  return { ...rules, programs: [{ ...rules.programs[0], ...fields }] };
}

function argsNamed(name: string): unknown {
  const rules = single({ fact: 'student' });
  const program = rules.programs[0];
  return {
    ...rules,
    programs: [{ ...program, criteria: [{ ...program.criteria[0], args: { [name]: 1 } }] }],
  };
}

/** The fuzz corpus, as JSON documents (values JSON cannot hold are left out, as JSON text would). */
export function fuzzDocuments(count: number): unknown[] {
  const make = generator(rng(20251102));
  const documents: unknown[] = [];
  while (documents.length < count) {
    try {
      const made = make.ruleSet();
      // The corpus also holds JSON text, which loadRuleSet parses: the schema sees the parsed data.
      const text = typeof made === 'string' ? made : JSON.stringify(made);
      documents.push(JSON.parse(text) as unknown);
    } catch {
      // BigInt and other values JSON text cannot hold.
    }
  }
  return documents;
}

describe('schema.json and loadRuleSet agree', () => {
  const validate = compileSchema(published);

  it('on the example pack', () => {
    equal(validate(examplePrograms), true, JSON.stringify(validate.errors));
    deepEqual(compare(validate, examplePrograms), { agree: true });
  });

  it('on boundary documents', () => {
    const disagreements = boundaryDocuments()
      .map(([name, document]) => [name, compare(validate, document)] as const)
      .filter(([, verdict]) => !verdict.agree)
      .map(([name, verdict]) => `${name}: ${verdict.agree ? '' : verdict.why}`);
    deepEqual(disagreements, []);
  });

  it('on the fuzz corpus', () => {
    const documents = fuzzDocuments(1500);
    let accepted = 0;
    const disagreements: string[] = [];
    for (const document of documents) {
      const verdict = compare(validate, document);
      if (!verdict.agree) disagreements.push(verdict.why);
      if (validate(document)) accepted++;
    }
    deepEqual(disagreements.slice(0, 5), []);
    ok(accepted > 0, 'the corpus has documents both accept');
  });

  it('detects a disagreement: a schema copy that allows 101 operands, or forbids "not"', () => {
    const loosened = JSON.parse(JSON.stringify(published)) as typeof published;
    const looseValidate = compileSchema(
      JSON.parse(
        JSON.stringify(loosened).replaceAll('"maxItems":100', '"maxItems":1000'),
      ) as object,
    );
    const hundredAndOne = boundaryDocuments().find(([name]) => name === '+ with 101 operands');
    equal(compare(looseValidate, hundredAndOne?.[1]).agree, false, 'loosened schema');
    const tightened = JSON.parse(
      JSON.stringify(published).replace('"not":{"$ref":"#/$defs/condition"}', '"not":false'),
    ) as object;
    ok(JSON.stringify(tightened) !== JSON.stringify(published), 'the copy was changed');
    equal(
      compare(compileSchema(tightened), single({ not: { fact: 'student' } })).agree,
      false,
      'tightened schema',
    );
  });
});
