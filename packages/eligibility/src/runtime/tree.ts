/**
 * The lowered forms the loader builds: a compiled node per condition or value (`CompiledNode`),
 * a boolean tree of all / any / not over leaf tests (`Tree`) and a value tree of answers,
 * constants and arithmetic (`ValueTree`), walked by two recursive functions instead of a closure
 * per node: the calls are direct and the leaf tests inline, which is what makes evaluation fast
 * without generating code. Anything else is a closure the loader built.
 */
import { CENTS_PER_DOLLAR } from '../limits.js';
import type { EvalContext, RuntimeValue, ValueType } from './context.js';
import type { Range } from './range.js';

/** A compiled expression or condition. `ev` is the only thing the hot path touches. */
export interface CompiledNode {
  ev: (ctx: EvalContext) => RuntimeValue;
  type: ValueType;
  kids: CompiledNode[];
  /** A leaf reading a fact (or a member's fact). */
  ref?: { scope: 'fact' | 'member'; id: string; slot: number };
  /** A node that iterates household members: its `kids` are evaluated once per member. */
  over?: string;
  /** Facts read implicitly, e.g. the residence fact behind `livesIn` or `fpl`. */
  implicit?: string[];
  /** Set on nodes that read only some kids (`if`): an unknown kid need not make them unknown. */
  lazy?: boolean;
  /** Which member loop an `over` node is, for range reasoning (evaluate/ranges.ts). */
  loop?: 'some' | 'every' | 'count' | 'sum';
  /**
   * What the operator could still give when its value is unknown, from its operands' ranges
   * (operators that reason about amounts: fpl, lookup, age, money, round). Without it, a node
   * with unanswered inputs could be anything.
   */
  range?: (ctx: EvalContext, kids: readonly Range[]) => Range;
  /** Set on literal nodes, used to fold constants and build sets. */
  constant?: number | string | boolean;
  /** Set on simple tests of one answer, which all/any evaluate inline without a call. */
  leaf?: Leaf;
  /** Set on all / any / not nodes: the boolean tree walked by `evalTree`. */
  tree?: Tree;
  /** Set on literals, answers and arithmetic: the value tree walked by `evalValue`. */
  vtree?: ValueTree;
}

/** A test of one answer against a constant: `fact <= 2000`, `fact in [...]`, a yes/no fact. */
export interface Leaf {
  member: boolean;
  slot: number;
  op: CmpOp;
  k: number | string | boolean;
  set: Set<unknown> | undefined;
  money: boolean;
}

/** The test a leaf applies: a comparison with its constant, a yes/no fact, or `in` its set. */
export const CmpOp = {
  Eq: 0,
  Ne: 1,
  Lt: 2,
  Le: 3,
  Gt: 4,
  Ge: 5,
  True: 6,
  False: 7,
  In: 8,
  NotIn: 9,
} as const;
export type CmpOp = (typeof CmpOp)[keyof typeof CmpOp];

/** Comparison operators of the rule language, by name. */
export const COMPARISON_OPS: Readonly<Record<string, CmpOp>> = {
  '==': CmpOp.Eq,
  '!=': CmpOp.Ne,
  '<': CmpOp.Lt,
  '<=': CmpOp.Le,
  '>': CmpOp.Gt,
  '>=': CmpOp.Ge,
};
/** The operator that gives the opposite answer, for folding `not` (indexed by CmpOp). */
const NEGATED: readonly CmpOp[] = [
  CmpOp.Ne,
  CmpOp.Eq,
  CmpOp.Ge,
  CmpOp.Gt,
  CmpOp.Le,
  CmpOp.Lt,
  CmpOp.False,
  CmpOp.True,
  CmpOp.NotIn,
  CmpOp.In,
];

/** Evaluates a leaf. One small monomorphic function, so the engine can inline it into loops. */
export function testLeaf(leaf: Leaf, ctx: EvalContext): boolean | undefined {
  let value = leaf.member
    ? ctx.member === undefined
      ? undefined
      : ctx.member[leaf.slot]
    : ctx.facts[leaf.slot];
  if (value === undefined) return undefined;
  if (leaf.money) value = Math.round((value as number) * CENTS_PER_DOLLAR);
  switch (leaf.op) {
    case CmpOp.Eq:
      return value === leaf.k;
    case CmpOp.Ne:
      return value !== leaf.k;
    case CmpOp.Lt:
      return (value as number) < (leaf.k as number);
    case CmpOp.Le:
      return (value as number) <= (leaf.k as number);
    case CmpOp.Gt:
      return (value as number) > (leaf.k as number);
    case CmpOp.Ge:
      return (value as number) >= (leaf.k as number);
    case CmpOp.True:
      return value === true;
    case CmpOp.False:
      return value === false;
    case CmpOp.In:
      return (leaf.set as Set<unknown>).has(value);
    default:
      return !(leaf.set as Set<unknown>).has(value);
  }
}

