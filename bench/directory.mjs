// Benchmark: @plaza/directory's embedded source (MiniSearch index + filters) against a linear scan
// of the same data, in the same process.
//
// 10,000 services are generated from the example directory (names, places and categories varied
// by a seeded generator) as HSDS JSON text, as a page would fetch it. Reported:
// - load: JSON text -> checked services -> an EmbeddedSource that answers (its text index then
//   builds in slices between tasks), the whole text index built at once, and a prebuilt index;
//   the baseline is JSON.parse + readDirectory alone (what a scan needs before searching).
// - query time p50/p95 over a mix of searches (words, category, jurisdiction, language, open now,
//   distance), against a scan that lower-cases every service's text and checks each word. CPU
//   time is the cost; wall time is printed too, and on a shared machine mostly measures waiting.
// - heap held by the source vs. by the parsed services alone.
// - cost per 1,000 services at 1,000, 5,000 and 10,000 (load and query should grow linearly or
//   less), and the typed error beyond the documented limit (DirectoryLimits.maxServices).
// Goals: query p95 <= 10 ms, index load <= 300 ms. Missed goals are reported, not failures.
//
// Run: node bench/directory.mjs [--services N] [--rounds N]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const SERVICES = option('services', 10_000);
const ROUNDS = option('rounds', 5);
const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = await build({
  stdin: { contents: "export * from '@plaza/directory';", resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  conditions: ['plaza-source'],
  write: false,
  logLevel: 'warning',
});
const directory = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
const { EmbeddedSource, compileDirectory, readDirectory, DirectoryLimitError } = directory;
const TIME_ZONE = 'America/New_York';

function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = JSON.parse(
  readFileSync(new URL('../packages/directory/examples/directory.json', import.meta.url), 'utf8'),
);
const WORDS = [
  'family',
  'center',
  'north',
  'south',
  'east',
  'west',
  'community',
  'help',
  'access',
  'services',
  'neighborhood',
  'program',
  'benefits',
  'support',
  'ayuda',
  'centro',
];
const COUNTIES = Array.from({ length: 40 }, (_, i) => String(13001 + i * 2).padStart(5, '0'));

function generate(count, seed = 2026) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const base = examples[i % examples.length];
    const county = pick(COUNTIES);
    const level = random() < 0.1 ? 'state' : random() < 0.6 ? 'county' : 'city';
    const code =
      level === 'state'
        ? 'GA'
        : level === 'county'
          ? county
          : `GA:City%20${Math.floor(random() * 120)}`;
    return {
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      service_areas: [{ id: `a-${i}`, name: code, uri: `urn:plaza:jurisdiction:${level}:${code}` }],
      service_at_locations: (base.service_at_locations ?? []).map((sal) => ({
        ...sal,
        location: { ...sal.location, latitude: 31 + random() * 4, longitude: -85 + random() * 4 },
      })),
    };
  });
}

const random = rng(7);
const QUERY_COUNT = 200;
const queries = Array.from({ length: QUERY_COUNT }, (_, i) => {
  const query = { perPage: 10 };
  if (i % 4 !== 3)
    query.text = [
      'food pantry',
      'rent',
      'clinica',
      'energy bill',
      'legal',
      'ride',
      'despensa',
      'senior lunch',
      'eviction',
      'youth',
    ][i % 10];
  if (i % 3 === 0)
    query.categories = [['tax-food', 'tax-housing', 'tax-health', 'tax-legal'][i % 4]];
  if (i % 2 === 0)
    query.jurisdiction = {
      state: 'GA',
      county: COUNTIES[i % COUNTIES.length],
      city: `City ${i % 120}`,
    };
  if (i % 5 === 0) query.languages = ['es'];
  if (i % 7 === 0) query.openNow = true;
  if (i % 6 === 0) query.origin = { latitude: 33 + random(), longitude: -84 - random() };
  query.now = new Date('2026-12-07T16:00:00Z');
  return query;
});

