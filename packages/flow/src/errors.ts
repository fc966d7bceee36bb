/**
 * Every error @plaza/flow throws on purpose, and every limit it enforces, in one place.
 * Limits keep any definition or saved state, however hostile, from exhausting a page or a server.
 */

/** Base class: a stable `code` to branch on, and a message that says what to fix. */
export class FlowError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FlowError';
    this.code = code;
  }
}

/** One problem found in a definition: where (a JSON path such as `$.pages[2].questions[0].id`) and what. */
export interface FlowDefinitionIssue {
  path: string;
  message: string;
}

/** The definition could not be loaded. `issues` lists every problem found, each naming its JSON path. */
export class FlowDefinitionError extends FlowError {
  readonly issues: FlowDefinitionIssue[];
  constructor(issues: FlowDefinitionIssue[]) {
    const first = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    const more = issues.length > 5 ? `\n(and ${issues.length - 5} more)` : '';
    super(
      'invalid-flow',
      `The flow definition has ${issues.length} problem(s):\n${first.join('\n')}${more}`,
    );
    this.name = 'FlowDefinitionError';
    this.issues = issues;
  }
}

/**
 * A definition or saved state is bigger than the limits allow (`limit` names which). The message
 * starts with the JSON path where the limit was passed.
 */
export class FlowLimitError extends FlowError {
  readonly limit: keyof FlowLimits;
  constructor(limit: keyof FlowLimits, message: string) {
    super('limit-exceeded', message);
    this.name = 'FlowLimitError';
    this.limit = limit;
  }
}

/** Saved state that does not belong to this definition or is not state at all. */
export class FlowStateError extends FlowError {
  constructor(message: string) {
    super('invalid-state', message);
    this.name = 'FlowStateError';
  }
}

/** A call that names a page, question or item the definition does not have. */
export class FlowUsageError extends FlowError {
  constructor(message: string) {
    super('invalid-use', message);
    this.name = 'FlowUsageError';
  }
}

export interface FlowLimits {
  /** Deepest nesting of JSON anywhere in a definition (conditions included). */
  maxDepth: number;
  /** Most JSON values (objects, arrays, strings, numbers...) in a definition. */
  maxNodes: number;
  /** Longest string anywhere in a definition. */
  maxStringLength: number;
  /** Longest text in saved state (a long textarea answer); longer saved state is not restored. */
  maxAnswerLength: number;
  /** Most pages (question pages and repeat groups, at every level). */
  maxPages: number;
  /** Most questions in the whole definition. */
  maxQuestions: number;
  /** Most questions on one page. */
  maxQuestionsPerPage: number;
  /** Most options of one question. */
  maxOptions: number;
  /** Most routes out of one page. */
  maxRoutes: number;
  /** Most items in one repeat group (and the default `max`). */
  maxRepeatItems: number;
  /** Most entries in a state's history. Older entries are dropped, never an error. */
  maxHistory: number;
}

export const DEFAULT_FLOW_LIMITS: Readonly<FlowLimits> = Object.freeze({
  maxDepth: 32,
  maxNodes: 200_000,
  maxStringLength: 10_000,
  maxAnswerLength: 100_000,
  maxPages: 1_000,
  maxQuestions: 2_000,
  maxQuestionsPerPage: 50,
  maxOptions: 500,
  maxRoutes: 50,
  maxRepeatItems: 50,
  maxHistory: 500,
});

/** Keys that could reach an object's prototype; rejected in definitions, answers and saved state. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Ids: a letter first, then letters, digits, "_" and "-"; never an Object.prototype name. */
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id) && !(id in Object.prototype);
}
