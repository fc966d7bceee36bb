/**
 * The definition format's vocabulary: control types, the ids the navigator reserves for its own
 * pages, and the fields each object may have. The loader and schema.json read the same lists.
 */
import type { ControlType } from './types.js';

export const CONTROL_TYPES: readonly ControlType[] = [
  'text',
  'textarea',
  'number',
  'select',
  'radios',
  'checkboxes',
  'date',
  'file',
  'name',
  'address',
  'phone',
  'email',
  'tin',
  'money',
];
export const CHOICE_CONTROLS: ReadonlySet<ControlType> = new Set([
  'select',
  'radios',
  'checkboxes',
]);
export const PERIODS = ['week', 'biweek', 'semimonth', 'month', 'year'];
/** What a tin question may accept (`accept`), and whose name a name question asks (`for`). */
export const TIN_KINDS = ['ssn', 'itin'];
export const NAME_FOR = ['self', 'other'];
/** Positions the navigator owns; no page or question may take these ids. */
export const CHECK_ANSWERS = 'check-answers';
export const CONFIRMATION = 'confirmation';
export const TASK_LIST = 'task-list';
export const ADD_ANOTHER = 'addAnother';
export const CONFIRM_REMOVE = 'confirmRemove';
export const RESERVED_IDS = new Set([
  CHECK_ANSWERS,
  CONFIRMATION,
  TASK_LIST,
  ADD_ANOTHER,
  CONFIRM_REMOVE,
]);
export const OPTION_VALUE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const DATE_BOUND = /^(today|\d{4}-\d{2}-\d{2})$/;

export const PAGE_KEYS = new Set(['id', 'heading', 'guidance', 'questions', 'showWhen', 'next']);
export const REPEAT_KEYS = new Set([
  'kind',
  'id',
  'heading',
  'guidance',
  'itemName',
  'addAnother',
  'summary',
  'min',
  'max',
  'pages',
  'showWhen',
  'next',
]);
export const QUESTION_KEYS = new Set([
  'id',
  'control',
  'label',
  'hint',
  'options',
  'validation',
  'errors',
  'sensitive',
  'showWhen',
  'period',
  'autocomplete',
  'accept',
  'for',
]);
export const VALIDATION_KEYS = new Set([
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'min',
  'max',
  'after',
  'before',
]);
export const ERROR_KEYS = new Set([
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'min',
  'max',
  'after',
  'before',
  'format',
  'option',
]);
