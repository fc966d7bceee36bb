/**
 * The navigator: pure functions from one state to the next. `next` stores what the resident
 * typed (always, even when it fails its checks), checks the page and moves on along the path;
 * `back`, `goTo` and the repeat-item calls move without checking. Nothing here touches a DOM.
 */
import { readAnswer } from './answers.js';
import { FlowUsageError } from './errors.js';
import { allIssues, pageIssues, repeatIssue } from './issues.js';
import type { Flow } from './load.js';
import {
  isComplete,
  itemsOf,
  todayIso,
  LastWalk,
  type PathEntry,
  type Unresolved,
  type Walk,
} from './path.js';
import { type PageNode } from './shape.js';
import {
  ADD_ANOTHER,
  CHECK_ANSWERS,
  CONFIRM_REMOVE,
  CONFIRMATION,
  TASK_LIST,
} from './vocabulary.js';
import {
  groupsOf,
  initialState,
  markCompleted,
  moveTo,
  sameLocation,
  scopeAt,
  updateScope,
} from './state.js';
import type { FlowIssue, FlowState, Location, RawInput, RepeatGroup } from './types.js';

/** What the resident entered on the current page, by question id (or `addAnother`, `confirmRemove`). */
export type PageInput = Record<string, RawInput>;

export interface NextResult {
  state: FlowState;
  /** Problems that kept the resident on the page (empty when it moved on). */
  errors: FlowIssue[];
  /** Conditions that could not be decided yet, and the answers they need. */
  unresolved: Unresolved[];
}

export interface NavigatorOptions {
  /** The date conditions and date checks use, `YYYY-MM-DD`. Default: today where the code runs. */
  today?: string;
}

const SPECIAL = new Set([CHECK_ANSWERS, CONFIRMATION, TASK_LIST]);
const at = (page: string): Location => ({ page, items: [] });

/** The state with `returnTo` set, or without the key at all (saved state stays minimal). */
function withReturnTo(state: FlowState, returnTo: FlowState['returnTo']): FlowState {
  const copy = { ...state };
  if (returnTo) copy.returnTo = returnTo;
  else delete copy.returnTo;
  return copy;
}

export class FlowNavigator {
  readonly flow: Flow;
  readonly #today: string | undefined;

  constructor(flow: Flow, options: NavigatorOptions = {}) {
    this.flow = flow;
    this.#today = options.today;
  }

  get today(): string {
    return this.#today ?? todayIso();
  }

  /** A fresh state at the first page (or the task list). */
  start(): FlowState {
    return initialState(this.flow);
  }

  readonly #walks = new LastWalk();

  /** The path for the current answers: every location the resident will see, in order. */
  walk(state: FlowState): Walk {
    return this.#walks.of(this.flow, state, this.today);
  }

  /** The page node at a location (undefined for check answers, confirmation and the task list). */
  node(location: Location): PageNode | undefined {
    return this.flow.index.pages.get(location.page);
  }

  /** Stores what was typed on the current page without checking it (for back, autosave, reveal). */
  save(state: FlowState, input: PageInput = {}): FlowState {
    const node = this.node(state.location);
    if (!node || node.kind !== 'page' || Object.keys(input).length === 0) return state;
    for (const id of Object.keys(input))
      if (!node.questions.some((question) => question.id === id))
        throw new FlowUsageError(`"${id.slice(0, 64)}" is not a question on page "${node.id}"`);
    return updateScope(state, groupsOf(node), state.location.items, (scope) => {
      const answers = { ...scope.answers };
      for (const question of node.questions)
        if (Object.hasOwn(input, question.id))
          answers[question.id] = readAnswer(question.def, input[question.id]);
      return { ...scope, answers };
    });
  }

  /** Checks the current page and moves on; on a problem, stays with `errors` (answers kept). */
  next(state: FlowState, input: PageInput = {}): NextResult {
    const location = state.location;
    if (location.page === CONFIRMATION) return this.#result(state);
    if (location.page === CHECK_ANSWERS) return this.#finish(state);
    if (location.page === TASK_LIST)
      return this.#result(this.#toFirstIncomplete(state, this.walk(state)));
    const node = this.node(location);
    if (!node)
      throw new FlowUsageError(`"${location.page.slice(0, 64)}" is not a page in this flow`);
    if (node.kind === 'repeat') return this.#repeatNext(state, node, input);
    const saved = this.save(state, input);
    const walked = this.walk(saved);
    const errors = pageIssues(walked, this.flow, saved, { location, node }, this.today);
    if (errors.length > 0) return this.#result({ ...saved, errors }, walked);
    return this.#result(this.#advance(markCompleted(this.flow, saved, location), location));
  }

  /** Back to the previous location; what was typed on this page is kept, unchecked. */
  back(state: FlowState, input: PageInput = {}): FlowState {
    const saved = this.save(state, input);
    if (saved.history.length === 0) return saved;
    const history = saved.history.slice(0, -1);
    return { ...saved, location: saved.history[saved.history.length - 1], history, errors: [] };
  }

