/**
 * The page graph, checked without answers: every route names a page at the same level, every
 * page can be reached from the first, and no route leads back to a page it came from (a cycle
 * would let a resident loop for ever).
 */
import type { FlowDefinitionIssue } from './errors.js';
import { child, isObject } from './json-path.js';
import type { FlowIndex, PageNode } from './shape.js';

/** One route out of a page, with its target resolved. */
export interface RouteNode {
  target: PageNode;
  /** The route's JSON path, e.g. `$.pages[2].next[0]`. */
  path: string;
  /** The route's condition as written; undefined: the route always matches. */
  when: unknown;
}

/** Reads and resolves `next` on every top-level page; `routes` is keyed by page. */
export function resolveRoutes(
  index: FlowIndex,
  maxRoutes: number,
  issues: FlowDefinitionIssue[],
): Map<PageNode, RouteNode[]> {
  const routes = new Map<PageNode, RouteNode[]>();
  for (const page of index.top) {
    const raw = (page.def as { next?: unknown }).next;
    if (raw === undefined) continue;
    const at = child(page.path, 'next');
    if (!Array.isArray(raw) || raw.length === 0) {
      issues.push({ path: at, message: 'must be a list of routes such as [{"page": "income"}]' });
      continue;
    }
    if (raw.length > maxRoutes) {
      issues.push({
        path: at,
        message: `has ${raw.length} routes; the limit (maxRoutes) is ${maxRoutes}`,
      });
      continue;
    }
    const list: RouteNode[] = [];
    raw.forEach((route, position) => {
      const where = child(at, position);
      if (!isObject(route)) {
        issues.push({
          path: where,
          message: 'must be an object with "page" and, optionally, "when"',
        });
        return;
      }
      for (const key of Object.keys(route))
        if (key !== 'page' && key !== 'when')
          issues.push({
            path: child(where, key),
            message: 'is not a known field (known: page, when)',
          });
      const target = typeof route.page === 'string' ? index.pages.get(route.page) : undefined;
      if (!target) {
        issues.push({
          path: child(where, 'page'),
          message:
            typeof route.page === 'string'
              ? `"${route.page.slice(0, 64)}" is not a page in this flow`
              : 'must be the id of a page',
        });
        return;
      }
      if (target.group !== undefined) {
        issues.push({
          path: child(where, 'page'),
          message: `"${target.id}" is inside a repeat group; route to the group ("${target.group.id}") instead`,
        });
        return;
      }
      if (target === page) {
        issues.push({
          path: child(where, 'page'),
          message: 'routes to its own page: a routing cycle',
        });
        return;
      }
      if (position < raw.length - 1 && route.when === undefined)
        issues.push({
          path: where,
          message: 'has no "when", so the routes after it are never used; put it last',
        });
      list.push({ target, path: where, when: route.when });
    });
    routes.set(page, list);
  }
  return routes;
}

/**
 * Where a page can lead: its routes, and the following page unless a route without a condition
 * always wins (the following page is also taken when the page itself is passed over).
 */
function edges(page: PageNode, routes: Map<PageNode, RouteNode[]>): PageNode[] {
  const out = (routes.get(page) ?? []).map((route) => route.target);
  const always = (routes.get(page) ?? []).some((route) => route.when === undefined);
  const following = page.siblings[page.position + 1];
  const skippable = (page.def as { showWhen?: unknown }).showWhen !== undefined;
  if (following && (!always || skippable)) out.push(following);
  return out;
}

/** Reports top-level pages no path reaches, and routes that lead back into their own path. */
export function checkGraph(
  index: FlowIndex,
  routes: Map<PageNode, RouteNode[]>,
  issues: FlowDefinitionIssue[],
): void {
  if (index.top.length === 0) return;
  // Iterative depth-first search: 0 unseen, 1 on the current path, 2 done.
  const mark = new Map<PageNode, 1 | 2>();
  const stack: [PageNode, number][] = [[index.top[0], 0]];
  mark.set(index.top[0], 1);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const next = edges(frame[0], routes)[frame[1]++];
    if (!next) {
      mark.set(frame[0], 2);
      stack.pop();
      continue;
    }
    const seen = mark.get(next);
    if (seen === 1) {
      const route = (routes.get(frame[0]) ?? []).find((candidate) => candidate.target === next);
      issues.push({
        path: route ? child(route.path, 'page') : frame[0].path,
        message: `leads back to "${next.id}", which leads here again: a routing cycle`,
      });
    } else if (seen === undefined) {
      mark.set(next, 1);
      stack.push([next, 0]);
    }
  }
  for (const page of index.top)
    if (!mark.has(page))
      issues.push({
        path: page.path,
        message: `"${page.id}" is never reached: no route leads here and the page before always routes elsewhere`,
      });
}
