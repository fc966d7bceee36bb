/**
 * The current page as data for whatever draws it: heading, questions with their answers, field
 * names, visibility and errors, a repeat group's items, and whether back is possible.
 */
import { itemSummary } from './display.js';
import { fieldName } from './issues.js';
import type { FlowNavigator } from './navigator.js';
import { isComplete, itemsOf, visibleQuestions, type Walk } from './path.js';
import { type PageNode } from './shape.js';
import { CHECK_ANSWERS, CONFIRMATION, TASK_LIST } from './vocabulary.js';
import { groupsOf, locationKey, sameLocation, scopeAt } from './state.js';
import type {
  Answer,
  FlowIssue,
  FlowState,
  Location,
  QuestionDefinition,
  RepeatGroup,
  SectionDefinition,
  Text,
} from './types.js';

const SPECIAL_PAGES = new Set([CHECK_ANSWERS, CONFIRMATION, TASK_LIST]);

export interface QuestionView {
  question: QuestionDefinition;
  /** The form field name, e.g. `members[1].memberName`. */
  field: string;
  answer: Answer | undefined;
  /** False while its `showWhen` is unmet or unknown: render it hidden (keep what it holds). */
  visible: boolean;
  error: FlowIssue | undefined;
}

export interface ItemView {
  index: number;
  /** The item's summary in the requested language, e.g. "Ana, 34". */
  summary: string;
  complete: boolean;
  change: Location;
  remove: Location;
}

export interface PageView {
  kind: 'question' | 'repeat' | 'remove' | 'check-answers' | 'confirmation' | 'task-list';
  location: Location;
  /** `locationKey(location)`: safe for a URL fragment or history entry (never an answer). */
  key: string;
  heading: Text;
  guidance: Text | undefined;
  questions: QuestionView[];
  /** On a repeat group's page: the group, its items and whether another may be added. */
  group: RepeatGroup | undefined;
  items: ItemView[];
  canAddAnother: boolean;
  /** On the remove confirmation: the item to remove. */
  removing: ItemView | undefined;
  errors: FlowIssue[];
  canGoBack: boolean;
  section: SectionDefinition | undefined;
}

export function itemViews(
  nav: FlowNavigator,
  walked: Walk,
  state: FlowState,
  group: PageNode,
  parent: number[],
  lang: string,
): ItemView[] {
  return itemsOf(state, group, parent).map((item, index) => {
    const at = [...parent, index];
    const own = walked.entries.filter(
      (entry) =>
        groupsOf(entry.node).includes(group) &&
        at.every((value, depth) => entry.location.items[depth] === value),
    );
    return {
      index,
      summary: itemSummary(group, item, lang),
      complete: own.every((entry) => isComplete(walked, nav.flow, state, entry, nav.today)),
      change: own[0]?.location ?? { page: group.id, items: parent },
      remove: { page: group.id, items: at, remove: true },
    };
  });
}

/** Everything needed to draw the current page. `lang` is used for item summaries. */
export function pageView(nav: FlowNavigator, state: FlowState, lang = 'en'): PageView {
  const location = state.location;
  const definition = nav.flow.definition;
  const base = {
    location,
    key: locationKey(location),
    guidance: undefined,
    questions: [],
    group: undefined,
    items: [],
    canAddAnother: false,
    removing: undefined,
    errors: SPECIAL_PAGES.has(location.page)
      ? state.errors
      : state.errors.filter((issue) => sameLocation(issue.location, location)),
    canGoBack: state.history.length > 0,
    section: undefined,
  };
  if (location.page === CHECK_ANSWERS)
    return { ...base, kind: 'check-answers', heading: 'flow.checkAnswers.heading' };
  if (location.page === CONFIRMATION)
    return {
      ...base,
      kind: 'confirmation',
      heading: definition.confirmation.heading,
      guidance: definition.confirmation.body,
    };
  if (location.page === TASK_LIST)
    return { ...base, kind: 'task-list', heading: 'flow.taskList.heading' };
  const node = nav.node(location) as PageNode;
  const section = nav.flow.sectionOf.get((groupsOf(node)[0] ?? node).id);
  const walked = nav.walk(state);
  if (node.kind === 'repeat') {
    const def = node.def as RepeatGroup;
    const parent = location.remove ? location.items.slice(0, -1) : location.items;
    const list = itemViews(nav, walked, state, node, parent, lang);
    return {
      ...base,
      kind: location.remove ? 'remove' : 'repeat',
      heading: def.heading,
      guidance: def.guidance,
      group: def,
      items: list,
      canAddAnother: list.length < (def.max ?? nav.flow.limits.maxRepeatItems),
      removing: location.remove ? list[location.items[location.items.length - 1]] : undefined,
      section,
    };
  }
  const scope = scopeAt(state, groupsOf(node), location.items);
  const shown = new Set(visibleQuestions(walked, nav.flow, { location, node }));
  return {
    ...base,
    kind: 'question',
    heading: (node.def as { heading: string }).heading,
    guidance: (node.def as { guidance?: string }).guidance,
    questions: node.questions.map((question) => ({
      question: question.def,
      field: fieldName(node, location.items, question.id),
      answer:
        scope && Object.hasOwn(scope.answers, question.id) ? scope.answers[question.id] : undefined,
      visible: shown.has(question),
      error: base.errors.find((issue) => issue.question === question.id),
    })),
    section,
  };
}
