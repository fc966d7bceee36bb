/** The unanswered facts that could change an unknown result. */
import type { EvalContext, MemberRecord, Place } from '../runtime/context.js';
import { TreeKind, type CompiledNode } from '../runtime/tree.js';

const NONE: ReadonlySet<string> = new Set();

type Scope = { id: string; index: number } | undefined;

/**
 * Finds the unanswered facts under an unknown node. Known branches are skipped: an answer under
 * a branch that is already decided cannot change the result, so it is never asked for. So are
 * branches that stay unknown whatever is answered because they need a `declined` fact (one the
 * resident chose not to answer): income is no use when the household size never will be known,
 * nor when every input is known and the rules still cannot decide (a size the tables lack).
 */
export function collectMissing(
  node: CompiledNode,
  ctx: EvalContext,
  out: Set<string>,
  members: Scope,
  declined?: ReadonlySet<string>,
): void {
  if (node.ev(ctx) !== undefined) return;
  if (stuck(node, ctx, members, declined ?? NONE)) return;
  if (node.ref) {
    if (node.ref.scope === 'fact') out.add(node.ref.id);
    else if (members) out.add(`${members.id}[${members.index}].${node.ref.id}`);
    return;
  }
  for (const id of node.implicit ?? []) {
    const place = ctx.facts[ctx.slots.get(id) ?? -1] as Place | undefined;
    if (place === undefined || place.state === undefined || node.kids.length === 0) out.add(id);
  }
  if (node.over) {
    const list = ctx.facts[ctx.slots.get(node.over) ?? -1] as MemberRecord[] | undefined;
    if (list === undefined) {
      out.add(node.over);
      return;
    }
    const saved = ctx.member;
    try {
      list.forEach((member, index) => {
        ctx.member = member;
        for (const kid of node.kids)
          collectMissing(kid, ctx, out, { id: node.over as string, index }, declined);
      });
    } finally {
      ctx.member = saved;
    }
    return;
  }
  for (const kid of node.kids) collectMissing(kid, ctx, out, members, declined);
}

/**
 * True when an unknown node stays unknown whatever the resident still answers. Conservative:
 * nodes that read only some kids (`if`, members) are never called stuck; all / any are stuck
 * when every unknown kid is; anything else (comparisons, arithmetic) when any kid is.
 */
function stuck(
  node: CompiledNode,
  ctx: EvalContext,
  members: Scope,
  declined: ReadonlySet<string>,
): boolean {
  if (node.ev(ctx) !== undefined) return false;
  if (node.ref) {
    if (node.ref.scope === 'fact') return declined.has(node.ref.id);
    return members !== undefined && declined.has(`${members.id}[${members.index}].${node.ref.id}`);
  }
  if (node.lazy || node.over) return false;
  if (node.implicit?.some((id) => declined.has(id))) return true;
  const kind = node.tree?.kind;
  if (kind === TreeKind.All || kind === TreeKind.Any || kind === TreeKind.Not) {
    return node.kids.every(
      (kid) => kid.ev(ctx) !== undefined || stuck(kid, ctx, members, declined),
    );
  }
  // Every input known and still unknown: data the rules lack (a territory's poverty guideline).
  if (node.kids.length > 0 && node.kids.every((kid) => kid.ev(ctx) !== undefined)) return true;
  return node.kids.some((kid) => stuck(kid, ctx, members, declined));
}
