// Benchmark: @plaza/jurisdictions chunk loading and ZIP code lookups, on the shipped data.
//
// 1. Loading: every shipped chunk (99 ZIP chunks, 56 county chunks) is read by the runtime's own
//    decoder; the baseline is JSON.parse of the same content as JSON, in the same run.
// 2. Linear cost: generated ZIP chunks of 1x, 2x, 4x and 8x lines, up to the documented limit
//    (MAX_CHUNK_LENGTH); time per size as a ratio to the 1x chunk (linear = 2, 4, 8). One chunk
//    over the limit must fail with JurisdictionDataError.
// 3. Lookups: every one of the shipped ZIP codes looked up synchronously once loaded, against a
//    linear scan of the same ZIP codes (the baseline).
//
// Run: node bench/jurisdictions.mjs [--rounds N]
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 7;
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(root, 'packages/jurisdictions/data');

const bundle = await build({
  stdin: {
    // The decoders are internal: the bench times them directly, without the async loader around.
    contents:
      "export * from '@plaza/jurisdictions'; export { decodeZipChunk, decodeStateChunk } from './packages/jurisdictions/src/format.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  conditions: ['plaza-source'],
  // The shipped loader's data modules are not needed: chunks are read from disk below.
  external: ['../data/*'],
  write: false,
  logLevel: 'error',
});
const lib = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

/** Chunk text from a shipped data module (`export default "…";`). */
const chunkText = (chunk) =>
  JSON.parse(
    readFileSync(join(dataDir, `${chunk}.js`), 'utf8')
      .replace(/^export default /, '')
      .replace(/;\s*$/, ''),
  );
const chunks = Object.fromEntries(
  ['zip', 'state'].flatMap((kind) =>
    readdirSync(join(dataDir, kind)).map((file) => {
      const name = `${kind}/${file.replace(/\.js$/, '')}`;
      return [name, chunkText(name)];
    }),
  ),
);
const loader = async (chunk) => chunks[chunk];

const now = () => performance.now();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const ms = (value) => `${value.toFixed(3)} ms`;

/** Median time of `fn` over ROUNDS rounds, after one warm-up round. */
function time(fn) {
  fn();
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = now();
    fn();
    rounds.push(now() - start);
  }
  return median(rounds);
}

/** The same content as JSON, the baseline's input: { zip: [[fips], [fips, share], …] }. */
function asJson(text) {
  const lines = text.split('\n');
  const fips = lines[1].split(' ');
  const zips = {};
  for (const line of lines.slice(2)) {
    const [digits, first, ...rest] = line.split(' ');
    zips[digits] = [[fips[first]], ...rest.map((pair) => pair.split(':'))];
  }
  return JSON.stringify(zips);
}

// 1. Loading every chunk.
const zipChunks = Object.keys(chunks).filter((name) => name.startsWith('zip/'));
const stateChunks = Object.keys(chunks).filter((name) => name.startsWith('state/'));
const decodeTimes = zipChunks.map((name) => time(() => lib.decodeZipChunk(name, chunks[name])));
const decodeAll = time(() => zipChunks.forEach((name) => lib.decodeZipChunk(name, chunks[name])));
const jsonTexts = zipChunks.map((name) => asJson(chunks[name]));
const baseline = time(() => jsonTexts.forEach((text) => JSON.parse(text)));
const stateAll = time(() =>
  stateChunks.forEach((name) => lib.decodeStateChunk(name, chunks[name])),
);

console.log(`Chunks: ${zipChunks.length} ZIP chunks, ${stateChunks.length} county chunks`);
console.log(
  `  decode one ZIP chunk: p50 ${ms(median(decodeTimes))}, p95 ${ms(percentile(decodeTimes, 0.95))}, max ${ms(Math.max(...decodeTimes))}`,
);
console.log(`  decode all ZIP chunks (the whole US): ${ms(decodeAll)}`);
console.log(`  baseline, JSON.parse of the same data as JSON: ${ms(baseline)}`);
console.log(`  ratio decode / JSON.parse: ${(decodeAll / baseline).toFixed(2)}`);
console.log(`  decode all ${stateChunks.length} county chunks: ${ms(stateAll)}`);

// 2. Linear cost, up to the limit. A chunk holds at most 1,000 ZIP codes (its last 3 digits).
function generatedChunk(lines) {
  const fips = Array.from({ length: 40 }, (_, i) => `13${String(i * 2 + 1).padStart(3, '0')}`);
  const body = [];
  for (let i = 0; i < lines; i++) {
    const digits = String(i).padStart(3, '0');
    body.push(
      i % 3 === 0 ? `${digits} ${i % 40} ${(i + 1) % 40}:${i % 400}` : `${digits} ${i % 40}`,
    );
  }
  return ['pj1', fips.join(' '), ...body].join('\n');
}
console.log('\nLinear cost (generated ZIP chunks; time as a ratio to the 125-line chunk):');
const sizes = [125, 250, 500, 1000];
const generated = sizes.map(generatedChunk);
// Many decodes per timing, so the small chunk's time is well above the timer's resolution.
const REPEAT = 200;
const decodeMany = (text) => {
  for (let i = 0; i < REPEAT; i++) lib.decodeZipChunk('zip/30', text);
};
// Sizes interleaved in every round, so a busy machine slows them all alike; median per size.
const samples = sizes.map(() => []);
for (let round = 0; round <= ROUNDS; round++) {
  generated.forEach((text, i) => {
    const start = now();
    decodeMany(text);
    if (round > 0) samples[i].push(now() - start); // round 0 warms up
  });
}
const base = median(samples[0]);
sizes.forEach((lines, i) => {
  const t = median(samples[i]);
  console.log(
    `  ${lines} lines (${generated[i].length} characters): ${ms(t / REPEAT)}  ratio ${(t / base).toFixed(2)}  (linear: ${lines / sizes[0]})`,
  );
});
const huge = 'pj1\n13001\n' + '000 0\n'.repeat(Math.ceil(lib.MAX_CHUNK_LENGTH / 6) + 1);
try {
  lib.decodeZipChunk('zip/30', huge);
  console.log('  over the limit: NOT refused (expected JurisdictionDataError)');
  process.exitCode = 1;
} catch (error) {
  console.log(`  over the limit (${huge.length} characters): ${error.name}: ${error.message}`);
}

// 3. Lookups.
const data = new lib.JurisdictionData(loader);
const allZips = [];
for (const name of zipChunks) {
  const prefix = name.slice(4);
  for (const line of chunks[name].split('\n').slice(2)) allZips.push(prefix + line.slice(0, 3));
}
await Promise.all(allZips.map((zip) => data.loadZip(zip)));
const lookups = time(() => allZips.forEach((zip) => data.lookupZip(zip)));
const rows = allZips.map((zip) => ({ zip }));
const scanSample = allZips.filter((_, i) => i % 100 === 0);
const scan = time(() => scanSample.forEach((zip) => rows.find((row) => row.zip === zip)));
const perLookup = (lookups / allZips.length) * 1000;
const perScan = (scan / scanSample.length) * 1000;
console.log(`\nLookups: ${allZips.length} ZIP codes, each looked up once (synchronous)`);
console.log(`  lookupZip: ${perLookup.toFixed(2)} µs per lookup (${ms(lookups)} for all)`);
console.log(`  baseline, linear scan of the same ZIP codes: ${perScan.toFixed(2)} µs per lookup`);
console.log(`  ratio scan / lookupZip: ${(perScan / perLookup).toFixed(1)}x`);
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`  process heap with every chunk loaded (esbuild included): ${heap.toFixed(1)} MB`);
