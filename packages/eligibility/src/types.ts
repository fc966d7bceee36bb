/**
 * The rule format: plain JSON data, described by `schema.json` in this package.
 * These types are the TypeScript view of the same format.
 */

/** How often a money amount is received or paid. */
export type Period = 'week' | 'biweek' | 'semimonth' | 'month' | 'year';

/** A source for a rule or a parameter: a regulation, a notice, a manual page. */
export interface Citation {
  title: string;
  url: string;
}

export type FactType =
  'boolean' | 'number' | 'money' | 'date' | 'enum' | 'text' | 'jurisdiction' | 'members';

/** A question asked once, whose answer any rule may use. */
export interface FactDefinition {
  id: string;
  type: FactType;
  /** Message key of the question, e.g. `eligibility.question.income`. */
  question: string;
  /** Message key of the hint shown under the question. */
  hint?: string;
  /** True for answers that need extra care (health, immigration, disability): never logged. */
  sensitive?: boolean;
  /** Allowed values of an `enum` fact. */
  options?: string[];
  /** The period a `money` answer is in when the answer is a bare number. Default `month`. */
  period?: Period;
  /** For `members`: the facts asked about each member of the household. */
  facts?: FactDefinition[];
}

/** Rounding used when a limit is derived from a parameter, e.g. USDA rounds SNAP limits up. */
export interface Rounding {
  mode: 'up' | 'down' | 'nearest';
  /** Round to a multiple of this (1 = whole dollars, 0.01 = cents). Default 1. */
  to?: number;
}

/** One row of the HHS poverty guidelines for an area: amounts for 1..n people, then per person. */
export interface GuidelineSchedule {
  /** amounts[0] is the guideline for 1 person, amounts[1] for 2 people, ... */
  amounts: number[];
  /** Added for each person above `amounts.length`. Absent: larger households are not covered. */
  perAdditionalPerson?: number;
}

/** HHS poverty guidelines for one year, by area. An area left out is not covered (unknown). */
export interface PovertyGuidelines {
  year: number;
  contiguous?: GuidelineSchedule;
  alaska?: GuidelineSchedule;
  hawaii?: GuidelineSchedule;
}

export type ParameterValue =
  | number
  | string
  | boolean
  | { amount: number; period: Period }
  | Record<string, number>
  | PovertyGuidelines;

/** One dated value of a parameter. The value in force on a date is the latest `from` on or before it. */
export interface DatedValue {
  /** ISO date `YYYY-MM-DD` the value takes effect. */
  from: string;
  value: ParameterValue;
  citation: Citation;
  note?: string;
}

export type ParameterType = 'number' | 'money' | 'text' | 'boolean' | 'table' | 'povertyGuidelines';

/** A dated, cited value such as a percentage, a deduction, a lookup table or the poverty guidelines. */
export interface ParameterDefinition {
  type: ParameterType;
  /** For `money`: the period the amounts are in. Default `month`. */
  period?: Period;
  /** Rounding applied whenever the value is used as a limit. */
  rounding?: Rounding;
  /** For `table`: the value used when a key is not in the table. Absent: unknown. */
  values: DatedValue[];
  description?: string;
}

/** Where a program is offered or a person lives. Lists mean "any of". */
export interface JurisdictionMatch {
  /** Two-letter postal codes, e.g. `CA`, `DC`. */
  state?: string | string[];
  /** Five-digit county FIPS codes, e.g. `06037` (Los Angeles County). */
  county?: string | string[];
  /** City names as answered, compared case-insensitively. */
  city?: string | string[];
  /** Jurisdiction fact to test; default: the rule set's first `jurisdiction` fact. */
  fact?: string;
}

/**
 * An expression: a literal, a fact, a parameter or a computation. Objects have exactly one key,
 * the operator. See the guide in docs/eligibility for every operator with an example.
 */
