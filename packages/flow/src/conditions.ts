/**
 * Branching in the rules language of @plaza/eligibility: every `showWhen` and route condition is
 * compiled with `compileConditions` against the questions it may read, one condition set per
 * level (the top level, each repeat group's items), and evaluated three-valued: met, unmet or
 * unknown (an answer it needs is missing), with the questions that are missing.
 */
import {
  AnswerError,
  RuleSetError,
  compileConditions,
  type Condition,
  type ConditionSet,
  type FactDefinition,
} from '@plaza/eligibility';
import type { FlowDefinitionIssue, FlowLimits } from './errors.js';
import { levelAnswers, levelFacts } from './facts.js';
import { child, isObject } from './json-path.js';
import type { FlowIndex, PageNode } from './shape.js';
import type { FlowState, RepeatItem } from './types.js';

export type ConditionStatus = 'met' | 'unmet' | 'unknown';

export interface ConditionResult {
  status: ConditionStatus;
  /** Unanswered questions that could change an unknown result, as fields (`members[1].age`). */
  missing: string[];
}

/** The questions a condition may read: one level and the levels around it. */
export interface Scope {
  /** The repeat groups enclosing this level, outermost first (empty at the top level). */
  groups: PageNode[];
  facts: FactDefinition[];
  conditions: Record<string, Condition>;
  locations: Record<string, string>;
  set: ConditionSet | undefined;
}

/** A compiled condition: its scope and its id there. */
export interface ConditionRef {
  scope: Scope;
  id: string;
}

export class ConditionCompiler {
  readonly scopes = new Map<PageNode | undefined, Scope>();
  private count = 0;

  constructor(
    private readonly index: FlowIndex,
    private readonly issues: FlowDefinitionIssue[],
  ) {}

  private scopeFor(group: PageNode | undefined): Scope {
    let scope = this.scopes.get(group);
    if (!scope) {
      const groups: PageNode[] = [];
      for (let at = group; at; at = at.group) groups.unshift(at);
      scope = {
        groups,
        facts: [
          ...levelFacts(this.index.top),
          ...groups.flatMap((level) => levelFacts(level.children)),
        ],
        conditions: {},
        locations: {},
        set: undefined,
      };
      this.scopes.set(group, scope);
    }
    return scope;
  }

  /**
   * Registers a condition found at `path`, read in the scope of `group`. `before` is the order
   * number its answers must come before: a condition may only read answers already asked.
   */
  add(condition: unknown, path: string, group: PageNode | undefined, before: number): ConditionRef {
    const scope = this.scopeFor(group);
    const id = `c${this.count++}`;
    scope.conditions[id] = condition as Condition;
    scope.locations[id] = path;
    this.checkOrder(condition, path, before);
    return { scope, id };
  }

  /** Compiles every scope; problems are added to `issues` with their JSON paths. */
  compile(limits: FlowLimits): void {
    for (const scope of this.scopes.values()) {
      try {
        scope.set = compileConditions({
          facts: scope.facts,
          conditions: scope.conditions,
          locations: scope.locations,
          limits: {
            maxDepth: limits.maxDepth,
            maxNodes: limits.maxNodes,
            maxStringLength: limits.maxStringLength,
          },
        });
      } catch (error) {
        if (!(error instanceof RuleSetError)) throw error;
        this.issues.push(...error.issues);
      }
    }
  }

  /** Flags conditions that read an answer asked later: it would be unknown when they decide. */
  private checkOrder(condition: unknown, path: string, before: number): void {
    const stack: [unknown, string][] = [[condition, path]];
    while (stack.length > 0) {
      const [value, at] = stack.pop() as [unknown, string];
      if (Array.isArray(value))
        value.forEach((item, index) => stack.push([item, child(at, index)]));
      if (!isObject(value)) continue;
      for (const [key, item] of Object.entries(value)) {
        const here = child(at, key);
        if ((key === 'fact' || key === 'answered' || key === 'of') && typeof item === 'string')
          this.checkAskedBefore(item.split('.')[0], here, before);
        else stack.push([item, here]);
      }
    }
  }

