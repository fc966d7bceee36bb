/**
 * Restoring saved state: nothing read back from storage or a server is trusted. Every answer is
 * read again from its raw text (so a tampered `value` cannot slip past the checks), unknown
 * questions and items are dropped, and a location that no longer exists falls back to the start.
 */
import { checkJsonShape, DEFAULT_LIMITS as RULE_LIMITS } from '@plaza/eligibility';
import { readAnswer } from './answers.js';
import { FlowLimitError, FlowStateError } from './errors.js';
import { isObject } from './json-path.js';
import type { Flow } from './load.js';
import { type PageNode } from './shape.js';
import { CHECK_ANSWERS, CONFIRMATION, TASK_LIST } from './vocabulary.js';
import { groupsOf, initialState, scopeAt } from './state.js';
import type { AnswerMap, FlowState, Location, RawInput, RepeatItem } from './types.js';

function isRaw(raw: unknown): raw is RawInput {
  if (typeof raw === 'string') return true;
  if (Array.isArray(raw))
    return raw.every(
      (item) => typeof item === 'string' || (isObject(item) && typeof item.name === 'string'),
    );
  return isObject(raw) && Object.values(raw).every((part) => typeof part === 'string');
}

function answersOf(pages: PageNode[], raw: unknown): AnswerMap {
  const answers: AnswerMap = {};
  if (!isObject(raw)) return answers;
  for (const page of pages)
    for (const question of page.questions) {
      const saved = Object.hasOwn(raw, question.id) ? raw[question.id] : undefined;
      if (isObject(saved) && isRaw(saved.raw))
        answers[question.id] = readAnswer(question.def, saved.raw);
    }
  return answers;
}

function repeatsOf(flow: Flow, pages: PageNode[], raw: unknown): Record<string, RepeatItem[]> {
  const repeats: Record<string, RepeatItem[]> = {};
  if (!isObject(raw)) return repeats;
  for (const group of pages) {
    if (group.kind !== 'repeat' || !Array.isArray(raw[group.id])) continue;
    const list = raw[group.id] as unknown[];
    if (list.length > flow.limits.maxRepeatItems)
      throw new FlowLimitError(
        'maxRepeatItems',
        `${group.id} has more than ${flow.limits.maxRepeatItems} items`,
      );
    repeats[group.id] = list.filter(isObject).map((item) => ({
      answers: answersOf(group.children, item.answers),
      repeats: repeatsOf(flow, group.children, item.repeats),
      completed: completedOf(group.children, item.completed),
    }));
  }
  return repeats;
}

function completedOf(pages: PageNode[], raw: unknown): string[] {
  const ids = new Set(pages.map((page) => page.id));
  return Array.isArray(raw)
    ? raw.filter((id): id is string => typeof id === 'string' && ids.has(id))
    : [];
}

function locationOf(flow: Flow, state: FlowState, raw: unknown): Location | undefined {
  if (!isObject(raw) || typeof raw.page !== 'string' || !Array.isArray(raw.items)) return undefined;
  const items = raw.items;
  if (!items.every((index) => Number.isInteger(index) && index >= 0)) return undefined;
  const location: Location = { page: raw.page, items: items as number[] };
  if (raw.remove === true) location.remove = true;
  if ([CHECK_ANSWERS, CONFIRMATION, TASK_LIST].includes(location.page))
    return items.length === 0 ? location : undefined;
  const node = flow.index.pages.get(location.page);
  if (!node) return undefined;
  const groups = groupsOf(node);
  const wanted = groups.length + (location.remove ? 1 : 0);
  if (items.length !== wanted || !scopeAt(state, groups, location.items.slice(0, groups.length)))
    return undefined;
  return location;
}

/**
 * Checks saved data against the definition and rebuilds the state from it. Throws FlowStateError
 * when it is not this flow's state (another definition or version), FlowLimitError when too big.
 */
export function restoreState(flow: Flow, data: unknown): FlowState {
  const issues = checkJsonShape(data, {
    ...RULE_LIMITS,
    maxDepth: flow.limits.maxDepth,
    maxNodes: flow.limits.maxNodes,
    maxStringLength: flow.limits.maxAnswerLength,
  });
  if (issues.length > 0)
    throw new FlowStateError(
      `Saved answers cannot be read: ${issues[0].path} ${issues[0].message}`,
    );
  if (!isObject(data) || data.format !== 1 || !isObject(data.flow))
    throw new FlowStateError('This is not saved flow state');
  const { id, version } = flow.definition;
  if (data.flow.id !== id || data.flow.version !== version)
    throw new FlowStateError(
      `The saved answers belong to another flow or version, not ${id}@${version}`,
    );
  const fresh = initialState(flow);
  const state: FlowState = {
    ...fresh,
    answers: answersOf(flow.index.top, data.answers),
    repeats: repeatsOf(flow, flow.index.top, data.repeats),
    completed: completedOf(flow.index.top, data.completed),
    submitted: data.submitted === true,
  };
  if (data.returnTo === 'check-answers' || data.returnTo === 'task-list')
    state.returnTo = data.returnTo;
  state.location = locationOf(flow, state, data.location) ?? fresh.location;
  state.history = (Array.isArray(data.history) ? data.history : [])
    .slice(-flow.limits.maxHistory)
    .map((entry) => locationOf(flow, state, entry))
    .filter((entry): entry is Location => entry !== undefined);
  return state;
}
