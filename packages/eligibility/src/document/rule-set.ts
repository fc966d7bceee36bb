/**
 * Loading a rule set: the document is read as JSON (read-json.ts), its options, facts,
 * parameters, messages and programs are checked (every problem named by its JSON path), each
 * condition is compiled by the operators, and every criterion is lowered into the execution
 * form (runtime/code.ts). Nothing is ever turned into code: no eval, no `new Function`.
 */
import { CompiledRuleSet } from '../compiled.js';
import type { LoadedConditions } from '../compiled.js';
import { Checker, ID, isObject } from './checker.js';
import { loadMessages, loadParameters } from './parameters.js';
import { loadPrograms } from './programs.js';
import { child, readJson } from './read-json.js';
import { LimitError, RuleSetError } from '../errors.js';
import type { RuleSetIssue } from '../errors.js';
import { DEFAULT_LIMITS, MAX_CHARS_PER_NODE } from '../limits.js';
import type { Limits } from '../limits.js';
import { condition, expression } from '../operators/dispatch.js';
import { CodeBuilder } from '../runtime/code.js';
import { treeOf } from '../runtime/tree.js';
import type { CompiledNode } from '../runtime/tree.js';
import type { FactDefinition, FactType, Period, Program, RuleSet } from '../types.js';
import { PERIODS } from '../values.js';

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
  return load(createChecker(effective), read.value);
}

/** A checker whose conditions and values are compiled by the operators. */
export function createChecker(limits: Limits): Checker {
  return new Checker(limits, condition, expression);
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

export function load(c: Checker, data: unknown): CompiledRuleSet {
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
  c.unknownKeys(data, known, '$');
  c.requireString(data, 'id', '$');
  c.requireString(data, 'version', '$');
  const options = loadOptions(c, data.options);
  loadFacts(c, data.facts);
  loadParameters(c, data.parameters);
  loadMessages(c, data.messages);
  const programs = loadPrograms(c, data.programs);
  if (c.issues.length > 0) throw new RuleSetError(c.issues);
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
  return CompiledRuleSet.fromLoaded({
    source,
    facts: c.facts,
    factOrder: [...c.facts.keys()],
    slots: c.slots,
    factList: [...c.facts.values()],
    programIds: Object.freeze(programIds),
    factPaths: [...c.facts.keys()].map((id) => `$.${id}`),
    programs,
    code: code.build(),
    parameters: c.params,
    limits: c.limits,
    conversions: c.conversions,
    leapDay: options.leapDay,
    timeZone: options.timeZone,
  });
}

/** A loaded rule set as is; anything else (an object or JSON text) is loaded first. */
export function loaded(ruleSet: CompiledRuleSet | RuleSet | string): CompiledRuleSet {
  return ruleSet instanceof CompiledRuleSet ? ruleSet : loadRuleSet(ruleSet);
}

/**
 * Checks facts and standalone conditions the way a rule set's criteria are checked, for
 * `compileConditions`. Throws a RuleSetError naming every problem's path.
 */
export function loadConditions(
  c: Checker,
  facts: unknown,
  conditions: unknown,
  paths: { facts: string; conditions: string; of: (id: string) => string | undefined },
): LoadedConditions {
  loadFacts(c, facts, paths.facts);
  loadParameters(c, undefined);
  const nodes = new Map<string, CompiledNode>();
  if (!isObject(conditions)) c.fail(paths.conditions, 'must be an object of conditions by id');
  else {
    for (const [id, raw] of Object.entries(conditions)) {
      const at = paths.of(id) ?? child(paths.conditions, id);
      const node = c.condition(raw, at, 0, undefined);
      if (node) nodes.set(id, node);
    }
  }
  if (c.issues.length > 0) throw new RuleSetError(c.issues);
  const code = new CodeBuilder();
  const roots = new Map([...nodes].map(([id, node]) => [id, code.add(treeOf(node))]));
  return {
    nodes,
    roots,
    code: code.build(),
    factList: [...c.facts.values()],
    factPaths: [...c.facts.keys()].map((id) => `$.${id}`),
    slots: c.slots,
    parameters: c.params,
    conversions: c.conversions,
  };
}

export function loadOptions(
  c: Checker,
  raw: unknown,
): {
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
    c.fail(path, 'must be an object');
    return result;
  }
  c.unknownKeys(raw, new Set(['conversions', 'leapDayBirthday', 'timeZone']), path);
  if (raw.conversions !== undefined) {
    if (!isObject(raw.conversions))
      c.fail(child(path, 'conversions'), 'must be an object of monthly multipliers');
    else {
      for (const [period, factor] of Object.entries(raw.conversions)) {
        const at = child(child(path, 'conversions'), period);
        if (!PERIODS.includes(period as Period))
          c.fail(at, `is not a period (use ${PERIODS.join(', ')})`);
        else if (typeof factor !== 'number' || factor <= 0) c.fail(at, 'must be a positive number');
        else c.conversions[period as Period] = factor;
      }
    }
  }
  if (raw.leapDayBirthday !== undefined) {
    if (raw.leapDayBirthday !== 'march1' && raw.leapDayBirthday !== 'february28') {
      c.fail(child(path, 'leapDayBirthday'), 'must be "march1" or "february28"');
    } else result.leapDay = raw.leapDayBirthday;
  }
  if (raw.timeZone !== undefined) {
    if (typeof raw.timeZone !== 'string')
      c.fail(child(path, 'timeZone'), 'must be an IANA time zone name');
    else {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: raw.timeZone });
        result.timeZone = raw.timeZone;
      } catch {
        c.fail(child(path, 'timeZone'), `"${raw.timeZone}" is not a time zone this runtime knows`);
      }
    }
  }
  return result;
}

