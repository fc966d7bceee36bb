// Benchmark: @plaza/flow definition load time in Node.
//
// Loads seeded definitions of 5 questions per page (a third of pages shown only on an earlier
// answer, some routing ahead, one repeat group with a nested group), from 10 to 320 pages, and
// reports the best CPU time of each. The cost per question is compared with the 40-page /
// 200-question definition measured in the same run: a ratio near 1 at every size means load
// cost is linear in size. A walk through the whole 40-page service (every page answered) is
// reported too. Sizes go up to the documented limit (DEFAULT_FLOW_LIMITS.maxQuestions, 2,000
// questions: 399 pages here); past it, or past maxPages (1,000), loading throws a FlowLimitError.
//
// Run: node bench/flow.mjs [--rounds N]
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 20;
const PER_PAGE = 5;
const SIZES = [10, 20, 40, 80, 160, 320];
const BASELINE_PAGES = 40;
const GOAL = 1.5;

const bundle = await build({
  stdin: {
    contents:
      "export * from '@plaza/flow';\nexport { generateDefinition, rng } from './packages/flow/test/generate.ts';",
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  conditions: ['plaza-source'],
  write: false,
  logLevel: 'warning',
});
const flow = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

// Time is this process's CPU time (user + system, GC threads included), not wall time: the
// machine is shared, and wall time also counts whatever else ran (at 160 pages and up a load is
// long enough to be interrupted, which read as non-linear cost). The best of ROUNDS: other work
// only ever adds time, so the fastest run is the closest to the code's own cost.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timeLoad(json) {
  for (let round = 0; round < 3; round++) flow.loadFlow(json);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = cpuMs();
    flow.loadFlow(json);
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

// Up to the documented limit: the most 5-question pages DEFAULT_FLOW_LIMITS.maxQuestions allows
// (the generator adds two questions in its repeat group).
SIZES.push(Math.floor((flow.DEFAULT_FLOW_LIMITS.maxQuestions - 2) / PER_PAGE));
const definitions = new Map(
  SIZES.map((pages) => [
    pages,
    JSON.stringify(flow.generateDefinition(flow.rng(pages), pages, PER_PAGE)),
  ]),
);
// Warm up the JIT on the baseline before measuring anything.
for (let round = 0; round < 5; round++) flow.loadFlow(definitions.get(BASELINE_PAGES));

const baselineMs = timeLoad(definitions.get(BASELINE_PAGES));
const baselineQuestions = BASELINE_PAGES * PER_PAGE;
console.log(
  `40-page / 200-question definition: load ${baselineMs.toFixed(2)} ms CPU (best of ${ROUNDS}, JSON text in, checked and compiled flow out)`,
);
console.log('\npages  questions  load ms  µs/question  ratio to 40-page cost per question');
let worst = 0;
for (const pages of SIZES) {
  const ms = pages === BASELINE_PAGES ? baselineMs : timeLoad(definitions.get(pages));
  const questions = pages * PER_PAGE;
  const ratio = ms / questions / (baselineMs / baselineQuestions);
  if (pages > BASELINE_PAGES) worst = Math.max(worst, ratio);
  console.log(
    `${String(pages).padStart(5)}  ${String(questions).padStart(9)}  ${ms.toFixed(2).padStart(7)}  ${((ms * 1000) / questions).toFixed(1).padStart(11)}  ${ratio.toFixed(2)}`,
  );
}
console.log(
  `\nLinear in size: largest ratio above the baseline ${worst.toFixed(2)} (goal <= ${GOAL}) ${worst <= GOAL ? 'MET' : 'MISSED'}`,
);

// A resident's whole journey through the 40-page definition: every page answered in turn.
const loaded = flow.loadFlow(definitions.get(BASELINE_PAGES));
const good = {
  text: 'text',
  number: '5',
  money: '100',
  date: '1990-05-05',
  email: 'a@example.com',
  radios: 'a',
  select: 'b',
  checkboxes: ['a'],
};
const journeyTimes = [];
let pagesSeen = 0;
for (let round = 0; round < ROUNDS; round++) {
  const nav = flow.createNavigator(loaded, { today: '2026-12-02' });
  let state = nav.start();
  const start = cpuMs();
  let steps = 0;
  while (state.location.page !== 'confirmation' && steps < 500) {
    const view = flow.pageView(nav, state);
    const input = {};
    if (view.kind === 'question')
      for (const { question } of view.questions) input[question.id] = good[question.control];
    if (view.kind === 'repeat') input.addAnother = view.items.length < 2 ? 'yes' : 'no';
    state = nav.next(state, input).state;
    steps++;
  }
  journeyTimes.push(cpuMs() - start);
  pagesSeen = steps;
}
console.log(
  `Whole journey, 40-page definition: ${pagesSeen} page changes in ${Math.min(...journeyTimes).toFixed(1)} ms (${(Math.min(...journeyTimes) / pagesSeen).toFixed(2)} ms per page change, view + next)`,
);

// The documented limits: past maxQuestions or maxPages, loading stops with a typed error.
const { maxPages, maxQuestions } = flow.DEFAULT_FLOW_LIMITS;
for (const [what, pages, perPage] of [
  ['maxQuestions', Math.ceil((maxQuestions + 1) / PER_PAGE), PER_PAGE],
  ['maxPages', maxPages + 1, 1],
]) {
  try {
    flow.loadFlow(JSON.stringify(flow.generateDefinition(flow.rng(1), pages, perPage, false)));
    console.log(`Limit: NOT enforced (a definition past ${what} loaded)`);
    process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof flow.FlowLimitError)) throw error;
    console.log(`Limit: ${error.name} (${error.limit}): ${error.message}`);
  }
}
