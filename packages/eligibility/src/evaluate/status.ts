/**
 * How a program's status is combined: the one place both `evaluate` and `evaluateStatuses` (and
 * so every consumer) get "likely / maybe / unlikely" from. A criterion or dependency outcome is
 * true (met), false (not met) or undefined (unknown).
 */
import type { CriterionStatus, Status } from '../types.js';

/** A program's status so far, with one more outcome: any false is unlikely; else unknown is maybe. */
export function combine(status: Status, outcome: boolean | undefined): Status {
  if (outcome === false) return 'unlikely';
  return outcome === undefined && status === 'likely' ? 'maybe' : status;
}

/** A `requires` (or `excludes`) dependency on a program with status `other`, as an outcome. */
export function dependencyOutcome(requires: boolean, other: Status): boolean | undefined {
  return other === 'maybe' ? undefined : (other === 'likely') === requires;
}

/** An outcome as a criterion's status. */
export function criterionStatus(outcome: boolean | undefined): CriterionStatus {
  return outcome === true ? 'met' : outcome === false ? 'unmet' : 'unknown';
}
