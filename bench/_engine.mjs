// Loads @plaza/eligibility from its TypeScript source (the "plaza-source" condition, as the tests
// do), bundled in memory with esbuild, for the eligibility benchmarks.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** `entry`: the module text to bundle; by default the engine's public entry. */
export async function loadEngine(entry = "export * from '@plaza/eligibility';") {
  const bundle = await build({
    stdin: {
      contents: entry,
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
  return import(
    `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
  );
}

// A full garbage collection on demand, without asking for `node --expose-gc`.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/**
 * Collects all garbage, so a timed call starts from the same clean heap instead of paying for
 * the garbage of the calls before it (which, in a series of growing sizes, is the previous and
 * larger load's whole rule set).
 */
export const collectGarbage = () => gc();

/** CPU time (user + system, ms) of one call: other work on a shared machine barely moves it. */
export function cpuTime(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

export const format = (n) => Math.round(n).toLocaleString('en-US');
