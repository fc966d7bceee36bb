#!/usr/bin/env node
// `npm test`: runs every stage even when an earlier one fails, then prints each stage's result
// and duration and exits 1 if any failed. A failure in one stage never hides the others.
// Stages after a failed build still run (tests use the TypeScript sources), but the table marks
// the ones that read dist/ so a size failure is not mistaken for a real one.
// Usage: node scripts/run-stages.mjs [stage ...]   (default: every stage, in order)
import { spawnSync } from 'node:child_process';

/** Stage name -> npm script, and whether it reads the build output (dist/). */
const STAGES = [
  { name: 'build', script: 'build', needsBuild: false },
  { name: 'typecheck', script: 'typecheck', needsBuild: false },
  { name: 'lint', script: 'lint', needsBuild: false },
  { name: 'unit/browser', script: 'test:unit', needsBuild: false },
  { name: 'node', script: 'test:node', needsBuild: true },
  { name: 'stories', script: 'test:stories', needsBuild: false },
  { name: 'packages', script: 'check:packages', needsBuild: true },
  { name: 'api', script: 'check:api', needsBuild: true },
  { name: 'size', script: 'size', needsBuild: true },
  { name: 'consumers', script: 'test:consumers', needsBuild: true },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STAGES.some((stage) => stage.name === name));
if (unknown.length) {
  console.error(
    `Unknown stage(s): ${unknown.join(', ')}. Stages: ${STAGES.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const stages = wanted.length ? STAGES.filter((stage) => wanted.includes(stage.name)) : STAGES;

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];
let buildFailed = false;
for (const stage of stages) {
  console.log(`\n=== ${stage.name} (npm run ${stage.script}) ===`);
  const started = performance.now();
  const run = spawnSync(npm, ['run', stage.script], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  const passed = run.status === 0;
  if (stage.name === 'build' && !passed) buildFailed = true;
  const note = !passed && stage.needsBuild && buildFailed ? 'build failed first' : '';
  results.push({ name: stage.name, passed, seconds, note });
}

const width = Math.max(...results.map((r) => r.name.length), 5);
console.log(`\n${'Stage'.padEnd(width)}  Result  Time`);
for (const r of results) {
  const line = `${r.name.padEnd(width)}  ${(r.passed ? 'pass' : 'FAIL').padEnd(6)}  ${r.seconds.toFixed(1).padStart(6)} s`;
  console.log(r.note ? `${line}  (${r.note})` : line);
}
const failed = results.filter((r) => !r.passed);
console.log(failed.length ? `\n${failed.length} stage(s) failed.` : '\nEvery stage passed.');
process.exitCode = failed.length ? 1 : 0;
