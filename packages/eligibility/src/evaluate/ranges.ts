/**
 * Range reasoning (decision 0047): what a rule could still come to, over every answer the
 * resident could still give. An unanswered question ranges over what it accepts (yes or no;
 * amounts and counts of zero or more, as Plaza's questions take them; any date); a declined one
 * stays unknown. A condition that comes out the same whatever is answered is settled now, and a
 * question that cannot change any outcome is not missing. Comparisons use intervals, all / any
 * the three-valued tables, member loops each member; operators with their own ranges (fpl,
 * lookup, age, money) bring a `range` function, and anything else is unknown-ish unless answered.
 */
import { LimitError } from '../errors.js';
import type { EvalContext, MemberRecord } from '../runtime/context.js';
import { overBudget } from '../runtime/context.js';
import {
  ANY_CONDITION,
  ANY_VALUE,
  CAN_FALSE,
  CAN_TRUE,
  CAN_UNKNOWN,
  CAN_VALUE,
  UNKNOWN,
  arithmeticRange,
  between,
  compareRange,
  condition,
  junction,
  junctionStart,
  ofBoolean,
  union,
  type Range,
} from '../runtime/range.js';
import { CENTS_PER_DOLLAR } from '../limits.js';
import { CmpOp, TreeKind, ValueKind, type CompiledNode } from '../runtime/tree.js';

/** The member being looked at inside a member loop: its answers are `members[index]`. */
export type Scope = { id: string; index: number } | undefined;

export interface Reasoning {
  ctx: EvalContext;
  declined: ReadonlySet<string>;
  scope: Scope;
  /** Ranges already found for the current member (or outside any loop). */
  memo: Map<CompiledNode, Range>;
  /** Each member's ranges, kept for the whole evaluation (`members[2]`; `[-1]`: anyone). */
  members: Map<string, Map<CompiledNode, Range>>;
}

const NONE: ReadonlySet<string> = new Set();

export function reasoning(ctx: EvalContext, declined: ReadonlySet<string> | undefined): Reasoning {
  return { ctx, declined: declined ?? NONE, scope: undefined, memo: new Map(), members: new Map() };
}

/**
 * Runs `body` with its own work budget, restoring the evaluation's count after: reasoning reads
 * each node a bounded number of times, and when a hostile rule set makes it too costly the
 * answer is simply "could be anything" (`fallback`), never an error the plain evaluation would
 * not have raised.
 */
export function bounded<T>(r: Reasoning, fallback: T, body: () => T): T {
  const saved = r.ctx.work;
  r.ctx.work = 0;
  try {
    return body();
  } catch (error) {
    if (error instanceof LimitError) return fallback;
    throw error;
  } finally {
    r.ctx.work = saved;
  }
}

/** The path of a fact read by a `ref` node in the current scope (`members[2].dateOfBirth`). */
export function factPath(node: CompiledNode, scope: Scope): string | undefined {
  const ref = node.ref;
  if (!ref) return undefined;
  if (ref.scope === 'fact') return ref.id;
  return scope && scope.index >= 0 ? `${scope.id}[${scope.index}].${ref.id}` : undefined;
}

/** Runs `body` looking at one member (`index` -1: a member not yet described). */
export function inMember<T>(
  r: Reasoning,
  id: string,
  index: number,
  member: MemberRecord,
  body: () => T,
): T {
  const { scope, memo } = r;
  const saved = r.ctx.member;
  r.ctx.member = member;
  r.scope = { id, index };
  const key = `${id}[${index}]`;
  let own = r.members.get(key);
  if (!own) {
    own = new Map();
    r.members.set(key, own);
  }
  r.memo = own;
  try {
    return body();
  } finally {
    r.ctx.member = saved;
    r.scope = scope;
    r.memo = memo;
  }
}

export function rangeOf(node: CompiledNode, r: Reasoning): Range {
  let range = r.memo.get(node);
  if (range === undefined) {
    if (++r.ctx.work > r.ctx.maxWork) overBudget(r.ctx);
    range = compute(node, r);
    r.memo.set(node, range);
  }
  return range;
}

/**
 * Nodes whose range is worked out from their kids' exactly as their value would be (all / any /
 * not, numeric comparisons, arithmetic): evaluating them first would read every node below
 * again at each level.
 */
function combinesKids(node: CompiledNode): boolean {
  const tree = node.tree;
  if (tree) return tree.kind !== TreeKind.Compare || tree.numeric;
  const kind = node.vtree?.k;
  return kind !== undefined && kind >= ValueKind.Add && kind <= ValueKind.Max;
}