  private checkAskedBefore(id: string, path: string, before: number): void {
    const question = this.index.questions.get(id);
    const node = question ?? this.index.pages.get(id);
    if (!node) return; // compileConditions reports undeclared facts
    const last = question ? question.order : lastOrder(node as PageNode);
    if (last >= before)
      this.issues.push({
        path,
        message: `reads "${id}", which is asked later (${node.path}): its answer is unknown when this is decided`,
      });
  }
}

/** The largest order number inside a page or group: everything it asks comes before this. */
export function lastOrder(page: PageNode): number {
  let last = page.order;
  for (const question of page.questions) last = Math.max(last, question.order);
  for (const kid of page.children) last = Math.max(last, lastOrder(kid));
  return last;
}

/** The items along `items` (indexes per enclosing group), or undefined if one is missing. */
export function itemsAlong(
  state: FlowState,
  groups: PageNode[],
  items: readonly number[],
): RepeatItem[] | undefined {
  const found: RepeatItem[] = [];
  let repeats = state.repeats;
  for (let depth = 0; depth < groups.length; depth++) {
    const list = Object.hasOwn(repeats, groups[depth].id) ? repeats[groups[depth].id] : [];
    const item = list[items[depth]];
    if (!item) return undefined;
    found.push(item);
    repeats = item.repeats;
  }
  return found;
}

/** Evaluates conditions against one state; facts are built once per item path and reused. */
export class ConditionEvaluator {
  private cache = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly top: PageNode[],
    private readonly state: FlowState,
    private readonly asOf: string | undefined,
  ) {}

  check(ref: ConditionRef | undefined, items: readonly number[]): ConditionResult {
    if (!ref) return { status: 'met', missing: [] };
    const set = ref.scope.set;
    if (!set) return { status: 'unknown', missing: [] };
    const facts = this.facts(ref.scope, items);
    const options = this.asOf ? { asOf: this.asOf } : {};
    try {
      const status = set.evaluate(ref.id, facts, options);
      if (status !== 'unknown') return { status, missing: [] };
      const missing = set.missing(ref.id, facts, options).map(asField);
      return { status, missing: prefixed(missing, ref.scope.groups, items) };
    } catch (error) {
      // Answers are normalised before they become facts, so this is a defect; stay unknown.
      if (error instanceof AnswerError) return { status: 'unknown', missing: [] };
      throw error;
    }
  }

  private facts(scope: Scope, items: readonly number[]): Record<string, unknown> {
    const key = items.slice(0, scope.groups.length).join('/');
    let facts = this.cache.get(key);
    if (!facts) {
      facts = levelAnswers(this.top, this.state.answers, this.state.repeats);
      const path = itemsAlong(this.state, scope.groups, items) ?? [];
      path.forEach((item, depth) =>
        levelAnswers(scope.groups[depth].children, item.answers, item.repeats, facts),
      );
      this.cache.set(key, facts);
    }
    return facts;
  }
}

/** A missing fact id as a question field: `benefits.snap` is question `benefits`. */
function asField(factId: string): string {
  const match = /^([^[.]+)(\[\d+\]\.[^.]+)?/.exec(factId);
  return match ? match[0] : factId;
}

/** Item questions are named with the items they belong to: `members[1].age`. */
function prefixed(missing: string[], groups: PageNode[], items: readonly number[]): string[] {
  if (groups.length === 0) return missing;
  const depthOf = new Map<string, number>();
  groups.forEach((group, depth) => {
    for (const page of group.children)
      for (const question of page.questions) depthOf.set(question.id, depth);
  });
  return missing.map((field) => {
    const depth = depthOf.get(field);
    if (depth === undefined) return field;
    const prefix = groups
      .slice(0, depth + 1)
      .map((group, level) => `${group.id}[${items[level]}]`)
      .join('.');
    return `${prefix}.${field}`;
  });
}
