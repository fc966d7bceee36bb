/**
 * The resident's path: the pages they will see, in order, for the answers given so far.
 *
 * Unknown is never a silent skip. A page (or group) whose `showWhen` is unknown, because an answer
 * it reads is missing, is not on the path yet, and is reported in `unresolved` with the missing
 * questions; `validateAll` refuses to finish while anything is unresolved. A route whose `when` is
 * unknown does not match (the next route is tried) and is reported the same way.
 */
import { checkAnswer } from './answers.js';
import { ConditionEvaluator, type ConditionResult } from './conditions.js';
import type { Flow } from './load.js';
import type { PageNode, QuestionNode } from './shape.js';
import { fieldName, groupsOf, locationKey, scopeAt, type AnswerScope } from './state.js';
import type { FlowState, Location, RepeatGroup } from './types.js';

export interface PathEntry {
  location: Location;
  node: PageNode;
  /** On a question page: the questions shown (their `showWhen` met), in page order. */
  questions?: QuestionNode[];
}

export interface Unresolved {
  /** The page, group or route owner whose condition is unknown. */
  location: Location;
  kind: 'showWhen' | 'route';
  /** The unanswered questions it needs, as fields (`members[0].age`). */
  missing: string[];
}

export interface Walk {
  entries: PathEntry[];
  unresolved: Unresolved[];
  evaluator: ConditionEvaluator;
}

/** Today as `YYYY-MM-DD` in the runtime's time zone. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function walk(flow: Flow, state: FlowState, asOf: string): Walk {
  // Field names asked so far along the path: only their answers steer what comes next.
  const asked = new Set<string>();
  const evaluator = new ConditionEvaluator(flow.index, state, asOf, asked);
  const entries: PathEntry[] = [];
  const unresolved: Unresolved[] = [];
  const report = (location: Location, kind: Unresolved['kind'], result: ConditionResult): void => {
    if (result.status === 'unknown') unresolved.push({ location, kind, missing: result.missing });
  };
  const level = (pages: PageNode[], items: number[]): void => {
    const seen = new Set<PageNode>();
    let node: PageNode | undefined = pages[0];
    while (node && !seen.has(node)) {
      seen.add(node);
      const location: Location = { page: node.id, items };
      const shown = evaluator.check(flow.showWhen.get(node), items);
      report(location, 'showWhen', shown);
      if (shown.status !== 'met') {
        node = node.siblings[node.position + 1];
        continue;
      }
      if (node.kind === 'repeat') {
        asked.add(fieldName(node, items, node.id));
        const count = itemsOf(state, node, items).length;
        for (let index = 0; index < count; index++) level(node.children, [...items, index]);
        entries.push({ location, node });
      } else {
        const questions: QuestionNode[] = [];
        for (const question of node.questions)
          if (evaluator.check(flow.showWhen.get(question), items).status === 'met') {
            questions.push(question);
            asked.add(fieldName(node, items, question.id));
          }
        entries.push({ location, node, questions });
      }
      let target: PageNode | undefined;
      for (const route of flow.routes.get(node) ?? []) {
        const result = evaluator.check(route.when, items);
        report(location, 'route', result);
        if (result.status === 'met') {
          target = route.target;
          break;
        }
      }
      node = target ?? node.siblings[node.position + 1];
    }
  };
  level(flow.index.top, []);
  return { entries, unresolved, evaluator };
}

/**
 * The last walk, reused while the answers, repeats, completed pages and date it was walked from
 * are the same objects: a page change asks more than once (may the page open? what does it
 * show?) with the same answers. Transitions never mutate a state; they make new objects for
 * whatever changes, so a changed answer always walks again.
 */
export class LastWalk {
  #last: { key: readonly unknown[]; walk: Walk } | undefined;

  of(flow: Flow, state: FlowState, today: string): Walk {
    const key = [state.answers, state.repeats, state.completed, today];
    if (this.#last?.key.every((part, index) => part === key[index])) return this.#last.walk;
    const walked = walk(flow, state, today);
    this.#last = { key, walk: walked };
    return walked;
  }
}

/** The items of a repeat group at the given parent items. */
export function itemsOf(state: FlowState, group: PageNode, parentItems: readonly number[]) {
  const scope = scopeAt(state, groupsOf(group), parentItems);
  return scope && Object.hasOwn(scope.repeats, group.id) ? scope.repeats[group.id] : [];
}

/** The scope that holds a page's answers, or undefined when its item no longer exists. */
export function scopeOf(
  state: FlowState,
  location: Location,
  node: PageNode,
): AnswerScope | undefined {
  return scopeAt(state, groupsOf(node), location.items);
}

/** The questions shown on a page: those whose `showWhen` is met. */
export function visibleQuestions(walked: Walk, flow: Flow, entry: PathEntry): QuestionNode[] {
  if (entry.questions) return entry.questions;
  const key = locationKey(entry.location);
  const onPath = walked.entries.find((candidate) => locationKey(candidate.location) === key);
  if (onPath?.questions) return onPath.questions;
  return entry.node.questions.filter(
    (question) =>
      walked.evaluator.check(flow.showWhen.get(question), entry.location.items).status === 'met',
  );
}

/** True when the page was completed and its answers still pass every check. */
export function isComplete(
  walked: Walk,
  flow: Flow,
  state: FlowState,
  entry: PathEntry,
  today: string,
): boolean {
  const node = entry.node;
  if (node.kind === 'repeat') {
    const parent = scopeAt(state, groupsOf(node), entry.location.items);
    const count = itemsOf(state, node, entry.location.items).length;
    const group = node.def as RepeatGroup;
    return (
      !!parent &&
      parent.completed.includes(node.id) &&
      count >= (group.min ?? 0) &&
      count <= (group.max ?? flow.limits.maxRepeatItems)
    );
  }
  const scope = scopeOf(state, entry.location, node);
  if (!scope || !scope.completed.includes(node.id)) return false;
  return visibleQuestions(walked, flow, entry).every(
    (question) =>
      checkAnswer(
        question.def,
        Object.hasOwn(scope.answers, question.id) ? scope.answers[question.id] : undefined,
        today,
      ) === undefined,
  );
}
