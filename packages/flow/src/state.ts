/**
 * Pure state transitions: each returns a new FlowState and never changes the one it was given,
 * so any state can be saved, restored, compared or undone.
 */
import { FlowUsageError } from './errors.js';
import type { Flow } from './load.js';
import type { PageNode } from './shape.js';
import type { AnswerMap, FlowState, Location, RepeatItem } from './types.js';

/** A location as text, stable across sessions: `about-member/1` (item indexes from 0), `+/remove`. */
export function locationKey(location: Location): string {
  return [location.page, ...location.items].join('/') + (location.remove ? '/remove' : '');
}

/** Reads a key written by `locationKey`; undefined for anything else. */
export function parseLocationKey(key: string): Location | undefined {
  const parts = key.split('/');
  const remove = parts[parts.length - 1] === 'remove';
  if (remove) parts.pop();
  const [page, ...rest] = parts;
  if (!page || rest.length > 2 || !rest.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  const location: Location = { page, items: rest.map(Number) };
  if (remove) location.remove = true;
  return location;
}

export function sameLocation(a: Location, b: Location): boolean {
  return locationKey(a) === locationKey(b);
}

/** The repeat groups enclosing a page, outermost first. */
export function groupsOf(page: PageNode): PageNode[] {
  const groups: PageNode[] = [];
  for (let at = page.group; at; at = at.group) groups.unshift(at);
  return groups;
}

/** The form field name of a question at an item path: `members[1].jobs[0].employer`. */
export function fieldName(page: PageNode, items: readonly number[], questionId: string): string {
  const prefix = groupsOf(page).map((group, depth) => `${group.id}[${items[depth]}].`);
  return `${prefix.join('')}${questionId}`;
}

/** The answers and repeats at an item path (the top level for `[]`). */
export interface AnswerScope {
  answers: AnswerMap;
  repeats: Record<string, RepeatItem[]>;
  completed: string[];
}

export function scopeAt(
  state: FlowState,
  groups: PageNode[],
  items: readonly number[],
): AnswerScope | undefined {
  let scope: AnswerScope = state;
  for (let depth = 0; depth < groups.length; depth++) {
    const list = Object.hasOwn(scope.repeats, groups[depth].id)
      ? scope.repeats[groups[depth].id]
      : [];
    const item = list[items[depth]];
    if (!item) return undefined;
    scope = item;
  }
  return scope;
}

/** Replaces the scope at an item path with `change(scope)`, copying only what lies on the way. */
export function updateScope(
  state: FlowState,
  groups: PageNode[],
  items: readonly number[],
  change: (scope: AnswerScope) => AnswerScope,
): FlowState {
  const walk = (scope: AnswerScope, depth: number): AnswerScope => {
    if (depth === groups.length) return change(scope);
    const id = groups[depth].id;
    const list = Object.hasOwn(scope.repeats, id) ? scope.repeats[id] : [];
    const index = items[depth];
    if (!list[index]) throw new FlowUsageError(`"${id}" has no item ${index}`);
    const updated = list.map((item, position) =>
      position === index ? { ...item, ...walk(item, depth + 1) } : item,
    );
    return { ...scope, repeats: { ...scope.repeats, [id]: updated } };
  };
  const { answers, repeats, completed } = walk(state, 0);
  return { ...state, answers, repeats, completed };
}

/** A fresh state at the start of the flow (the task list when the definition has one). */
export function initialState(flow: Flow): FlowState {
  const first = flow.index.top[0];
  return {
    format: 1,
    flow: { id: flow.definition.id, version: flow.definition.version },
    answers: {},
    repeats: {},
    location: flow.definition.taskList
      ? { page: 'task-list', items: [] }
      : { page: first.id, items: [] },
    history: [],
    completed: [],
    errors: [],
    submitted: false,
  };
}

/** Moves to `location`, remembering where the resident was for `back`. */
export function moveTo(flow: Flow, state: FlowState, location: Location): FlowState {
  if (sameLocation(state.location, location)) return { ...state, location };
  const history = [...state.history, state.location];
  if (history.length > flow.limits.maxHistory)
    history.splice(0, history.length - flow.limits.maxHistory);
  return { ...state, location, history, errors: [] };
}

/** Marks the page at `location` completed (in its item, for pages inside a repeat group). */
export function markCompleted(flow: Flow, state: FlowState, location: Location): FlowState {
  const page = flow.index.pages.get(location.page);
  if (!page) return state;
  return updateScope(state, groupsOf(page), location.items, (scope) =>
    scope.completed.includes(page.id)
      ? scope
      : { ...scope, completed: [...scope.completed, page.id] },
  );
}
