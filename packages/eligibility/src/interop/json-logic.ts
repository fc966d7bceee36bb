/**
 * Import and export of a documented subset of JSON Logic (https://jsonlogic.com).
 *
 * JSON Logic has no unknown value (a missing `var` is null), no money periods and no dates, so
 * only part of the rule format maps onto it. Supported both ways: and/or/! (all/any/not),
 * ===/!== (==/!=), <, <=, >, >=, in (with a literal list), var (facts), +, -, *, /, min, max,
 * if, and number, text and boolean literals. Export inlines parameters as their values on one
 * date and writes money as monthly amounts. Anything else (dates, ages, members, poverty
 * guidelines, lookups, livesIn) is refused with an error naming the rule path.
 */
export type { JsonLogic } from './json-logic-types.js';
export { JsonLogicError } from './json-logic-types.js';
export { toJsonLogic } from './json-logic-export.js';
export { fromJsonLogic } from './json-logic-import.js';
