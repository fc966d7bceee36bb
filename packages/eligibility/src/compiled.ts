/**
 * What loading produces: compiled programs and criteria, and the loaded rule set that evaluation
 * reads. The public entry exports only the `CompiledRuleSet` class, whose internals it hides.
 */
import type { Limits } from './limits.js';
import type { Code } from './runtime/code.js';
import type { CompiledParameter, ResolvedParameter, ValueType } from './runtime/context.js';
import type { CompiledNode } from './runtime/tree.js';
import type {
  Citation,
  FactDefinition,
  FactType,
  Period,
  Program,
  ProgramNextSteps,
  RuleSet,
} from './types.js';

export interface CompiledCriterion {
  id: string;
  node: CompiledNode;
  messages: { met: string; unmet: string; unknown: string };
  args: [string, CompiledNode][];
  period: Period;
  citation?: Citation;
}

export interface CompiledProgram {
  source: Program;
  criteria: CompiledCriterion[];
  /** Parameters this program reads, for citing them in results. */
  params: string[];
  /** Other programs this one requires or excludes, in order. */
  dependencies: ['requires' | 'excludes', string][];
  /** The same, as positions in the compiled rule set's program order (set after ordering). */
  dependencyIndexes: { requires: boolean; index: number }[];
  /** Where each criterion's condition starts in the rule set's `code`. */
  roots: number[];
  /** The program's own and its criteria's citations, deduplicated. */
  citations: Citation[];
  links: { apply?: string; learnMore?: string };
  /** Frozen at load; every result of this program shares it. */
  nextSteps: ProgramNextSteps;
}

/** Standalone conditions checked and lowered by `Loader.loadConditions`. */
export interface LoadedConditions {
  nodes: ReadonlyMap<string, CompiledNode>;
  /** Where each condition starts in `code`. */
  roots: ReadonlyMap<string, number>;
  code: Code;
  factList: readonly FactDefinition[];
  factPaths: readonly string[];
  slots: ReadonlyMap<string, number>;
  parameters: ReadonlyMap<string, CompiledParameter>;
  conversions: Record<Period, number>;
}

/** What the loader builds for a rule set: internal, carried by `CompiledRuleSet`. */
export interface LoadedRuleSet {
  readonly source: RuleSet;
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly factOrder: readonly string[];
  /** Fact id to its position in the evaluation's answer array. */
  readonly slots: ReadonlyMap<string, number>;
  /** Program ids in evaluation order (a program comes after those it requires or excludes). */
  readonly programIds: readonly string[];
  /** The facts in slot order, and their answer paths (`$.id`) for error messages. */
  readonly factList: readonly FactDefinition[];
  readonly factPaths: readonly string[];
  readonly programs: readonly CompiledProgram[];
  /** Every criterion's condition in execution form, program by program in evaluation order. */
  readonly code: Code;
  readonly parameters: ReadonlyMap<string, CompiledParameter>;
  readonly limits: Limits;
  readonly conversions: Record<Period, number>;
  readonly leapDay: 'march1' | 'february28';
  readonly timeZone: string | undefined;
}

/**
 * A loaded rule set: validated, frozen and lowered. Load once with `loadRuleSet`, evaluate many
 * times. Opaque: its lowered programs and caches are internal (left out of the published types
 * by `stripInternal`), and "is this loaded?" is `value instanceof CompiledRuleSet`.
 */
export class CompiledRuleSet {
  /** The rule set as loaded, deeply frozen. */
  readonly source: RuleSet;
  /** Program ids in evaluation order (a program comes after those it requires or excludes). */
  readonly programIds: readonly string[];
  /** @internal */ readonly facts: ReadonlyMap<string, FactDefinition>;
  /** @internal */ readonly factOrder: readonly string[];
  /** @internal */ readonly slots: ReadonlyMap<string, number>;
  /** @internal */ readonly factList: readonly FactDefinition[];
  /** @internal */ readonly factPaths: readonly string[];
  /** @internal */ readonly programs: readonly CompiledProgram[];
  /** @internal */ readonly code: Code;
  /** @internal */ readonly parameters: ReadonlyMap<string, CompiledParameter>;
  /** @internal */ readonly limits: Limits;
  /** @internal */ readonly conversions: Record<Period, number>;
  /** @internal */ readonly leapDay: 'march1' | 'february28';
  /** @internal */ readonly timeZone: string | undefined;
  /** @internal Parameters resolved per date, reused across evaluations (bounded). */
  readonly paramCache: Map<number, Map<string, ResolvedParameter | undefined>>;
  readonly #byId: ReadonlyMap<string, CompiledProgram>;

  private constructor(loaded: LoadedRuleSet) {
    this.source = loaded.source;
    this.programIds = loaded.programIds;
    this.facts = loaded.facts;
    this.factOrder = loaded.factOrder;
    this.slots = loaded.slots;
    this.factList = loaded.factList;
    this.factPaths = loaded.factPaths;
    this.programs = loaded.programs;
    this.code = loaded.code;
    this.parameters = loaded.parameters;
    this.limits = loaded.limits;
    this.conversions = loaded.conversions;
    this.leapDay = loaded.leapDay;
    this.timeZone = loaded.timeZone;
    this.paramCache = new Map();
    this.#byId = new Map(loaded.programs.map((program) => [program.source.id, program]));
  }

  /** @internal The loader's only way in. */
  static fromLoaded(loaded: LoadedRuleSet): CompiledRuleSet {
    return new CompiledRuleSet(loaded);
  }

  get id(): string {
    return this.source.id;
  }

  get version(): string {
    return this.source.version;
  }

  /**
   * A program's next steps (apply, documents, contact, services), the same frozen object every
   * evaluated result of that program carries as `nextSteps`; undefined for an unknown id.
   */
  nextSteps(programId: string): ProgramNextSteps | undefined {
    return this.#byId.get(programId)?.nextSteps;
  }
}

/** Message keys of a criterion that names none. */
export const DEFAULT_MESSAGES = {
  met: 'eligibility.criterion.met',
  unmet: 'eligibility.criterion.unmet',
  unknown: 'eligibility.criterion.unknown',
};

/** The kind of value a fact of this type holds. */
export function valueType(type: FactType): ValueType {
  switch (type) {
    case 'enum':
    case 'text':
      return 'string';
    default:
      return type;
  }
}