export type Expression =
  | number
  | string
  | boolean
  | { fact: string }
  | { member: string }
  | { param: string }
  | { date: string }
  | { asOf: Record<string, never> }
  | { money: [Expression, Period] }
  | { '+': Expression[] }
  | { '-': [Expression, Expression] | [Expression] }
  | { '*': Expression[] }
  | { '/': [Expression, Expression] }
  | { min: Expression[] }
  | { max: Expression[] }
  | { round: [Expression, Rounding['mode']] | [Expression, Rounding['mode'], number] }
  | { count: { of: string; where?: Condition } }
  | { sum: { of: string; value: Expression; where?: Condition } }
  | { age: { dob: Expression; on?: Expression } }
  | {
      fpl: {
        size: Expression;
        percent: Expression;
        period?: Period;
        /** Guideline year to use; default: the latest guidelines in force on the `asOf` date. */
        year?: Expression;
        rounding?: Rounding;
        /** Jurisdiction fact used to pick the 48 states/DC, Alaska or Hawaii table. */
        fact?: string;
        /** Parameter holding the guidelines; default `hhs.povertyGuidelines` (built in). */
        param?: string;
      };
    }
  | {
      percentOfFpl: {
        income: Expression;
        size: Expression;
        year?: Expression;
        fact?: string;
        param?: string;
      };
    }
  | { lookup: { table: string; key: Expression } }
  | { if: [Condition, Expression, Expression] };

