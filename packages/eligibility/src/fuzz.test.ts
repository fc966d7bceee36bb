/**
 * Fuzz: thousands of seeded random and hostile rule sets and answers. Every one must end in a
 * result or a typed EligibilityError: never another exception, a hang, or a polluted prototype.
 */
import { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
import { loadRuleSet } from './compile.js';
import { EligibilityError } from './errors.js';
import type { CompiledRuleSet } from './compile.js';
import { household } from '../test/fixtures.js';
import { equal, ok } from '../test/assert.js';

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTS = [
  'residence',
  'income',
  'weeklyPay',
  'student',
  'veteran',
  'disabled',
  'count',
  'housing',
  'startDate',
  'members',
  'nope',
];
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
];
const CONDITION_OPS = [
  'all',
  'any',
  'not',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'some',
  'every',
  'livesIn',
  'answered',
  'fact',
  'member',
];
const VALUE_OPS = [
  'fact',
  'member',
  'param',
  'date',
  'asOf',
  'money',
  '+',
  '-',
  '*',
  '/',
  'min',
  'max',
  'round',
  'count',
  'sum',
  'age',
  'fpl',
  'percentOfFpl',
  'lookup',
  'if',
  'var',
  'eval',
];
const STATES = ['CA', 'TX', 'AK', 'HI', 'PR', 'DC', 'XX', 'ca', ''];
const VALID_STATES = ['CA', 'TX', 'AK', 'HI', 'PR', 'DC'];

