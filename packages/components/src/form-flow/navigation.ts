/**
 * What the element needs from @plaza/flow's navigator, in one place: the page at a location, the
 * questions shown on it, the items of a repeat group, and which locations the resident may open
 * from the address bar or history. Questions' `showWhen` is read through the walk's evaluator
 * (the package does not export `visibleQuestions` yet).
 */
import {
  CHECK_ANSWERS,
  CONFIRMATION,
  TASK_LIST,
  locationKey,
  parseLocationKey,
  sameLocation,
  type FlowNavigator,
  type FlowState,
  type Location,
  type RepeatGroup,
  type RepeatItem,
  type Walk,
} from '@plaza/flow';

export { CHECK_ANSWERS, CONFIRMATION, TASK_LIST, locationKey, parseLocationKey, sameLocation };

type PageNode = NonNullable<ReturnType<FlowNavigator['node']>>;
export type QuestionNode = PageNode['questions'][number];
export type { PageNode };

/** The questions shown on the page at `location` for the current answers. */
export function shownQuestions(
  navigator: FlowNavigator,
  walked: Walk,
  node: PageNode,
  location: Location,
): QuestionNode[] {
  return node.questions.filter(
    (question) =>
      walked.evaluator.check(navigator.flow.showWhen.get(question), location.items).status ===
      'met',
  );
}

/** The repeat groups around a page, outermost first. */
export function groupsAround(node: PageNode): PageNode[] {
  const groups: PageNode[] = [];
  for (let group = node.group; group; group = group.group) groups.unshift(group);
  return groups;
}

/** The answers and items that a page at `items` reads and writes (its item, or the top level). */
export function scopeAt(
  state: FlowState,
  groups: PageNode[],
  items: readonly number[],
): { answers: FlowState['answers']; repeats: Record<string, RepeatItem[]> } | undefined {
  let scope: { answers: FlowState['answers']; repeats: Record<string, RepeatItem[]> } = state;
  for (const [depth, group] of groups.entries()) {
    const item = (Object.hasOwn(scope.repeats, group.id) ? scope.repeats[group.id] : [])[
      items[depth]
    ];
    if (!item) return undefined;
    scope = item;
  }
  return scope;
}

/** The items of repeat group `group` under `parentItems`. */
export function itemsOf(state: FlowState, group: PageNode, parentItems: readonly number[]) {
  const scope = scopeAt(state, groupsAround(group), parentItems);
  return scope && Object.hasOwn(scope.repeats, group.id) ? scope.repeats[group.id] : [];
}

/** "Ana, 34": the group's `summary` with `{questionId}` filled from the item's answers. */
export function itemSummary(
  group: PageNode,
  item: RepeatItem,
  t: (text: string) => string,
): string {
  return t((group.def as RepeatGroup).summary).replace(/\{(\w+)\}/g, (_, id: string) => {
    const value = Object.hasOwn(item.answers, id) ? item.answers[id].value : null;
    return value === null || typeof value === 'object' ? '' : String(value);
  });
}

/**
 * May the resident open `location` from history or the address bar? Only places they have been
 * (or the current one) and that are still on their path; never the confirmation before sending.
 */
export function canVisit(navigator: FlowNavigator, state: FlowState, location: Location): boolean {
  if (sameLocation(location, state.location)) return true;
  if (location.page === CONFIRMATION || state.submitted) return false;
  if (!state.history.some((visited) => sameLocation(visited, location))) return false;
  if (location.page === CHECK_ANSWERS || location.page === TASK_LIST) return true;
  if (location.remove) return false;
  return navigator.walk(state).entries.some((entry) => sameLocation(entry.location, location));
}
