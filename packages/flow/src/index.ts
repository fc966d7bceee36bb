/**
 * @plaza/flow: multi-page services from one definition. No DOM and no dynamic code; runs the same
 * in Node and the browser, under a strict Content-Security-Policy.
 */
export type * from './types.js';
export { loadFlow } from './load.js';
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
} from './shape.js';
export type { ConditionStatus, ConditionResult } from './conditions.js';
