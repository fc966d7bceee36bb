/**
 * @plaza/flow: multi-page services from one definition. No DOM and no dynamic code; runs the same
 * in Node and the browser, under a strict Content-Security-Policy.
 */
export type * from './types.js';
export { compileFlow, loadFlow } from './load.js';
export { COMPILED_FLOW_FORMAT, isCompiledFlow, loadCompiledFlow } from './compiled.js';
export type { CompiledFlow } from './compiled.js';
export type { Flow, LoadOptions } from './load.js';
export {
  DEFAULT_FLOW_LIMITS,
  FlowDefinitionError,
  FlowError,
  FlowLimitError,
  FlowStateError,
  FlowUsageError,
} from './errors.js';
export type { FlowDefinitionIssue, FlowLimits } from './errors.js';
export {
  CHECK_ANSWERS,
  CONFIRMATION,
  TASK_LIST,
  ADD_ANOTHER,
  CONFIRM_REMOVE,
  CONTROL_TYPES,
} from './vocabulary.js';
export type { ConditionStatus, ConditionResult } from './conditions.js';
export { createNavigator, FlowNavigator } from './navigator.js';
export type { NavigatorOptions, NextResult, PageInput } from './navigator.js';
export type { PathEntry, Unresolved, Walk } from './path.js';
export { initialState, locationKey, parseLocationKey, sameLocation } from './state.js';
export { checkAnswer, problemMessage, readAnswer } from './answers.js';
export type { AnswerProblem } from './answers.js';
export { fieldName, parseField } from './issues.js';
export { en as englishMessages, es as spanishMessages } from './messages.js';
export { pageView, itemViews } from './view.js';
export type { ItemView, PageView, QuestionView } from './view.js';
export { checkAnswers, taskList } from './check-answers.js';
export type {
  AnswerRow,
  CheckAnswers,
  CheckRow,
  CheckSection,
  GroupRow,
  Task,
  TaskStatus,
} from './check-answers.js';
export { answerText, flowText, itemSummary, registerFlowMessages } from './display.js';
export { placeServerErrors, toFormFields, toJson } from './handoff.js';
export type { PlacedErrors, ServerError } from './handoff.js';
export {
  localStateStore,
  localStore,
  memoryStateStore,
  memoryStore,
  serverStore,
  sessionStateStore,
  sessionStore,
  storageKey,
  withoutSensitive,
} from './storage.js';
export type {
  FlowStore,
  LocalStoreOptions,
  ServerStoreAdapter,
  StateStore,
  StorageLike,
  StoredState,
  WebStoreOptions,
} from './storage.js';
export { restoreState } from './restore.js';
