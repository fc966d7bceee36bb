/**
 * Server hand-off. Only answers on the resident's current path are sent (an answer left behind
 * by a changed branch stays in the store, in case they change back, but is not submitted).
 * - `toFormFields`: one named field per answer, repeats indexed (`members[0].memberName`), the
 *   shape of a native form POST; checkbox choices and files repeat the field name.
 * - `toJson`: the same answers as typed JSON, repeats as lists.
 * - `placeServerErrors`: errors the server sends back as data, put on the right page and question.
 */
import { FlowStateError } from './errors.js';
import { fieldName, parseField } from './issues.js';
import type { FlowNavigator } from './navigator.js';
import { visibleQuestions } from './path.js';
import type { PageNode } from './shape.js';
import { groupsOf, locationKey, scopeAt } from './state.js';
import type { AnswerValue, FileInfo, FlowIssue, FlowState } from './types.js';

interface Visitor {
  answer(field: string, id: string, value: AnswerValue, path: Record<string, unknown>): void;
  group(id: string, path: Record<string, unknown>): Record<string, unknown>[];
}

function visit(nav: FlowNavigator, state: FlowState, visitor: Visitor): Record<string, unknown> {
  const walked = nav.walk(state);
  const onPath = new Set(walked.entries.map((entry) => locationKey(entry.location)));
  const level = (pages: PageNode[], items: number[], into: Record<string, unknown>): void => {
    for (const node of pages) {
      const location = { page: node.id, items };
      if (!onPath.has(locationKey(location))) continue;
      if (node.kind === 'repeat') {
        const list = visitor.group(node.id, into);
        const scope = scopeAt(state, groupsOf(node), items);
        const count =
          scope && Object.hasOwn(scope.repeats, node.id) ? scope.repeats[node.id].length : 0;
        for (let index = 0; index < count; index++) {
          const item: Record<string, unknown> = {};
          list.push(item);
          level(node.children, [...items, index], item);
        }
        continue;
      }
      const scope = scopeAt(state, groupsOf(node), items);
      if (!scope) continue;
      for (const question of visibleQuestions(walked, nav.flow, { location, node })) {
        const value = Object.hasOwn(scope.answers, question.id)
          ? scope.answers[question.id].value
          : null;
        if (value !== null)
          visitor.answer(fieldName(node, items, question.id), question.id, value, into);
      }
    }
  };
  const root: Record<string, unknown> = {};
  level(nav.flow.index.top, [], root);
  return root;
}

/** Every answer as `[name, value]` pairs, ready for FormData or URL-encoded POST bodies. */
export function toFormFields(nav: FlowNavigator, state: FlowState): [string, string][] {
  const fields: [string, string][] = [];
  visit(nav, state, {
    answer(field, _id, value) {
      if (Array.isArray(value))
        for (const item of value as (string | FileInfo)[])
          fields.push([field, typeof item === 'string' ? item : item.name]);
      else if (typeof value === 'object' && value !== null)
        for (const [part, text] of Object.entries(value)) fields.push([`${field}.${part}`, text]);
      else fields.push([field, String(value)]);
    },
    group: () => [],
  });
  return fields;
}

/** Every answer as JSON: values typed (numbers, ISO dates, lists), repeat groups as lists. */
export function toJson(nav: FlowNavigator, state: FlowState): Record<string, unknown> {
  return visit(nav, state, {
    answer(_field, id, value, into) {
      into[id] = value;
    },
    group(id, into) {
      const list: Record<string, unknown>[] = [];
      into[id] = list;
      return list;
    },
  });
}

/** An error the server found, by field name as submitted, e.g. `members[1].memberAge`. */
export interface ServerError {
  field: string;
  /** Message key or plain text, shown as sent. */
  message: string;
}

export interface PlacedErrors {
  /** The state on the first page with an error, errors shown, returning to check answers after. */
  state: FlowState;
  placed: FlowIssue[];
  /** Errors whose field names no question: show them at the top of check answers. */
  unplaced: ServerError[];
}

const MAX_SERVER_ERRORS = 500;

/** Places the server's errors (data, never HTML) on the pages and questions they name. */
export function placeServerErrors(
  nav: FlowNavigator,
  state: FlowState,
  errors: unknown,
): PlacedErrors {
  if (!Array.isArray(errors))
    throw new FlowStateError('Server errors must be a list of {field, message}');
  const placed: FlowIssue[] = [];
  const unplaced: ServerError[] = [];
  for (const error of errors.slice(0, MAX_SERVER_ERRORS)) {
    if (typeof error !== 'object' || error === null) continue;
    const { field, message } = error as Record<string, unknown>;
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const text = message.slice(0, 1000);
    const target = parseField(nav.flow, field);
    const node = target && nav.node(target.location);
    if (!target || !node || !scopeAt(state, groupsOf(node), target.location.items)) {
      unplaced.push({ field: field.slice(0, 200), message: text });
      continue;
    }
    placed.push({
      location: target.location,
      question: target.question,
      code: 'server',
      message: text,
      args: {},
      field,
    });
  }
  if (placed.length === 0) return { state, placed, unplaced };
  const moved = nav.goTo(state, placed[0].location, { returnTo: 'check-answers' });
  return { state: { ...moved, errors: placed }, placed, unplaced };
}
