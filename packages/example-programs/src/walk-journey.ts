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
} from '@plaza/eligibility';
import type { Journey } from './journeys.js';

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
