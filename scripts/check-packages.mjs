#!/usr/bin/env node
// `npm run check:packages`: packs every workspace package as npm would publish it and checks each
// tarball with publint (package.json fields against the files; strict, so warnings fail) and
// arethetypeswrong (whether TypeScript finds the right types for every entry point).
// attw uses its "esm-only" profile: Plaza's packages are ES modules only ("type": "module", no
// require condition), so node10 and require-from-CommonJS resolutions are out of scope.
// Usage: node scripts/check-packages.mjs [package dir ...]   (default: every package)
// Needs `npm run build` first.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { ROOT, listPackages } from './lib/packages.mjs';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const attwBin = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
/** Resolution kinds the esm-only profile leaves out. */
const OUT_OF_PROFILE = new Set(['node10', 'node16-cjs']);

/** Packs the package in each of `dirs` into `destination`; returns [{ name, tarball }]. */
export async function pack(dirs, destination) {
  const { stdout } = await run(
    npm,
    ['pack', '--json', '--pack-destination', destination, ...dirs],
    { cwd: destination, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout).map((entry) => ({
    name: entry.name,
    tarball: join(destination, entry.filename),
  }));
}

/**
 * publint and attw findings for one tarball: { publint: string[], attw: string[] }.
 * `pkg` is the package's package.json: its stylesheet entry points (`./tokens.css`) are left out
 * of attw, which would otherwise ask TypeScript for the types of a CSS file and report
 * NoResolution; publint still checks that they exist.
 */
export async function checkTarball(tarball, pkg) {
  const bytes = readFileSync(tarball);
  const lint = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  const publintFindings = lint.messages
    .filter((message) => message.type !== 'suggestion')
    .map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`);

  const stylesheets = Object.keys(pkg.exports ?? {}).filter((subpath) => subpath.endsWith('.css'));

  let report;
  try {
    const { stdout } = await run(
      process.execPath,
      [
        attwBin,
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'json',
        ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : []),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    report = JSON.parse(stdout);
  } catch (error) {
    // attw exits 1 when it finds a problem and still prints its JSON report.
    if (!error.stdout) throw error;
    report = JSON.parse(error.stdout);
  }
  // Every Plaza package ships types; attw analyses nothing when it finds none at all.
  if (report.analysis?.types === false) return { publint: publintFindings, attw: ['no types'] };
  const attwFindings = (report.analysis?.problems ?? [])
    .filter((problem) => !OUT_OF_PROFILE.has(problem.resolutionKind))
    .map(
      (problem) =>
        `${problem.kind} at "${problem.entrypoint ?? '(package)'}"` +
        (problem.resolutionKind ? ` (${problem.resolutionKind})` : ''),
    );
  return { publint: publintFindings, attw: attwFindings };
}

async function main() {
  const wanted = process.argv.slice(2).map((dir) => resolve(dir));
  const packages = listPackages()
    .filter(({ pkg }) => !pkg.private)
    .filter(({ dir }) => wanted.length === 0 || wanted.includes(resolve(dir)));
  const destination = mkdtempSync(join(tmpdir(), 'plaza-pack-'));
  let failed = 0;
  try {
    const packed = await pack(
      packages.map(({ dir }) => dir),
      destination,
    );
    // Two at a time: attw type-checks every entry point, and CI has two cores.
    const results = new Array(packed.length);
    let next = 0;
    const worker = async () => {
      while (next < packed.length) {
        const index = next++;
        const { name, tarball } = packed[index];
        const { pkg } = packages.find((p) => p.pkg.name === name);
        results[index] = { name, ...(await checkTarball(tarball, pkg)) };
      }
    };
    await Promise.all([worker(), worker()]);
    for (const { name, publint: lint, attw } of results) {
      const ok = lint.length === 0 && attw.length === 0;
      if (!ok) failed += 1;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(26)} publint: ${lint.length} finding(s), attw (esm-only): ${attw.length} problem(s)`,
      );
      for (const line of [...lint.map((l) => `publint ${l}`), ...attw.map((a) => `attw ${a}`)]) {
        console.log(`        ${line}`);
      }
    }
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  console.log(
    failed ? `\n${failed} package(s) failed.` : '\nEvery package passes publint and attw.',
  );
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
