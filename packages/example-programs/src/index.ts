/**
 * @plaza/example-programs: EXAMPLES TO REVIEW. Nine US benefit programs as @plaza/eligibility
 * rules with citations, their English and Spanish messages, and the households they are tested
 * with. An agency must check every rule and figure against its own state's policy before use.
 */
import type { RuleSet } from '@plaza/eligibility';
import { en, es } from './messages.js';
import { withNextSteps } from './next-steps.js';
import { examplePrograms as rules } from './programs.js';

/**
 * The example rule set, with each program's example next steps (next-steps.ts) and its messages.
 * Load it with `loadRuleSet(examplePrograms)`.
 */
export const examplePrograms: RuleSet = {
  ...rules,
  programs: rules.programs.map(withNextSteps),
  messages: { en, es },
};
export { exampleCases } from './cases.js';
export { en as englishMessages, es as spanishMessages } from './messages.js';
export { exampleJourneys } from './journeys.js';
export type { Journey } from './walk-journey.js';
export { walkJourney } from './walk-journey.js';
export type { JourneyWalk } from './walk-journey.js';