export function leafNode(leaf: Leaf, kids: CompiledNode[]): CompiledNode {
  return { type: 'boolean', kids, leaf, ev: (ctx) => testLeaf(leaf, ctx) };
}

export function constant(value: number | string | boolean, type: ValueType): CompiledNode {
  return {
    type,
    kids: [],
    constant: value,
    vtree: makeValueTree(ValueKind.Const, { v: value }),
    ev: () => value,
  };
}

/**
 * A boolean tree of all / any / not over leaves, walked by one recursive function instead of a
 * closure per node: the calls are direct and the leaf tests inline, which is what makes
 * evaluation fast without generating code. Anything else is a `closure` step.
 */
export const TreeKind = {
  Leaf: 0,
  All: 1,
  Any: 2,
  /** Negation of kids[0]. */
  Not: 3,
  Closure: 4,
  /** A comparison of two values (`left`, `right`, `op`). */
  Compare: 5,
} as const;
export type TreeKind = (typeof TreeKind)[keyof typeof TreeKind];

export interface Tree {
  kind: TreeKind;
  leaf: Leaf | undefined;
  kids: Tree[] | undefined;
  ev: CompiledNode['ev'] | undefined;
  op: number;
  money: boolean;
  /** A comparison of numbers, money or dates (not text or yes/no). */
  numeric: boolean;
  left: ValueTree | undefined;
  right: ValueTree | undefined;
}

/** Every tree node has the same fields, so the engine sees one object shape (fast property reads). */
export function makeTree(kind: TreeKind, parts: Partial<Tree>): Tree {
  return {
    kind,
    leaf: parts.leaf,
    kids: parts.kids,
    ev: parts.ev,
    op: parts.op ?? 0,
    money: parts.money ?? false,
    numeric: parts.numeric ?? false,
    left: parts.left,
    right: parts.right,
  };
}

export function treeOf(node: CompiledNode): Tree {
  if (node.leaf) return makeTree(TreeKind.Leaf, { leaf: node.leaf });
  if (node.tree) return node.tree;
  return makeTree(TreeKind.Closure, { ev: node.ev });
}

export function evalTree(tree: Tree, ctx: EvalContext): boolean | undefined {
  switch (tree.kind) {
    case TreeKind.Leaf:
      return testLeaf(tree.leaf as Leaf, ctx);
    case TreeKind.All:
    case TreeKind.Any: {
      // all / any are not counted as work: every node is visited at most once per evaluation
      // except inside member loops, which count each member (so work stays bounded by the
      // rule set's size times the household's). Kleene logic: `all` stops at the first false,
      // `any` at the first true; otherwise an unknown kid makes the whole unknown.
      const decisive = tree.kind === TreeKind.Any;
      let unknown = false;
      const kids = tree.kids as Tree[];
      for (let index = 0; index < kids.length; index++) {
        const kid = kids[index];
        const value =
          kid.kind === TreeKind.Leaf ? testLeaf(kid.leaf as Leaf, ctx) : evalTree(kid, ctx);
        if (value === decisive) return decisive;
        if (value === undefined) unknown = true;
      }
      return unknown ? undefined : !decisive;
    }
    case TreeKind.Not: {
      const value = evalTree((tree.kids as Tree[])[0], ctx);
      return value === undefined ? undefined : !value;
    }
    case TreeKind.Compare:
      return compareValues(tree, ctx);
    default:
      return (tree.ev as CompiledNode['ev'])(ctx) as boolean | undefined;
  }
}

/** A comparison of two value trees. Not counted as work: it is bounded by what reaches it. */
export function compareValues(tree: Tree, ctx: EvalContext): boolean | undefined {
  // Not counted as work: a comparison is bounded by the all / any / loop that reaches it.
  const left = tree.left as ValueTree;
  let a =
    left.k === ValueKind.Fact
      ? ctx.facts[left.slot]
      : left.k === ValueKind.Const
        ? left.v
        : evalValue(left, ctx);
  if (a === undefined) return undefined;
  const right = tree.right as ValueTree;
  let b =
    right.k === ValueKind.Fact
      ? ctx.facts[right.slot]
      : right.k === ValueKind.Const
        ? right.v
        : evalValue(right, ctx);
  if (b === undefined) return undefined;
  if (tree.money) {
    a = Math.round((a as number) * CENTS_PER_DOLLAR);
    b = Math.round((b as number) * CENTS_PER_DOLLAR);
  }
  switch (tree.op) {
    case CmpOp.Eq:
      return a === b;
    case CmpOp.Ne:
      return a !== b;
    case CmpOp.Lt:
      return (a as number) < (b as number);
    case CmpOp.Le:
      return (a as number) <= (b as number);
    case CmpOp.Gt:
      return (a as number) > (b as number);
    default:
      return (a as number) >= (b as number);
  }
}

