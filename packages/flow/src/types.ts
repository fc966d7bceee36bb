/**
 * The flow definition format: plain JSON data, described by `schema.json` in this package.
 * These types are the TypeScript view of the same format, plus the answer store's state.
 */
import type { Condition } from '@plaza/eligibility';

export type { Condition };

/**
 * Text shown to residents: a message key looked up in the definition's `messages` (or any catalog
 * registered with @plaza/i18n), or plain text when no catalog has that key.
 */
export type Text = string;

/** Controls a question can use. The last six are reserved for Plaza's pattern fields. */
export type ControlType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'select'
  | 'radios'
  | 'checkboxes'
  | 'date'
  | 'file'
  | 'name'
  | 'address'
  | 'phone'
  | 'email'
  | 'tin'
  | 'money';

export interface Option {
  /** The value stored and submitted: letters, digits, ".", "_" and "-". */
  value: string;
  label: Text;
  hint?: Text;
}

/** Checks made on an answer. Every message can be overridden per question with `errors`. */
export interface Validation {
  required?: boolean;
  /** Text: fewest and most characters. Checkboxes and file: fewest and most choices or files. */
  minLength?: number;
  maxLength?: number;
  /** Text: a regular expression the whole answer must match (no flags; `u` mode). */
  pattern?: string;
  /** Number and money: smallest and largest value. */
  min?: number;
  max?: number;
  /** Date: earliest and latest date, `YYYY-MM-DD` or `today`. */
  after?: string;
  before?: string;
}

/** Message keys (or plain text) that replace the default error messages of a question. */
export type ErrorMessages = Partial<Record<ValidationCode, Text>>;

export type ValidationCode =
  | 'required'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'min'
  | 'max'
  | 'after'
  | 'before'
  | 'format'
  | 'option';

export interface QuestionDefinition {
  /** Unique in the whole definition; the answer's name in form fields, JSON and conditions. */
  id: string;
  control: ControlType;
  label: Text;
  hint?: Text;
  /** For select, radios and checkboxes. */
  options?: Option[];
  validation?: Validation;
  errors?: ErrorMessages;
  /** Health, immigration, income...: kept out of localStorage unless the service opts in. */
  sensitive?: boolean;
  /** Shown only while this condition is met (same rules language as @plaza/eligibility). */
  showWhen?: Condition;
  /** For money: the period an amount is in (default `month`). */
  period?: 'week' | 'biweek' | 'semimonth' | 'month' | 'year';
  /** For text controls: the HTML autocomplete token, e.g. `given-name`. */
  autocomplete?: string;
  /**
   * For tin: the kinds of number accepted, `ssn` (the default), `itin`, or both. A number
   * starting with 9 is an ITIN; the others are Social Security numbers.
   */
  accept?: TinKind[];
  /**
   * For name: whose name it is. `self` (the default) lets the browser offer the resident's own
   * name; `other` (a household member, someone they care for) does not.
   */
  for?: 'self' | 'other';
}

/** A kind of US taxpayer identification number: Social Security number or ITIN. */
export type TinKind = 'ssn' | 'itin';

/** One route out of a page: go to `page` when `when` is met; a route without `when` always matches. */
export interface Route {
  page: string;
  when?: Condition;
}

export interface QuestionPage {
  id: string;
  heading: Text;
  /** Short guidance shown under the heading. */
  guidance?: Text;
  questions: QuestionDefinition[];
  /** The page is on the resident's path only while this is met. */
  showWhen?: Condition;
  /** Where to go next: the first route that matches. Absent: the following page. */
  next?: Route[];
}

/**
 * "Add another": the same pages asked once per item (household members, jobs). The group's own
 * page lists the items with change and remove, and asks whether to add another.
 */
