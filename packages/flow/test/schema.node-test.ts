// Node only: reads the published schema.json files and checks them with Ajv (JSON Schema 2020-12).
import { deepEqual, equal } from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import published from '../schema.json';
import ruleSetSchema from '@plaza/eligibility/schema.json';
import { loadFlow } from '../src/index.js';
import { flowDefinitionSchema } from '../src/schema.js';
import { energyAssistance, parkingPermit } from '../src/examples/index.js';
import { definition, page } from './fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(ruleSetSchema);
const validate = ajv.compile(published);

function loads(input: unknown): boolean {
  try {
    loadFlow(input);
    return true;
  } catch {
    return false;
  }
}

const base = definition([page('a', 'q1'), page('b', 'q2')]);
/** Documents at the edges of the format: [name, document, valid?]. */
const boundaries: [string, unknown, boolean][] = [
  ['the smallest definition', definition([page('a', 'q1')]), true],
  [
    'every control type',
    definition([
      {
        id: 'p',
        heading: 'P',
        questions: [
          { id: 'c1', control: 'text', label: 'x' },
          { id: 'c2', control: 'textarea', label: 'x' },
          { id: 'c3', control: 'number', label: 'x' },
          { id: 'c4', control: 'date', label: 'x' },
          { id: 'c5', control: 'file', label: 'x' },
          { id: 'c6', control: 'name', label: 'x', for: 'other' },
          { id: 'c7', control: 'address', label: 'x' },
          { id: 'c8', control: 'phone', label: 'x' },
          { id: 'c9', control: 'email', label: 'x' },
          { id: 'c10', control: 'tin', label: 'x', accept: ['ssn', 'itin'] },
          { id: 'c11', control: 'money', label: 'x', period: 'year' },
          { id: 'c12', control: 'select', label: 'x', options: [{ value: 'a', label: 'A' }] },
        ],
      },
    ]),
    true,
  ],
  ['an unknown field', { ...base, extra: true }, false],
  ['no confirmation', { ...base, confirmation: undefined }, false],
  [
    'an unknown control',
    definition([
      { id: 'p', heading: 'P', questions: [{ id: 'q', control: 'slider' as never, label: 'x' }] },
    ]),
    false,
  ],
  ['an id with a space', definition([page('a b', 'q1')]), false],
  [
    'an option value with a space',
    definition([
      {
        id: 'p',
        heading: 'P',
        questions: [
          { id: 'q', control: 'radios', label: 'x', options: [{ value: 'a b', label: 'A' }] },
        ],
      },
    ]),
    false,
  ],
  ['empty pages', definition([]), false],
  [
    'a tin accepting an unknown kind of number',
    definition([
      {
        id: 'p',
        heading: 'P',
        questions: [{ id: 'q', control: 'tin', label: 'x', accept: ['ein' as never] }],
      },
    ]),
    false,
  ],
  [
    'a name for nobody in particular',
    definition([
      {
        id: 'p',
        heading: 'P',
        questions: [{ id: 'q', control: 'name', label: 'x', for: 'anyone' as never }],
      },
    ]),
    false,
  ],
  [
    'a date bound that is not a date',
    definition([
      {
        id: 'p',
        heading: 'P',
        questions: [{ id: 'q', control: 'date', label: 'x', validation: { after: 'soon' } }],
      },
    ]),
    false,
  ],
  [
    'an unknown condition operator',
    definition([page('a', 'q1'), page('b', 'q2', { showWhen: { bogus: 1 } as never })]),
    false,
  ],
  [
    'a repeat group without a summary',
    definition([
      { kind: 'repeat', id: 'g', heading: 'G', itemName: 'x', pages: [page('p', 'q')] } as never,
    ]),
    false,
  ],
];

describe('published JSON Schema', () => {
  it('schema.json is up to date with src/schema.ts (run npm run schema --workspace @plaza/flow)', () => {
    deepEqual(published, JSON.parse(JSON.stringify(flowDefinitionSchema)));
  });

  it('accepts both examples, as the loader does', () => {
    for (const example of [parkingPermit, energyAssistance]) {
      equal(validate(example), true, JSON.stringify(validate.errors));
      equal(loads(example), true);
    }
  });

  for (const [name, document, valid] of boundaries)
    it(`schema and loader agree on ${name}`, () => {
      equal(
        validate(JSON.parse(JSON.stringify(document))),
        valid,
        `schema: ${JSON.stringify(validate.errors)}`,
      );
      equal(loads(document), valid, 'loader');
    });
});