export const ValueKind = {
  Const: 0,
  Fact: 1,
  Member: 2,
  Add: 3,
  Sub: 4,
  Mul: 5,
  Div: 6,
  Min: 7,
  Max: 8,
  Closure: 9,
} as const;
export type ValueKind = (typeof ValueKind)[keyof typeof ValueKind];

/**
 * One step of `+ - * / min max` over the operands left to right, the one definition of arithmetic
 * that both the value trees and the flat postfix code (runtime/code.ts) use. Undefined for a
 * division by zero, which makes the whole expression unknown.
 */
export function arithmeticStep(kind: number, total: number, value: number): number | undefined {
  switch (kind) {
    case ValueKind.Add:
      return total + value;
    case ValueKind.Sub:
      return total - value;
    case ValueKind.Mul:
      return total * value;
    case ValueKind.Div:
      return value === 0 ? undefined : total / value;
    case ValueKind.Min:
      return value < total ? value : total;
    default:
      return value > total ? value : total;
  }
}

/** Arithmetic operators of the rule language, by name. */
export const ARITHMETIC_KINDS: Readonly<Record<string, ValueKind>> = {
  '+': ValueKind.Add,
  '-': ValueKind.Sub,
  '*': ValueKind.Mul,
  '/': ValueKind.Div,
  min: ValueKind.Min,
  max: ValueKind.Max,
};

/** A value computed from answers and constants, walked by `evalValue` without closures. */
export interface ValueTree {
  k: ValueKind;
  v: number | string | boolean | undefined;
  slot: number;
  kids: ValueTree[] | undefined;
  ev: CompiledNode['ev'] | undefined;
}

/** Same fields on every value node: one object shape. */
export function makeValueTree(k: ValueKind, parts: Partial<ValueTree>): ValueTree {
  return { k, v: parts.v, slot: parts.slot ?? -1, kids: parts.kids, ev: parts.ev };
}

export function valueTreeOf(node: CompiledNode): ValueTree {
  return node.vtree ?? makeValueTree(ValueKind.Closure, { ev: node.ev });
}

export function evalValue(tree: ValueTree, ctx: EvalContext): RuntimeValue {
  switch (tree.k) {
    case ValueKind.Const:
      return tree.v;
    case ValueKind.Fact:
      return ctx.facts[tree.slot];
    case ValueKind.Member:
      return ctx.member === undefined ? undefined : ctx.member[tree.slot];
    case ValueKind.Closure:
      return (tree.ev as CompiledNode['ev'])(ctx);
    default: {
      // Arithmetic is not counted as work: its size is fixed by the rule set, and whatever reaches
      // it (a comparison under all / any, a member loop) is counted.
      const kids = tree.kids as ValueTree[];
      const head = kids[0];
      const first = (
        head.k === ValueKind.Fact
          ? ctx.facts[head.slot]
          : head.k === ValueKind.Const
            ? head.v
            : evalValue(head, ctx)
      ) as number | undefined;
      if (first === undefined) return undefined;
      let total = first;
      if (tree.k === ValueKind.Sub && kids.length === 1) return -total;
      for (let index = 1; index < kids.length; index++) {
        const kid = kids[index];
        const value = (
          kid.k === ValueKind.Fact
            ? ctx.facts[kid.slot]
            : kid.k === ValueKind.Const
              ? kid.v
              : evalValue(kid, ctx)
        ) as number | undefined;
        if (value === undefined) return undefined;
        const next = arithmeticStep(tree.k, total, value);
        if (next === undefined) return undefined;
        total = next;
      }
      return Number.isFinite(total) ? total : undefined;
    }
  }
}

export function allNode(kids: CompiledNode[]): CompiledNode {
  const tree = makeTree(TreeKind.All, { kids: kids.map(treeOf) });
  return { type: 'boolean', kids, tree, ev: (ctx) => evalTree(tree, ctx) };
}

export function anyNode(kids: CompiledNode[]): CompiledNode {
  const tree = makeTree(TreeKind.Any, { kids: kids.map(treeOf) });
  return { type: 'boolean', kids, tree, ev: (ctx) => evalTree(tree, ctx) };
}

export function notNode(kid: CompiledNode): CompiledNode {
  if (kid.leaf) return leafNode({ ...kid.leaf, op: NEGATED[kid.leaf.op] }, [kid]);
  const tree = makeTree(TreeKind.Not, { kids: [treeOf(kid)] });
  return { type: 'boolean', kids: [kid], tree, ev: (ctx) => evalTree(tree, ctx) };
}
