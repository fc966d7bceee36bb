/**
 * How the value operators fact, member, param, money, arithmetic and round check their operands
 * and lower; their registry entries are in value-operators.ts, the aggregates in aggregates.ts.
 */
import { valueType } from '../compiled.js';
import { Checker } from '../document/checker.js';
import type { Scope } from '../document/checker.js';
import { child } from '../document/read-json.js';
import { resolveParam } from '../runtime/context.js';
import type { ValueType } from '../runtime/context.js';
import {
  ARITHMETIC_KINDS,
  CmpOp,
  ValueKind,
  constant,
  evalValue,
  makeValueTree,
  valueTreeOf,
} from '../runtime/tree.js';
import type { CompiledNode } from '../runtime/tree.js';
import { CAN_UNKNOWN, CAN_VALUE, between } from '../runtime/range.js';
import type { Period, Rounding } from '../types.js';
import { PERIODS, applyRounding } from '../values.js';

export function factRef(
  c: Checker,
  arg: unknown,
  path: string,
  scope: Scope | undefined,
): CompiledNode | undefined {
  const fact = typeof arg === 'string' ? c.facts.get(arg) : undefined;
  if (!fact) {
    const inMembers =
      scope &&
      typeof arg === 'string' &&
      scope.membersFact.facts?.some((memberFact) => memberFact.id === arg);
    c.fail(
      path,
      `"${String(arg)}" is not a declared fact${inMembers ? `; inside a member loop use {"member": "${String(arg)}"}` : ''}`,
    );
    return undefined;
  }
  const id = fact.id;
  const slot = c.slotOf(id);
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

export function memberRef(
  c: Checker,
  arg: unknown,
  path: string,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!scope) {
    c.fail(path, '"member" can only be used inside count, sum, some or every');
    return undefined;
  }
  const fact = scope.membersFact.facts?.find((memberFact) => memberFact.id === arg);
  if (!fact) {
    c.fail(path, `"${String(arg)}" is not a fact of "${scope.membersFact.id}"`);
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

export function paramRef(c: Checker, arg: unknown, path: string): CompiledNode | undefined {
  const parameter = typeof arg === 'string' ? c.params.get(arg) : undefined;
  if (!parameter) {
    c.fail(path, `"${String(arg)}" is not a parameter of this rule set`);
    return undefined;
  }
  const type = parameter.definition.type;
  if (type === 'table' || type === 'povertyGuidelines') {
    c.fail(path, `"${parameter.id}" is a ${type}; use ${type === 'table' ? '"lookup"' : '"fpl"'}`);
    return undefined;
  }
  const id = parameter.id;
  c.usedParams.add(id);
  return {
    type: type === 'text' ? 'string' : (type as ValueType),
    kids: [],
    ev: (ctx) => resolveParam(ctx, id)?.value as number | string | boolean | undefined,
  };
}

export function moneyOf(
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!Array.isArray(arg) || arg.length !== 2 || !PERIODS.includes(arg[1] as Period)) {
    c.fail(
      path,
      `"money" takes an amount and a period: [2000, "month"] (periods: ${PERIODS.join(', ')})`,
    );
    return undefined;
  }
  const amount = c.expression(arg[0], child(path, 0), depth + 1, scope);
  if (!amount) return undefined;
  if (amount.type !== 'number') {
    c.fail(child(path, 0), `must be a plain number, not ${amount.type}`);
    return undefined;
  }
  const factor = c.conversions[arg[1] as Period];
  const a = amount.ev;
  if (amount.constant !== undefined) return constant((amount.constant as number) * factor, 'money');
  return {
    type: 'money',
    kids: [amount],
    range: (_ctx, [n]) =>
      n.can & CAN_VALUE ? between(n.lo * factor, n.hi * factor, (n.can & CAN_UNKNOWN) !== 0) : n,
    ev: (ctx) => {
      const value = a(ctx) as number | undefined;
      return value === undefined ? undefined : value * factor;
    },
  };
}

export function arithmetic(
  c: Checker,
  op: string,
  arity: { min: number; max: number },
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!Array.isArray(arg) || arg.length < arity.min || arg.length > arity.max) {
    c.fail(
      path,
      `"${op}" takes a list of ${arity.min === arity.max ? arity.min : `${arity.min} to ${arity.max}`} values`,
    );
    return undefined;
  }
  const kids = arg.map((item, index) => c.expression(item, child(path, index), depth + 1, scope));
  if (kids.some((kid) => !kid)) return undefined;
  const nodes = kids as CompiledNode[];
  const types = nodes.map((node) => node.type);
  const bad = types.findIndex((type) => type !== 'number' && type !== 'money');
  if (bad >= 0) {
    c.fail(child(path, bad), `arithmetic needs numbers or money, not ${types[bad]}`);
    return undefined;
  }
  let type: ValueType;
  const moneyCount = types.filter((type) => type === 'money').length;
  if (op === '*') {
    if (moneyCount > 1) {
      c.fail(path, 'cannot multiply money by money');
      return undefined;
    }
    type = moneyCount === 1 ? 'money' : 'number';
  } else if (op === '/') {
    if (types[0] === 'number' && types[1] === 'money') {
      c.fail(path, 'cannot divide a number by money');
      return undefined;
    }
    type = types[0] === 'money' && types[1] === 'number' ? 'money' : 'number';
  } else {
    if (moneyCount > 0 && moneyCount < types.length) {
      c.fail(
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

export function round(
  c: Checker,
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
    c.fail(
      path,
      '"round" takes [value, "up" | "down" | "nearest", step?], e.g. [{"fact": "x"}, "down", 1]',
    );
    return undefined;
  }
  if (arg.length === 3 && (typeof arg[2] !== 'number' || arg[2] <= 0)) {
    c.fail(child(path, 2), 'the step must be a positive number such as 1 or 0.01');
    return undefined;
  }
  const value = c.expression(arg[0], child(path, 0), depth + 1, scope);
  if (!value) return undefined;
  if (value.type !== 'number' && value.type !== 'money') {
    c.fail(child(path, 0), `"round" needs a number or money, not ${value.type}`);
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
    // Rounding moves a value by less than one step either way.
    range: (_ctx, [n]) =>
      n.can & CAN_VALUE
        ? between(n.lo - rounding.to!, n.hi + rounding.to!, (n.can & CAN_UNKNOWN) !== 0)
        : n,
    ev: (ctx) => {
      const n = v(ctx) as number | undefined;
      return n === undefined ? undefined : applyRounding(n, rounding);
    },
  };
}
