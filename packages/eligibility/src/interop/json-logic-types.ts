/**
 * What the JSON Logic export and import share: the JSON Logic value type, its error, and the
 * operator registry's JSON Logic names.
 */
import { EligibilityError } from '../errors.js';
import type { OperatorEntry } from '../operators/entry.js';

export type JsonLogic =
  boolean | number | string | null | JsonLogic[] | { [operator: string]: JsonLogic };

/** A rule cannot be written in (or read from) the JSON Logic subset. */
export class JsonLogicError extends EligibilityError {
  readonly path: string;
  constructor(path: string, message: string) {
    super('json-logic-unsupported', `${path}: ${message}`);
    this.name = 'JsonLogicError';
    this.path = path;
  }
}

/** Our operator for each JSON Logic name (and alias) the registry maps, where it stands. */
export function fromJsonLogicNames(
  operators: ReadonlyMap<string, OperatorEntry>,
): ReadonlyMap<string, OperatorEntry> {
  const names = new Map<string, OperatorEntry>();
  for (const entry of operators.values()) {
    const mapping = entry.jsonLogic;
    if (!('name' in mapping)) continue;
    for (const name of [mapping.name, ...(mapping.aliases ?? [])]) names.set(name, entry);
  }
  return names;
}
