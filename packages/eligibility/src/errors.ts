import { ISSUES_IN_MESSAGE } from './limits.js';

/** Every error the engine throws on purpose is an EligibilityError with a stable `code`. */
export class EligibilityError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'EligibilityError';
    this.code = code;
  }
}

/** One problem found in a rule set: where (a JSON path such as `$.programs[0].criteria[2].when`) and what. */
export interface RuleSetIssue {
  path: string;
  message: string;
}

/** The rule set could not be loaded. `issues` lists every problem found, each naming its JSON path. */
export class RuleSetError extends EligibilityError {
  readonly issues: RuleSetIssue[];
  constructor(issues: RuleSetIssue[]) {
    const first = issues
      .slice(0, ISSUES_IN_MESSAGE)
      .map((issue) => `${issue.path}: ${issue.message}`);
    const more =
      issues.length > ISSUES_IN_MESSAGE ? `\n(and ${issues.length - ISSUES_IN_MESSAGE} more)` : '';
    super(
      'invalid-rule-set',
      `The rule set has ${issues.length} problem(s):\n${first.join('\n')}${more}`,
    );
    this.name = 'RuleSetError';
    this.issues = issues;
  }
}

/** An answer has the wrong shape for its fact (for example text where a date is expected). */
export class AnswerError extends EligibilityError {
  readonly path: string;
  constructor(path: string, message: string) {
    super('invalid-answer', `${path}: ${message}`);
    this.name = 'AnswerError';
    this.path = path;
  }
}

/** An evaluation used more work, or bigger inputs, than the limits allow. */
export class LimitError extends EligibilityError {
  constructor(message: string) {
    super('limit-exceeded', message);
    this.name = 'LimitError';
  }
}

/** Keys that could reach an object's prototype; rejected anywhere in rule sets and answers. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
