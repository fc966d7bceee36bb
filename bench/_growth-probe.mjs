// Diagnostic for bench/eligibility.mjs's growth figures (decision 0012), not part of `npm run bench`:
// evaluateStatuses over the same households for 50 programs, slices of 50 from the 800-program
// set, the first 50 copied 8x and 16x, and 800 different programs. If the copies cost no more per
// program than 50 programs while 800 different ones do, nothing in the engine grows faster than
// the rule set; the difference is the processor (its branch predictor learns a small rule set).
// Run: node bench/_growth-probe.mjs
import { cpuTime, loadEngine, median } from './_engine.mjs';
import { householdsOf, ruleSetOf } from './_bench-rules.mjs';

const engine = await loadEngine();
const HOUSEHOLDS = 1250;
const ROUNDS = 11;
const households = householdsOf(HOUSEHOLDS);
const AS_OF = '2026-02-01';
const first50 = ruleSetOf(50).ruleSet;
const all800 = ruleSetOf(800).ruleSet;
const copies = (times) => ({
  ...first50,
  programs: Array.from({ length: times }, (_, copy) =>
    first50.programs.map((program) => ({ ...program, id: `${program.id}_${copy}` })),
  ).flat(),
});
const slice = (from) => ({ ...all800, programs: all800.programs.slice(from, from + 50) });
const variants = [
  ['first 50 programs', first50],
  ['programs 400-449', slice(400)],
  ['programs 750-799', slice(750)],
  ['first 50 copied 8x', copies(8)],
  ['first 50 copied 16x', copies(16)],
  ['800 different programs', all800],
];
const sets = variants.map(([name, ruleSet]) => {
  const compiled = engine.loadRuleSet(ruleSet);
  const run = () => {
    let likely = 0;
    for (const household of households)
      if (engine.evaluateStatuses(compiled, household, { asOf: AS_OF }).statuses[0] === 'likely')
        likely++;
    return likely;
  };
  return { name, programs: ruleSet.programs.length, run, times: [] };
});
for (const set of sets) set.run(); // warm up
for (let round = 0; round < ROUNDS; round++)
  for (const set of sets) {
    // Repeat small sets so every timing covers about the same work.
    const repeats = Math.max(1, Math.round(800 / set.programs));
    set.times.push(cpuTime(() => Array.from({ length: repeats }, set.run)) / repeats);
  }
for (const set of sets) {
  const micros = (median(set.times) * 1000) / HOUSEHOLDS;
  console.log(
    `${set.name.padEnd(24)} ${micros.toFixed(1).padStart(7)} µs/household, ${((micros / set.programs) * 1000).toFixed(0)} ns per program`,
  );
}
