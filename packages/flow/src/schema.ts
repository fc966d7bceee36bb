/**
 * The JSON Schema of the flow definition format, published as `@plaza/flow/schema.json` (written
 * by `npm run schema --workspace @plaza/flow`; a test checks the file matches). Built from the
 * same vocabulary the loader uses; conditions refer to the eligibility rule set's schema. The
 * loader checks more than a schema can (references, reachability, cycles, condition types).
 */
import {
  CONTROL_TYPES,
  ERROR_KEYS,
  OPTION_VALUE,
  NAME_FOR,
  PERIODS,
  TIN_KINDS,
  VALIDATION_KEYS,
  DATE_BOUND,
} from './vocabulary.js';

const CONDITION = {
  $ref: 'https://plaza.example.gov/schemas/eligibility/rule-set.json#/$defs/condition',
};
const ID = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' };
const TEXT = { type: 'string', minLength: 1, description: 'A message key, or plain text.' };

const validationProperties: Record<string, unknown> = {};
for (const key of VALIDATION_KEYS)
  validationProperties[key] =
    key === 'required'
      ? { type: 'boolean' }
      : key === 'pattern'
        ? { type: 'string', maxLength: 500 }
        : key === 'after' || key === 'before'
          ? { type: 'string', pattern: DATE_BOUND.source }
          : key === 'min' || key === 'max'
            ? { type: 'number' }
            : { type: 'integer', minimum: 0 };

export const flowDefinitionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plaza.example.gov/schemas/flow/definition.json',
  title: 'Plaza flow definition',
  description:
    'A multi-page service: pages of questions, repeat groups, branching in the eligibility rules language, sections and a confirmation.',
  type: 'object',
  required: ['id', 'version', 'name', 'pages', 'confirmation'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: ID,
    version: { type: 'string', minLength: 1 },
    name: TEXT,
    pages: { type: 'array', minItems: 1, items: { $ref: '#/$defs/pageOrGroup' } },
    sections: { type: 'array', items: { $ref: '#/$defs/section' } },
    taskList: { type: 'boolean' },
    checkAnswers: { type: 'boolean' },
    confirmation: {
      type: 'object',
      required: ['heading'],
      additionalProperties: false,
      properties: { heading: TEXT, body: TEXT },
    },
    messages: {
      type: 'object',
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: {
          anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }],
        },
      },
    },
  },
  $defs: {
    pageOrGroup: {
      if: { required: ['kind'] },
      then: { $ref: '#/$defs/group' },
      else: { $ref: '#/$defs/page' },
    },
    route: {
      type: 'object',
      required: ['page'],
      additionalProperties: false,
      properties: { page: ID, when: CONDITION },
    },
    page: {
      type: 'object',
      required: ['id', 'heading', 'questions'],
      additionalProperties: false,
      properties: {
        id: ID,
        heading: TEXT,
        guidance: TEXT,
        questions: { type: 'array', items: { $ref: '#/$defs/question' } },
        showWhen: CONDITION,
        next: { type: 'array', minItems: 1, items: { $ref: '#/$defs/route' } },
      },
    },
    group: {
      type: 'object',
      required: ['kind', 'id', 'heading', 'itemName', 'summary', 'pages'],
      additionalProperties: false,
      properties: {
        kind: { const: 'repeat' },
        id: ID,
        heading: TEXT,
        guidance: TEXT,
        itemName: TEXT,
        addAnother: TEXT,
        summary: TEXT,
        min: { type: 'integer', minimum: 0 },
        max: { type: 'integer', minimum: 1 },
        pages: { type: 'array', minItems: 1, items: { $ref: '#/$defs/pageOrGroup' } },
        showWhen: CONDITION,
        next: { type: 'array', minItems: 1, items: { $ref: '#/$defs/route' } },
      },
    },
    question: {
      type: 'object',
      required: ['id', 'control', 'label'],
      additionalProperties: false,
      properties: {
        id: ID,
        control: { enum: [...CONTROL_TYPES] },
        label: TEXT,
        hint: TEXT,
        options: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['value', 'label'],
            additionalProperties: false,
            properties: {
              value: { type: 'string', pattern: OPTION_VALUE.source },
              label: TEXT,
              hint: TEXT,
            },
          },
        },
        validation: {
          type: 'object',
          additionalProperties: false,
          properties: validationProperties,
        },
        errors: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries([...ERROR_KEYS].map((key) => [key, TEXT])),
        },
        sensitive: { type: 'boolean' },
        showWhen: CONDITION,
        period: { enum: [...PERIODS] },
        autocomplete: { type: 'string', pattern: '^[a-z0-9 -]{1,100}$' },
        accept: {
          type: 'array',
          minItems: 1,
          maxItems: TIN_KINDS.length,
          uniqueItems: true,
          items: { enum: [...TIN_KINDS] },
        },
        for: { enum: [...NAME_FOR] },
      },
    },
    section: {
      type: 'object',
      required: ['id', 'title', 'pages'],
      additionalProperties: false,
      properties: { id: ID, title: TEXT, pages: { type: 'array', minItems: 1, items: ID } },
    },
  },
} as const;
