/**
 * What one operator is: the registry entry every other view of the vocabulary is derived from
 * (the loader's dispatch and error lists, the JSON Schema, the JSON Logic tables and the
 * operator reference in docs/eligibility/operators.md). See registry.ts.
 */
import type { Checker, Scope } from '../document/checker.js';
import type { CompiledNode } from '../runtime/tree.js';
import type { SchemaParts } from '../schema-parts.js';

/** Checks an operator's operand (naming the path of every problem) and builds its lowered node. */
export type CompileOperator = (
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
) => CompiledNode | undefined;

/**
 * How an operator maps onto JSON Logic (https://jsonlogic.com), by the shape of its operand:
 * `list` (each operand in turn), `negate` (`{"!": [x]}`), `compare` (two values), `membership`
 * (a value and a literal list), `variable` (`var`), `choice` (`if`); `parameter` and `amount`
 * are written out as plain numbers on export (a parameter's value on the export date, money per
 * month) and not read back. `none` says why there is no equivalent.
 */
export type JsonLogicMapping =
  | {
      readonly name: string;
      readonly shape: 'list' | 'negate' | 'compare' | 'membership' | 'variable' | 'choice';
      /** Other JSON Logic names read as this operator, e.g. `==` for `===`. */
      readonly aliases?: readonly string[];
    }
  | { readonly shape: 'parameter' | 'amount' }
  | { readonly none: string };

export interface OperatorEntry {
  readonly name: string;
  /** Compiles the operator where it stands as a condition (true, false or unknown). */
  readonly condition?: CompileOperator;
  /** Compiles the operator where it stands as a value. */
  readonly value?: CompileOperator;
  /** How many operands a list operator takes. */
  readonly arity?: { readonly min: number; readonly max: number };
  /** The kinds it takes and gives, in words (for the reference and error messages). */
  readonly types: { readonly takes: string; readonly gives: string };
  /** The JSON Schema of its operand, from the shared parts. */
  readonly schema: (parts: SchemaParts) => object;
  readonly jsonLogic: JsonLogicMapping;
  /** One sentence for the reference, and an example operand. */
  readonly docs: { readonly summary: string; readonly example: unknown };
}
