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
import type { FlowIndex, PageNode, QuestionNode } from './flow-index.js';
import type { RouteNode } from './graph.js';
import type { CompiledRoute, Flow } from './load.js';
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

  /** Registers a condition found at `path`, read in the scope of `group`. */
  add(condition: unknown, path: string, group: PageNode | undefined): ConditionRef {
    const scope = this.scopeFor(group);
    const id = `c${this.count++}`;
    scope.conditions[id] = condition as Condition;
    scope.locations[id] = path;
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
}

/** Where a condition stands and the order number its answers must come before. */
export type ConditionSite = (condition: unknown, path: string, before: number) => void;

/**
 * Registers every `showWhen` and route condition with `compiler`; `site` (the full loader's
 * checks) sees each one with the order number its answers must come before.
 */
export function addConditions(
  index: FlowIndex,
  resolved: ReadonlyMap<PageNode, RouteNode[]>,
  compiler: ConditionCompiler,
  site?: ConditionSite,
): Pick<Flow, 'routes' | 'showWhen'> {
  const add = (when: unknown, path: string, group: PageNode | undefined, before: number) => {
    site?.(when, path, before);
    return compiler.add(when, path, group);
  };
  const showWhen = new Map<PageNode | QuestionNode, ConditionRef>();
  const visit = (page: PageNode): void => {
    const when = (page.def as { showWhen?: unknown }).showWhen;
    if (when !== undefined)
      showWhen.set(page, add(when, child(page.path, 'showWhen'), page.group, page.order));
    for (const question of page.questions) {
      const condition = question.def.showWhen;
      if (condition !== undefined)
        showWhen.set(
          question,
          add(condition, child(question.path, 'showWhen'), page.group, question.order),
        );
    }
    page.children.forEach(visit);
  };
  index.top.forEach(visit);
  const routes = new Map<PageNode, CompiledRoute[]>();
  for (const [page, list] of resolved) {
    const after = lastOrder(page) + 1;
    routes.set(
      page,
      list.map((route) => ({
        target: route.target,
        when:
          route.when === undefined
            ? undefined
            : add(route.when, child(route.path, 'when'), undefined, after),
      })),
    );
  }
  return { routes, showWhen };
}

/**
 * The full loader's check that a condition reads only answers asked before `before`: one that
 * reads an answer asked later would be unknown whenever it decides.
 */
export function checkReadOrder(index: FlowIndex, issues: FlowDefinitionIssue[]): ConditionSite {
  const askedBefore = (id: string, path: string, before: number): void => {
    const question = index.questions.get(id);
    const node = question ?? index.pages.get(id);
    if (!node) return; // compileConditions reports undeclared facts
    const last = question ? question.order : lastOrder(node as PageNode);
    if (last >= before)
      issues.push({
        path,
        message: `reads "${id}", which is asked later (${node.path}): its answer is unknown when this is decided`,
      });
  };
  return (condition, path, before) => {
    const stack: [unknown, string][] = [[condition, path]];
    while (stack.length > 0) {
      const [value, at] = stack.pop() as [unknown, string];
      if (Array.isArray(value))
        value.forEach((item, position) => stack.push([item, child(at, position)]));
      if (!isObject(value)) continue;
      for (const [key, item] of Object.entries(value)) {
        const here = child(at, key);
        if ((key === 'fact' || key === 'answered' || key === 'of') && typeof item === 'string')
          askedBefore(item.split('.')[0], here, before);
        else stack.push([item, here]);
      }
    }
  };
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

/**
 * Evaluates conditions against one state. Facts come only from answers in `asked` (the path so
 * far); a condition still unknown only because it reads questions the path never asks can never
 * be decided by asking, so it counts as not met.
 */
export class ConditionEvaluator {
  private cache = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly index: FlowIndex,
    private readonly state: FlowState,
    private readonly asOf: string | undefined,
    private readonly asked: ReadonlySet<string>,
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
      const missing = prefixed(
        this.index,
        set.missing(ref.id, facts, options).map(asField),
        items,
      ).filter((field) => this.asked.has(field));
      return missing.length > 0 ? { status, missing } : { status: 'unmet', missing: [] };
    } catch (error) {
      // Answers are normalised before they become facts, so this is a defect; stay unknown.
      if (error instanceof AnswerError) return { status: 'unknown', missing: [] };
      throw error;
    }
  }

  private facts(scope: Scope, items: readonly number[]): Record<string, unknown> {
    const key = `${items.slice(0, scope.groups.length).join('/')}|${this.asked.size}`;
    let facts = this.cache.get(key);
    if (!facts) {
      const asked = (field: string): boolean => this.asked.has(field);
      facts = levelAnswers(this.index.top, this.state, asked, '', {});
      const path = itemsAlong(this.state, scope.groups, items) ?? [];
      let prefix = '';
      path.forEach((item, depth) => {
        prefix += `${scope.groups[depth].id}[${items[depth]}].`;
        levelAnswers(
          scope.groups[depth].children,
          item,
          asked,
          prefix,
          facts as Record<string, unknown>,
        );
      });
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

/** Names an item-level question or group with the items it belongs to: `members[1].age`. */
function prefixed(index: FlowIndex, missing: string[], items: readonly number[]): string[] {
  return missing.map((field) => {
    const id = /^[^[.]+/.exec(field)?.[0] ?? field;
    const node = index.questions.get(id)?.page ?? index.pages.get(id)?.group;
    const groups: PageNode[] = [];
    for (let at = node?.kind === 'repeat' ? node : node?.group; at; at = at.group)
      groups.unshift(at);
    return groups.map((group, depth) => `${group.id}[${items[depth]}].`).join('') + field;
  });
}