export function loadFacts(c: Checker, raw: unknown, path = '$.facts'): void {
  if (!Array.isArray(raw)) {
    c.fail(path, 'is required and must be a list of facts');
    return;
  }
  let count = raw.length;
  for (const fact of raw)
    if (isObject(fact) && Array.isArray(fact.facts)) count += fact.facts.length;
  if (count > c.limits.maxFacts)
    throw new LimitError(
      `${path} declares ${count} facts (counting household members' facts); the limit is ${c.limits.maxFacts}`,
    );
  raw.forEach((fact, index) => {
    const definition = loadFact(c, fact, child(path, index), false);
    if (!definition) return;
    if (c.facts.has(definition.id))
      c.fail(child(child(path, index), 'id'), `"${definition.id}" is declared twice`);
    else {
      c.slots.set(definition.id, c.facts.size);
      c.facts.set(definition.id, definition);
    }
    if (definition.type === 'jurisdiction' && c.residenceFact === undefined)
      c.residenceFact = definition.id;
  });
}

export function loadFact(
  c: Checker,
  raw: unknown,
  path: string,
  nested: boolean,
): FactDefinition | undefined {
  if (!isObject(raw)) {
    c.fail(path, 'must be an object with "id", "type" and "question"');
    return undefined;
  }
  c.unknownKeys(
    raw,
    new Set(['id', 'type', 'question', 'hint', 'sensitive', 'options', 'period', 'facts']),
    path,
  );
  const id = c.requireString(raw, 'id', path);
  if (id !== undefined && !ID.test(id))
    c.fail(
      child(path, 'id'),
      'must start with a letter and use only letters, digits, ".", "_" and "-"',
    );
  const type = raw.type;
  if (!FACT_TYPES.includes(type as FactType)) {
    c.fail(child(path, 'type'), `must be one of: ${FACT_TYPES.join(', ')}`);
    return undefined;
  }
  c.requireString(raw, 'question', path);
  c.optionalString(raw, 'hint', path);
  if (raw.sensitive !== undefined && typeof raw.sensitive !== 'boolean')
    c.fail(child(path, 'sensitive'), 'must be true or false');
  if (type === 'enum') {
    const options = raw.options;
    if (
      !Array.isArray(options) ||
      options.length === 0 ||
      !options.every((option) => typeof option === 'string')
    ) {
      c.fail(child(path, 'options'), 'an enum fact needs a non-empty list of text options');
    }
  } else if (raw.options !== undefined)
    c.fail(child(path, 'options'), 'only enum facts have options');
  if (raw.period !== undefined && (type !== 'money' || !PERIODS.includes(raw.period as Period))) {
    c.fail(child(path, 'period'), `only money facts have a period, one of: ${PERIODS.join(', ')}`);
  }
  let facts: FactDefinition[] | undefined;
  if (type === 'members') {
    if (nested) c.fail(child(path, 'type'), 'members cannot contain another list of members');
    if (!Array.isArray(raw.facts))
      c.fail(
        child(path, 'facts'),
        'a members fact needs the list of facts asked about each member',
      );
    else {
      facts = [];
      const seen = new Set<string>();
      raw.facts.forEach((memberFact, index) => {
        const definition = loadFact(c, memberFact, child(child(path, 'facts'), index), true);
        if (!definition) return;
        if (seen.has(definition.id))
          c.fail(
            child(child(child(path, 'facts'), index), 'id'),
            `"${definition.id}" is declared twice`,
          );
        seen.add(definition.id);
        facts?.push(definition);
      });
    }
  } else if (raw.facts !== undefined)
    c.fail(child(path, 'facts'), 'only members facts have member facts');
  if (id === undefined) return undefined;
  return { ...(raw as unknown as FactDefinition), ...(facts ? { facts } : {}) };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
