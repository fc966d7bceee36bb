/**
 * The execution form of a rule set's criteria: every criterion's condition, flattened into one
 * array of fixed-size instructions in pre-order, each holding the position just past its own
 * subtree. Walking it reads memory in order, and a rule set of 8,000 conditions fits in a few
 * hundred kilobytes, so evaluation cost stays proportional to the rule set as it grows (a tree of
 * objects per condition spread over megabytes and slowed down faster than the rule set grew).
 */
import type { EvalContext } from './context.js';
import { CmpOp, compareValues, evalTree, testLeaf, TreeKind } from './tree.js';
import type { Leaf, Tree } from './tree.js';

/** Instruction kinds. */
export const Instr = {
  /** A test of one answer against a constant (a `Leaf`), inline. */
  Leaf: 0,
  All: 1,
  Any: 2,
  Not: 3,
  /** A comparison of two value trees (`CompareRef`). */
  Compare: 4,
  /** Anything else: a closure from the loader. */
  Call: 5,
} as const;
export type Instr = (typeof Instr)[keyof typeof Instr];

/** Fields per instruction in `ops`: kind, end, slot, leaf operator (with flags). */
const STRIDE = 4;
const MEMBER_FLAG = 16;
const MONEY_FLAG = 32;
const OP_MASK = 15;

export interface Code {
  /** `STRIDE` integers per instruction: kind, end (next instruction after the subtree), slot, op. */
  readonly ops: Int32Array;
  /** A leaf's numeric constant (money in cents), by instruction. */
  readonly numbers: Float64Array;
  /** A leaf's text or yes/no constant, its set for `in`, a comparison, or a closure. */
  readonly refs: readonly unknown[];
}

/** Collects instructions; `add` returns where a condition starts. */
export class CodeBuilder {
  #ops: number[] = [];
  #numbers: number[] = [];
  #refs: unknown[] = [];

  add(tree: Tree): number {
    const start = this.#ops.length / STRIDE;
    this.#emit(tree);
    return start;
  }

  build(): Code {
    return {
      ops: Int32Array.from(this.#ops),
      numbers: Float64Array.from(this.#numbers),
      refs: this.#refs,
    };
  }

  #push(kind: Instr, slot: number, op: number, number: number, ref: unknown): number {
    const at = this.#ops.length / STRIDE;
    this.#ops.push(kind, at + 1, slot, op);
    this.#numbers.push(number);
    this.#refs.push(ref);
    return at;
  }

  #emit(tree: Tree): void {
    switch (tree.kind) {
      case TreeKind.Leaf: {
        const leaf = tree.leaf as Leaf;
        const flags = (leaf.member ? MEMBER_FLAG : 0) | (leaf.money ? MONEY_FLAG : 0);
        const numeric = typeof leaf.k === 'number';
        this.#push(
          Instr.Leaf,
          leaf.slot,
          leaf.op | flags,
          numeric ? (leaf.k as number) : 0,
          leaf.set ?? (numeric ? undefined : leaf.k),
        );
        return;
      }
      case TreeKind.All:
      case TreeKind.Any:
      case TreeKind.Not: {
        const kind =
          tree.kind === TreeKind.All
            ? Instr.All
            : tree.kind === TreeKind.Any
              ? Instr.Any
              : Instr.Not;
        const at = this.#push(kind, -1, 0, 0, undefined);
        for (const kid of tree.kids as Tree[]) this.#emit(kid);
        this.#ops[at * STRIDE + 1] = this.#ops.length / STRIDE;
        return;
      }
      case TreeKind.Compare:
        this.#push(Instr.Compare, -1, 0, 0, tree);
        return;
      default:
        this.#push(Instr.Call, -1, 0, 0, tree);
    }
  }
}

/** Evaluates the condition starting at instruction `at`: true, false or undefined (unknown). */
export function run(code: Code, at: number, ctx: EvalContext): boolean | undefined {
  const ops = code.ops;
  const base = at * STRIDE;
  switch (ops[base]) {
    case Instr.Leaf:
      return runLeaf(code, at, ctx);
    case Instr.All:
    case Instr.Any: {
      // Kleene logic: `all` stops at the first false, `any` at the first true; otherwise an
      // unknown kid makes the whole unknown. Not counted as work: each instruction runs at most
      // once per evaluation outside member loops, which count each member.
      const decisive = ops[base] === Instr.Any;
      const end = ops[base + 1];
      let unknown = false;
      let kid = at + 1;
      while (kid < end) {
        const value =
          ops[kid * STRIDE] === Instr.Leaf ? runLeaf(code, kid, ctx) : run(code, kid, ctx);
        if (value === decisive) return decisive;
        if (value === undefined) unknown = true;
        kid = ops[kid * STRIDE + 1];
      }
      return unknown ? undefined : !decisive;
    }
    case Instr.Not: {
      const value = run(code, at + 1, ctx);
      return value === undefined ? undefined : !value;
    }
    case Instr.Compare:
      return compareValues(code.refs[at] as Tree, ctx);
    default:
      return evalTree(code.refs[at] as Tree, ctx);
  }
}

/** One test of one answer; the same semantics as `testLeaf`, read from the flat arrays. */
function runLeaf(code: Code, at: number, ctx: EvalContext): boolean | undefined {
  const ops = code.ops;
  const base = at * STRIDE;
  const flags = ops[base + 3];
  const slot = ops[base + 2];
  let value = flags & MEMBER_FLAG ? ctx.member?.[slot] : ctx.facts[slot];
  if (value === undefined) return undefined;
  const op = flags & OP_MASK;
  if (op <= CmpOp.Ge && typeof value === 'number') {
    if (flags & MONEY_FLAG) value = Math.round(value * 100);
    const k = code.numbers[at];
    switch (op) {
      case CmpOp.Eq:
        return value === k;
      case CmpOp.Ne:
        return value !== k;
      case CmpOp.Lt:
        return value < k;
      case CmpOp.Le:
        return value <= k;
      case CmpOp.Gt:
        return value > k;
      default:
        return value >= k;
    }
  }
  return testLeafValue(op, value, code.refs[at]);
}

/** The rest of `testLeaf`: equality with text or yes/no, yes/no facts, `in`. */
function testLeafValue(op: number, value: unknown, ref: unknown): boolean {
  switch (op) {
    case CmpOp.Eq:
      return value === ref;
    case CmpOp.Ne:
      return value !== ref;
    case CmpOp.True:
      return value === true;
    case CmpOp.False:
      return value === false;
    case CmpOp.In:
      return (ref as Set<unknown>).has(value);
    case CmpOp.NotIn:
      return !(ref as Set<unknown>).has(value);
    default:
      // Ordered comparisons are only ever built for numbers, money and dates.
      return false;
  }
}

export { testLeaf };
