/**
 * How the comparisons, in, some, every and livesIn check their operands' kinds and build their
 * lowered nodes. Their registry entries are in condition-operators.ts.
 */
import { Checker, isObject } from '../document/checker.js';
import type { Scope } from '../document/checker.js';
import { child } from '../document/read-json.js';
import { CENTS_PER_DOLLAR, MAX_CITY_LENGTH } from '../limits.js';
import { overBudget } from '../runtime/context.js';
import type { MemberRecord, Place } from '../runtime/context.js';
import {
  COMPARISON_OPS,
  CmpOp,
  TreeKind,
  evalTree,
  leafNode,
  makeTree,
  valueTreeOf,
} from '../runtime/tree.js';
import type { CompiledNode } from '../runtime/tree.js';
import { STATE_CODES } from '../values.js';

export function comparison(
  c: Checker,
  op: string,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!Array.isArray(arg) || arg.length !== 2) {
    c.fail(path, `"${op}" takes a list of exactly two values`);
    return undefined;
  }
  const left = c.expression(arg[0], child(path, 0), depth + 1, scope);
  const right = c.expression(arg[1], child(path, 1), depth + 1, scope);
  if (!left || !right) return undefined;
  if (left.type !== right.type) {
    const hint =
      left.type === 'money' || right.type === 'money'
        ? '; write plain amounts as money, e.g. {"money": [2000, "month"]}'
        : '';
    c.fail(path, `cannot compare a ${left.type} with a ${right.type}${hint}`);
    return undefined;
  }
  const ordered = op !== '==' && op !== '!=';
  if (ordered && !['number', 'money', 'date'].includes(left.type)) {
    c.fail(path, `"${op}" compares numbers, money or dates, not ${left.type}`);
    return undefined;
  }
  if (left.type === 'members' || left.type === 'jurisdiction') {
    c.fail(path, `cannot compare ${left.type} values; use "count", "some" or "livesIn"`);
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

export function inCondition(
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) {
    c.fail(path, '"in" takes a value and a list: [{"fact": "x"}, ["a", "b"]]');
    return undefined;
  }
  const needle = c.expression(arg[0], child(path, 0), depth + 1, scope);
  const items = (arg[1] as unknown[]).map((item, index) =>
    c.expression(item, child(child(path, 1), index), depth + 1, scope),
  );
  if (!needle || items.some((item) => !item)) return undefined;
  const list = items as CompiledNode[];
  if (!['string', 'number', 'boolean', 'date'].includes(needle.type)) {
    c.fail(child(path, 0), `"in" tests text, numbers or dates, not ${needle.type}`);
    return undefined;
  }
  const wrong = list.findIndex((item) => item.type !== needle.type);
  if (wrong >= 0) {
    c.fail(
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

export function quantifier(
  c: Checker,
  op: 'some' | 'every',
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (scope) {
    c.fail(path, `"${op}" cannot be used inside another member loop`);
    return undefined;
  }
  if (!isObject(arg)) {
    c.fail(path, `"${op}" takes {"of": "<members fact>", "where": <condition>}`);
    return undefined;
  }
  c.unknownKeys(arg, new Set(['of', 'where']), path);
  const fact = c.membersFact(arg.of, child(path, 'of'));
  if (!fact) return undefined;
  const where = c.condition(arg.where, child(path, 'where'), depth + 1, { membersFact: fact });
  if (!where) return undefined;
  const id = fact.id;
  const slot = c.slotOf(id);
  const test = where.ev;
  const every = op === 'every';
  return {
    type: 'boolean',
    kids: [where],
    over: id,
    loop: op,
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

export function livesIn(
  c: Checker,
  match: Record<string, unknown>,
  path: string,
): CompiledNode | undefined {
  c.unknownKeys(match, new Set(['state', 'county', 'city', 'fact']), path);
  const factId = match.fact === undefined ? c.residenceFact : match.fact;
  const fact = typeof factId === 'string' ? c.facts.get(factId) : undefined;
  if (!fact || fact.type !== 'jurisdiction') {
    c.fail(path, 'needs a declared "jurisdiction" fact (where the household lives)');
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
        c.fail(at, `must be ${describe}`);
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
  const slot = c.slotOf(id);
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
