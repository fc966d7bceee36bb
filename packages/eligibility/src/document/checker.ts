/** The state and helpers shared by every step of loading a rule set. */
import { child, isJsonObject } from './read-json.js';
import type { RuleSetIssue } from '../errors.js';
import { MAX_ID_LENGTH, MAX_ISSUES } from '../limits.js';
import type { Limits } from '../limits.js';
import type { CompiledParameter, ValueType } from '../runtime/context.js';
import type { CompiledNode } from '../runtime/tree.js';
import type { Citation, FactDefinition, Period, Rounding } from '../types.js';
import { DEFAULT_CONVERSIONS } from '../values.js';

/** Inside a member loop: the members fact being looped over. */
export interface Scope {
  membersFact: FactDefinition;
}

const ID_PATTERN = new RegExp(`^[A-Za-z][A-Za-z0-9_.-]{0,${MAX_ID_LENGTH - 1}}$`);
/** Ids are letters, digits, ".", "_" and "-", and never a name Object.prototype already has. */
export const ID = {
  test: (id: string): boolean => ID_PATTERN.test(id) && !(id in Object.prototype),
};

export function isObject(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value);
}

/** Compiles one condition or value; the operators call back into it for their operands. */
export type CompileFn = (
  c: Checker,
  raw: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
) => CompiledNode | undefined;

/**
 * The loader's state while it reads one document: the facts and parameters declared so far, the
 * problems found, and the helpers every step uses to report them. The condition and value
 * compilers come in through the constructor, so operators call them without importing them.
 */
export class Checker {
  readonly issues: RuleSetIssue[] = [];
  readonly facts = new Map<string, FactDefinition>();
  /** Fact id to its position in the answer array: facts keep their declaration order. */
  readonly slots = new Map<string, number>();
  readonly params = new Map<string, CompiledParameter>();
  residenceFact: string | undefined;
  /** Parameters read by the program being loaded, for its citations. */
  usedParams = new Set<string>();
  conversions: Record<Period, number> = { ...DEFAULT_CONVERSIONS };
  readonly condition: (
    raw: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ) => CompiledNode | undefined;
  readonly expression: (
    raw: unknown,
    path: string,
    depth: number,
    scope: Scope | undefined,
  ) => CompiledNode | undefined;

  constructor(
    readonly limits: Limits,
    condition: CompileFn,
    expression: CompileFn,
  ) {
    this.condition = (raw, path, depth, scope) => condition(this, raw, path, depth, scope);
    this.expression = (raw, path, depth, scope) => expression(this, raw, path, depth, scope);
  }

  /** Position of a top-level fact in the answer array (facts are all declared before rules load). */
  slotOf(id: string): number {
    return this.slots.get(id) ?? -1;
  }

  fail(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  unknownKeys(value: Record<string, unknown>, known: Set<string>, path: string): void {
    for (const key of Object.keys(value)) {
      if (!known.has(key))
        this.fail(
          child(path, key),
          `is not a known field here (expected one of: ${[...known].join(', ')})`,
        );
    }
  }

  requireString(value: Record<string, unknown>, key: string, path: string): string | undefined {
    const field = value[key];
    if (typeof field !== 'string' || field.length === 0) {
      this.fail(child(path, key), 'is required and must be non-empty text');
      return undefined;
    }
    return field;
  }

  optionalString(value: Record<string, unknown>, key: string, path: string): void {
    if (value[key] !== undefined && typeof value[key] !== 'string')
      this.fail(child(path, key), 'must be text');
  }

  checkRounding(raw: unknown, path: string): Rounding | undefined {
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

  checkCitation(raw: unknown, path: string, required: boolean): Citation | undefined {
    if (raw === undefined && !required) return undefined;
    if (!isObject(raw) || typeof raw.title !== 'string' || typeof raw.url !== 'string') {
      this.fail(path, 'a citation needs "title" and "url"');
      return undefined;
    }
    if (!/^https?:\/\//.test(raw.url)) this.fail(child(path, 'url'), 'must be an http(s) address');
    this.unknownKeys(raw, new Set(['title', 'url']), path);
    return { title: raw.title, url: raw.url };
  }

  // ---------------------------------------------------------------- conditions
  single(raw: unknown, path: string, what: string): [string, unknown] | undefined {
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

  membersFact(of: unknown, path: string): FactDefinition | undefined {
    const fact = typeof of === 'string' ? this.facts.get(of) : undefined;
    if (!fact || fact.type !== 'members') {
      this.fail(path, `must name a declared "members" fact`);
      return undefined;
    }
    return fact;
  }

  typed(
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
}
