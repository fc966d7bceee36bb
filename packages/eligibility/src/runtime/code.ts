/**
 * The execution form of a rule set's criteria: every criterion's condition, flattened into one
 * array of fixed-size instructions in pre-order, each holding the position just past its own
 * subtree. Walking it reads memory in order, and a rule set of 8,000 conditions fits in a few
 * hundred kilobytes, so evaluation cost stays proportional to the rule set as it grows (a tree of
 * objects per condition spread over megabytes and slowed down faster than the rule set grew).
 */
import { CENTS_PER_DOLLAR } from '../limits.js';
import type { EvalContext } from './context.js';
import { arithmeticStep, CmpOp, compareValues, evalTree, TreeKind, ValueKind } from './tree.js';
import type { Leaf, Tree, ValueTree } from './tree.js';

/** Instruction kinds. */
export const Instr = {
  /** A test of one answer against a constant (a `Leaf`), inline. */
  Leaf: 0,
  All: 1,
  Any: 2,
  Not: 3,
  /** A comparison of two value trees (`Tree`). */
  Compare: 4,
  /**
   * A comparison of two numeric values computed from answers, constants and arithmetic only:
   * `slot` is where the two values' postfix code starts in `values`, `numbers` where it ends.
   */
  NumericCompare: 6,
  /** Anything else: a closure from the loader. */
  Call: 5,
} as const;
export type Instr = (typeof Instr)[keyof typeof Instr];

/** Fields per instruction in `ops`: kind, end, slot, leaf operator (with flags). */
const STRIDE = 4;
const MEMBER_FLAG = 16;
const MONEY_FLAG = 32;
const OP_MASK = 15;

/** Postfix value instructions: `values` holds kind and slot (or operand count) per instruction. */
export const ValueInstr = {
  Const: 0,
  Fact: 1,
  Member: 2,
  // The arithmetic codes are the value trees' own, so both run through arithmeticStep.
  Add: ValueKind.Add,
  Sub: ValueKind.Sub,
  Mul: ValueKind.Mul,
  Div: ValueKind.Div,
  Min: ValueKind.Min,
  Max: ValueKind.Max,
} as const;
export type ValueInstr = (typeof ValueInstr)[keyof typeof ValueInstr];

export interface Code {
  /** `STRIDE` integers per instruction: kind, end (next instruction after the subtree), slot, op. */
  readonly ops: Int32Array;
  /** A leaf's numeric constant (money in cents), by instruction. */
  readonly numbers: Float64Array;
  /** A leaf's text or yes/no constant, its set for `in`, a comparison, or a closure. */
  readonly refs: readonly unknown[];
  /** Two integers per value instruction: its kind and its slot (or operand count). */
  readonly values: Int32Array;
  /** A value instruction's constant. */
  readonly valueNumbers: Float64Array;
  /** Scratch stack for numeric comparisons (never re-entered: they call nothing). */
  readonly stack: Float64Array;
}

/** Collects instructions; `add` returns where a condition starts. */
export class CodeBuilder {
  #ops: number[] = [];
  #numbers: number[] = [];
  #refs: unknown[] = [];
  #values: number[] = [];
  #valueNumbers: number[] = [];
  #stackSize = 0;

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
      values: Int32Array.from(this.#values),
      valueNumbers: Float64Array.from(this.#valueNumbers),
      stack: new Float64Array(this.#stackSize),
    };
  }

  #push(kind: Instr, slot: number, op: number, number: number, ref: unknown): number {
    const at = this.#ops.length / STRIDE;
    this.#ops.push(kind, at + 1, slot, op);
    this.#numbers.push(number);
    this.#refs.push(ref);
    return at;
  }

