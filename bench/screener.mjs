// Benchmark: choosing the screener's next question (`screen` from @plaza/eligibility) against one
// `evaluate` call on the same answers, for the nine example programs and for the seeded
// 50-program benchmark set (then 400 and 800 programs, to show how it grows), plus the time to
// the first question (load the example rule set, then choose). Goal: choosing costs at most 3x
// one `evaluate`.
//
// The answers are mid-screening states: for the example pack, every state the 13 golden journeys
// pass through; for the seeded sets, households with each answer dropped at random (unknown).
//
// Run: node bench/screener.mjs [--rounds N]
import { cpuTime, format, loadEngine, median } from './_engine.mjs';
import { householdsOf, ruleSetOf } from './_bench-rules.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
const GOAL = 3;
const AS_OF = '2026-02-01';

const firstStart = performance.now();
const engine = await loadEngine(
  "export * from '@plaza/eligibility'; export { examplePrograms, exampleJourneys, walkJourney } from '@plaza/example-programs';",
);
const bundled = performance.now() - firstStart;

// Time to first question, in a process where nothing has run yet: load the rule set, choose.
const coldStart = performance.now();
const cold = engine.screen(engine.loadRuleSet(engine.examplePrograms), {}, { asOf: AS_OF });
const coldMs = performance.now() - coldStart;

/**
 * Median CPU time per state of each contender, in microseconds. Round after round in turn, after
 * warming both up, so a busy machine slows them alike.
 */
function perState(states, contenders) {
  const runs = contenders.map((fn) => () => {
    for (const state of states) fn(state);
  });
  for (const run of runs) run();
  const times = runs.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    runs.forEach((run, index) => times[index].push(cpuTime(run)));
  return times.map((list) => (median(list) * 1000) / states.length);
}

function compare(label, compiled, states) {
  const [evaluateUs, screenUs] = perState(states, [
    (state) => engine.evaluate(compiled, state.answers, { asOf: AS_OF }),
    (state) => engine.screen(compiled, state.answers, { asOf: AS_OF, declined: state.declined }),
  ]);
  const ratio = screenUs / evaluateUs;
  console.log(
    `  ${label.padEnd(34)} evaluate ${evaluateUs.toFixed(1).padStart(7)} µs, next question ${screenUs.toFixed(1).padStart(7)} µs: ${ratio.toFixed(2)}x ${ratio <= GOAL ? `(goal of ${GOAL}x met)` : `(MISSED the ${GOAL}x goal)`}`,
  );
}

// Example pack: the answers at every question of every golden journey.
const examples = engine.loadRuleSet(engine.examplePrograms);
const exampleStates = [];
for (const journey of engine.exampleJourneys) {
  const walk = engine.walkJourney(examples, journey);
  let answers = {};
  walk.asked.forEach((id, index) => {
    const declined = walk.declined.filter((other) => walk.asked.indexOf(other) < index);
    exampleStates.push({ answers, declined });
    const value = engine.readFact(journey.answers, id);
    if (value !== undefined)
      answers = engine.writeFact(answers, id, Array.isArray(value) ? value.map(() => ({})) : value);
  });
}

console.log(`Choosing the next question vs one evaluate (median of ${ROUNDS} rounds, CPU time):`);
compare(`9 example programs, ${exampleStates.length} states`, examples, exampleStates);

let seed = 11;
const coin = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const partial = householdsOf(400).map((household) => ({
  answers: Object.fromEntries(Object.entries(household).filter(() => coin() < 0.5)),
  declined: [],
}));
for (const size of [50, 400, 800]) {
  const { ruleSet } = ruleSetOf(size);
  const states = size === 50 ? partial : partial.slice(0, Math.round((partial.length * 50) / size));
  compare(`${size}-program benchmark set`, engine.loadRuleSet(ruleSet), states);
}

const warmMs = median(
  Array.from({ length: ROUNDS }, () =>
    cpuTime(() => engine.screen(engine.loadRuleSet(engine.examplePrograms), {}, { asOf: AS_OF })),
  ),
);
console.log(
  `\nTime to first question, warm (load the example rule set + choose, median CPU): ${warmMs.toFixed(1)} ms`,
);
console.log(
  `Time to first question (example pack, first call in a fresh process: load + choose): ${coldMs.toFixed(1)} ms` +
    ` -> "${cold.next}", about ${cold.remaining} questions left` +
    `\n  (bundling the TypeScript source for this run took ${format(bundled)} ms and is not counted)`,
);
