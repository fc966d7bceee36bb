/**
 * The published JSON Schema of the rule format (draft 2020-12). The operators' part is derived
 * from the operator registry. `schema.json` at the package root is written from this object by
 * `npm run generate --workspace @plaza/eligibility`, and a test checks the two match. The loader checks more than the schema can (types of compared
 * values, declared facts, parameters) and names the JSON path of every problem.
 */
import { EMAIL_PATTERN, PHONE_PATTERN, SAFE_LINK_PATTERN, SERVICE_ID_PATTERN } from './formats.js';
import {
  MAX_CITY_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_ID_LENGTH,
  MAX_LINK_LENGTH,
  MAX_PHONE_LENGTH,
} from './limits.js';
import type { OperatorEntry } from './operators/entry.js';
import { CONDITIONS, VALUES } from './operators/registry.js';
import { schemaParts } from './schema-parts.js';
import { STATE_CODES } from './values.js';

const { id, isoDate, list, period, ref } = schemaParts;
/** The loader's language-tag check on message catalogs. */
const LANGUAGE_TAG = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
const oneOrMany = (item: object): object => ({ anyOf: [item, list(item, 1)] });
const messageKey = { type: 'string', minLength: 1 };
const safeLink = { type: 'string', pattern: SAFE_LINK_PATTERN, maxLength: MAX_LINK_LENGTH };

/** `{"<name>": <operand>}` for each operator, its operand described by its registry entry. */
function operatorSchemas(operators: ReadonlyMap<string, OperatorEntry>): object[] {
  return [...operators.values()].map((entry) => ({
    type: 'object',
    properties: { [entry.name]: entry.schema(schemaParts) },
    required: [entry.name],
    additionalProperties: false,
  }));
}