/** The baseline: every service's text lower-cased once, then every word checked for each query. */
class LinearScan {
  constructor(text) {
    // Sorted by name once, as the embedded source does, so neither sorts per query.
    const byName = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
    this.services = readDirectory(text).services.sort((a, b) => byName.compare(a.name, b.name));
  }
  search(query) {
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const hits = this.services.filter((service) => {
      const text =
        `${service.name} ${service.description ?? ''} ${service.organization?.name ?? ''} ${service.eligibility ?? ''}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    return directory.runQuery(hits, query, { timeZone: TIME_ZONE, ordered: true });
  }
}

const cpu = (fn) => {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
};
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Builds what the slices would have built later, so no leftover timers share the CPU. */
const finish = (source) => source.serializeIndex();

/** Each way of loading, interleaved round by round so they share the machine's conditions. */
function loadTimes(text, compiled, prebuilt) {
  const ways = {
    scan: () => readDirectory(JSON.parse(text)),
    ready: () => new EmbeddedSource(text, { timeZone: TIME_ZONE }),
    whole: () => new EmbeddedSource(text, { timeZone: TIME_ZONE, buildIndex: 'now' }),
    compiled: () => new EmbeddedSource(compiled, { timeZone: TIME_ZONE }),
    compiledWhole: () => new EmbeddedSource(compiled, { timeZone: TIME_ZONE, buildIndex: 'now' }),
    compiledPrebuilt: () => new EmbeddedSource(compiled, { timeZone: TIME_ZONE, index: prebuilt }),
  };
  const times = Object.fromEntries(Object.keys(ways).map((way) => [way, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [way, make] of Object.entries(ways)) {
      gc();
      const { ms, result } = cpu(make);
      times[way].push(ms);
      if (result instanceof EmbeddedSource) finish(result);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([way, list]) => [way, median(list)]));
}

/** CPU time and wall time of one awaited call. */
async function timed(fn) {
  const start = process.cpuUsage();
  const wallStart = performance.now();
  await fn();
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart };
}

async function queryTimes(source, scan) {
  const times = { index: [], scan: [], indexWall: [], scanWall: [] };
  for (const query of queries) await source.search(query); // warm up
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const indexed = await timed(() => source.search(query));
      const scanned = await timed(() => scan.search(query));
      times.index.push(indexed.cpu);
      times.indexWall.push(indexed.wall);
      times.scan.push(scanned.cpu);
      times.scanWall.push(scanned.wall);
    }
  }
  return times;
}

function heapOf(make) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  return { bytes: after - before, held };
}

const format = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
console.log('Directory benchmark');
console.log(
  `  ${SERVICES.toLocaleString('en-US')} generated HSDS services; ${QUERY_COUNT} queries x ${ROUNDS} rounds; medians of CPU time for loads; CPU and wall time per query`,
);

// Absolute times mean little on a shared machine; the ratios are measured in the same conditions.
console.log(
  `  machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at start (ratios matter more than milliseconds when it is busy)`,
);
const text = JSON.stringify(generate(SERVICES));
const { json: compiled } = compileDirectory(text);
const source = new EmbeddedSource(compiled, { timeZone: TIME_ZONE, buildIndex: 'now' });
const prebuilt = source.serializeIndex();
console.log(
  `  data ${(text.length / 1e6).toFixed(1)} MB HSDS JSON, ${(compiled.length / 1e6).toFixed(1)} MB compiled (compileDirectory); prebuilt MiniSearch index ${(prebuilt.length / 1e6).toFixed(1)} MB JSON`,
);

const load = loadTimes(text, compiled, prebuilt);
const verdict = (ms) => (ms <= 300 ? '(goal <= 300 ms met)' : '(ABOVE the 300 ms goal)');
const ratio = (ms) => `${(ms / load.scan).toFixed(2)}x baseline`;
const slice = (whole, ready) => format(((whole - ready) / SERVICES) * 250);
const rows = [
  ['HSDS read only (linear-scan baseline)', load.scan, ''],
  [
    'HSDS, until the source answers',
    load.ready,
    `; text index then in slices of 250, about ${slice(load.whole, load.ready)} each`,
  ],
  ['HSDS + whole text index at once', load.whole, ''],
  [
    'compiled, until the source answers',
    load.compiled,
    `; text index then in slices of 250, about ${slice(load.compiledWhole, load.compiled)} each`,
  ],
  ['compiled + whole text index at once', load.compiledWhole, ''],
  ['compiled + prebuilt index (loadJSON)', load.compiledPrebuilt, ''],
];
for (const [name, ms, note] of rows) {
  console.log(
    `  load, ${`${name}:`.padEnd(40)} ${format(ms)} (${ratio(ms)}) ${verdict(ms)}${note}`,
  );
}

const scan = new LinearScan(text);
// The compiled directory must answer exactly as the HSDS file it came from.
const fromHsds = new EmbeddedSource(text, { timeZone: TIME_ZONE, buildIndex: 'now' });
const ids = (page) =>
  JSON.stringify(page.items.map((item) => [item.service.id, item.distanceMiles]));
let same = 0;
for (const query of queries) {
  if (ids(await source.search(query)) === ids(await fromHsds.search(query))) same++;
}
console.log(`  compiled and HSDS sources give the same pages: ${same}/${queries.length} queries`);
if (same !== queries.length) process.exitCode = 1;
const times = await queryTimes(source, scan);
const p95 = percentile(times.index, 95);
const faster = (scanMs, indexMs) => `${(scanMs / indexMs).toFixed(1)}x faster`;
for (const p of [50, 95]) {
  const indexMs = percentile(times.index, p);
  const scanMs = percentile(times.scan, p);
  const goal = p === 95 ? (p95 <= 10 ? ' (goal <= 10 ms met)' : ' (ABOVE the 10 ms goal)') : '';
  console.log(
    `  query p${p} CPU: index ${format(indexMs)}, scan ${format(scanMs)} (${faster(scanMs, indexMs)})${goal}; wall: index ${format(percentile(times.indexWall, p))}, scan ${format(percentile(times.scanWall, p))}`,
  );
}

const services = heapOf(() => readDirectory(text));
const indexed = heapOf(
  () => new EmbeddedSource(compiled, { timeZone: TIME_ZONE, buildIndex: 'now' }),
);
console.log(
  `  heap: services alone ${(services.bytes / 1e6).toFixed(1)} MB; source with index ${(indexed.bytes / 1e6).toFixed(1)} MB (${(indexed.bytes / services.bytes).toFixed(2)}x)`,
);

console.log('  scaling (per 1,000 services; flat or falling means linear or better):');
for (const size of [1000, 5000, 10000]) {
  const sizedText = compileDirectory(JSON.stringify(generate(size, size))).json;
  const sized = new EmbeddedSource(sizedText, { timeZone: TIME_ZONE, buildIndex: 'now' });
  const loadMs = median(
    Array.from(
      { length: ROUNDS },
      () => cpu(() => new EmbeddedSource(sizedText, { timeZone: TIME_ZONE, buildIndex: 'now' })).ms,
    ),
  );
  const queryMs = [];
  for (const query of queries) queryMs.push((await timed(() => sized.search(query))).cpu);
  console.log(
    `    ${String(size).padStart(6)}: load with whole index ${format((loadMs / size) * 1000)}, query p50 ${format((percentile(queryMs, 50) / size) * 1000)}, p95 ${format((percentile(queryMs, 95) / size) * 1000)}`,
  );
}

try {
  readDirectory(new Array(50_001).fill({}));
  console.log('  limit: NOT ENFORCED');
  process.exitCode = 1;
} catch (error) {
  console.log(
    `  limit: ${error instanceof DirectoryLimitError ? 'DirectoryLimitError' : error.name} beyond 50,000 services (${error.message})`,
  );
}
