/**
 * Problems placed on a page and question: answers that fail their checks, conditions that cannot
 * be decided yet, and the field names (`members[1].dateOfBirth`) they are submitted under.
 */
import { checkAnswer, problemMessage } from './answers.js';
import type { Flow } from './load.js';
import {
  isComplete,
  itemsOf,
  scopeOf,
  visibleQuestions,
  type PathEntry,
  type Walk,
} from './path.js';
import { ADD_ANOTHER } from './vocabulary.js';
import { fieldName, groupsOf } from './state.js';

export { fieldName };
import type { FlowIssue, FlowState, Location, RepeatGroup } from './types.js';

/** Reads a field name back into the question and its item path; undefined if it names nothing. */
export function parseField(
  flow: Flow,
  field: string,
): { location: Location; question: string } | undefined {
  const parts = field.split('.');
  const items: number[] = [];
  for (const part of parts.slice(0, -1)) {
    const match = /^([A-Za-z][A-Za-z0-9_-]*)\[(\d{1,3})\]$/.exec(part);
    if (!match) return undefined;
    items.push(Number(match[2]));
  }
  const questionId = parts[parts.length - 1].replace(/\[\]$/, '');
  const question = flow.index.questions.get(questionId);
  if (!question) return undefined;
  const groups = groupsOf(question.page);
  if (groups.length !== items.length) return undefined;
  if (parts.slice(0, -1).some((part, depth) => !part.startsWith(`${groups[depth].id}[`)))
    return undefined;
  return { location: { page: question.page.id, items }, question: questionId };
}

/** Every failed check among a page's visible questions, in page order. */
export function pageIssues(
  walked: Walk,
  flow: Flow,
  state: FlowState,
  entry: PathEntry,
  today: string,
): FlowIssue[] {
  const scope = scopeOf(state, entry.location, entry.node);
  if (!scope) return [];
  const issues: FlowIssue[] = [];
  for (const question of visibleQuestions(walked, flow, entry)) {
    const answer = Object.hasOwn(scope.answers, question.id)
      ? scope.answers[question.id]
      : undefined;
    const problem = checkAnswer(question.def, answer, today);
    if (problem)
      issues.push({
        location: entry.location,
        question: question.id,
        code: problem.code,
        message: problemMessage(question.def, problem.code),
        args: problem.args,
        field: fieldName(entry.node, entry.location.items, question.id),
      });
  }
  return issues;
}

/** Issues for conditions still unknown: placed on the question whose answer is missing. */
export function unresolvedIssues(flow: Flow, walked: Walk): FlowIssue[] {
  const issues: FlowIssue[] = [];
  for (const item of walked.unresolved) {
    const placed = item.missing.map((field) => parseField(flow, field)).find(Boolean);
    const location = placed?.location ?? item.location;
    const node = flow.index.pages.get(location.page);
    issues.push({
      location,
      question: placed?.question ?? '',
      code: 'unresolved',
      message: 'flow.error.unresolved',
      args: {},
      field: placed && node ? fieldName(node, location.items, placed.question) : '',
    });
  }
  return issues;
}

/** A problem on a repeat group's own page: no yes/no answered, or fewer items than `min`. */
export function repeatIssue(
  location: Location,
  code: 'required' | 'repeatMin',
  min: number,
  question: string = ADD_ANOTHER,
): FlowIssue {
  return {
    location,
    question,
    code,
    message: code === 'repeatMin' ? 'flow.error.repeatMin' : `flow.error.${question}`,
    args: code === 'repeatMin' ? { count: min } : {},
    field: question,
  };
}

/** Every problem on the path that stops the application being sent. */
export function allIssues(flow: Flow, state: FlowState, walked: Walk, today: string): FlowIssue[] {
  const issues: FlowIssue[] = [];
  for (const entry of walked.entries) {
    if (entry.node.kind === 'page') issues.push(...pageIssues(walked, flow, state, entry, today));
    else if (!isComplete(walked, flow, state, entry, today)) {
      const min = (entry.node.def as RepeatGroup).min ?? 0;
      if (itemsOf(state, entry.node, entry.location.items).length < min)
        issues.push(repeatIssue(entry.location, 'repeatMin', min));
    }
  }
  return [...issues, ...unresolvedIssues(flow, walked)];
}