export const ruleSetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plaza.example.gov/schemas/eligibility/rule-set.json',
  title: 'Plaza eligibility rule set',
  description:
    'Facts, dated cited parameters and programs whose criteria are three-valued conditions.',
  type: 'object',
  required: ['id', 'version', 'facts', 'programs'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    facts: list(ref('fact')),
    parameters: { type: 'object', additionalProperties: ref('parameter'), propertyNames: id },
    programs: list(ref('program')),
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        conversions: {
          type: 'object',
          propertyNames: period,
          additionalProperties: { type: 'number', exclusiveMinimum: 0 },
        },
        leapDayBirthday: { enum: ['march1', 'february28'] },
        timeZone: { type: 'string' },
      },
    },
    messages: {
      type: 'object',
      description:
        'Message catalogs by language tag: text, or plural forms chosen by the "count" argument.',
      propertyNames: { pattern: LANGUAGE_TAG },
      additionalProperties: {
        type: 'object',
        additionalProperties: {
          anyOf: [
            { type: 'string' },
            {
              type: 'object',
              propertyNames: { enum: ['zero', 'one', 'two', 'few', 'many', 'other'] },
              additionalProperties: { type: 'string' },
            },
          ],
        },
      },
    },
  },
  $defs: {
    citation: {
      type: 'object',
      required: ['title', 'url'],
      additionalProperties: false,
      properties: { title: { type: 'string' }, url: { type: 'string', pattern: '^https?://' } },
    },
    rounding: {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: {
        mode: { enum: ['up', 'down', 'nearest'] },
        to: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    fact: {
      type: 'object',
      required: ['id', 'type', 'question'],
      additionalProperties: false,
      properties: {
        id,
        type: {
          enum: ['boolean', 'number', 'money', 'date', 'enum', 'text', 'jurisdiction', 'members'],
        },
        question: { type: 'string', description: 'Message key of the question.' },
        hint: { type: 'string', description: 'Message key of the hint.' },
        sensitive: { type: 'boolean' },
        options: list({ type: 'string' }, 1),
        period,
        facts: list(ref('fact')),
      },
    },
    schedule: {
      type: 'object',
      required: ['amounts'],
      additionalProperties: false,
      properties: {
        amounts: list({ type: 'number', exclusiveMinimum: 0 }),
        perAdditionalPerson: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    parameter: {
      type: 'object',
      required: ['type', 'values'],
      additionalProperties: false,
      properties: {
        type: { enum: ['number', 'money', 'text', 'boolean', 'table', 'povertyGuidelines'] },
        period,
        rounding: ref('rounding'),
        description: { type: 'string' },
        values: list(
          {
            type: 'object',
            required: ['from', 'value', 'citation'],
            additionalProperties: false,
            properties: {
              from: isoDate,
              citation: ref('citation'),
              note: { type: 'string' },
              value: {
                anyOf: [
                  { type: 'number' },
                  { type: 'string' },
                  { type: 'boolean' },
                  {
                    type: 'object',
                    required: ['year'],
                    additionalProperties: false,
                    properties: {
                      year: { type: 'integer' },
                      contiguous: ref('schedule'),
                      alaska: ref('schedule'),
                      hawaii: ref('schedule'),
                    },
                  },
                  { type: 'object', additionalProperties: { type: 'number' } },
                ],
              },
            },
          },
          1,
        ),
      },
    },
    jurisdictionMatch: {
      type: 'object',
      additionalProperties: false,
      properties: {
        state: oneOrMany({ enum: [...STATE_CODES].sort() }),
        county: oneOrMany({ type: 'string', pattern: '^\\d{5}$' }),
        city: oneOrMany({ type: 'string', minLength: 1, maxLength: MAX_CITY_LENGTH }),
        fact: id,
      },
    },
    criterion: {
      type: 'object',
      required: ['id', 'when'],
      additionalProperties: false,
      properties: {
        id,
        when: ref('condition'),
        messages: {
          type: 'object',
          additionalProperties: false,
          properties: {
            met: { type: 'string' },
            unmet: { type: 'string' },
            unknown: { type: 'string' },
          },
        },
        args: {
          type: 'object',
          propertyNames: { pattern: '^\\w+$' },
          additionalProperties: ref('expression'),
        },
        period,
        citation: ref('citation'),
      },
    },
    program: {
      type: 'object',
      required: ['id', 'name', 'agency', 'criteria'],
      additionalProperties: false,
      properties: {
        id,
        name: { type: 'string' },
        description: { type: 'string' },
        agency: { type: 'string' },
        jurisdiction: ref('jurisdictionMatch'),
        criteria: list(ref('criterion'), 1),
        links: {
          type: 'object',
          additionalProperties: false,
          properties: {
            apply: { type: 'string', pattern: '^https?://' },
            learnMore: { type: 'string', pattern: '^https?://' },
          },
        },
        requires: list(id),
        excludes: list(id),
        citations: list(ref('citation')),
        apply: {
          type: 'object',
          description: 'Where to apply: an https:// address or a path on your site, and a label.',
          required: ['url'],
          additionalProperties: false,
          properties: { url: safeLink, label: messageKey },
        },
        documents: {
          ...list(messageKey),
          description: 'Message keys of the documents to have ready.',
        },
        contact: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            name: messageKey,
            phone: { type: 'string', pattern: PHONE_PATTERN, maxLength: MAX_PHONE_LENGTH },
            email: { type: 'string', pattern: EMAIL_PATTERN, maxLength: MAX_EMAIL_LENGTH },
            url: safeLink,
          },
        },
        services: {
          ...list({ type: 'string', pattern: SERVICE_ID_PATTERN, maxLength: MAX_ID_LENGTH }),
          uniqueItems: true,
          description: 'Ids of Open Referral HSDS services that help with this program.',
        },
      },
    },
    condition: { anyOf: [{ type: 'boolean' }, ...operatorSchemas(CONDITIONS)] },
    expression: {
      anyOf: [
        { type: 'number' },
        { type: 'string' },
        { type: 'boolean' },
        ...operatorSchemas(VALUES),
      ],
    },
  },
} as const;
