/** The value operators over household members and parameters: count, sum, age, fpl, percentOfFpl, lookup, if. */
import { Checker, isObject } from '../document/checker.js';
import type { Scope } from '../document/checker.js';
import { child } from '../document/read-json.js';
import { guidelinesForYear, overBudget, resolveParam } from '../runtime/context.js';
import type { EvalContext, MemberRecord, Place } from '../runtime/context.js';
import type { CompiledNode } from '../runtime/tree.js';
import { CAN_VALUE, UNKNOWN, between, type Range } from '../runtime/range.js';
import { ageRange, annualRange, corners, tableRange } from './operator-ranges.js';
import type { Period, PovertyGuidelines } from '../types.js';
import { PERIODS, ageOn, applyRounding, guidelineArea, guidelineFor } from '../values.js';

export function aggregate(
  c: Checker,
  op: 'count' | 'sum',
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
    c.fail(
      path,
      op === 'count'
        ? '"count" takes {"of": "<members fact>", "where"?: <condition>}'
        : '"sum" takes {"of": "<members fact>", "value": <value>, "where"?: <condition>}',
    );
    return undefined;
  }
  c.unknownKeys(arg, new Set(op === 'count' ? ['of', 'where'] : ['of', 'value', 'where']), path);
  const fact = c.membersFact(arg.of, child(path, 'of'));
  if (!fact) return undefined;
  const inner: Scope = { membersFact: fact };
  const where =
    arg.where === undefined
      ? undefined
      : c.condition(arg.where, child(path, 'where'), depth + 1, inner);
  if (arg.where !== undefined && !where) return undefined;
  let value: CompiledNode | undefined;
  if (op === 'sum') {
    value = c.expression(arg.value, child(path, 'value'), depth + 1, inner);
    if (!value) return undefined;
    if (value.type !== 'number' && value.type !== 'money') {
      c.fail(child(path, 'value'), `"sum" adds numbers or money, not ${value.type}`);
      return undefined;
    }
  }
  const id = fact.id;
  const slot = c.slotOf(id);
  const test = where?.ev;
  const read = value?.ev;
  return {
    type: value ? value.type : 'number',
    kids: [where, value].filter((node): node is CompiledNode => node !== undefined),
    over: id,
    loop: op,
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

export function age(
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!isObject(arg)) {
    c.fail(path, '"age" takes {"dob": <date>, "on"?: <date>}');
    return undefined;
  }
  c.unknownKeys(arg, new Set(['dob', 'on']), path);
  const dob = c.expression(arg.dob, child(path, 'dob'), depth + 1, scope);
  const on =
    arg.on === undefined ? undefined : c.expression(arg.on, child(path, 'on'), depth + 1, scope);
  if (!dob || (arg.on !== undefined && !on)) return undefined;
  for (const [node, key] of [
    [dob, 'dob'],
    [on, 'on'],
  ] as const) {
    if (node && node.type !== 'date') {
      c.fail(child(path, key), `must be a date, not ${node.type}`);
      return undefined;
    }
  }
  const d = dob.ev;
  const o = on?.ev;
  return {
    type: 'number',
    kids: on ? [dob, on] : [dob],
    range: (ctx, [born, date]) => {
      if (date && !(date.can === CAN_VALUE && date.lo === date.hi))
        return between(0, Infinity, true);
      return ageRange(born, date ? date.lo : ctx.asOf, ctx.leapDay);
    },
    ev: (ctx) => {
      const born = d(ctx) as number | undefined;
      if (born === undefined) return undefined;
      const date = o ? (o(ctx) as number | undefined) : ctx.asOf;
      if (date === undefined) return undefined;
      return ageOn(born, date, ctx.leapDay);
    },
  };
}

