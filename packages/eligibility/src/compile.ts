/**
 * Loading: validates a rule set (every problem named by its JSON path) and compiles each
 * condition into a tree of small closures. Nothing is ever turned into code: no eval, no
 * `new Function`, so the engine runs under a strict Content-Security-Policy.
 */
import { BUILT_IN_PARAMETERS } from './poverty-guidelines.js';
import { LimitError, RuleSetError } from './errors.js';
import { child, isJsonObject, readJson } from './document/read-json.js';
import {
  CENTS_PER_DOLLAR,
  DEFAULT_LIMITS,
  MAX_CHARS_PER_NODE,
  MAX_CITY_LENGTH,
  MAX_ID_LENGTH,
  MAX_ISSUES,
  MAX_OPERANDS,
} from './limits.js';
import type { RuleSetIssue } from './errors.js';
import type { Limits } from './limits.js';
import type {
  Citation,
  FactDefinition,
  FactType,
  JurisdictionMatch,
  ParameterDefinition,
  Period,
  PovertyGuidelines,
  Program,
  Rounding,
  RuleSet,
} from './types.js';
import type {
  CompiledParameter,
  EvalContext,
  MemberRecord,
  Place,
  ResolvedParameter,
  ValueType,
} from './runtime/context.js';
import { overBudget, resolveParam, guidelinesForYear } from './runtime/context.js';
import type { CompiledNode } from './runtime/tree.js';
import { CodeBuilder } from './runtime/code.js';
import type { Code } from './runtime/code.js';
import {
  ARITHMETIC_KINDS,
  CmpOp,
  COMPARISON_OPS,
  TreeKind,
  ValueKind,
  allNode,
  anyNode,
  constant,
  evalTree,
  evalValue,
  leafNode,
  makeTree,
  makeValueTree,
  notNode,
  treeOf,
  valueTreeOf,
} from './runtime/tree.js';
import {
  DEFAULT_CONVERSIONS,
  PERIODS,
  STATE_CODES,
  ageOn,
  applyRounding,
  guidelineArea,
  guidelineFor,
  parseIsoDate,
} from './values.js';

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

/** A loaded rule set: validated, frozen and compiled. Load once, evaluate many times. */
export interface CompiledRuleSet {
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
  /** Parameters resolved per date, reused across evaluations. */
  readonly paramCache: Map<number, Map<string, ResolvedParameter | undefined>>;
}

const FACT_TYPES: readonly FactType[] = [
  'boolean',
  'number',
  'money',
  'date',
  'enum',
  'text',
  'jurisdiction',
  'members',
];
const ID_PATTERN = new RegExp(`^[A-Za-z][A-Za-z0-9_.-]{0,${MAX_ID_LENGTH - 1}}$`);
/** Ids are letters, digits, ".", "_" and "-", and never a name Object.prototype already has. */
const ID = { test: (id: string): boolean => ID_PATTERN.test(id) && !(id in Object.prototype) };
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

export const DEFAULT_MESSAGES = {
  met: 'eligibility.criterion.met',
  unmet: 'eligibility.criterion.unmet',
  unknown: 'eligibility.criterion.unknown',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value);
}

/**
 * Walks raw input before anything reads it: only JSON values, bounded depth, size and string
 * length, and no `__proto__` / `constructor` / `prototype` keys anywhere.
 */
export function checkJsonShape(input: unknown, limits: Limits, root = '$'): RuleSetIssue[] {
  return readJson(input, limits, root).issues;
}

/**
 * Validates and compiles a rule set (an object, or JSON text). Throws a RuleSetError listing
 * every problem with its JSON path.
 */
export function loadRuleSet(input: unknown, limits: Partial<Limits> = {}): CompiledRuleSet {
  const effective: Limits = { ...DEFAULT_LIMITS, ...limits };
  let data = input;
  if (typeof input === 'string') {
    if (input.length > effective.maxNodes * MAX_CHARS_PER_NODE) {
      throw new RuleSetError([{ path: '$', message: 'is too large to load' }]);
    }
    try {
      data = JSON.parse(input) as unknown;
    } catch (error) {
      throw new RuleSetError([
        { path: '$', message: `is not valid JSON (${(error as Error).message})` },
      ]);
    }
  }
  const read = readJson(data, effective);
  if (read.issues.length > 0) throw new RuleSetError(read.issues);
  return new Loader(effective).load(read.value);
}

interface Scope {
  membersFact: FactDefinition;
}

export class Loader {
  private readonly issues: RuleSetIssue[] = [];
  private readonly facts = new Map<string, FactDefinition>();
  /** Fact id to its position in the answer array: facts keep their declaration order. */
  private readonly slots = new Map<string, number>();
  private readonly params = new Map<string, CompiledParameter>();
  private residenceFact: string | undefined;
  private usedParams = new Set<string>();
  private conversions: Record<Period, number> = { ...DEFAULT_CONVERSIONS };

  constructor(private readonly limits: Limits) {}

  /** Position of a top-level fact in the answer array (facts are all declared before rules load). */
  private slotOf(id: string): number {
    return this.slots.get(id) ?? -1;
  }

