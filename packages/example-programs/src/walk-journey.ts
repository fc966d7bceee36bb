/**
 * Runs a golden journey through the screener's question choice (`screen` from
 * @plaza/eligibility), answering each question from the household's data, as
 * `<plaza-screener>` does with a resident.
 */
import {
  readFact,
  screen,
  writeFact,
  type Answers,
  type CompiledRuleSet,
  type EvaluationResult,
  type ScreeningStep,
  type Status,
} from '@plaza/eligibility';

/** A golden journey (see journeys.ts). */
export interface Journey {
  name: string;
  asOf: string;
  /** The resident's answers, asked or not. Left out: "I don't know". */
  answers: Answers;
  /** How many questions the screener asks before the results. */
  questions: number;
  /** The final status of every program. */
  expect: Record<string, Status>;
  /**
   * Questions the screener asks that an exhaustive check finds could not change any result,
   * given the household's answers so far. Listed so the test fails on any new one, and on a
   * listed one the screener stops asking. None in the example journeys since the engine reasons
   * about amounts as well as about which facts a rule reads (decision 0047).
   */
  moot?: string[];
}

export interface JourneyWalk {
  /** The questions asked, in order. */
  asked: string[];
  /** The questions answered "I don't know". */
  declined: string[];
  /** The screening step at each question, before it was answered. */
  steps: ScreeningStep[];
  result: EvaluationResult;
}

/** The most questions a walk may take before it is treated as a loop. */
const MAX_QUESTIONS = 500;

export function walkJourney(ruleSet: CompiledRuleSet, journey: Journey): JourneyWalk {
  let answers: Answers = {};
  const asked: string[] = [];
  const declined: string[] = [];
  const steps: ScreeningStep[] = [];
  for (;;) {
    const step = screen(ruleSet, answers, { asOf: journey.asOf, declined });
    const id = step.next;
    if (id === undefined) return { asked, declined, steps, result: step.result };
    if (asked.includes(id) || asked.length >= MAX_QUESTIONS)
      throw new Error(`${journey.name}: the screener asked "${id}" again`);
    steps.push(step);
    asked.push(id);
    const value = readFact(journey.answers, id);
    if (value === undefined) declined.push(id);
    else
      // A household list is answered by its size; each member's facts are asked on their own.
      answers = writeFact(answers, id, Array.isArray(value) ? value.map(() => ({})) : value);
  }
}