/** A condition: true, false or unknown (Kleene three-valued logic). */
export type Condition =
  | boolean
  | { fact: string }
  | { member: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { '==': [Expression, Expression] }
  | { '!=': [Expression, Expression] }
  | { '<': [Expression, Expression] }
  | { '<=': [Expression, Expression] }
  | { '>': [Expression, Expression] }
  | { '>=': [Expression, Expression] }
  | { in: [Expression, Expression[]] }
  | { some: { of: string; where: Condition } }
  | { every: { of: string; where: Condition } }
  | { livesIn: JurisdictionMatch }
  | { answered: string };

/** The message keys of a criterion, one per status; each gets the criterion's `args`. */
export interface CriterionMessages {
  met?: string;
  unmet?: string;
  unknown?: string;
}

/** One test a program applies, e.g. "gross income at or below 130% of the poverty guideline". */
export interface Criterion {
  id: string;
  when: Condition;
  messages?: CriterionMessages;
  /** Values shown in the explanation, e.g. `{ "income": {"fact":"income"}, "limit": {...} }`. */
  args?: Record<string, Expression>;
  /** How money args are shown: per `month` (default) or per `year`. */
  period?: Period;
  citation?: Citation;
}

export interface ProgramLinks {
  apply?: string;
  learnMore?: string;
}

/**
 * Where a resident applies: `url` is `https://` or a path on the agency's own site (`/apply`);
 * `label` is a message key (or plain text) for the link, such as "Apply for SNAP online".
 */
export interface ApplyLink {
  url: string;
  label?: string;
}

/** Who a resident can ask about a program. At least one field. */
export interface ProgramContact {
  /** Message key (or plain text): the office or line, e.g. "County social services". */
  name?: string;
  /** As dialled: digits, optionally "+", spaces, ".", "-" and "()", e.g. "1-800-221-5689". */
  phone?: string;
  email?: string;
  /** `https://` or a path on the agency's own site. */
  url?: string;
}

/**
 * A program's next steps, as each evaluated program carries them (`ProgramResult.nextSteps`).
 * `apply` falls back to `links.apply` when the program gives no `apply`.
 */
export interface ProgramNextSteps {
  apply?: ApplyLink;
  /** Message keys (or plain text) of the documents to have ready, in order. */
  documents: readonly string[];
  contact?: ProgramContact;
  /** Ids of services in an Open Referral HSDS directory that help with this program. */
  services: readonly string[];
}

export interface Program {
  id: string;
  /** Message key (or plain text) of the program's name. */
  name: string;
  description?: string;
  agency: string;
  /** Where the program is offered; `{ "state": "CA" }`, or `{}` for the whole country. */
  jurisdiction?: JurisdictionMatch;
  criteria: Criterion[];
  links?: ProgramLinks;
  /** Where to apply (see `ApplyLink`). */
  apply?: ApplyLink;
  /** Message keys (or plain text) of the documents to have ready. */
  documents?: string[];
  contact?: ProgramContact;
  /** Ids of HSDS services that help with this program ("find help applying near you"). */
  services?: string[];
  /** Programs the household must likely qualify for first (e.g. a benefit that needs Medicaid). */
  requires?: string[];
  /** Programs that rule this one out when likely (e.g. reduced-price meals when free meals apply). */
  excludes?: string[];
  citations?: Citation[];
}

export interface RuleSetOptions {
  /** Monthly multipliers for weekly, bi-weekly and twice-monthly amounts. Defaults: 52/12, 26/12, 2. */
  conversions?: Partial<Record<Period, number>>;
  /** When a person born on 29 February has a birthday in common years. Default `march1`. */
  leapDayBirthday?: 'march1' | 'february28';
  /** IANA time zone used to turn an `asOf` instant into a calendar date, e.g. `America/Chicago`. */
  timeZone?: string;
}

/** A complete rule set: facts, parameters, programs, and (optionally) their messages. */
export interface RuleSet {
  $schema?: string;
  id: string;
  version: string;
  title?: string;
  facts: FactDefinition[];
  parameters?: Record<string, ParameterDefinition>;
  programs: Program[];
  options?: RuleSetOptions;
  /** Message catalogs by language, registered with @plaza/i18n. */
  messages?: Record<string, Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>>;
}

/** A money answer. A bare number is read in the fact's declared period. */
export interface MoneyAnswer {
  amount: number;
  period: Period;
}

/** Where a person lives: state postal code, county FIPS, city. */
export interface JurisdictionAnswer {
  state?: string;
  county?: string;
  city?: string;
}

export type AnswerValue =
  | boolean
  | number
  | string
  | MoneyAnswer
  | JurisdictionAnswer
  | Record<string, unknown>[]
  | null
  | undefined;

/** Residents' answers by fact id. A missing or null answer is unknown, never "no". */
export type Answers = Record<string, unknown>;

export type Status = 'likely' | 'maybe' | 'unlikely';
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

/** A formatted-later argument: numbers, text, dates, or money in USD. */
export type ResultArg = string | number | Date | { amount: number; currency: string };

export interface CriterionResult {
  id: string;
  status: CriterionStatus;
  /** Message key for this status, to render with `args`. */
  message: string;
  args: Record<string, ResultArg>;
  citation?: Citation;
  /** Facts not yet answered that could change this criterion. */
  missing: string[];
}

export interface ProgramResult {
  id: string;
  name: string;
  status: Status;
  criteria: CriterionResult[];
  /** The unanswered facts that could still change the result, most useful first. Empty unless `maybe`. */
  missing: string[];
  citations: Citation[];
  links: ProgramLinks;
  /** How to apply, documents to have ready, who to contact, services that help (frozen). */
  nextSteps: ProgramNextSteps;
}

export interface EvaluationResult {
  ruleSet: { id: string; version: string };
  /** The calendar date the rules were applied for, `YYYY-MM-DD`. */
  asOf: string;
  programs: ProgramResult[];
  /** Union of every program's `missing`, ordered by how many programs each fact could change. */
  missing: string[];
}

export interface EvaluateOptions {
  /** The date to apply rules and parameters for: `YYYY-MM-DD` or a Date (read in `timeZone`). */
  asOf?: string | Date;
  timeZone?: string;
  /** Evaluate only these program ids (and what they require). */
  programs?: string[];
  /**
   * Facts (or member fact paths such as `householdMembers[1].disabled`) the resident chose not
   * to answer. They stay unknown, and `missing` leaves out questions that could only change a
   * result together with them.
   */
  declined?: Iterable<string>;
}