  /**
   * Goes to any location on the path (a change link, a task, an error summary link). With
   * `returnTo`, finishing that page returns there, after any questions the change opened.
   */
  goTo(
    state: FlowState,
    location: Location,
    options: { returnTo?: 'check-answers' | 'task-list' } = {},
  ): FlowState {
    this.#assertLocation(state, location);
    return withReturnTo(moveTo(this.flow, state, location), options.returnTo);
  }

  /** Adds an empty item to a repeat group and opens its first page. */
  addItem(state: FlowState, groupId: string, parentItems: number[] = []): FlowState {
    const group = this.#group(groupId);
    const items = itemsOf(state, group, parentItems);
    const max = (group.def as RepeatGroup).max ?? this.flow.limits.maxRepeatItems;
    if (items.length >= max) throw new FlowUsageError(`"${groupId}" already has ${max} items`);
    const added = updateScope(state, groupsOf(group), parentItems, (scope) => ({
      ...scope,
      repeats: {
        ...scope.repeats,
        [group.id]: [...items, { answers: {}, repeats: {}, completed: [] }],
      },
    }));
    return this.#openItem(added, group, [...parentItems, items.length]);
  }

  /** Opens an existing item's first page, to change it. */
  changeItem(
    state: FlowState,
    groupId: string,
    index: number,
    parentItems: number[] = [],
  ): FlowState {
    const group = this.#group(groupId);
    if (!itemsOf(state, group, parentItems)[index])
      throw new FlowUsageError(`"${groupId}" has no item ${index}`);
    return this.#openItem(state, group, [...parentItems, index]);
  }

  /** Asks to confirm removing an item (answer with `next(state, { confirmRemove: 'yes' })`). */
  removeItem(
    state: FlowState,
    groupId: string,
    index: number,
    parentItems: number[] = [],
  ): FlowState {
    const group = this.#group(groupId);
    if (!itemsOf(state, group, parentItems)[index])
      throw new FlowUsageError(`"${groupId}" has no item ${index}`);
    return moveTo(this.flow, state, {
      page: group.id,
      items: [...parentItems, index],
      remove: true,
    });
  }

  /** Every problem that stops the application being sent, each placed on its page. */
  validateAll(state: FlowState): FlowIssue[] {
    return allIssues(this.flow, state, this.walk(state), this.today);
  }

