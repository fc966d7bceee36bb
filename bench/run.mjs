#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in bench/ in turn (each `*.mjs` here except this file and
 * `_`-prefixed helpers), one at a time so they do not compete for the CPU. Extra arguments are
 * passed to each. Exits non-zero if a benchmark crashes; missed goals are reported, not failures
 * (except where a bench says otherwise: eligibility.mjs fails on a gross superlinear miss).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs' && !name.startsWith('_'))
  .sort();
let failed = false;
for (const name of benches) {
  console.log(`\n=== bench/${name} ===`);
  const result = spawnSync(process.execPath, [`${here}${name}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`bench/${name} exited with ${result.status ?? result.signal}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
