/**
 * The operator registry: every operator of the rule language, one entry each (entry.ts). The
 * loader dispatches through it (dispatch.ts), and the JSON Schema, the loader's "expected one of"
 * lists, the JSON Logic tables and the operator reference are all derived from it.
 */
import { CONDITION_OPERATORS } from './condition-operators.js';
import type { OperatorEntry } from './entry.js';
import { VALUE_OPERATORS } from './value-operators.js';

export const OPERATORS: readonly OperatorEntry[] = [...CONDITION_OPERATORS, ...VALUE_OPERATORS];

/** Operators that stand as conditions, by name. */
export const CONDITIONS: ReadonlyMap<string, OperatorEntry> = new Map(
  OPERATORS.filter((entry) => entry.condition).map((entry) => [entry.name, entry]),
);

/** Operators that stand as values, by name. */
export const VALUES: ReadonlyMap<string, OperatorEntry> = new Map(
  OPERATORS.filter((entry) => entry.value).map((entry) => [entry.name, entry]),
);

/** An operator by name, wherever it stands. */
export function operator(name: string): OperatorEntry | undefined {
  return CONDITIONS.get(name) ?? VALUES.get(name);
}