function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;

  const junk = (depth: number): unknown => {
    switch (Math.floor(random() * 9)) {
      case 0:
        return null;
      case 1:
        return random() * 1e6 - 5e5;
      case 2:
        return pick([Infinity, -Infinity, NaN, -0, 1e308, Number.MIN_VALUE]);
      case 3:
        return pick(['', 'x', '2025-02-29', '2024-02-29', '9999-99-99', 'a'.repeat(50)]);
      case 4:
        return depth > 3
          ? []
          : Array.from({ length: Math.floor(random() * 4) }, () => junk(depth + 1));
      case 5:
        return depth > 3
          ? {}
          : { [pick([...HOSTILE_KEYS, ...VALUE_OPS, ...CONDITION_OPS])]: junk(depth + 1) };
      case 6:
        return pick([true, false]);
      case 7:
        return pick([() => 1, new Date(), new Map(), Symbol('s'), undefined, BigInt(1)]);
      default:
        return JSON.parse('{"__proto__": {"polluted": true}}');
    }
  };

  const number = (depth: number, inMember: boolean): unknown => {
    if (depth > 5 || chance(0.35))
      return chance(0.5) ? Math.floor(random() * 100) : { fact: 'count' };
    switch (Math.floor(random() * 7)) {
      case 0:
        return {
          age: {
            dob: inMember ? { member: 'dateOfBirth' } : { fact: 'startDate' },
            ...(chance(0.3) ? { on: { date: '2026-01-01' } } : {}),
          },
        };
      case 1:
        return inMember
          ? { '+': [number(depth + 1, true), 1] }
          : {
              count: {
                of: 'members',
                ...(chance(0.7) ? { where: condition(depth + 1, true) } : {}),
              },
            };
      case 2:
        return {
          percentOfFpl: {
            income: money(depth + 1, inMember),
            size: inMember ? 2 : { count: { of: 'members' } },
          },
        };
      case 3:
        return {
          lookup: { table: 'table', key: pick([{ fact: 'residence' }, { fact: 'housing' }, 'CA']) },
        };
      case 4:
        return {
          if: [
            condition(depth + 1, inMember),
            number(depth + 1, inMember),
            number(depth + 1, inMember),
          ],
        };
      default:
        return {
          [pick(['+', '-', '*', '/', 'min', 'max'])]: [
            number(depth + 1, inMember),
            number(depth + 1, inMember),
          ],
        };
    }
  };

  const money = (depth: number, inMember: boolean): unknown => {
    if (depth > 5 || chance(0.35))
      return pick([
        { fact: 'income' },
        { fact: 'weeklyPay' },
        { money: [Math.floor(random() * 4000), pick(['week', 'month', 'year'])] },
        ...(inMember ? [{ member: 'earnings' }] : []),
      ]);
    switch (Math.floor(random() * 6)) {
      case 0:
        return { param: 'limit' };
      case 1:
        return inMember
          ? { member: 'earnings' }
          : {
              sum: {
                of: 'members',
                value: money(depth + 1, true),
                ...(chance(0.5) ? { where: condition(depth + 1, true) } : {}),
              },
            };
      case 2:
        return {
          fpl: {
            size: inMember ? 3 : { count: { of: 'members' } },
            percent: pick([100, 130, 138, 185]),
            ...(chance(0.3) ? { year: pick([2025, 2026, 1990]) } : {}),
            ...(chance(0.3) ? { rounding: { mode: 'up' } } : {}),
          },
        };
      case 3:
        return { round: [money(depth + 1, inMember), pick(['up', 'down', 'nearest'])] };
      case 4:
        return { '*': [money(depth + 1, inMember), number(depth + 1, inMember)] };
      default:
        return {
          [pick(['+', '-', 'min', 'max'])]: [
            money(depth + 1, inMember),
            money(depth + 1, inMember),
          ],
        };
    }
  };

  /** Mostly well-typed values, sometimes anything at all. */
  const value = (depth: number, inMember: boolean): unknown => {
    if (chance(0.01)) return junk(depth);
    if (chance(0.01)) return { [pick(VALUE_OPS)]: junk(depth + 1) };
    return chance(0.5) ? number(depth, inMember) : money(depth, inMember);
  };

  const condition = (depth: number, inMember = false, monotone = false): unknown => {
    if (depth > 5 || chance(0.15)) {
      if (inMember && chance(0.5)) return { member: 'pregnant' };
      return chance(0.6) ? { fact: pick(['student', 'veteran', 'disabled']) } : chance(0.5);
    }
    if (chance(0.01)) return junk(depth);
    if (chance(0.002)) {
      let deep: unknown = true;
      for (let level = 0; level < 200; level++) deep = { not: deep };
      return deep;
    }
    const next = (): unknown => condition(depth + 1, inMember, monotone);
    switch (Math.floor(random() * 10)) {
      case 0:
      case 1:
        return { [pick(['all', 'any'])]: Array.from({ length: Math.floor(random() * 4) }, next) };
      case 2:
        return { not: next() };
      case 3:
        return {
          in: [
            { fact: 'housing' },
            Array.from({ length: Math.floor(random() * 3) }, () => pick(['own', 'rent', 'none'])),
          ],
        };
      case 4:
        return inMember
          ? { member: 'pregnant' }
          : {
              [pick(['some', 'every'])]: {
                of: 'members',
                where: condition(depth + 1, true, monotone),
              },
            };
      case 5:
        return {
          livesIn: {
            ...(chance(0.8) ? { state: chance(0.9) ? pick(VALID_STATES) : pick(STATES) } : {}),
            ...(chance(0.4) ? { county: chance(0.9) ? '06037' : '6037' } : {}),
          },
        };
      case 6:
        return monotone
          ? { fact: 'student' }
          : { answered: chance(0.9) ? pick(FACTS.slice(0, -1)) : 'nope' };
      case 7:
        return {
          [pick(['==', '!=', '<', '<=', '>', '>='])]: [
            money(depth + 1, inMember),
            money(depth + 1, inMember),
          ],
        };
      case 8:
        return {
          [pick(['<', '>=', '=='])]: [
            { fact: 'startDate' },
            { date: chance(0.9) ? pick(['2024-02-29', '2025-06-01']) : '2025-02-29' },
          ],
        };
      default:
        return {
          [pick(['==', '!=', '<', '<=', '>', '>=', ...CONDITION_OPS])]: [
            value(depth + 1, inMember),
            value(depth + 1, inMember),
          ],
        };
    }
  };

  const ruleSet = (monotone = false): unknown => {
    const programs = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
      id: `p${index}`,
      name: `P${index}`,
      agency: 'A',
      criteria: Array.from({ length: 1 + Math.floor(random() * 3) }, (__, c) => ({
        id: `c${c}`,
        when: condition(0, false, monotone),
        ...(chance(0.3) ? { args: { a: value(0, false) } } : {}),
      })),
      ...(chance(0.2) && index > 0
        ? { requires: [`p${chance(0.9) ? index - 1 : Math.floor(random() * 5)}`] }
        : {}),
      ...(chance(0.2)
        ? { jurisdiction: { state: chance(0.9) ? pick(VALID_STATES) : pick(STATES) } }
        : {}),
    }));
    const base = household(programs as never, {
      parameters: {
        limit: {
          type: 'money',
          period: 'year',
          values: [
            {
              from: '2025-01-01',
              value: 30000,
              citation: { title: 't', url: 'https://example.gov' },
            },
          ],
        },
        table: {
          type: 'table',
          values: [
            {
              from: '2025-01-01',
              value: { CA: 200, TX: 150 },
              citation: { title: 't', url: 'https://example.gov' },
            },
          ],
        },
      },
    }) as unknown as Record<string, unknown>;
    if (chance(0.05)) base[pick(HOSTILE_KEYS)] = junk(0);
    if (chance(0.03)) (base.facts as unknown[]).push(junk(0));
    return chance(0.2)
      ? JSON.stringify(base, (_key, v) => (typeof v === 'bigint' ? Number(v) : v))
      : base;
  };

  const answers = (): unknown => {
    if (chance(0.03)) return junk(0);
    const out: Record<string, unknown> = {};
    const maybe = (key: string, make: () => unknown): void => {
      if (chance(0.6)) out[key] = chance(0.08) ? junk(1) : make();
    };
    maybe('residence', () => ({
      state: pick(STATES),
      ...(chance(0.5) ? { county: '06037' } : {}),
    }));
    maybe('income', () =>
      chance(0.5)
        ? Math.floor(random() * 8000)
        : { amount: Math.floor(random() * 3000), period: pick(['week', 'month', 'year']) },
    );
    maybe('weeklyPay', () => Math.floor(random() * 900));
    maybe('student', () => chance(0.5));
    maybe('veteran', () => chance(0.5));
    maybe('disabled', () => chance(0.5));
    maybe('count', () => Math.floor(random() * 10));
    maybe('housing', () => pick(['own', 'rent', 'none']));
    maybe('startDate', () => pick(['2020-01-01', '2024-02-29', '2026-06-30']));
    maybe('members', () =>
      Array.from({ length: Math.floor(random() * 9) }, () => ({
        ...(chance(0.8)
          ? { dateOfBirth: pick(['1950-03-01', '2000-02-29', '2021-07-04', '2025-10-31']) }
          : {}),
        ...(chance(0.6) ? { pregnant: chance(0.2) } : {}),
        ...(chance(0.6) ? { earnings: Math.floor(random() * 3000) } : {}),
      })),
    );
    if (chance(0.05)) return JSON.parse(`{"__proto__": {"student": true}, "student": false}`);
    return out;
  };

  return { ruleSet, answers, pick };
}

