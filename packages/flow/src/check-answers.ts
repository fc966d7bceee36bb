/**
 * Check your answers, generated from the definition and the resident's path, section by section;
 * and the task list of a long application. Every change link is a location to pass to
 * `goTo(state, change, { returnTo: 'check-answers' })`: the resident answers that page (and any
 * questions the change opened) and comes back here.
 */
import { answerText } from './display.js';
import { fieldName } from './issues.js';
import type { FlowNavigator } from './navigator.js';
import { isComplete, visibleQuestions, type Walk } from './path.js';
import type { PageNode } from './shape.js';
import { locationKey, scopeAt, groupsOf } from './state.js';
import type {
  Answer,
  FlowIssue,
  FlowState,
  Location,
  QuestionDefinition,
  RepeatGroup,
  Text,
} from './types.js';
import { itemViews, type ItemView } from './view.js';

export interface AnswerRow {
  kind: 'answer';
  question: QuestionDefinition;
  field: string;
  answer: Answer | undefined;
  /** The answer as text in the requested language; empty when not answered. */
  text: string;
  change: Location;
}

export interface GroupRow {
  kind: 'group';
  group: RepeatGroup;
  /** The group's list page: add another from there. */
  change: Location;
  items: (ItemView & { rows: CheckRow[] })[];
}

export type CheckRow = AnswerRow | GroupRow;

export interface CheckSection {
  /** Absent for pages in no section. */
  id: string | undefined;
  title: Text | undefined;
  rows: CheckRow[];
}

export interface CheckAnswers {
  sections: CheckSection[];
  /** What still stops the application being sent (empty when it can be). */
  errors: FlowIssue[];
}

export function checkAnswers(nav: FlowNavigator, state: FlowState, lang = 'en'): CheckAnswers {
  const walked = nav.walk(state);
  const onPath = new Set(walked.entries.map((entry) => locationKey(entry.location)));
  const rows = (pages: PageNode[], items: number[]): CheckRow[] =>
    pages.flatMap((node): CheckRow[] => {
      const location = { page: node.id, items };
      if (!onPath.has(locationKey(location))) return [];
      if (node.kind === 'repeat')
        return [
          {
            kind: 'group',
            group: node.def as RepeatGroup,
            change: location,
            items: itemViews(nav, walked, state, node, items, lang).map((item) => ({
              ...item,
              rows: rows(node.children, [...items, item.index]),
            })),
          },
        ];
      const scope = scopeAt(state, groupsOf(node), items);
      return visibleQuestions(walked, nav.flow, { location, node }).map((question) => {
        const answer =
          scope && Object.hasOwn(scope.answers, question.id)
            ? scope.answers[question.id]
            : undefined;
        return {
          kind: 'answer',
          question: question.def,
          field: fieldName(node, items, question.id),
          answer,
          text: answerText(question.def, answer, lang),
          change: location,
        };
      });
    });
  const sections: CheckSection[] = [];
  for (const node of nav.flow.index.top) {
    const section = nav.flow.sectionOf.get(node.id);
    let last = sections[sections.length - 1];
    if (!last || last.id !== section?.id) {
      last = { id: section?.id, title: section?.title, rows: [] };
      sections.push(last);
    }
    last.rows.push(...rows([node], []));
  }
  return {
    sections: sections.filter((section) => section.rows.length > 0),
    errors: nav.validateAll(state),
  };
}

export type TaskStatus = 'completed' | 'inProgress' | 'notStarted' | 'cannotStartYet';

export interface Task {
  id: string;
  title: Text;
  status: TaskStatus;
  /** Where the task starts (its first unfinished page); undefined while it cannot start. */
  start: Location | undefined;
}

/** The sections as tasks with their status, for a task list page. */
export function taskList(nav: FlowNavigator, state: FlowState): Task[] {
  const walked: Walk = nav.walk(state);
  return (nav.flow.definition.sections ?? []).map((section) => {
    const ids = new Set(section.pages);
    const entries = walked.entries.filter((entry) =>
      ids.has((groupsOf(entry.node)[0] ?? entry.node).id),
    );
    const done = entries.filter((entry) => isComplete(walked, nav.flow, state, entry, nav.today));
    const next = entries.find((entry) => !done.includes(entry));
    const status: TaskStatus =
      entries.length === 0
        ? 'cannotStartYet'
        : done.length === entries.length
          ? 'completed'
          : done.length > 0
            ? 'inProgress'
            : 'notStarted';
    return { id: section.id, title: section.title, status, start: (next ?? entries[0])?.location };
  });
}
