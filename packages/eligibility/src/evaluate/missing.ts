/**
 * The unanswered facts that could change an unknown result (decision 0047). A node whose range
 * (evaluate/ranges.ts) allows one outcome only is skipped: whatever is answered under it, the
 * result stays the same, so nothing under it is asked for. Under all / any (and some / every) a
 * kid counts only when two of its possible outcomes can give different results given what the
 * other kids could be: `income <= limit` no longer matters once another requirement is surely
 * unmet, nor once the other kids can only leave the result unknown (a declined answer).
 */
import type { MemberRecord, Place } from '../runtime/context.js';
import {
  CAN_FALSE,
  CAN_TRUE,
  CAN_UNKNOWN,
  CAN_VALUE,
  isSingle,
  kidMatters,
  othersOf,
  type Range,
} from '../runtime/range.js';
import { TreeKind, ValueKind, type CompiledNode } from '../runtime/tree.js';
import { factPath, inMember, leafFact, rangeOf, type Reasoning } from './ranges.js';

export function collectMissing(node: CompiledNode, r: Reasoning, out: Set<string>): void {
  if (isSingle(rangeOf(node, r))) return;
  if (node.ref) {
    const path = factPath(node, r.scope);
    if (path !== undefined) out.add(path);
    return;
  }
  const ctx = r.ctx;
  for (const id of node.implicit ?? []) {
    const place = ctx.facts[ctx.slots.get(id) ?? -1] as Place | undefined;
    if (place === undefined || place.state === undefined || node.kids.length === 0) out.add(id);
  }
  if (node.leaf) {
    const fact = leafFact(node);
    if (fact) collectMissing(fact, r, out);
    return;
  }
  if (node.over) return collectMembers(node, r, out);
  const tree = node.tree;
  if (tree?.kind === TreeKind.All || tree?.kind === TreeKind.Any)
    return collectJunction(tree.kind === TreeKind.Any, node.kids, r, out);
  if (node.lazy) {
    const [test, yes, no] = node.kids;
    const can = rangeOf(test, r).can;
    if (!sameKnown(rangeOf(yes, r), rangeOf(no, r))) collectMissing(test, r, out);
    if (can & (CAN_TRUE | CAN_UNKNOWN)) collectMissing(yes, r, out);
    if (can & (CAN_FALSE | CAN_UNKNOWN)) collectMissing(no, r, out);
    return;
  }
  const kind = node.vtree?.k;
  const ranges = node.kids.map((kid) => rangeOf(kid, r));
  node.kids.forEach((kid, index) => {
    if ((kind === ValueKind.Min || kind === ValueKind.Max) && outranked(kind, ranges, index))
      return;
    collectMissing(kid, r, out);
  });
}

function sameKnown(a: Range, b: Range): boolean {
  return (
    a.can === CAN_VALUE && b.can === CAN_VALUE && a.lo === a.hi && b.lo === b.hi && a.lo === b.lo
  );
}

/** A min / max operand that can never be the result: another operand always beats it. */
function outranked(kind: number, ranges: readonly Range[], index: number): boolean {
  const mine = ranges[index];
  if (mine.can !== CAN_VALUE) return false;
  return ranges.some(
    (other, at) =>
      at !== index &&
      other.can === CAN_VALUE &&
      (kind === ValueKind.Max ? other.lo >= mine.hi : other.hi <= mine.lo),
  );
}

function collectJunction(
  isAny: boolean,
  kids: readonly CompiledNode[],
  r: Reasoning,
  out: Set<string>,
): void {
  const cans = kids.map((kid) => rangeOf(kid, r).can);
  const others = othersOf(isAny, cans);
  kids.forEach((kid, index) => {
    if (kidMatters(isAny, cans[index], others[index])) collectMissing(kid, r, out);
  });
}

/** A member loop: the household list while it is unanswered, else member by member. */
function collectMembers(node: CompiledNode, r: Reasoning, out: Set<string>): void {
  const ctx = r.ctx;
  const id = node.over as string;
  const list = ctx.facts[ctx.slots.get(id) ?? -1] as MemberRecord[] | undefined;
  if (list === undefined) {
    if (!r.declined.has(id)) out.add(id);
    return;
  }
  if (node.loop === 'some' || node.loop === 'every') {
    const isAny = node.loop === 'some';
    const where = node.kids[0];
    const cans = list.map((member, index) =>
      inMember(r, id, index, member, () => rangeOf(where, r).can),
    );
    const others = othersOf(isAny, cans);
    list.forEach((member, index) => {
      if (kidMatters(isAny, cans[index], others[index]))
        inMember(r, id, index, member, () => collectMissing(where, r, out));
    });
    return;
  }
  list.forEach((member, index) =>
    inMember(r, id, index, member, () => {
      for (const kid of node.kids) collectMissing(kid, r, out);
    }),
  );
}
