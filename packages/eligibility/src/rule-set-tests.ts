/**
 * Rule-set tests as data: a list of households and the result expected for each program.
 * Policy analysts write these next to the rules; `npm test` runs them.
 */
import type { CompiledRuleSet } from './compiled.js';
import { loaded } from './document/rule-set.js';
import { evaluate } from './evaluate.js';
import type { Answers, RuleSet, Status } from './types.js';

export interface RuleSetTestCase {
  /** What the household is, in words: "Single parent, two children, earns $2,100 a month". */
  name: string;
  asOf: string;
  answers: Answers;
  /** Expected status per program id. Programs left out are not checked. */
  expect: Record<string, Status>;
  /** Expected unanswered facts per program id (order does not matter). */
  missing?: Record<string, string[]>;
}

export interface RuleSetTestFailure {
  case: string;
  program: string;
  expected: string;
  actual: string;
}

/** Runs every case and returns the failures (an empty list means every case passed). */
export function runRuleSetTests(
  ruleSet: CompiledRuleSet | RuleSet,
  cases: RuleSetTestCase[],
): RuleSetTestFailure[] {
  const compiled = loaded(ruleSet);
  const failures: RuleSetTestFailure[] = [];
  for (const testCase of cases) {
    const result = evaluate(compiled, testCase.answers, { asOf: testCase.asOf });
    const byId = new Map(result.programs.map((program) => [program.id, program]));
    for (const [programId, expected] of Object.entries(testCase.expect)) {
      const actual = byId.get(programId);
      if (!actual)
        failures.push({
          case: testCase.name,
          program: programId,
          expected,
          actual: 'no such program',
        });
      else if (actual.status !== expected)
        failures.push({ case: testCase.name, program: programId, expected, actual: actual.status });
    }
    for (const [programId, expected] of Object.entries(testCase.missing ?? {})) {
      const actual = [...(byId.get(programId)?.missing ?? [])].sort();
      const wanted = [...expected].sort();
      if (actual.join(',') !== wanted.join(',')) {
        failures.push({
          case: testCase.name,
          program: `${programId} (missing)`,
          expected: wanted.join(', '),
          actual: actual.join(', '),
        });
      }
    }
  }
  return failures;
}
