/**
 * Building blocks of the published JSON Schema, shared by schema.ts and the operator entries
 * (each entry describes its own operand with them).
 */
import { MAX_ID_LENGTH } from './limits.js';

const ref = (name: string): { $ref: string } => ({ $ref: `#/$defs/${name}` });
const list = (item: object, minItems = 0): object => ({ type: 'array', items: item, minItems });

export const schemaParts = {
  ref,
  list,
  /** Ids: letters, digits, ".", "_" and "-", and never a name Object.prototype already has. */
  id: {
    type: 'string',
    pattern: `^[A-Za-z][A-Za-z0-9_.-]{0,${MAX_ID_LENGTH - 1}}$`,
    not: { enum: Object.getOwnPropertyNames(Object.prototype).sort() },
  },
  period: { enum: ['week', 'biweek', 'semimonth', 'month', 'year'] },
  isoDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  condition: ref('condition'),
  value: ref('expression'),
  /** A list of `min` to `max` values. */
  values: (arity: { min: number; max: number }): object => ({
    ...list(ref('expression'), arity.min),
    maxItems: arity.max,
  }),
  /** A fixed list: one schema per position. */
  tuple: (...items: object[]): object => ({
    type: 'array',
    prefixItems: items,
    minItems: items.length,
    maxItems: items.length,
  }),
  /** An object with these properties, `required` among them. */
  record: (properties: Record<string, object>, required: string[] = []): object => ({
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    properties,
  }),
};

export type SchemaParts = typeof schemaParts;
