/**
 * Every number that bounds the engine, in one place. `Limits` can be changed per rule set; the
 * constants below are fixed by the rule format.
 */

/** Limits that keep any rule set or answers, however hostile, from exhausting the page or server. */
export interface Limits {
  /** Deepest nesting of conditions and expressions. */
  maxDepth: number;
  /** Most JSON values (objects, arrays, strings, numbers...) in a rule set. */
  maxNodes: number;
  /** Longest string anywhere in a rule set or the answers. */
  maxStringLength: number;
  /** Most facts in a rule set, counting each household member's facts. */
  maxFacts: number;
  /** Most programs in a rule set. */
  maxPrograms: number;
  /** Most household members in the answers. */
  maxMembers: number;
  /** Most operator steps one evaluation may take. */
  maxWork: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxDepth: 32,
  maxNodes: 200_000,
  maxStringLength: 10_000,
  maxFacts: 10_000,
  maxPrograms: 1_000,
  maxMembers: 50,
  maxWork: 5_000_000,
});

/**
 * Raw JSON nests deeper than conditions do (program > criteria > when > ...), so the shape check
 * allows this many levels above `maxDepth`.
 */
export const DOCUMENT_DEPTH_HEADROOM = 8;
/** Most problems the shape check reports before it stops. */
export const MAX_SHAPE_ISSUES = 50;
/** Most problems the loader reports before it stops collecting. */
export const MAX_ISSUES = 200;
/** Problems quoted in a RuleSetError's message (all are in `issues`). */
export const ISSUES_IN_MESSAGE = 5;
/** JSON text longer than this many characters per allowed value is refused before parsing. */
export const MAX_CHARS_PER_NODE = 64;
/** Longest id of a fact, parameter, program or criterion. */
export const MAX_ID_LENGTH = 100;
/** Most operands of `+`, `*`, `min` and `max`. */
export const MAX_OPERANDS = 100;
/** Longest city name in a `livesIn` match or an answer. */
export const MAX_CITY_LENGTH = 200;
/** Dates whose resolved parameters a rule set keeps before starting over. */
export const PARAMETER_CACHE_DATES = 64;
/** Money is compared in whole cents, so 0.1 + 0.2 equals 0.3. */
export const CENTS_PER_DOLLAR = 100;
/** Longest link (`apply.url`, `contact.url`) in a program's next steps. */
export const MAX_LINK_LENGTH = 2_000;
/** Longest telephone number in a program's contact. */
export const MAX_PHONE_LENGTH = 40;
/** Longest email address (RFC 5321's limit on a path). */
export const MAX_EMAIL_LENGTH = 254;
