/**
 * Fuzz: thousands of seeded random and hostile rule sets and answers. Every one must end in a
 * result or a typed EligibilityError: never another exception, a hang, or a polluted prototype.
 */
import { evaluate, evaluateStatuses, statusOf } from './evaluate.js';
import { loadRuleSet } from './document/rule-set.js';
import { EligibilityError } from './errors.js';
import type { CompiledRuleSet } from './compiled.js';
import { generator, rng } from '../test/fuzz-corpus.js';
import { equal, ok } from '../test/assert.js';

/** Mocha's test context (in the browser); node:test has no per-test timeout by default. */
type Slow = { timeout?: (ms: number) => void } | undefined;

/**
 * Thousands of cases take seconds, more on a loaded machine: mocha's 10-second default would
 * fail a correct run, so these tests get two minutes (still bounded, so a hang fails).
 */
function allowTime(context: Slow): void {
  context?.timeout?.(120_000);
}

describe('fuzz: random and hostile rule sets and answers', () => {
  it('ends every case in a result or a typed error', function (this: Slow) {
    allowTime(this);
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

  it('never lets a missing answer make a "likely" or "maybe" result "unlikely"', function (this: Slow) {
    allowTime(this);
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