  private fail(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  load(data: unknown): CompiledRuleSet {
    if (!isObject(data)) {
      throw new RuleSetError([
        { path: '$', message: 'must be an object with "id", "version", "facts" and "programs"' },
      ]);
    }
    const known = new Set([
      '$schema',
      'id',
      'version',
      'title',
      'facts',
      'parameters',
      'programs',
      'options',
      'messages',
    ]);
    this.unknownKeys(data, known, '$');
    this.requireString(data, 'id', '$');
    this.requireString(data, 'version', '$');
    const options = this.loadOptions(data.options);
    this.loadFacts(data.facts);
    this.loadParameters(data.parameters);
    this.loadMessages(data.messages);
    const programs = this.loadPrograms(data.programs);
    if (this.issues.length > 0) throw new RuleSetError(this.issues);
    // `data` is readJson's private copy: freezing it cannot touch the caller's object.
    const source = deepFreeze(data) as unknown as RuleSet;
    // Point every program at the frozen copy, so changing the caller's object later changes nothing.
    const programIds = programs.map((program) => program.source.id);
    const code = new CodeBuilder();
    const frozenById = new Map(source.programs.map((frozen) => [frozen.id, frozen]));
    const positions = new Map(programIds.map((id, index) => [id, index]));
    for (const program of programs) {
      program.roots = program.criteria.map((criterion) => code.add(treeOf(criterion.node)));
      program.source = frozenById.get(program.source.id) as Program;
      program.dependencyIndexes = program.dependencies.map(([kind, other]) => ({
        requires: kind === 'requires',
        index: positions.get(other) ?? -1,
      }));
    }
    return {
      source,
      facts: this.facts,
      factOrder: [...this.facts.keys()],
      slots: this.slots,
      factList: [...this.facts.values()],
      programIds: Object.freeze(programIds),
      factPaths: [...this.facts.keys()].map((id) => `$.${id}`),
      programs,
      code: code.build(),
      parameters: this.params,
      limits: this.limits,
      conversions: this.conversions,
      leapDay: options.leapDay,
      timeZone: options.timeZone,
      paramCache: new Map(),
    };
  }

  /**
   * Checks facts and standalone conditions the way a rule set's criteria are checked, for
   * `compileConditions`. Throws a RuleSetError naming every problem's path.
   */
  loadConditions(
    facts: unknown,
    conditions: unknown,
    paths: { facts: string; conditions: string; of: (id: string) => string | undefined },
  ): LoadedConditions {
    this.loadFacts(facts, paths.facts);
    this.loadParameters(undefined);
    const nodes = new Map<string, CompiledNode>();
    if (!isObject(conditions)) this.fail(paths.conditions, 'must be an object of conditions by id');
    else {
      for (const [id, raw] of Object.entries(conditions)) {
        const at = paths.of(id) ?? child(paths.conditions, id);
        const node = this.condition(raw, at, 0, undefined);
        if (node) nodes.set(id, node);
      }
    }
    if (this.issues.length > 0) throw new RuleSetError(this.issues);
    const code = new CodeBuilder();
    const roots = new Map([...nodes].map(([id, node]) => [id, code.add(treeOf(node))]));
    return {
      nodes,
      roots,
      code: code.build(),
      factList: [...this.facts.values()],
      factPaths: [...this.facts.keys()].map((id) => `$.${id}`),
      slots: this.slots,
      parameters: this.params,
      conversions: this.conversions,
    };
  }

  private unknownKeys(value: Record<string, unknown>, known: Set<string>, path: string): void {
    for (const key of Object.keys(value)) {
      if (!known.has(key))
        this.fail(
          child(path, key),
          `is not a known field here (expected one of: ${[...known].join(', ')})`,
        );
    }
  }

  private requireString(
    value: Record<string, unknown>,
    key: string,
    path: string,
  ): string | undefined {
    const field = value[key];
    if (typeof field !== 'string' || field.length === 0) {
      this.fail(child(path, key), 'is required and must be non-empty text');
      return undefined;
    }
    return field;
  }

  private optionalString(value: Record<string, unknown>, key: string, path: string): void {
    if (value[key] !== undefined && typeof value[key] !== 'string')
      this.fail(child(path, key), 'must be text');
  }

  private loadOptions(raw: unknown): {
    leapDay: 'march1' | 'february28';
    timeZone: string | undefined;
  } {
    const result: { leapDay: 'march1' | 'february28'; timeZone: string | undefined } = {
      leapDay: 'march1',
      timeZone: undefined,
    };
    if (raw === undefined) return result;
    const path = '$.options';
    if (!isObject(raw)) {
      this.fail(path, 'must be an object');
      return result;
    }
    this.unknownKeys(raw, new Set(['conversions', 'leapDayBirthday', 'timeZone']), path);
    if (raw.conversions !== undefined) {
      if (!isObject(raw.conversions))
        this.fail(child(path, 'conversions'), 'must be an object of monthly multipliers');
      else {
        for (const [period, factor] of Object.entries(raw.conversions)) {
          const at = child(child(path, 'conversions'), period);
          if (!PERIODS.includes(period as Period))
            this.fail(at, `is not a period (use ${PERIODS.join(', ')})`);
          else if (typeof factor !== 'number' || factor <= 0)
            this.fail(at, 'must be a positive number');
          else this.conversions[period as Period] = factor;
        }
      }
    }
    if (raw.leapDayBirthday !== undefined) {
      if (raw.leapDayBirthday !== 'march1' && raw.leapDayBirthday !== 'february28') {
        this.fail(child(path, 'leapDayBirthday'), 'must be "march1" or "february28"');
      } else result.leapDay = raw.leapDayBirthday;
    }
    if (raw.timeZone !== undefined) {
      if (typeof raw.timeZone !== 'string')
        this.fail(child(path, 'timeZone'), 'must be an IANA time zone name');
      else {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: raw.timeZone });
          result.timeZone = raw.timeZone;
        } catch {
          this.fail(
            child(path, 'timeZone'),
            `"${raw.timeZone}" is not a time zone this runtime knows`,
          );
        }
      }
    }
    return result;
  }

  private loadFacts(raw: unknown, path = '$.facts'): void {
    if (!Array.isArray(raw)) {
      this.fail(path, 'is required and must be a list of facts');
      return;
    }
    let count = raw.length;
    for (const fact of raw)
      if (isObject(fact) && Array.isArray(fact.facts)) count += fact.facts.length;
    if (count > this.limits.maxFacts)
      throw new LimitError(
        `${path} declares ${count} facts (counting household members' facts); the limit is ${this.limits.maxFacts}`,
      );
    raw.forEach((fact, index) => {
      const definition = this.loadFact(fact, child(path, index), false);
      if (!definition) return;
      if (this.facts.has(definition.id))
        this.fail(child(child(path, index), 'id'), `"${definition.id}" is declared twice`);
      else {
        this.slots.set(definition.id, this.facts.size);
        this.facts.set(definition.id, definition);
      }
      if (definition.type === 'jurisdiction' && this.residenceFact === undefined)
        this.residenceFact = definition.id;
    });
  }

  private loadFact(raw: unknown, path: string, nested: boolean): FactDefinition | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be an object with "id", "type" and "question"');
      return undefined;
    }
    this.unknownKeys(
      raw,
      new Set(['id', 'type', 'question', 'hint', 'sensitive', 'options', 'period', 'facts']),
      path,
    );
    const id = this.requireString(raw, 'id', path);
    if (id !== undefined && !ID.test(id))
      this.fail(
        child(path, 'id'),
        'must start with a letter and use only letters, digits, ".", "_" and "-"',
      );
    const type = raw.type;
    if (!FACT_TYPES.includes(type as FactType)) {
      this.fail(child(path, 'type'), `must be one of: ${FACT_TYPES.join(', ')}`);
      return undefined;
    }
    this.requireString(raw, 'question', path);
    this.optionalString(raw, 'hint', path);
    if (raw.sensitive !== undefined && typeof raw.sensitive !== 'boolean')
      this.fail(child(path, 'sensitive'), 'must be true or false');
    if (type === 'enum') {
      const options = raw.options;
      if (
        !Array.isArray(options) ||
        options.length === 0 ||
        !options.every((option) => typeof option === 'string')
      ) {
        this.fail(child(path, 'options'), 'an enum fact needs a non-empty list of text options');
      }
    } else if (raw.options !== undefined)
      this.fail(child(path, 'options'), 'only enum facts have options');
    if (raw.period !== undefined && (type !== 'money' || !PERIODS.includes(raw.period as Period))) {
      this.fail(
        child(path, 'period'),
        `only money facts have a period, one of: ${PERIODS.join(', ')}`,
      );
    }
    let facts: FactDefinition[] | undefined;
    if (type === 'members') {
      if (nested) this.fail(child(path, 'type'), 'members cannot contain another list of members');
      if (!Array.isArray(raw.facts))
        this.fail(
          child(path, 'facts'),
          'a members fact needs the list of facts asked about each member',
        );
      else {
        facts = [];
        const seen = new Set<string>();
        raw.facts.forEach((memberFact, index) => {
          const definition = this.loadFact(memberFact, child(child(path, 'facts'), index), true);
          if (!definition) return;
          if (seen.has(definition.id))
            this.fail(
              child(child(child(path, 'facts'), index), 'id'),
              `"${definition.id}" is declared twice`,
            );
          seen.add(definition.id);
          facts?.push(definition);
        });
      }
    } else if (raw.facts !== undefined)
      this.fail(child(path, 'facts'), 'only members facts have member facts');
    if (id === undefined) return undefined;
    return { ...(raw as unknown as FactDefinition), ...(facts ? { facts } : {}) };
  }

  private loadParameters(raw: unknown): void {
    const all: Record<string, unknown> = { ...BUILT_IN_PARAMETERS };
    if (raw !== undefined) {
      if (!isObject(raw)) this.fail('$.parameters', 'must be an object of parameters by id');
      else Object.assign(all, raw);
    }
    for (const [id, definition] of Object.entries(all)) {
      const path = child('$.parameters', id);
      if (!ID.test(id))
        this.fail(
          path,
          'parameter ids must start with a letter and use only letters, digits, ".", "_" and "-"',
        );
      const compiled = this.loadParameter(id, definition, path);
      if (compiled) this.params.set(id, compiled);
    }
  }

  private loadParameter(id: string, raw: unknown, path: string): CompiledParameter | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be an object with "type" and dated "values"');
      return undefined;
    }
    this.unknownKeys(raw, new Set(['type', 'period', 'rounding', 'values', 'description']), path);
    const types = ['number', 'money', 'text', 'boolean', 'table', 'povertyGuidelines'];
    if (!types.includes(raw.type as string)) {
      this.fail(child(path, 'type'), `must be one of: ${types.join(', ')}`);
      return undefined;
    }
    const definition = raw as unknown as ParameterDefinition;
    if (raw.period !== undefined && !PERIODS.includes(raw.period as Period))
      this.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
    if (raw.rounding !== undefined) this.checkRounding(raw.rounding, child(path, 'rounding'));
    if (!Array.isArray(raw.values) || raw.values.length === 0) {
      this.fail(
        child(path, 'values'),
        'needs at least one dated value with "from", "value" and "citation"',
      );
      return undefined;
    }
    const entries: { date: number; resolved: ResolvedParameter }[] = [];
    raw.values.forEach((entry, index) => {
      const at = child(child(path, 'values'), index);
      if (!isObject(entry)) {
        this.fail(at, 'must be an object with "from", "value" and "citation"');
        return;
      }
      this.unknownKeys(entry, new Set(['from', 'value', 'citation', 'note']), at);
      const date = typeof entry.from === 'string' ? parseIsoDate(entry.from) : undefined;
      if (date === undefined) this.fail(child(at, 'from'), 'must be a date written YYYY-MM-DD');
      const citation = this.checkCitation(entry.citation, child(at, 'citation'), true);
      const value = this.checkParameterValue(definition, entry.value, child(at, 'value'));
      if (date !== undefined && citation && value !== undefined) {
        if (entries.some((other) => other.date === date))
          this.fail(child(at, 'from'), 'two values take effect on the same date');
        entries.push({ date, resolved: { value, citation, from: entry.from as string } });
      }
    });
    entries.sort((a, b) => a.date - b.date);
    return {
      id,
      definition,
      dates: entries.map((entry) => entry.date),
      values: entries.map((entry) => entry.resolved),
    };
  }

  private checkParameterValue(
    definition: ParameterDefinition,
    value: unknown,
    path: string,
  ): ResolvedParameter['value'] | undefined {
    switch (definition.type) {
      case 'number':
        if (typeof value === 'number') return value;
        break;
      case 'money': {
        if (typeof value === 'number')
          return value * this.conversions[definition.period ?? 'month'];
        break;
      }
      case 'text':
        if (typeof value === 'string') return value;
        break;
      case 'boolean':
        if (typeof value === 'boolean') return value;
        break;
      case 'table': {
        if (!isObject(value)) break;
        const table = new Map<string, number>();
        for (const [key, entry] of Object.entries(value)) {
          if (typeof entry !== 'number') {
            this.fail(child(path, key), 'table values must be numbers');
            return undefined;
          }
          table.set(key, definition.period ? entry * this.conversions[definition.period] : entry);
        }
        return table;
      }
      case 'povertyGuidelines': {
        if (!isObject(value) || typeof value.year !== 'number') break;
        for (const area of ['contiguous', 'alaska', 'hawaii']) {
          const schedule = value[area];
          if (schedule === undefined) continue;
          const at = child(path, area);
          if (
            !isObject(schedule) ||
            !Array.isArray(schedule.amounts) ||
            !schedule.amounts.every((n) => typeof n === 'number' && n > 0)
          ) {
            this.fail(
              at,
              'must have "amounts": a list of positive annual amounts for 1, 2, 3... people',
            );
            return undefined;
          }
          if (
            schedule.perAdditionalPerson !== undefined &&
            (typeof schedule.perAdditionalPerson !== 'number' || schedule.perAdditionalPerson <= 0)
          ) {
            this.fail(child(at, 'perAdditionalPerson'), 'must be a positive number');
            return undefined;
          }
        }
        return value as unknown as PovertyGuidelines;
      }
    }
    this.fail(path, `is not a valid ${definition.type} value`);
    return undefined;
  }

  private checkRounding(raw: unknown, path: string): Rounding | undefined {
    if (!isObject(raw) || !['up', 'down', 'nearest'].includes(raw.mode as string)) {
      this.fail(path, 'rounding needs "mode": "up", "down" or "nearest"');
      return undefined;
    }
    if (raw.to !== undefined && (typeof raw.to !== 'number' || raw.to <= 0)) {
      this.fail(child(path, 'to'), 'must be a positive number such as 1 or 0.01');
      return undefined;
    }
    this.unknownKeys(raw, new Set(['mode', 'to']), path);
    return raw as unknown as Rounding;
  }

  private checkCitation(raw: unknown, path: string, required: boolean): Citation | undefined {
    if (raw === undefined && !required) return undefined;
    if (!isObject(raw) || typeof raw.title !== 'string' || typeof raw.url !== 'string') {
      this.fail(path, 'a citation needs "title" and "url"');
      return undefined;
    }
    if (!/^https?:\/\//.test(raw.url)) this.fail(child(path, 'url'), 'must be an http(s) address');
    this.unknownKeys(raw, new Set(['title', 'url']), path);
    return { title: raw.title, url: raw.url };
  }

  private loadMessages(raw: unknown): void {
    if (raw === undefined) return;
    if (!isObject(raw)) {
      this.fail('$.messages', 'must be an object of catalogs by language');
      return;
    }
    for (const [lang, catalog] of Object.entries(raw)) {
      const path = child('$.messages', lang);
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
        this.fail(path, 'must be keyed by a language tag such as "en" or "es-MX"');
      if (!isObject(catalog)) {
        this.fail(path, 'must be an object of messages by key');
        continue;
      }
      for (const [key, message] of Object.entries(catalog)) {
        if (typeof message === 'string') continue;
        if (
          isObject(message) &&
          Object.entries(message).every(
            ([form, text]) =>
              ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form) &&
              typeof text === 'string',
          )
        )
          continue;
        this.fail(
          child(path, key),
          'must be text or plural forms (zero, one, two, few, many, other)',
        );
      }
    }
  }

  private loadPrograms(raw: unknown): CompiledProgram[] {
    if (!Array.isArray(raw)) {
      this.fail('$.programs', 'is required and must be a list of programs');
      return [];
    }
    if (raw.length > this.limits.maxPrograms) {
      this.fail('$.programs', `has more than ${this.limits.maxPrograms} programs`);
      return [];
    }
    const ids = new Map<string, number>();
    raw.forEach((program, index) => {
      if (isObject(program) && typeof program.id === 'string') {
        if (ids.has(program.id))
          this.fail(
            child(child('$.programs', index), 'id'),
            `"${program.id}" is used by another program`,
          );
        else ids.set(program.id, index);
      }
    });
    const compiled: (CompiledProgram | undefined)[] = raw.map((program, index) =>
      this.loadProgram(program, child('$.programs', index), ids),
    );
    if (compiled.some((program) => program === undefined)) return [];
    return this.order(compiled as CompiledProgram[]);
  }

  /** Orders programs so every program comes after the programs it requires or excludes. */
  private order(programs: CompiledProgram[]): CompiledProgram[] {
    const byId = new Map(programs.map((program) => [program.source.id, program]));
    const state = new Map<string, 'visiting' | 'done'>();
    const ordered: CompiledProgram[] = [];
    const visit = (program: CompiledProgram, trail: string[]): void => {
      const id = program.source.id;
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        this.fail(
          `$.programs[${programs.indexOf(program)}]`,
          `requires or excludes itself through ${[...trail, id].join(' -> ')}`,
        );
        return;
      }
      state.set(id, 'visiting');
      for (const dependency of [
        ...(program.source.requires ?? []),
        ...(program.source.excludes ?? []),
      ]) {
        const other = byId.get(dependency);
        if (other) visit(other, [...trail, id]);
      }
      state.set(id, 'done');
      ordered.push(program);
    };
    for (const program of programs) visit(program, []);
    return ordered;
  }

  private loadProgram(
    raw: unknown,
    path: string,
    ids: Map<string, number>,
  ): CompiledProgram | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be an object with "id", "name", "agency" and "criteria"');
      return undefined;
    }
    this.unknownKeys(
      raw,
      new Set([
        'id',
        'name',
        'description',
        'agency',
        'jurisdiction',
        'criteria',
        'links',
        'requires',
        'excludes',
        'citations',
      ]),
      path,
    );
    const id = this.requireString(raw, 'id', path);
    if (id !== undefined && !ID.test(id))
      this.fail(
        child(path, 'id'),
        'must start with a letter and use only letters, digits, ".", "_" and "-"',
      );
    this.requireString(raw, 'name', path);
    this.requireString(raw, 'agency', path);
    this.optionalString(raw, 'description', path);
    this.usedParams = new Set();
    const criteria: CompiledCriterion[] = [];
    if (raw.jurisdiction !== undefined) {
      const at = child(path, 'jurisdiction');
      if (!isObject(raw.jurisdiction)) this.fail(at, 'must be an object such as {"state": "CA"}');
      else if (
        raw.jurisdiction.state !== undefined ||
        raw.jurisdiction.county !== undefined ||
        raw.jurisdiction.city !== undefined
      ) {
        const node = this.livesIn(raw.jurisdiction, at);
        if (node) {
          criteria.push({
            id: 'residence',
            node,
            messages: {
              met: 'eligibility.criterion.residence.met',
              unmet: 'eligibility.criterion.residence.unmet',
              unknown: 'eligibility.criterion.residence.unknown',
            },
            args: [],
            period: 'month',
          });
        }
      }
    }
    if (!Array.isArray(raw.criteria) || raw.criteria.length === 0) {
      this.fail(child(path, 'criteria'), 'needs at least one criterion');
    } else {
      const seen = new Set<string>();
      raw.criteria.forEach((criterion, index) => {
        const compiled = this.loadCriterion(criterion, child(child(path, 'criteria'), index));
        if (!compiled) return;
        if (seen.has(compiled.id) || compiled.id === 'residence') {
          this.fail(
            child(child(child(path, 'criteria'), index), 'id'),
            `"${compiled.id}" is used twice in this program`,
          );
        }
        seen.add(compiled.id);
        criteria.push(compiled);
      });
    }
    for (const key of ['requires', 'excludes'] as const) {
      const list = raw[key];
      if (list === undefined) continue;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
        this.fail(child(path, key), 'must be a list of program ids');
        continue;
      }
      list.forEach((other, index) => {
        if (!ids.has(other))
          this.fail(child(child(path, key), index), `no program has the id "${other}"`);
        if (other === id)
          this.fail(child(child(path, key), index), 'a program cannot require or exclude itself');
      });
    }
    if (raw.links !== undefined) {
      if (!isObject(raw.links))
        this.fail(
          child(path, 'links'),
          'must be an object with "apply" and/or "learnMore" addresses',
        );
      else {
        this.unknownKeys(raw.links, new Set(['apply', 'learnMore']), child(path, 'links'));
        for (const [key, url] of Object.entries(raw.links)) {
          if (typeof url !== 'string' || !/^https?:\/\//.test(url))
            this.fail(child(child(path, 'links'), key), 'must be an http(s) address');
        }
      }
    }
    if (raw.citations !== undefined) {
      if (!Array.isArray(raw.citations))
        this.fail(child(path, 'citations'), 'must be a list of citations');
      else
        raw.citations.forEach((citation, index) =>
          this.checkCitation(citation, child(child(path, 'citations'), index), true),
        );
    }
    if (id === undefined) return undefined;
    const source = raw as unknown as Program;
    const citations: Citation[] = [];
    for (const citation of [
      ...(source.citations ?? []),
      ...criteria.map((criterion) => criterion.citation),
    ]) {
      if (citation && !citations.some((other) => other.url === citation.url))
        citations.push({ ...citation });
    }
    return {
      source,
      criteria,
      params: [...this.usedParams],
      dependencies: [
        ...(source.requires ?? []).map((other) => ['requires', other] as ['requires', string]),
        ...(source.excludes ?? []).map((other) => ['excludes', other] as ['excludes', string]),
      ],
      dependencyIndexes: [],
      roots: [],
      citations: Object.freeze(citations) as Citation[],
      links: Object.freeze({ ...(source.links ?? {}) }),
    };
  }

  private loadCriterion(raw: unknown, path: string): CompiledCriterion | undefined {
    if (!isObject(raw)) {
      this.fail(path, 'must be an object with "id" and "when"');
      return undefined;
    }
    this.unknownKeys(raw, new Set(['id', 'when', 'messages', 'args', 'period', 'citation']), path);
    const id = this.requireString(raw, 'id', path);
    if (id !== undefined && !ID.test(id))
      this.fail(
        child(path, 'id'),
        'must start with a letter and use only letters, digits, ".", "_" and "-"',
      );
    if (!('when' in raw))
      this.fail(child(path, 'when'), 'is required: the condition this criterion tests');
    const node =
      'when' in raw ? this.condition(raw.when, child(path, 'when'), 0, undefined) : undefined;
    const messages = { ...DEFAULT_MESSAGES };
    if (raw.messages !== undefined) {
      if (!isObject(raw.messages))
        this.fail(
          child(path, 'messages'),
          'must be an object with "met", "unmet" and "unknown" message keys',
        );
      else {
        this.unknownKeys(
          raw.messages,
          new Set(['met', 'unmet', 'unknown']),
          child(path, 'messages'),
        );
        for (const key of ['met', 'unmet', 'unknown'] as const) {
          const message = raw.messages[key];
          if (message === undefined) continue;
          if (typeof message !== 'string')
            this.fail(child(child(path, 'messages'), key), 'must be a message key');
          else messages[key] = message;
        }
      }
    }
    const args: [string, CompiledNode][] = [];
    if (raw.args !== undefined) {
      if (!isObject(raw.args))
        this.fail(child(path, 'args'), 'must be an object of named expressions');
      else {
        for (const [name, expression] of Object.entries(raw.args)) {
          if (!/^\w+$/.test(name))
            this.fail(
              child(child(path, 'args'), name),
              'argument names use only letters, digits and "_"',
            );
          const compiled = this.expression(
            expression,
            child(child(path, 'args'), name),
            0,
            undefined,
          );
          if (compiled) args.push([name, compiled]);
        }
      }
    }
    let period: Period = 'month';
    if (raw.period !== undefined) {
      if (!PERIODS.includes(raw.period as Period))
        this.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
      else period = raw.period as Period;
    }
    const citation = this.checkCitation(raw.citation, child(path, 'citation'), false);
    if (id === undefined || !node) return undefined;
    return { id, node, messages, args, period, ...(citation ? { citation } : {}) };
  }

  // ---------------------------------------------------------------- conditions

  private single(raw: unknown, path: string, what: string): [string, unknown] | undefined {
    if (!isObject(raw)) {
      this.fail(path, `must be ${what}`);
      return undefined;
    }
    const keys = Object.keys(raw);
    if (keys.length !== 1) {
      this.fail(
        path,
        `must have exactly one operator, found ${keys.length === 0 ? 'none' : keys.map((key) => `"${key}"`).join(', ')}`,
      );
      return undefined;
    }
    return [keys[0], raw[keys[0]]];
  }

  condition(
    raw: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (depth > this.limits.maxDepth) {
      this.fail(path, `is nested too deeply (limit ${this.limits.maxDepth})`);
      return undefined;
    }
    if (typeof raw === 'boolean') return constant(raw, 'boolean');
    const entry = this.single(
      raw,
      path,
      'a condition: true, false or an object with one operator such as "all" or "<="',
    );
    if (!entry) return undefined;
    const [op, arg] = entry;
    const at = child(path, op);
    switch (op) {
      case 'all':
      case 'any': {
        if (!Array.isArray(arg)) {
          this.fail(at, `"${op}" takes a list of conditions`);
          return undefined;
        }
        const kids = arg.map((item, index) =>
          this.condition(item, child(at, index), depth + 1, scope),
        );
        if (kids.some((kid) => !kid)) return undefined;
        return op === 'all' ? allNode(kids as CompiledNode[]) : anyNode(kids as CompiledNode[]);
      }
      case 'not': {
        const kid = this.condition(arg, at, depth + 1, scope);
        return kid ? notNode(kid) : undefined;
      }
      case 'fact':
      case 'member': {
        const node = this.expression(raw, path, depth, scope);
        if (node && node.type !== 'boolean') {
          this.fail(
            at,
            `"${String(arg)}" is a ${node.type} fact; compare it with an operator such as "==" or "<="`,
          );
          return undefined;
        }
        return node;
      }
      case 'in':
        return this.inCondition(arg, at, depth, scope);
      case 'some':
      case 'every':
        return this.quantifier(op, arg, at, depth, scope);
      case 'livesIn':
        if (!isObject(arg)) {
          this.fail(at, 'takes an object such as {"state": ["CA"]}');
          return undefined;
        }
        return this.livesIn(arg, at);
      case 'answered': {
        if (typeof arg !== 'string' || !this.facts.has(arg)) {
          this.fail(at, `"answered" takes the id of a declared fact`);
          return undefined;
        }
        const id = arg;
        const slot = this.slotOf(id);
        return { type: 'boolean', kids: [], ev: (ctx) => ctx.facts[slot] !== undefined };
      }
      default:
        if (COMPARISONS.has(op)) return this.comparison(op, arg, at, depth, scope);
        this.fail(
          at,
          `"${op}" is not a condition operator (use all, any, not, ==, !=, <, <=, >, >=, in, some, every, livesIn, answered, fact, member)`,
        );
        return undefined;
    }
  }

  private comparison(
    op: string,
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!Array.isArray(arg) || arg.length !== 2) {
      this.fail(path, `"${op}" takes a list of exactly two values`);
      return undefined;
    }
    const left = this.expression(arg[0], child(path, 0), depth + 1, scope);
    const right = this.expression(arg[1], child(path, 1), depth + 1, scope);
    if (!left || !right) return undefined;
    if (left.type !== right.type) {
      const hint =
        left.type === 'money' || right.type === 'money'
          ? '; write plain amounts as money, e.g. {"money": [2000, "month"]}'
          : '';
      this.fail(path, `cannot compare a ${left.type} with a ${right.type}${hint}`);
      return undefined;
    }
    const ordered = op !== '==' && op !== '!=';
    if (ordered && !['number', 'money', 'date'].includes(left.type)) {
      this.fail(path, `"${op}" compares numbers, money or dates, not ${left.type}`);
      return undefined;
    }
    if (left.type === 'members' || left.type === 'jurisdiction') {
      this.fail(path, `cannot compare ${left.type} values; use "count", "some" or "livesIn"`);
      return undefined;
    }
    const money = left.type === 'money';
    if (left.ref && right.constant !== undefined) {
      // The common case, "fact <= constant", in one closure: no calls per operand.
      return leafNode(
        {
          member: left.ref.scope === 'member',
          slot: left.ref.slot,
          op: COMPARISON_OPS[op],
          k: money ? Math.round((right.constant as number) * CENTS_PER_DOLLAR) : right.constant,
          set: undefined,
          money,
        },
        [left, right],
      );
    }
    const tree = makeTree(TreeKind.Compare, {
      op: COMPARISON_OPS[op],
      money,
      numeric: left.type === 'number' || money || left.type === 'date',
      left: valueTreeOf(left),
      right: valueTreeOf(right),
    });
    return { type: 'boolean', kids: [left, right], tree, ev: (ctx) => evalTree(tree, ctx) };
  }

  private inCondition(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) {
      this.fail(path, '"in" takes a value and a list: [{"fact": "x"}, ["a", "b"]]');
      return undefined;
    }
    const needle = this.expression(arg[0], child(path, 0), depth + 1, scope);
    const items = (arg[1] as unknown[]).map((item, index) =>
      this.expression(item, child(child(path, 1), index), depth + 1, scope),
    );
    if (!needle || items.some((item) => !item)) return undefined;
    const list = items as CompiledNode[];
    if (!['string', 'number', 'boolean', 'date'].includes(needle.type)) {
      this.fail(child(path, 0), `"in" tests text, numbers or dates, not ${needle.type}`);
      return undefined;
    }
    const wrong = list.findIndex((item) => item.type !== needle.type);
    if (wrong >= 0) {
      this.fail(
        child(child(path, 1), wrong),
        `is a ${list[wrong].type} but the value tested is a ${needle.type}`,
      );
      return undefined;
    }
    const constants = list.every((item) => item.constant !== undefined);
    const set = constants ? new Set(list.map((item) => item.constant)) : undefined;
    if (set && needle.ref) {
      return leafNode(
        {
          member: needle.ref.scope === 'member',
          slot: needle.ref.slot,
          op: CmpOp.In,
          k: false,
          set,
          money: false,
        },
        [needle, ...list],
      );
    }
    const n = needle.ev;
    return {
      type: 'boolean',
      kids: [needle, ...list],
      ev: (ctx) => {
        if (++ctx.work > ctx.maxWork) overBudget(ctx);
        const value = n(ctx);
        if (value === undefined) return undefined;
        if (set) return set.has(value as string);
        let unknown = false;
        for (const item of list) {
          const candidate = item.ev(ctx);
          if (candidate === undefined) unknown = true;
          else if (candidate === value) return true;
        }
        return unknown ? undefined : false;
      },
    };
  }

  private membersFact(of: unknown, path: string): FactDefinition | undefined {
    const fact = typeof of === 'string' ? this.facts.get(of) : undefined;
    if (!fact || fact.type !== 'members') {
      this.fail(path, `must name a declared "members" fact`);
      return undefined;
    }
    return fact;
  }

  private quantifier(
    op: 'some' | 'every',
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (scope) {
      this.fail(path, `"${op}" cannot be used inside another member loop`);
      return undefined;
    }
    if (!isObject(arg)) {
      this.fail(path, `"${op}" takes {"of": "<members fact>", "where": <condition>}`);
      return undefined;
    }
    this.unknownKeys(arg, new Set(['of', 'where']), path);
    const fact = this.membersFact(arg.of, child(path, 'of'));
    if (!fact) return undefined;
    const where = this.condition(arg.where, child(path, 'where'), depth + 1, { membersFact: fact });
    if (!where) return undefined;
    const id = fact.id;
    const slot = this.slotOf(id);
    const test = where.ev;
    const every = op === 'every';
    return {
      type: 'boolean',
      kids: [where],
      over: id,
      ev: (ctx) => {
        const members = ctx.facts[slot] as MemberRecord[] | undefined;
        if (members === undefined) return undefined;
        let unknown = false;
        const saved = ctx.member;
        try {
          for (const member of members) {
            if (++ctx.work > ctx.maxWork) overBudget(ctx);
            ctx.member = member;
            const result = test(ctx);
            if (result === undefined) unknown = true;
            else if (result !== every) return !every;
          }
        } finally {
          ctx.member = saved;
        }
        return unknown ? undefined : every;
      },
    };
  }

  livesIn(match: Record<string, unknown>, path: string): CompiledNode | undefined {
    this.unknownKeys(match, new Set(['state', 'county', 'city', 'fact']), path);
    const factId = match.fact === undefined ? this.residenceFact : match.fact;
    const fact = typeof factId === 'string' ? this.facts.get(factId) : undefined;
    if (!fact || fact.type !== 'jurisdiction') {
      this.fail(path, 'needs a declared "jurisdiction" fact (where the household lives)');
      return undefined;
    }
    const list = (
      key: string,
      pattern: RegExp,
      describe: string,
      valid?: ReadonlySet<string>,
    ): Set<string> | undefined => {
      const raw = match[key];
      if (raw === undefined) return undefined;
      const items = Array.isArray(raw) ? raw : [raw];
      const out = new Set<string>();
      items.forEach((item, index) => {
        const at = Array.isArray(raw) ? child(child(path, key), index) : child(path, key);
        if (typeof item !== 'string' || !pattern.test(item) || (valid && !valid.has(item)))
          this.fail(at, `must be ${describe}`);
        else out.add(key === 'city' ? item.trim().toLowerCase() : item);
      });
      return out;
    };
    const states = list(
      'state',
      /^[A-Z]{2}$/,
      'a two-letter state or territory postal code such as "CA"',
      STATE_CODES,
    );
    const counties = list('county', /^\d{5}$/, 'a five-digit county FIPS code such as "06037"');
    const cities = list('city', new RegExp(`^.{1,${MAX_CITY_LENGTH}}$`), 'a city name');
    const id = fact.id;
    const slot = this.slotOf(id);
    return {
      type: 'boolean',
      kids: [],
      implicit: [id],
      ev: (ctx) => {
        if (++ctx.work > ctx.maxWork) overBudget(ctx);
        const place = ctx.facts[slot] as Place | undefined;
        if (place === undefined) return undefined;
        let unknown = false;
        const parts: [Set<string> | undefined, string | undefined][] = [
          [states, place.state],
          [counties, place.county],
          [cities, place.city],
        ];
        for (const [allowed, actual] of parts) {
          if (!allowed) continue;
          if (actual === undefined) unknown = true;
          else if (!allowed.has(actual)) return false;
        }
        return unknown ? undefined : true;
      },
    };
  }

  // ---------------------------------------------------------------- expressions

  expression(
    raw: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (depth > this.limits.maxDepth) {
      this.fail(path, `is nested too deeply (limit ${this.limits.maxDepth})`);
      return undefined;
    }
    if (typeof raw === 'number') return constant(raw, 'number');
    if (typeof raw === 'string') return constant(raw, 'string');
    if (typeof raw === 'boolean') return constant(raw, 'boolean');
    const entry = this.single(
      raw,
      path,
      'a value: a number, text, or an object with one operator such as "fact"',
    );
    if (!entry) return undefined;
    const [op, arg] = entry;
    const at = child(path, op);
    switch (op) {
      case 'fact':
        return this.factRef(arg, at, scope);
      case 'member':
        return this.memberRef(arg, at, scope);
      case 'param':
        return this.paramRef(arg, at);
      case 'date': {
        const date = typeof arg === 'string' ? parseIsoDate(arg) : undefined;
        if (date === undefined) {
          this.fail(at, 'must be a date written YYYY-MM-DD');
          return undefined;
        }
        return constant(date, 'date');
      }
      case 'asOf':
        return { type: 'date', kids: [], ev: (ctx) => ctx.asOf };
      case 'money':
        return this.moneyOf(arg, at, depth, scope);
      case '+':
      case '-':
      case '*':
      case '/':
      case 'min':
      case 'max':
        return this.arithmetic(op, arg, at, depth, scope);
      case 'round':
        return this.round(arg, at, depth, scope);
      case 'count':
      case 'sum':
        return this.aggregate(op, arg, at, depth, scope);
      case 'age':
        return this.age(arg, at, depth, scope);
      case 'fpl':
      case 'percentOfFpl':
        return this.fpl(op, arg, at, depth, scope);
      case 'lookup':
        return this.lookup(arg, at, depth, scope);
      case 'if':
        return this.ifThen(arg, at, depth, scope);
      default:
        this.fail(
          at,
          `"${op}" is not a value operator (use fact, member, param, date, asOf, money, +, -, *, /, min, max, round, count, sum, age, fpl, percentOfFpl, lookup, if)`,
        );
        return undefined;
    }
  }

  private factRef(arg: unknown, path: string, scope: Scope | undefined): CompiledNode | undefined {
    const fact = typeof arg === 'string' ? this.facts.get(arg) : undefined;
    if (!fact) {
      const inMembers =
        scope &&
        typeof arg === 'string' &&
        scope.membersFact.facts?.some((memberFact) => memberFact.id === arg);
      this.fail(
        path,
        `"${String(arg)}" is not a declared fact${inMembers ? `; inside a member loop use {"member": "${String(arg)}"}` : ''}`,
      );
      return undefined;
    }
    const id = fact.id;
    const slot = this.slotOf(id);
    return {
      type: valueType(fact.type),
      kids: [],
      ref: { scope: 'fact', id, slot },
      ...(fact.type === 'boolean'
        ? { leaf: { member: false, slot, op: CmpOp.True, k: true, set: undefined, money: false } }
        : {}),
      vtree: makeValueTree(ValueKind.Fact, { slot }),
      ev: (ctx) => ctx.facts[slot],
    };
  }

  private memberRef(
    arg: unknown,
    path: string,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!scope) {
      this.fail(path, '"member" can only be used inside count, sum, some or every');
      return undefined;
    }
    const fact = scope.membersFact.facts?.find((memberFact) => memberFact.id === arg);
    if (!fact) {
      this.fail(path, `"${String(arg)}" is not a fact of "${scope.membersFact.id}"`);
      return undefined;
    }
    const id = fact.id;
    const memberSlot = scope.membersFact.facts?.indexOf(fact) ?? -1;
    return {
      type: valueType(fact.type),
      kids: [],
      ref: { scope: 'member', id, slot: memberSlot },
      ...(fact.type === 'boolean'
        ? {
            leaf: {
              member: true,
              slot: memberSlot,
              op: CmpOp.True,
              k: true,
              set: undefined,
              money: false,
            },
          }
        : {}),
      vtree: makeValueTree(ValueKind.Member, { slot: memberSlot }),
      ev: (ctx) => (ctx.member ? ctx.member[memberSlot] : undefined),
    };
  }

  private paramRef(arg: unknown, path: string): CompiledNode | undefined {
    const parameter = typeof arg === 'string' ? this.params.get(arg) : undefined;
    if (!parameter) {
      this.fail(path, `"${String(arg)}" is not a parameter of this rule set`);
      return undefined;
    }
    const type = parameter.definition.type;
    if (type === 'table' || type === 'povertyGuidelines') {
      this.fail(
        path,
        `"${parameter.id}" is a ${type}; use ${type === 'table' ? '"lookup"' : '"fpl"'}`,
      );
      return undefined;
    }
    const id = parameter.id;
    this.usedParams.add(id);
    return {
      type: type === 'text' ? 'string' : (type as ValueType),
      kids: [],
      ev: (ctx) => resolveParam(ctx, id)?.value as number | string | boolean | undefined,
    };
  }

  private moneyOf(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!Array.isArray(arg) || arg.length !== 2 || !PERIODS.includes(arg[1] as Period)) {
      this.fail(
        path,
        `"money" takes an amount and a period: [2000, "month"] (periods: ${PERIODS.join(', ')})`,
      );
      return undefined;
    }
    const amount = this.expression(arg[0], child(path, 0), depth + 1, scope);
    if (!amount) return undefined;
    if (amount.type !== 'number') {
      this.fail(child(path, 0), `must be a plain number, not ${amount.type}`);
      return undefined;
    }
    const factor = this.conversions[arg[1] as Period];
    const a = amount.ev;
    if (amount.constant !== undefined)
      return constant((amount.constant as number) * factor, 'money');
    return {
      type: 'money',
      kids: [amount],
      ev: (ctx) => {
        const value = a(ctx) as number | undefined;
        return value === undefined ? undefined : value * factor;
      },
    };
  }

  private arithmetic(
    op: string,
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    const arity = op === '/' ? [2, 2] : op === '-' ? [1, 2] : [1, MAX_OPERANDS];
    if (!Array.isArray(arg) || arg.length < arity[0] || arg.length > arity[1]) {
      this.fail(
        path,
        `"${op}" takes a list of ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} values`,
      );
      return undefined;
    }
    const kids = arg.map((item, index) =>
      this.expression(item, child(path, index), depth + 1, scope),
    );
    if (kids.some((kid) => !kid)) return undefined;
    const nodes = kids as CompiledNode[];
    const types = nodes.map((node) => node.type);
    const bad = types.findIndex((type) => type !== 'number' && type !== 'money');
    if (bad >= 0) {
      this.fail(child(path, bad), `arithmetic needs numbers or money, not ${types[bad]}`);
      return undefined;
    }
    let type: ValueType;
    const moneyCount = types.filter((type) => type === 'money').length;
    if (op === '*') {
      if (moneyCount > 1) {
        this.fail(path, 'cannot multiply money by money');
        return undefined;
      }
      type = moneyCount === 1 ? 'money' : 'number';
    } else if (op === '/') {
      if (types[0] === 'number' && types[1] === 'money') {
        this.fail(path, 'cannot divide a number by money');
        return undefined;
      }
      type = types[0] === 'money' && types[1] === 'number' ? 'money' : 'number';
    } else {
      if (moneyCount > 0 && moneyCount < types.length) {
        this.fail(
          path,
          `cannot mix money and plain numbers in "${op}"; write amounts as {"money": [n, "month"]}`,
        );
        return undefined;
      }
      type = moneyCount > 0 ? 'money' : 'number';
    }
    const vtree = makeValueTree(ARITHMETIC_KINDS[op], { kids: nodes.map(valueTreeOf) });
    return { type, kids: nodes, vtree, ev: (ctx) => evalValue(vtree, ctx) };
  }

  private round(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (
      !Array.isArray(arg) ||
      arg.length < 2 ||
      arg.length > 3 ||
      !['up', 'down', 'nearest'].includes(arg[1] as string)
    ) {
      this.fail(
        path,
        '"round" takes [value, "up" | "down" | "nearest", step?], e.g. [{"fact": "x"}, "down", 1]',
      );
      return undefined;
    }
    if (arg.length === 3 && (typeof arg[2] !== 'number' || arg[2] <= 0)) {
      this.fail(child(path, 2), 'the step must be a positive number such as 1 or 0.01');
      return undefined;
    }
    const value = this.expression(arg[0], child(path, 0), depth + 1, scope);
    if (!value) return undefined;
    if (value.type !== 'number' && value.type !== 'money') {
      this.fail(child(path, 0), `"round" needs a number or money, not ${value.type}`);
      return undefined;
    }
    const rounding: Rounding = {
      mode: arg[1] as Rounding['mode'],
      to: (arg[2] as number | undefined) ?? 1,
    };
    const v = value.ev;
    return {
      type: value.type,
      kids: [value],
      ev: (ctx) => {
        const n = v(ctx) as number | undefined;
        return n === undefined ? undefined : applyRounding(n, rounding);
      },
    };
  }

  private aggregate(
    op: 'count' | 'sum',
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (scope) {
      this.fail(path, `"${op}" cannot be used inside another member loop`);
      return undefined;
    }
    if (!isObject(arg)) {
      this.fail(
        path,
        op === 'count'
          ? '"count" takes {"of": "<members fact>", "where"?: <condition>}'
          : '"sum" takes {"of": "<members fact>", "value": <value>, "where"?: <condition>}',
      );
      return undefined;
    }
    this.unknownKeys(
      arg,
      new Set(op === 'count' ? ['of', 'where'] : ['of', 'value', 'where']),
      path,
    );
    const fact = this.membersFact(arg.of, child(path, 'of'));
    if (!fact) return undefined;
    const inner: Scope = { membersFact: fact };
    const where =
      arg.where === undefined
        ? undefined
        : this.condition(arg.where, child(path, 'where'), depth + 1, inner);
    if (arg.where !== undefined && !where) return undefined;
    let value: CompiledNode | undefined;
    if (op === 'sum') {
      value = this.expression(arg.value, child(path, 'value'), depth + 1, inner);
      if (!value) return undefined;
      if (value.type !== 'number' && value.type !== 'money') {
        this.fail(child(path, 'value'), `"sum" adds numbers or money, not ${value.type}`);
        return undefined;
      }
    }
    const id = fact.id;
    const slot = this.slotOf(id);
    const test = where?.ev;
    const read = value?.ev;
    return {
      type: value ? value.type : 'number',
      kids: [where, value].filter((node): node is CompiledNode => node !== undefined),
      over: id,
      ev: (ctx) => {
        const members = ctx.facts[slot] as MemberRecord[] | undefined;
        if (members === undefined) return undefined;
        let total = 0;
        const saved = ctx.member;
        try {
          for (const member of members) {
            if (++ctx.work > ctx.maxWork) overBudget(ctx);
            ctx.member = member;
            if (test) {
              const included = test(ctx);
              if (included === undefined) return undefined;
              if (!included) continue;
            }
            if (read) {
              const amount = read(ctx) as number | undefined;
              if (amount === undefined) return undefined;
              total += amount;
            } else total += 1;
          }
        } finally {
          ctx.member = saved;
        }
        return total;
      },
    };
  }

  private age(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!isObject(arg)) {
      this.fail(path, '"age" takes {"dob": <date>, "on"?: <date>}');
      return undefined;
    }
    this.unknownKeys(arg, new Set(['dob', 'on']), path);
    const dob = this.expression(arg.dob, child(path, 'dob'), depth + 1, scope);
    const on =
      arg.on === undefined
        ? undefined
        : this.expression(arg.on, child(path, 'on'), depth + 1, scope);
    if (!dob || (arg.on !== undefined && !on)) return undefined;
    for (const [node, key] of [
      [dob, 'dob'],
      [on, 'on'],
    ] as const) {
      if (node && node.type !== 'date') {
        this.fail(child(path, key), `must be a date, not ${node.type}`);
        return undefined;
      }
    }
    const d = dob.ev;
    const o = on?.ev;
    return {
      type: 'number',
      kids: on ? [dob, on] : [dob],
      ev: (ctx) => {
        const born = d(ctx) as number | undefined;
        if (born === undefined) return undefined;
        const date = o ? (o(ctx) as number | undefined) : ctx.asOf;
        if (date === undefined) return undefined;
        return ageOn(born, date, ctx.leapDay);
      },
    };
  }

  private fpl(
    op: 'fpl' | 'percentOfFpl',
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!isObject(arg)) {
      this.fail(
        path,
        op === 'fpl'
          ? '"fpl" takes {"size": <number>, "percent": <number>, ...}'
          : '"percentOfFpl" takes {"income": <money>, "size": <number>}',
      );
      return undefined;
    }
    const keys =
      op === 'fpl'
        ? ['size', 'percent', 'period', 'year', 'rounding', 'fact', 'param']
        : ['income', 'size', 'year', 'fact', 'param'];
    this.unknownKeys(arg, new Set(keys), path);
    const size = this.typed(arg.size, child(path, 'size'), depth, scope, 'number');
    const percent =
      op === 'fpl'
        ? this.typed(arg.percent, child(path, 'percent'), depth, scope, 'number')
        : undefined;
    const income =
      op === 'percentOfFpl'
        ? this.typed(arg.income, child(path, 'income'), depth, scope, 'money')
        : undefined;
    const year =
      arg.year === undefined
        ? undefined
        : this.typed(arg.year, child(path, 'year'), depth, scope, 'number');
    const period: Period = (arg.period as Period | undefined) ?? 'month';
    if (arg.period !== undefined && !PERIODS.includes(arg.period as Period))
      this.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
    const paramId = arg.param === undefined ? 'hhs.povertyGuidelines' : arg.param;
    const parameter = typeof paramId === 'string' ? this.params.get(paramId) : undefined;
    if (!parameter || parameter.definition.type !== 'povertyGuidelines') {
      this.fail(child(path, 'param'), `"${String(paramId)}" is not a povertyGuidelines parameter`);
      return undefined;
    }
    const rounding =
      arg.rounding === undefined
        ? parameter.definition.rounding
        : this.checkRounding(arg.rounding, child(path, 'rounding'));
    const factId = arg.fact === undefined ? this.residenceFact : arg.fact;
    const fact = typeof factId === 'string' ? this.facts.get(factId) : undefined;
    if (!fact || fact.type !== 'jurisdiction') {
      this.fail(
        path,
        'needs a declared "jurisdiction" fact to choose the 48 states and DC, Alaska or Hawaii guidelines',
      );
      return undefined;
    }
    if (
      !size ||
      (op === 'fpl' && !percent) ||
      (op === 'percentOfFpl' && !income) ||
      (arg.year !== undefined && !year)
    )
      return undefined;
    this.usedParams.add(parameter.id);
    const paramKey = parameter.id;
    const placeId = fact.id;
    const placeSlot = this.slotOf(placeId);
    const sizeEv = size.ev;
    const yearEv = year?.ev;
    const guideline = (ctx: EvalContext): number | undefined => {
      const place = ctx.facts[placeSlot] as Place | undefined;
      const area = guidelineArea(place?.state);
      if (area === undefined) return undefined;
      const people = sizeEv(ctx) as number | undefined;
      if (people === undefined) return undefined;
      let guidelines: PovertyGuidelines | undefined;
      if (yearEv) {
        const wanted = yearEv(ctx);
        if (wanted === undefined) return undefined;
        guidelines = guidelinesForYear(ctx, paramKey, wanted as number);
      } else guidelines = resolveParam(ctx, paramKey)?.value as PovertyGuidelines | undefined;
      if (!guidelines) return undefined;
      return guidelineFor(guidelines[area], people);
    };
    if (op === 'percentOfFpl') {
      const incomeEv = (income as CompiledNode).ev;
      return {
        type: 'number',
        kids: [income as CompiledNode, size, ...(year ? [year] : [])],
        implicit: [placeId],
        ev: (ctx) => {
          if (++ctx.work > ctx.maxWork) overBudget(ctx);
          const monthly = incomeEv(ctx) as number | undefined;
          if (monthly === undefined) return undefined;
          const annual = guideline(ctx);
          return annual === undefined
            ? undefined
            : Math.round(((monthly * 12) / annual) * 10000) / 100;
        },
      };
    }
    const percentEv = (percent as CompiledNode).ev;
    const conversions = this.conversions;
    return {
      type: 'money',
      kids: [size, percent as CompiledNode, ...(year ? [year] : [])],
      implicit: [placeId],
      ev: (ctx) => {
        if (++ctx.work > ctx.maxWork) overBudget(ctx);
        const annual = guideline(ctx);
        if (annual === undefined) return undefined;
        const share = percentEv(ctx) as number | undefined;
        if (share === undefined) return undefined;
        // Limit in the program's period, rounded there, then held as a monthly amount.
        const inPeriod = (annual * share) / 100 / 12 / conversions[period];
        return applyRounding(inPeriod, rounding) * conversions[period];
      },
    };
  }

  private typed(
    raw: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
    type: ValueType,
  ): CompiledNode | undefined {
    if (raw === undefined) {
      this.fail(path, 'is required');
      return undefined;
    }
    const node = this.expression(raw, path, depth + 1, scope);
    if (node && node.type !== type) {
      this.fail(path, `must be ${type === 'money' ? 'money' : `a ${type}`}, not ${node.type}`);
      return undefined;
    }
    return node;
  }

  private lookup(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!isObject(arg)) {
      this.fail(path, '"lookup" takes {"table": "<parameter id>", "key": <value>}');
      return undefined;
    }
    this.unknownKeys(arg, new Set(['table', 'key']), path);
    const parameter = typeof arg.table === 'string' ? this.params.get(arg.table) : undefined;
    if (!parameter || parameter.definition.type !== 'table') {
      this.fail(child(path, 'table'), `"${String(arg.table)}" is not a table parameter`);
      return undefined;
    }
    const key = this.expression(arg.key, child(path, 'key'), depth + 1, scope);
    if (!key) return undefined;
    if (key.type !== 'string' && key.type !== 'number' && key.type !== 'jurisdiction') {
      this.fail(child(path, 'key'), `table keys are text or numbers, not ${key.type}`);
      return undefined;
    }
    this.usedParams.add(parameter.id);
    const id = parameter.id;
    const keyEv = key.ev;
    const isPlace = key.type === 'jurisdiction';
    return {
      type: parameter.definition.period ? 'money' : 'number',
      kids: [key],
      ev: (ctx) => {
        if (++ctx.work > ctx.maxWork) overBudget(ctx);
        const raw = keyEv(ctx);
        if (raw === undefined) return undefined;
        const k = isPlace ? (raw as Place).state : String(raw);
        if (k === undefined) return undefined;
        const table = resolveParam(ctx, id)?.value as Map<string, number> | undefined;
        return table?.get(k);
      },
    };
  }

  private ifThen(
    arg: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ): CompiledNode | undefined {
    if (!Array.isArray(arg) || arg.length !== 3) {
      this.fail(path, '"if" takes [condition, value if true, value if false]');
      return undefined;
    }
    const test = this.condition(arg[0], child(path, 0), depth + 1, scope);
    const yes = this.expression(arg[1], child(path, 1), depth + 1, scope);
    const no = this.expression(arg[2], child(path, 2), depth + 1, scope);
    if (!test || !yes || !no) return undefined;
    if (yes.type !== no.type) {
      this.fail(path, `both branches must be the same kind of value (${yes.type} vs ${no.type})`);
      return undefined;
    }
    const t = test.ev;
    const y = yes.ev;
    const n = no.ev;
    return {
      type: yes.type,
      kids: [test, yes, no],
      ev: (ctx) => {
        const result = t(ctx);
        if (result === true) return y(ctx);
        if (result === false) return n(ctx);
        const a = y(ctx);
        return a !== undefined && a === n(ctx) ? a : undefined;
      },
    };
  }
}

function valueType(type: FactType): ValueType {
  switch (type) {
    case 'enum':
    case 'text':
      return 'string';
    default:
      return type;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** JurisdictionMatch is re-exported for callers building conditions in code. */
export type { JurisdictionMatch };