  /** `unresolved` is worked out only when read: most page changes never need it. */
  #result(state: FlowState, walked?: Walk): NextResult {
    let unresolved = walked?.unresolved;
    const walk = (): Unresolved[] => (unresolved ??= this.walk(state).unresolved);
    return {
      state,
      errors: state.errors,
      get unresolved() {
        return walk();
      },
    };
  }

  #finish(state: FlowState): NextResult {
    const errors = this.validateAll(state);
    if (errors.length > 0) return this.#result({ ...state, errors });
    return this.#result({ ...moveTo(this.flow, state, at(CONFIRMATION)), submitted: true });
  }

  #repeatNext(state: FlowState, group: PageNode, input: PageInput): NextResult {
    const location = state.location;
    const parentItems = location.remove ? location.items.slice(0, -1) : location.items;
    const list = { page: group.id, items: parentItems };
    if (location.remove) {
      const answer = input[CONFIRM_REMOVE];
      if (answer !== 'yes' && answer !== 'no')
        return this.#result({
          ...state,
          errors: [repeatIssue(location, 'required', 0, CONFIRM_REMOVE)],
        });
      if (answer === 'no') return this.#result(moveTo(this.flow, state, list));
      const index = location.items[location.items.length - 1];
      const removed = updateScope(state, groupsOf(group), parentItems, (scope) => ({
        ...scope,
        repeats: {
          ...scope.repeats,
          [group.id]: itemsOf(state, group, parentItems).filter(
            (_, position) => position !== index,
          ),
        },
      }));
      // The confirmation page is gone with the item: `back` must not return to it.
      return this.#result({ ...moveTo(this.flow, removed, list), history: removed.history });
    }
    const def = group.def as RepeatGroup;
    const count = itemsOf(state, group, parentItems).length;
    const max = def.max ?? this.flow.limits.maxRepeatItems;
    const answer = count >= max ? 'no' : input[ADD_ANOTHER];
    if (answer === 'yes') return this.#result(this.addItem(state, group.id, parentItems));
    if (answer !== 'no')
      return this.#result({
        ...state,
        errors: [repeatIssue(location, 'required', 0, ADD_ANOTHER)],
      });
    if (count < (def.min ?? 0))
      return this.#result({
        ...state,
        errors: [repeatIssue(location, 'repeatMin', def.min ?? 0)],
      });
    const walked = this.walk(state);
    const unfinished = walked.entries.find(
      (entry) =>
        entry.node.group === group &&
        parentItems.every((index, depth) => entry.location.items[depth] === index) &&
        !isComplete(walked, this.flow, state, entry, this.today),
    );
    if (unfinished) return this.#result(moveTo(this.flow, state, unfinished.location));
    return this.#result(this.#advance(markCompleted(this.flow, state, list), list));
  }

  /** Where to go after completing `from`: along the path, back to a list, or to a return point. */
  #advance(state: FlowState, from: Location): FlowState {
    const walked = this.walk(state);
    if (state.returnTo === 'check-answers') {
      const first = this.#firstIncomplete(walked, state);
      if (first) return moveTo(this.flow, state, first.location);
      return withReturnTo(moveTo(this.flow, state, at(CHECK_ANSWERS)), undefined);
    }
    const fromNode = this.node(from) as PageNode;
    const index = walked.entries.findIndex((entry) => sameLocation(entry.location, from));
    const candidate = index >= 0 ? walked.entries[index + 1] : this.#firstIncomplete(walked, state);
    // Leaving an item: back to its list. Entering a group: its list first (or a first item).
    const leaving = fromNode.group;
    if (leaving && (!candidate || !this.#insideItem(candidate, leaving, from.items)))
      return moveTo(this.flow, state, { page: leaving.id, items: from.items.slice(0, -1) });
    if (!candidate) return this.#end(state);
    if (
      this.flow.definition.taskList &&
      this.#section(candidate) !== this.#section({ location: from, node: fromNode })
    )
      return moveTo(this.flow, state, at(TASK_LIST));
    const entering = groupsOf(candidate.node).find(
      (group, depth) =>
        !this.#insideItem(
          { location: from, node: fromNode },
          group,
          candidate.location.items.slice(0, depth + 1),
        ),
    );
    const target = entering
      ? {
          location: {
            page: entering.id,
            items: candidate.location.items.slice(0, groupsOf(entering).length),
          },
          node: entering,
        }
      : candidate;
    return this.#arrive(state, target);
  }

  /** Arriving at a list with no items when at least one is needed opens the first item directly. */
  #arrive(state: FlowState, entry: PathEntry): FlowState {
    const def = entry.node.def as RepeatGroup;
    if (
      entry.node.kind === 'repeat' &&
      (def.min ?? 0) > 0 &&
      itemsOf(state, entry.node, entry.location.items).length === 0
    )
      return this.addItem(state, entry.node.id, entry.location.items);
    return moveTo(this.flow, state, entry.location);
  }

  #end(state: FlowState): FlowState {
    if (this.flow.definition.checkAnswers !== false)
      return moveTo(this.flow, state, at(CHECK_ANSWERS));
    const result = this.#finish(state);
    return result.errors.length > 0
      ? this.#toFirstIncomplete(state, this.walk(state))
      : result.state;
  }

  #firstIncomplete(walked: Walk, state: FlowState): PathEntry | undefined {
    return walked.entries.find((entry) => !isComplete(walked, this.flow, state, entry, this.today));
  }

  #toFirstIncomplete(state: FlowState, walked: Walk): FlowState {
    const first = this.#firstIncomplete(walked, state);
    if (first) return this.#arrive(state, first);
    return moveTo(
      this.flow,
      state,
      at(this.flow.definition.checkAnswers === false ? TASK_LIST : CHECK_ANSWERS),
    );
  }

  /** True when `entry` is inside the item of `group` that `items` points at. */
  #insideItem(entry: PathEntry, group: PageNode, items: readonly number[]): boolean {
    const groups = groupsOf(entry.node);
    const depth = groups.indexOf(group);
    if (depth < 0) return false;
    return (
      items.length > depth &&
      entry.location.items.slice(0, depth + 1).every((index, level) => index === items[level])
    );
  }

  #section(entry: PathEntry): string | undefined {
    const top = groupsOf(entry.node)[0] ?? entry.node;
    return top.section;
  }

  #openItem(state: FlowState, group: PageNode, items: number[]): FlowState {
    const walked = this.walk(state);
    const first = walked.entries.find(
      (entry) =>
        groupsOf(entry.node).includes(group) &&
        items.every((index, depth) => entry.location.items[depth] === index),
    );
    return moveTo(
      this.flow,
      state,
      first?.location ?? { page: group.id, items: items.slice(0, -1) },
    );
  }

  #group(groupId: string): PageNode {
    const group = this.flow.index.pages.get(groupId);
    if (!group || group.kind !== 'repeat')
      throw new FlowUsageError(`"${String(groupId).slice(0, 64)}" is not a repeat group`);
    return group;
  }

  #assertLocation(state: FlowState, location: Location): void {
    if (SPECIAL.has(location.page) && location.items.length === 0) return;
    const node = this.node(location);
    if (!node)
      throw new FlowUsageError(
        `"${String(location.page).slice(0, 64)}" is not a page in this flow`,
      );
    const groups = groupsOf(node);
    const expected = groups.length + (location.remove ? 1 : 0);
    if (
      location.items.length !== expected ||
      !scopeAt(state, groups, location.items.slice(0, groups.length))
    )
      throw new FlowUsageError(`"${node.id}" needs the indexes of ${expected} existing item(s)`);
  }
}

/** A navigator for a loaded flow. */
export function createNavigator(flow: Flow, options: NavigatorOptions = {}): FlowNavigator {
  return new FlowNavigator(flow, options);
}
