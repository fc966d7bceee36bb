// `npm run bench`: runs every bench/*.mjs benchmark (except this file and scratch files named _* or .*) in turn, each in its own
// Node process, and fails if any of them fails. Performance numbers come from here, never from
// timed unit tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs' && !/^[._]/.test(file))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n> bench/${file}`);
  const result = spawnSync(process.execPath, [`${dir}${file}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${file} failed (exit ${result.status ?? result.signal})`);
  }
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks passed`);
process.exitCode = failed > 0 ? 1 : 0;