  /** Emits `tree` in postfix order; returns the stack depth it needs. */
  #emitValue(tree: ValueTree): number {
    switch (tree.k) {
      case ValueKind.Const:
        this.#values.push(ValueInstr.Const, 0);
        this.#valueNumbers.push(tree.v as number);
        return 1;
      case ValueKind.Fact:
      case ValueKind.Member:
        this.#values.push(
          tree.k === ValueKind.Fact ? ValueInstr.Fact : ValueInstr.Member,
          tree.slot,
        );
        this.#valueNumbers.push(0);
        return 1;
      default: {
        const kids = tree.kids as ValueTree[];
        let depth = 0;
        kids.forEach((kid, index) => {
          depth = Math.max(depth, index + this.#emitValue(kid));
        });
        // ValueKind's arithmetic kinds and ValueInstr's have the same numbers.
        this.#values.push(tree.k, kids.length);
        this.#valueNumbers.push(0);
        return depth;
      }
    }
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
      case TreeKind.Compare: {
        const left = tree.left as ValueTree;
        const right = tree.right as ValueTree;
        if (tree.numeric && isArithmetic(left) && isArithmetic(right)) {
          const start = this.#valueNumbers.length;
          const depth = Math.max(this.#emitValue(left), 1 + this.#emitValue(right));
          this.#stackSize = Math.max(this.#stackSize, depth);
          const flags = tree.money ? MONEY_FLAG : 0;
          this.#push(
            Instr.NumericCompare,
            start,
            tree.op | flags,
            this.#valueNumbers.length,
            undefined,
          );
        } else this.#push(Instr.Compare, -1, 0, 0, tree);
        return;
      }
      default:
        this.#push(Instr.Call, -1, 0, 0, tree);
    }
  }
}

/** True for values made only of constants, answers and arithmetic (nothing that calls out). */
function isArithmetic(tree: ValueTree): boolean {
  switch (tree.k) {
    case ValueKind.Const:
      return typeof tree.v === 'number';
    case ValueKind.Fact:
    case ValueKind.Member:
      return true;
    case ValueKind.Closure:
      return false;
    default:
      return (tree.kids as ValueTree[]).every(isArithmetic);
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
    case Instr.NumericCompare:
      return numericCompare(code, at, ctx);
    case Instr.Compare:
      return compareValues(code.refs[at] as Tree, ctx);
    default:
      return evalTree(code.refs[at] as Tree, ctx);
  }
}

/**
 * Computes two numeric values with the postfix code of a NumericCompare and compares them. Same
 * results as `compareValues` over `evalValue`: an unknown answer, a division by zero or a
 * non-finite result makes the comparison unknown.
 */
function numericCompare(code: Code, at: number, ctx: EvalContext): boolean | undefined {
  const ops = code.ops;
  const base = at * STRIDE;
  const values = code.values;
  const stack = code.stack;
  const end = code.numbers[at];
  let top = 0;
  for (let pc = ops[base + 2]; pc < end; pc++) {
    const kind = values[pc * 2];
    const operand = values[pc * 2 + 1];
    if (kind === ValueInstr.Const) {
      stack[top++] = code.valueNumbers[pc];
      continue;
    }
    if (kind === ValueInstr.Fact || kind === ValueInstr.Member) {
      const value = kind === ValueInstr.Fact ? ctx.facts[operand] : ctx.member?.[operand];
      if (value === undefined) return undefined;
      stack[top++] = value as number;
      continue;
    }
    const first = top - operand;
    let total = stack[first];
    if (kind === ValueInstr.Sub && operand === 1) total = -total;
    for (let index = first + 1; index < top; index++) {
      const next = arithmeticStep(kind, total, stack[index]);
      if (next === undefined) return undefined;
      total = next;
    }
    if (!Number.isFinite(total)) return undefined;
    top = first;
    stack[top++] = total;
  }
  let a = stack[0];
  let b = stack[1];
  const flags = ops[base + 3];
  if (flags & MONEY_FLAG) {
    a = Math.round(a * CENTS_PER_DOLLAR);
    b = Math.round(b * CENTS_PER_DOLLAR);
  }
  switch (flags & OP_MASK) {
    case CmpOp.Eq:
      return a === b;
    case CmpOp.Ne:
      return a !== b;
    case CmpOp.Lt:
      return a < b;
    case CmpOp.Le:
      return a <= b;
    case CmpOp.Gt:
      return a > b;
    default:
      return a >= b;
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
    if (flags & MONEY_FLAG) value = Math.round(value * CENTS_PER_DOLLAR);
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