export function fpl(
  c: Checker,
  op: 'fpl' | 'percentOfFpl',
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!isObject(arg)) {
    c.fail(
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
  c.unknownKeys(arg, new Set(keys), path);
  const size = c.typed(arg.size, child(path, 'size'), depth, scope, 'number');
  const percent =
    op === 'fpl' ? c.typed(arg.percent, child(path, 'percent'), depth, scope, 'number') : undefined;
  const income =
    op === 'percentOfFpl'
      ? c.typed(arg.income, child(path, 'income'), depth, scope, 'money')
      : undefined;
  const year =
    arg.year === undefined
      ? undefined
      : c.typed(arg.year, child(path, 'year'), depth, scope, 'number');
  const period: Period = (arg.period as Period | undefined) ?? 'month';
  if (arg.period !== undefined && !PERIODS.includes(arg.period as Period))
    c.fail(child(path, 'period'), `must be one of: ${PERIODS.join(', ')}`);
  const paramId = arg.param === undefined ? 'hhs.povertyGuidelines' : arg.param;
  const parameter = typeof paramId === 'string' ? c.params.get(paramId) : undefined;
  if (!parameter || parameter.definition.type !== 'povertyGuidelines') {
    c.fail(child(path, 'param'), `"${String(paramId)}" is not a povertyGuidelines parameter`);
    return undefined;
  }
  const rounding =
    arg.rounding === undefined
      ? parameter.definition.rounding
      : c.checkRounding(arg.rounding, child(path, 'rounding'));
  const factId = arg.fact === undefined ? c.residenceFact : arg.fact;
  const fact = typeof factId === 'string' ? c.facts.get(factId) : undefined;
  if (!fact || fact.type !== 'jurisdiction') {
    c.fail(
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
  c.usedParams.add(parameter.id);
  const paramKey = parameter.id;
  const placeId = fact.id;
  const placeSlot = c.slotOf(placeId);
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
  /** The annual guideline while the size (or the place) is unanswered. */
  const annual = (ctx: EvalContext, sizeRange: Range, yearRange: Range | undefined): Range => {
    let guidelines: PovertyGuidelines | undefined;
    if (yearRange) {
      if (!(yearRange.can === CAN_VALUE && yearRange.lo === yearRange.hi)) return UNKNOWN;
      guidelines = guidelinesForYear(ctx, paramKey, yearRange.lo);
    } else guidelines = resolveParam(ctx, paramKey)?.value as PovertyGuidelines | undefined;
    return annualRange(guidelines, ctx.facts[placeSlot] as Place | undefined, sizeRange);
  };
  if (op === 'percentOfFpl') {
    const incomeEv = (income as CompiledNode).ev;
    return {
      type: 'number',
      kids: [income as CompiledNode, size, ...(year ? [year] : [])],
      implicit: [placeId],
      range: (ctx, [monthly, people, wanted]) =>
        corners(
          monthly,
          annual(ctx, people, year ? wanted : undefined),
          (m, a) => Math.round(((m * 12) / a) * 10000) / 100,
        ),
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
  const conversions = c.conversions;
  // Limit in the program's period, rounded there, then held as a monthly amount.
  const limitOf = (yearly: number, share: number): number =>
    applyRounding((yearly * share) / 100 / 12 / conversions[period], rounding) *
    conversions[period];
  return {
    type: 'money',
    kids: [size, percent as CompiledNode, ...(year ? [year] : [])],
    implicit: [placeId],
    range: (ctx, [people, share, wanted]) =>
      corners(annual(ctx, people, year ? wanted : undefined), share, limitOf),
    ev: (ctx) => {
      if (++ctx.work > ctx.maxWork) overBudget(ctx);
      const yearly = guideline(ctx);
      if (yearly === undefined) return undefined;
      const share = percentEv(ctx) as number | undefined;
      if (share === undefined) return undefined;
      return limitOf(yearly, share);
    },
  };
}

export function lookup(
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!isObject(arg)) {
    c.fail(path, '"lookup" takes {"table": "<parameter id>", "key": <value>}');
    return undefined;
  }
  c.unknownKeys(arg, new Set(['table', 'key']), path);
  const parameter = typeof arg.table === 'string' ? c.params.get(arg.table) : undefined;
  if (!parameter || parameter.definition.type !== 'table') {
    c.fail(child(path, 'table'), `"${String(arg.table)}" is not a table parameter`);
    return undefined;
  }
  const key = c.expression(arg.key, child(path, 'key'), depth + 1, scope);
  if (!key) return undefined;
  if (key.type !== 'string' && key.type !== 'number' && key.type !== 'jurisdiction') {
    c.fail(child(path, 'key'), `table keys are text or numbers, not ${key.type}`);
    return undefined;
  }
  c.usedParams.add(parameter.id);
  const id = parameter.id;
  const keyEv = key.ev;
  const isPlace = key.type === 'jurisdiction';
  return {
    type: parameter.definition.period ? 'money' : 'number',
    kids: [key],
    range: (ctx, [k]) =>
      tableRange(
        resolveParam(ctx, id)?.value as Map<string, number> | undefined,
        k,
        key.type === 'number',
      ),
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

export function ifThen(
  c: Checker,
  arg: unknown,
  path: string,
  depth: number,
  scope: Scope | undefined,
): CompiledNode | undefined {
  if (!Array.isArray(arg) || arg.length !== 3) {
    c.fail(path, '"if" takes [condition, value if true, value if false]');
    return undefined;
  }
  const test = c.condition(arg[0], child(path, 0), depth + 1, scope);
  const yes = c.expression(arg[1], child(path, 1), depth + 1, scope);
  const no = c.expression(arg[2], child(path, 2), depth + 1, scope);
  if (!test || !yes || !no) return undefined;
  if (yes.type !== no.type) {
    c.fail(path, `both branches must be the same kind of value (${yes.type} vs ${no.type})`);
    return undefined;
  }
  const t = test.ev;
  const y = yes.ev;
  const n = no.ev;
  return {
    type: yes.type,
    kids: [test, yes, no],
    lazy: true,
    ev: (ctx) => {
      const result = t(ctx);
      if (result === true) return y(ctx);
      if (result === false) return n(ctx);
      const a = y(ctx);
      return a !== undefined && a === n(ctx) ? a : undefined;
    },
  };
}
