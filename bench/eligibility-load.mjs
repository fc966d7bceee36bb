// Benchmark: loading a rule set costs time linear in its size.
//
// Two series, each at 1,000, 10,000 and 50,000 items:
// - facts: that many yes/no facts and one criterion `all` over every one of them (the shape that
//   took 109 s at 20,000 facts when each reference copied the list of fact ids);
// - conditions: 20 facts and that many comparisons, ten per criterion, five criteria per program.
// The 50,000 sizes are beyond the default limits (10,000 facts, 200,000 JSON values), so they are
// loaded with raised limits; the default fact limit is checked to refuse them with a LimitError.
// Each timed load starts after a full garbage collection (without it, a load also paid for
// collecting the previous, larger load). Reported: the fastest CPU time of several loads, time per item, and each step's time ratio next to
// its size ratio (linear when they match). Goal: time ratio at most 1.5x the size ratio.
//
// Run: node bench/eligibility-load.mjs [--rounds N]
import { collectGarbage, cpuTime, format, loadEngine } from './_engine.mjs';

const args = process.argv.slice(2);
const roundsIndex = args.indexOf('--rounds');
const ROUNDS = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : 7;
const SIZES = [1_000, 10_000, 50_000];
const RAISED = { maxFacts: 50_000, maxNodes: 1_000_000, maxPrograms: 1_000 };

const engine = await loadEngine();

function factsSeries(count) {
  const ids = Array.from({ length: count }, (_, index) => `fact${index}`);
  return {
    id: 'load-facts',
    version: '1',
    facts: ids.map((id) => ({ id, type: 'boolean', question: `q.${id}` })),
    programs: [
      {
        id: 'everything',
        name: 'Everything',
        agency: 'Bench',
        criteria: [{ id: 'all', when: { all: ids.map((id) => ({ fact: id })) } }],
      },
    ],
  };
}

function conditionsSeries(count) {
  const facts = Array.from({ length: 20 }, (_, index) => ({
    id: `n${index}`,
    type: 'number',
    question: `q.n${index}`,
  }));
  const perProgram = 50;
  const programs = Array.from({ length: count / perProgram }, (_, program) => ({
    id: `p${program}`,
    name: `Program ${program}`,
    agency: 'Bench',
    criteria: Array.from({ length: 5 }, (_, criterion) => ({
      id: `c${criterion}`,
      when: {
        all: Array.from({ length: 10 }, (_, index) => ({
          '<=': [{ fact: `n${(program + criterion + index) % 20}` }, (program * 7 + index) % 100],
        })),
      },
    })),
  }));
  return { id: 'load-conditions', version: '1', facts, programs };
}

function measure(name, make) {
  const rows = SIZES.map((size) => {
    const text = JSON.stringify(make(size));
    const limits = size > 10_000 ? RAISED : {};
    // Warm up (and prove it loads), then keep the fastest load: on a shared machine the fastest is
    // the one least disturbed by other work, and each load does the same work.
    for (let warm = 0; warm < 2; warm++) engine.loadRuleSet(text, limits);
    const times = Array.from({ length: ROUNDS }, () => {
      collectGarbage();
      return cpuTime(() => engine.loadRuleSet(text, limits));
    });
    return { size, bytes: text.length, ms: Math.min(...times) };
  });
  console.log(`\n  ${name}:`);
  rows.forEach((row, index) => {
    const before = rows[index - 1];
    const growth = before
      ? `; ${format(before.size)} -> ${format(row.size)}: size ${(row.size / before.size).toFixed(1)}x, time ${(row.ms / before.ms).toFixed(1)}x`
      : '';
    console.log(
      `    ${format(row.size).padStart(6)} (${(row.bytes / 1e6).toFixed(2)} MB): ${row.ms.toFixed(0).padStart(5)} ms, ${((row.ms * 1000) / row.size).toFixed(1)} µs each${growth}`,
    );
  });
  const worst = Math.max(
    ...rows.slice(1).map((row, index) => row.ms / rows[index].ms / (row.size / rows[index].size)),
  );
  console.log(
    `    worst step: time grew ${worst.toFixed(2)}x as fast as size ${worst <= 1.5 ? '(linear: goal met)' : '(FASTER than linear)'}`,
  );
  return worst <= 1.5;
}

console.log('Eligibility load benchmark: loadRuleSet on JSON text');
console.log(`  fastest CPU time of ${ROUNDS} loads after two warm-up loads`);
const linear = [
  measure('yes/no facts under one "all"', factsSeries),
  measure('comparisons over 20 facts', conditionsSeries),
];
try {
  engine.loadRuleSet(factsSeries(engine.DEFAULT_LIMITS.maxFacts + 1));
  console.log('  fact limit: NOT ENFORCED');
  process.exitCode = 1;
} catch (error) {
  console.log(
    `  fact limit: ${engine.DEFAULT_LIMITS.maxFacts.toLocaleString('en-US')} by default; one more gives ${error.name}${error.name === 'LimitError' ? '' : ' (expected LimitError)'}`,
  );
  if (error.name !== 'LimitError') process.exitCode = 1;
}
if (!linear.every(Boolean)) console.log('  (load time grew faster than linear: see above)');