describe('fuzz: random and hostile rule sets and answers', () => {
  it('ends every case in a result or a typed error', () => {
    const random = rng(20261124);
    const make = generator(random);
    let loaded = 0;
    let results = 0;
    let typedErrors = 0;
    const statuses = new Set<string>();
    for (let index = 0; index < 3000; index++) {
      let compiled: CompiledRuleSet | undefined;
      const input = make.ruleSet();
      try {
        compiled = loadRuleSet(input, { maxWork: 20_000 });
        loaded++;
      } catch (error) {
        if (!(error instanceof EligibilityError))
          throw new Error(`case ${index}: loader threw ${String(error)}`);
        typedErrors++;
      }
      if (!compiled) continue;
      for (let round = 0; round < 4; round++) {
        const asOf = make.pick([
          '2025-06-01',
          '2026-02-01',
          '2024-02-29',
          new Date(Date.UTC(2026, 0, 13, 3)),
        ]);
        try {
          const answers = make.answers();
          const result = evaluate(compiled, answers, { asOf });
          results++;
          // The fast path must agree with the full evaluation on every program.
          const fast = evaluateStatuses(compiled, answers, { asOf });
          for (const program of result.programs) {
            equal(
              statusOf(fast, program.id),
              program.status,
              `case ${index}: evaluateStatuses disagrees`,
            );
          }
          for (const program of result.programs) {
            statuses.add(program.status);
            ok(
              ['likely', 'maybe', 'unlikely'].includes(program.status),
              `case ${index}: bad status`,
            );
            if (program.status !== 'maybe')
              equal(program.missing.length, 0, `case ${index}: only "maybe" lists missing facts`);
          }
        } catch (error) {
          if (!(error instanceof EligibilityError))
            throw new Error(
              `case ${index}: evaluate threw ${String((error as Error)?.stack ?? error)}`,
            );
          typedErrors++;
        }
      }
    }
    // The generator must really reach the evaluator, not only fail at load.
    ok(loaded > 600, `only ${loaded} of 3000 rule sets loaded`);
    ok(results > 2000, `only ${results} evaluations produced a result`);
    ok(
      typedErrors > 500,
      `only ${typedErrors} typed errors: the hostile cases are not being generated`,
    );
    equal(statuses.size, 3, 'all three statuses occur');
    equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
    equal(({} as Record<string, unknown>).student, undefined, 'Object.prototype untouched');
  });

  it('never lets a missing answer make a "likely" or "maybe" result "unlikely"', () => {
    // Monotonicity: answering more questions can only move maybe to likely or unlikely.
    const random = rng(7);
    const make = generator(random);
    let checked = 0;
    for (let index = 0; index < 1500; index++) {
      let compiled: CompiledRuleSet;
      try {
        compiled = loadRuleSet(make.ruleSet(true), { maxWork: 20_000 }); // "answered" is deliberately not monotone
      } catch {
        continue;
      }
      const full = make.answers();
      if (typeof full !== 'object' || full === null || Array.isArray(full)) continue;
      const partial = Object.fromEntries(Object.entries(full).filter(() => random() < 0.5));
      let before;
      let after;
      try {
        before = evaluate(compiled, partial, { asOf: '2026-02-01' });
        after = evaluate(compiled, full, { asOf: '2026-02-01' });
      } catch (error) {
        if (!(error instanceof EligibilityError)) throw error;
        continue;
      }
      before.programs.forEach((program, position) => {
        const later = after.programs[position].status;
        if (program.status !== 'maybe')
          equal(later, program.status, `case ${index}: a decided result changed with more answers`);
        checked++;
      });
    }
    ok(checked > 500, `only ${checked} comparisons`);
  });
});
