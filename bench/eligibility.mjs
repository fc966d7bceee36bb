// Benchmark: @plaza/eligibility against json-logic-js, same rules, same households, same process.
//
// Rule sets of 50, 400 and 800 programs of about 10 conditions each are generated from a seed,
// written in the Plaza rule format and exported to JSON Logic with the engine's own toJsonLogic.
// Seeded households, every question answered (JSON Logic has no "unknown"), go through both
// (10,000 at 50 programs, fewer as the rule set grows). The script checks that both agree on every
// program for every household ("likely" <=> true), then reports the cost per household of each,
// the ratio, and how the cost grows with the rule set. Goals: at least 10x json-logic-js at every
// size, with the cost per household growing no faster than the rule set; no dynamic code. Exits
// non-zero when the engines disagree or the cost grows grossly faster than the rule set.
//
// Run: node bench/eligibility.mjs [--households N] [--rounds N]
import { createRequire } from 'node:module';
import { cpuTime, format, loadEngine, median } from './_engine.mjs';
import { householdsOf, ruleSetOf } from './_bench-rules.mjs';

const require = createRequire(import.meta.url);
const jsonLogic = require('json-logic-js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const HOUSEHOLDS = option('households', 10_000);
const ROUNDS = option('rounds', 7);
/** Rule-set sizes compared; households shrink as programs grow, so each size takes similar time. */
const SIZES = [50, 400, 800];
const AS_OF = '2026-02-01';
/**
 * Growth of the cost per household over the rule set's growth: up to GROWTH_NOISE is "no faster"
 * (repeated runs on a shared machine move a step by about that much). Past GROWTH_GROSS the
 * bench fails: that is a quadratic step or a per-program lookup, not noise. In between is the
 * processor: a small rule set's branches are learnt by the branch predictor, a large one's are
 * not (docs/decisions/0012-engine-scaling.md).
 */
const GROWTH_NOISE = 1.1;
const GROWTH_GROSS = 2;

const engine = await loadEngine();

const allHouseholds = householdsOf(HOUSEHOLDS);

/**
 * Runs the contenders in turn, round after round, so a busy machine slows them alike, and keeps
 * each one's median round as microseconds per household.
 */
function measureInterleaved(contenders, households) {
  for (const fn of Object.values(contenders)) fn(); // warm up
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, fn] of Object.entries(contenders)) times[name].push(cpuTime(fn));
  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, (median(list) * 1000) / households]),
  );
}

/** Checks both engines agree on every program for every household, then times them. */
function measure(programCount) {
  const { ruleSet, leaves } = ruleSetOf(programCount);
  const households = allHouseholds.slice(0, Math.round((HOUSEHOLDS * SIZES[0]) / programCount));
  const compiled = engine.loadRuleSet(ruleSet);
  const logic = engine.toJsonLogic(compiled, { asOf: AS_OF });
  const logicPrograms = ruleSet.programs.map((program) => logic[program.id]);
  let likely = 0;
  let disagreements = 0;
  for (const household of households) {
    const ours = engine.evaluate(compiled, household, { asOf: AS_OF });
    const fast = engine.evaluateStatuses(compiled, household, { asOf: AS_OF });
    ours.programs.forEach((program, index) => {
      const theirs = jsonLogic.apply(logicPrograms[index], household) === true;
      if ((program.status === 'likely') !== theirs || program.status === 'maybe') disagreements++;
      if (program.status === 'likely') likely++;
      if (engine.statusOf(fast, program.id) !== program.status) disagreements++;
    });
  }
  const micros = measureInterleaved(
    {
      reference: () => {
        let count = 0;
        for (const household of households)
          for (const rule of logicPrograms) if (jsonLogic.apply(rule, household) === true) count++;
        return count;
      },
      statuses: () => {
        let count = 0;
        for (const household of households)
          if (
            engine.evaluateStatuses(compiled, household, { asOf: AS_OF }).statuses[0] === 'likely'
          )
            count++;
        return count;
      },
      full: () => {
        let count = 0;
        for (const household of households)
          count += engine.evaluate(compiled, household, { asOf: AS_OF }).programs.length;
        return count;
      },
    },
    households.length,
  );
  return { programCount, leaves, households: households.length, likely, disagreements, micros };
}

console.log('Eligibility benchmark: @plaza/eligibility against json-logic-js');
console.log(
  `  seeded programs of about 10 leaf conditions each; seeded households, every question answered;`,
);
console.log(`  median CPU time of ${ROUNDS} interleaved rounds after a warm-up, per household`);
const rows = SIZES.map(measure);
let failed = false;
for (const row of rows) {
  const { micros } = row;
  const ratio = micros.reference / micros.statuses;
  console.log(
    `\n  ${row.programCount} programs (${row.leaves} leaf conditions), ${format(row.households)} households:`,
  );
  console.log(
    `    agreement: ${row.disagreements === 0 ? 'both engines agree' : `${row.disagreements} DISAGREEMENTS`} on all ${format(row.households * row.programCount)} program results (${format(row.likely)} likely)`,
  );
  console.log(
    `    json-logic-js apply(), a boolean per program:   ${micros.reference.toFixed(1)} µs/household`,
  );
  console.log(
    `    evaluateStatuses(), a status per program:        ${micros.statuses.toFixed(1)} µs/household (${ratio.toFixed(1)}x json-logic-js ${ratio >= 10 ? ': goal of 10x met' : ': BELOW the 10x goal'})`,
  );
  console.log(
    `    evaluate(), full results:                        ${micros.full.toFixed(1)} µs/household (${(micros.reference / micros.full).toFixed(1)}x)`,
  );
  if (row.disagreements > 0) failed = true;
}
console.log(
  '\n  growth of the cost per household with the rule set (each step relative to the one before):',
);
const steps = rows.slice(1).map((after, index) => [rows[index], after]);
steps.push([rows[0], rows[rows.length - 1]]);
for (const [before, after] of steps) {
  const size = after.leaves / before.leaves;
  const ours = after.micros.statuses / before.micros.statuses;
  const theirs = after.micros.reference / before.micros.reference;
  const verdict =
    ours <= size * GROWTH_NOISE
      ? 'no faster than the rule set'
      : ours <= size * GROWTH_GROSS
        ? 'faster than the rule set, within the tolerance for this machine'
        : `GROSSLY faster than the rule set (over ${GROWTH_GROSS}x its growth)`;
  console.log(
    `    ${before.programCount} -> ${after.programCount} programs: rule set ${size.toFixed(2)}x, evaluateStatuses ${ours.toFixed(2)}x (${(ours / size).toFixed(2)} of the rule set's growth: ${verdict}), json-logic-js ${theirs.toFixed(2)}x`,
  );
  if (ours > size * GROWTH_GROSS) failed = true;
}
console.log(
  '  (full results add per-criterion reasons, message args, citations and missing facts)',
);
if (failed) process.exitCode = 1;
