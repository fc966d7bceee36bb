/**
 * The fuzz corpus: seeded random and hostile rule sets and answers, shared by the fuzz test and
 * the schema-agreement test.
 */
import { household } from './fixtures.js';

export function rng(seed: number): () => number {
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

export function generator(random: () => number) {
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
