/**
 * Standalone conditions: the rule language's conditions without programs, for anything that
 * branches on answers (a form flow showing a page, a question asked only for some households).
 * Checked with the same rules and limits as a rule set's criteria, evaluated with the same
 * three-valued logic.
 */
import { createChecker, loadConditions } from './document/rule-set.js';
import { readJson } from './document/read-json.js';
import type { LoadedConditions } from './compiled.js';
import type { CompiledParameter, ResolvedParameter } from './runtime/context.js';
import { run } from './runtime/code.js';
import type { Code } from './runtime/code.js';
import type { CompiledNode } from './runtime/tree.js';
import { createContext } from './evaluate/answers.js';
import type { AnswerModel } from './evaluate/answers.js';
import { resolveAsOf } from './evaluate/as-of.js';
import { collectMissing } from './evaluate/missing.js';
import { bounded, reasoning, settle } from './evaluate/ranges.js';
import { EligibilityError, RuleSetError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { Limits } from './limits.js';
import type { Condition, CriterionStatus, FactDefinition } from './types.js';

/** The result of one condition: `unknown` when an answer it needs is missing. */
export type ConditionStatus = CriterionStatus;

export interface ConditionSetInput {
  /** The facts the conditions may read, declared as in a rule set's `facts`. */
  facts: readonly FactDefinition[];
  /** Conditions by id, written as a rule set's criterion `when`. */
  conditions: Readonly<Record<string, Condition>>;
  /**
   * JSON path of the object holding `facts` and `conditions`, used in error messages. Default `$`:
   * problems are reported at `$.facts[2].type` or `$.conditions.showIncome.all[1]`.
   */
  path?: string;
  /**
   * Where each condition sits in the caller's own document, by condition id, when the conditions
   * were gathered from several places (e.g. `{ "showIncome": "$.pages[3].when" }`).
   */
  locations?: Readonly<Record<string, string>>;
  /** Tighter (or looser) limits than DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
}

export interface ConditionOptions {
  /** The date to apply the conditions for: `YYYY-MM-DD` or a Date (read in `timeZone`). Default: today. */
  asOf?: string | Date;
  /** IANA time zone used to read a Date `asOf`. */
  timeZone?: string;
}

/** Checked, lowered conditions. Compile once, evaluate as often as answers change. */
export class ConditionSet {
  readonly #nodes: ReadonlyMap<string, CompiledNode>;
  readonly #roots: ReadonlyMap<string, number>;
  readonly #code: Code;
  readonly #model: AnswerModel;

  /** Use `compileConditions`. */
  constructor(loaded: LoadedConditions, limits: Limits) {
    this.#nodes = loaded.nodes;
    this.#roots = loaded.roots;
    this.#code = loaded.code;
    this.#model = {
      factList: loaded.factList,
      factPaths: loaded.factPaths,
      slots: loaded.slots,
      limits,
      conversions: loaded.conversions,
      leapDay: 'march1',
      parameters: loaded.parameters as ReadonlyMap<string, CompiledParameter>,
      paramCache: new Map<number, Map<string, ResolvedParameter | undefined>>(),
    };
  }

  /** The condition ids, in the order they were given. */
  get ids(): string[] {
    return [...this.#nodes.keys()];
  }

  /**
   * `met`, `unmet`, or `unknown` when an answer the condition needs is missing and some answer
   * to it could still change the result (range reasoning, decision 0047). Throws an
   * AnswerError for an answer of the wrong shape and an EligibilityError for an unknown id.
   */
  evaluate(id: string, answers: unknown, options: ConditionOptions = {}): ConditionStatus {
    const root = this.#root(id);
    const ctx = createContext(this.#model, answers, resolveAsOf(options.asOf, options.timeZone));
    let value = run(this.#code, root, ctx);
    if (value === undefined)
      value = settle(this.#nodes.get(id) as CompiledNode, reasoning(ctx, undefined));
    return value === true ? 'met' : value === false ? 'unmet' : 'unknown';
  }

  /**
   * The unanswered facts whose answers could change an `unknown` result, in the order the
   * condition reads them (a household member's fact as `members[0].age`). Empty when the result
   * is already `met` or `unmet`: no further answer can change it.
   */
  missing(id: string, answers: unknown, options: ConditionOptions = {}): string[] {
    const root = this.#root(id);
    const ctx = createContext(this.#model, answers, resolveAsOf(options.asOf, options.timeZone));
    if (run(this.#code, root, ctx) !== undefined) return [];
    const found = new Set<string>();
    const r = reasoning(ctx, undefined);
    if (settle(this.#nodes.get(id) as CompiledNode, r) !== undefined) return [];
    bounded(r, undefined, () => collectMissing(this.#nodes.get(id) as CompiledNode, r, found));
    return [...found];
  }

  #root(id: string): number {
    const root = this.#roots.get(id);
    if (root === undefined)
      throw new EligibilityError(
        'unknown-condition',
        `"${String(id).slice(0, 100)}" is not one of this set's conditions`,
      );
    return root;
  }
}

/**
 * Checks and compiles standalone conditions over the given facts. Throws a RuleSetError listing
 * every problem with its JSON path, exactly as `loadRuleSet` does for criteria.
 */
export function compileConditions(input: ConditionSetInput): ConditionSet {
  const limits: Limits = { ...DEFAULT_LIMITS, ...input.limits };
  const root = input.path ?? '$';
  const factsPath = `${root}.facts`;
  const conditionsPath = `${root}.conditions`;
  const facts = readJson(input.facts, limits, factsPath);
  const conditions = readJson(input.conditions, limits, conditionsPath);
  const shapeIssues = [...facts.issues, ...conditions.issues];
  if (shapeIssues.length > 0) throw new RuleSetError(shapeIssues);
  const locations = input.locations ?? {};
  const loaded = loadConditions(createChecker(limits), facts.value, conditions.value, {
    facts: factsPath,
    conditions: conditionsPath,
    of: (id) => (Object.hasOwn(locations, id) ? locations[id] : undefined),
  });
  return new ConditionSet(loaded, limits);
}