function compute(node: CompiledNode, r: Reasoning): Range {
  if (!combinesKids(node)) {
    const value = node.ev(r.ctx);
    if (value !== undefined) return exact(value);
  }
  if (node.ref) return unanswered(node, r);
  const ctx = r.ctx;
  if (
    node.implicit?.some(
      (id) => r.declined.has(id) && ctx.facts[ctx.slots.get(id) ?? -1] === undefined,
    )
  )
    return UNKNOWN;
  if (node.leaf) return leafRange(node, r);
  if (node.over) return membersRange(node, r);
  if (node.lazy) return choiceRange(node, r);
  const tree = node.tree;
  if (tree?.kind === TreeKind.All || tree?.kind === TreeKind.Any) {
    const isAny = tree.kind === TreeKind.Any;
    let can = junctionStart(isAny);
    for (const kid of node.kids) can = junction(isAny, can, rangeOf(kid, r).can);
    return condition(can);
  }
  if (tree?.kind === TreeKind.Not) return negate(rangeOf(node.kids[0], r));
  if (tree?.kind === TreeKind.Compare) {
    const [a, b] = node.kids.map((kid) => rangeOf(kid, r));
    return tree.numeric ? compareNumbers(tree.op, a, b, tree.money) : compareOthers(a, b);
  }
  const kind = node.vtree?.k;
  if (kind !== undefined && kind >= ValueKind.Add && kind <= ValueKind.Max) {
    const kids = node.kids.map((kid) => rangeOf(kid, r));
    if (kind === ValueKind.Sub && kids.length === 1)
      return kids[0].can & CAN_VALUE
        ? between(-kids[0].hi, -kids[0].lo, (kids[0].can & CAN_UNKNOWN) !== 0)
        : UNKNOWN;
    return kids.reduce((total, kid) => arithmeticRange(kind, total, kid));
  }
  const kids = node.kids.map((kid) => rangeOf(kid, r));
  if (node.range) return node.range(ctx, kids);
  // Every input answered and still unknown: data the rules lack (a territory's guideline).
  const implicitKnown = (node.implicit ?? []).every(
    (id) => ctx.facts[ctx.slots.get(id) ?? -1] !== undefined,
  );
  if (kids.length > 0 && implicitKnown && kids.every(isKnown)) return UNKNOWN;
  return node.type === 'boolean' ? ANY_CONDITION : ANY_VALUE;
}

/** A known value: numbers as a point; other kinds as a point at 0 (only "known" matters). */
function exact(value: unknown): Range {
  if (typeof value === 'boolean') return ofBoolean(value);
  const n = typeof value === 'number' ? value : 0;
  return between(n, n);
}

function isKnown(range: Range): boolean {
  return range.can === CAN_VALUE
    ? range.lo === range.hi
    : range.can === CAN_TRUE || range.can === CAN_FALSE;
}

/** What an unanswered question could be answered with. */
function unanswered(node: CompiledNode, r: Reasoning): Range {
  const path = factPath(node, r.scope);
  if (path !== undefined && r.declined.has(path)) return UNKNOWN;
  switch (node.type) {
    case 'boolean':
      return condition(CAN_TRUE | CAN_FALSE);
    case 'number':
    case 'money':
      return between(0, Infinity);
    default:
      return between(-Infinity, Infinity);
  }
}

function negate(range: Range): Range {
  const can = range.can;
  return condition(
    (can & CAN_UNKNOWN) | (can & CAN_TRUE ? CAN_FALSE : 0) | (can & CAN_FALSE ? CAN_TRUE : 0),
  );
}

function toCents(range: Range): Range {
  return range.can & CAN_VALUE
    ? {
        can: range.can,
        lo: Math.round(range.lo * CENTS_PER_DOLLAR),
        hi: Math.round(range.hi * CENTS_PER_DOLLAR),
      }
    : range;
}

function compareNumbers(op: number, a: Range, b: Range, money: boolean): Range {
  return money ? compareRange(op, toCents(a), toCents(b)) : compareRange(op, a, b);
}

/** `==` / `!=` on text or yes/no: settled only when both sides are known (and then ev was). */
function compareOthers(a: Range, b: Range): Range {
  if (
    !(a.can & (CAN_VALUE | CAN_TRUE | CAN_FALSE)) ||
    !(b.can & (CAN_VALUE | CAN_TRUE | CAN_FALSE))
  )
    return UNKNOWN;
  return condition(CAN_TRUE | CAN_FALSE | ((a.can | b.can) & CAN_UNKNOWN));
}

/** The fact node a leaf test reads (under any `not`s folded into it). */
export function leafFact(node: CompiledNode): CompiledNode | undefined {
  let at: CompiledNode | undefined = node;
  while (at && !at.ref) at = at.kids[0];
  return at;
}

