/**
 * @plaza/eligibility: a rules-as-data eligibility engine with three-valued results and
 * explanations. No DOM and no dynamic code; runs the same in Node and the browser.
 */
export type * from './types.js';
export { loadRuleSet, checkJsonShape } from './document/rule-set.js';
export { CompiledRuleSet } from './compiled.js';
export { ConditionSet, compileConditions } from './conditions.js';
export type { ConditionOptions, ConditionSetInput, ConditionStatus } from './conditions.js';
export { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
export type { ProgramStatuses } from './evaluate.js';
export { explain, questionText, registerEligibilityMessages } from './explain.js';
export type { ExplainedProgram, ExplainedReason } from './explain.js';
export { AnswerError, EligibilityError, LimitError, RuleSetError } from './errors.js';
export type { RuleSetIssue } from './errors.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { Limits } from './limits.js';
export {
  BUILT_IN_PARAMETERS,
  POVERTY_GUIDELINES_PARAMETER,
  hhsPovertyGuidelines,
} from './poverty-guidelines.js';
export { ageOn, guidelineArea, guidelineFor, parseIsoDate } from './values.js';
export { en as englishMessages, es as spanishMessages } from './messages.js';
export { fromJsonLogic, toJsonLogic } from './interop/json-logic.js';
export type { JsonLogic } from './interop/json-logic.js';
export { runRuleSetTests } from './rule-set-tests.js';
export type { RuleSetTestCase, RuleSetTestFailure } from './rule-set-tests.js';
export { ruleSetSchema } from './schema.js';
export {
  answersInUse,
  factDefinition,
  parseFactPath,
  readFact,
  screen,
  writeFact,
} from './screening.js';
export type { Candidate, FactPath, ScreeningOptions, ScreeningStep } from './screening.js';