export interface RepeatGroup {
  kind: 'repeat';
  /** The list's name in answers, form fields (`members[0].name`) and conditions. */
  id: string;
  /** Heading of the list page, e.g. "Who lives with you?". */
  heading: Text;
  guidance?: Text;
  /** One item, in running text: "household member" for "Add another household member". */
  itemName: Text;
  /** The add-another question, when the default "Do you need to add another {item}?" reads badly. */
  addAnother?: Text;
  /** The item's one-line summary, with `{questionId}` placeholders, e.g. `{firstName}, {age}`. */
  summary: Text;
  /** Default 0 (then the list page asks first) and the limit's `maxRepeatItems`. */
  min?: number;
  max?: number;
  /** Pages asked for each item, in order; `showWhen` allowed, `next` not. One nested group allowed. */
  pages: (QuestionPage | RepeatGroup)[];
  showWhen?: Condition;
  next?: Route[];
}

export type PageDefinition = QuestionPage | RepeatGroup;

/** A named part of a long application: check answers groups by section; the task list lists them. */
export interface SectionDefinition {
  id: string;
  title: Text;
  /** Ids of top-level pages or repeat groups in this section, in flow order. */
  pages: string[];
}

export interface ConfirmationDefinition {
  heading: Text;
  body?: Text;
}

export interface FlowDefinition {
  $schema?: string;
  id: string;
  version: string;
  /** The service's name, e.g. "Apply for a residential parking permit". */
  name: Text;
  pages: PageDefinition[];
  sections?: SectionDefinition[];
  /** Show a task list of sections before the pages (long applications). Needs `sections`. */
  taskList?: boolean;
  /** Check your answers before submitting. Default true. */
  checkAnswers?: boolean;
  confirmation: ConfirmationDefinition;
  /** Message catalogs by language (`en`, `es`, ...), registered with @plaza/i18n. */
  messages?: Record<string, Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>>;
}

/* ---------------------------------------------------------------------------------------------
 * Answers and state
 * ------------------------------------------------------------------------------------------- */

/** A file the resident chose: what is stored and submitted as data (the bytes stay with the page). */
export interface FileInfo {
  name: string;
  size: number;
  type: string;
}

/**
 * A typed answer: text for text-like controls, a number for number and money (dollars), an ISO
 * `YYYY-MM-DD` date, the option value(s) for choices, file details, or null when what was typed
 * could not be read (then `raw` still has it).
 */
export type AnswerValue = string | number | string[] | FileInfo[] | Record<string, string> | null;

/** What the person typed, exactly: text, or the parts of a multi-part field such as a date. */
export type RawInput = string | string[] | Record<string, string> | FileInfo[];

export interface Answer {
  value: AnswerValue;
  raw: RawInput;
}

/** Answers by question id. */
export type AnswerMap = Record<string, Answer>;

/** One item of a repeat group: its answers and (one level down) its own repeat groups. */
export interface RepeatItem {
  answers: AnswerMap;
  repeats: Record<string, RepeatItem[]>;
  /** Ids of this item's pages (and nested groups' lists) completed with valid answers. */
  completed: string[];
}

/** Where the resident is. `items` holds the item index for each repeat group on the way down. */
export interface Location {
  page: string;
  items: number[];
  /** On a repeat group's page: asking to confirm removing item `items[items.length - 1]`. */
  remove?: boolean;
}

/** Everything the flow knows. Plain JSON: persist it as it is. Transitions never mutate it. */
export interface FlowState {
  format: 1;
  flow: { id: string; version: string };
  answers: AnswerMap;
  repeats: Record<string, RepeatItem[]>;
  location: Location;
  /** Locations visited, for `back`. */
  history: Location[];
  /** Ids of top-level pages and repeat groups completed with valid answers (items keep their own). */
  completed: string[];
  /** Set by `goTo(..., { returnTo: 'check-answers' })`: finish there after the change. */
  returnTo?: 'check-answers' | 'task-list';
  /** Errors from the last `next` or from the server (not restored: the checks run again). */
  errors: FlowIssue[];
  submitted: boolean;
}

/** One problem with an answer, placed on a page and question. */
export interface FlowIssue {
  location: Location;
  /** Question id, or `addAnother` / `confirmRemove` on a repeat group's own page. */
  question: string;
  code: ValidationCode | 'server' | 'repeatMin' | 'unresolved';
  /** Message key (or plain text) to render with `args`. */
  message: Text;
  args: Record<string, string | number>;
  /** The field name in form data, e.g. `members[1].dateOfBirth`. */
  field: string;
}
