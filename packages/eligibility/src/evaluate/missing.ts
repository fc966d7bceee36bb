/** The unanswered facts that could change an unknown result. */
import type { EvalContext, MemberRecord, Place } from '../runtime/context.js';
import type { CompiledNode } from '../runtime/tree.js';

/**
 * Finds the unanswered facts under an unknown node. Known branches are skipped: an answer under
 * a branch that is already decided cannot change the result, so it is never asked for.
 */
export function collectMissing(
  node: CompiledNode,
  ctx: EvalContext,
  out: Set<string>,
  members: { id: string; index: number } | undefined,
): void {
  if (node.ev(ctx) !== undefined) return;
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
          collectMissing(kid, ctx, out, { id: node.over as string, index });
      });
    } finally {
      ctx.member = saved;
    }
    return;
  }
  for (const kid of node.kids) collectMissing(kid, ctx, out, members);
}