function leafRange(node: CompiledNode, r: Reasoning): Range {
  const leaf = node.leaf!;
  const fact = leafFact(node);
  const value = fact ? rangeOf(fact, r) : ANY_VALUE;
  if (value.can === CAN_UNKNOWN) return UNKNOWN;
  switch (leaf.op) {
    case CmpOp.True:
      return condition(value.can & (CAN_TRUE | CAN_FALSE | CAN_UNKNOWN));
    case CmpOp.False:
      return negate(value);
    case CmpOp.In:
    case CmpOp.NotIn:
      return condition(CAN_TRUE | CAN_FALSE | (value.can & CAN_UNKNOWN));
    default: {
      if (typeof leaf.k !== 'number')
        return condition(CAN_TRUE | CAN_FALSE | (value.can & CAN_UNKNOWN));
      return compareRange(leaf.op, leaf.money ? toCents(value) : value, between(leaf.k, leaf.k));
    }
  }
}

/** `if`: each branch the test could take; an unknown test is known only when both agree. */
function choiceRange(node: CompiledNode, r: Reasoning): Range {
  const test = rangeOf(node.kids[0], r);
  let out: Range | undefined;
  const add = (range: Range): void => {
    out = out ? union(out, range) : range;
  };
  if (test.can & CAN_TRUE) add(rangeOf(node.kids[1], r));
  if (test.can & CAN_FALSE) add(rangeOf(node.kids[2], r));
  if (test.can & CAN_UNKNOWN) {
    add(UNKNOWN);
    add(rangeOf(node.kids[1], r));
  }
  return out ?? UNKNOWN;
}

/** some / every / count / sum over the household: member by member, or any household at all. */
function membersRange(node: CompiledNode, r: Reasoning): Range {
  const ctx = r.ctx;
  const id = node.over as string;
  const list = ctx.facts[ctx.slots.get(id) ?? -1] as MemberRecord[] | undefined;
  const loop = node.loop;
  const [where, value] =
    loop === 'sum'
      ? [node.kids.length > 1 ? node.kids[0] : undefined, node.kids[node.kids.length - 1]]
      : [node.kids[0], undefined];
  const each = (index: number, member: MemberRecord): [number, Range | undefined] =>
    inMember(r, id, index, member, () => [
      where ? rangeOf(where, r).can : CAN_TRUE,
      value ? rangeOf(value, r) : undefined,
    ]);
  if (list === undefined) {
    if (r.declined.has(id)) return UNKNOWN;
    // Any household: perhaps nobody, perhaps people of every kind.
    const [test, amount] = each(-1, []);
    if (loop === 'some') return condition(CAN_FALSE | (test & (CAN_TRUE | CAN_UNKNOWN)));
    if (loop === 'every') return condition(CAN_TRUE | (test & (CAN_FALSE | CAN_UNKNOWN)));
    const unknown = ((test | (amount?.can ?? 0)) & CAN_UNKNOWN) !== 0;
    if (loop === 'count') return between(0, Infinity, unknown);
    return amount && amount.lo >= 0
      ? between(0, Infinity, unknown)
      : between(-Infinity, Infinity, true);
  }
  if (loop === 'some' || loop === 'every') {
    const isAny = loop === 'some';
    let can = junctionStart(isAny);
    list.forEach((member, index) => {
      can = junction(isAny, can, each(index, member)[0]);
    });
    return condition(can);
  }
  let total = between(0, 0);
  list.forEach((member, index) => {
    const [test, amount] = each(index, member);
    const one = amount ?? between(1, 1);
    let counted: Range | undefined;
    if (test & CAN_TRUE) counted = one;
    if (test & CAN_FALSE) counted = counted ? union(counted, between(0, 0)) : between(0, 0);
    if (test & CAN_UNKNOWN) counted = counted ? union(counted, UNKNOWN) : UNKNOWN;
    total = arithmeticRange(ValueKind.Add, total, counted ?? UNKNOWN);
  });
  return total;
}

/**
 * The outcome of a criterion whose plain evaluation is unknown: true or false when range
 * reasoning finds it the same whatever is still answered (decision 0047), else unknown.
 */
export function settle(node: CompiledNode, r: Reasoning): boolean | undefined {
  const can = possible(node, r);
  return can === CAN_TRUE ? true : can === CAN_FALSE ? false : undefined;
}

const ANY_OUTCOME = CAN_TRUE | CAN_FALSE | CAN_UNKNOWN;

/** What a condition could still come to (CAN_* bits), with a bounded effort. */
export function possible(node: CompiledNode, r: Reasoning): number {
  return bounded(r, ANY_OUTCOME, () => rangeOf(node, r).can);
}
