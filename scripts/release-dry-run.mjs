#!/usr/bin/env node
// The release dry run (issue 13): what `npm run version-packages` and `npm run release` would do,
// on a scratch copy, up to the point of publishing. The copy gets the repository's files as a
// fresh clone would (tracked and new files, nothing ignored), then `changeset version` consumes
// the pending changesets, the copy is built, and the consumer apps install `npm pack` tarballs of
// the versioned build and are driven in Chromium (consumers/run.mjs --from). The repository
// itself is untouched. Run by the release workflow before `changeset publish` (decision 0077).
// Usage: node scripts/release-dry-run.mjs [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { declaredBumps } from './lib/changesets.mjs';
import { ROOT, listPackages } from './lib/packages.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Copies the repository's files (`git ls-files`: tracked and untracked, without ignored ones such
 * as dist/ and node_modules/) into `scratch`, and gives it the installed dependencies: every entry
 * of node_modules linked, except the workspace's own packages, which point into the copy.
 */
export function copyRepository(root, scratch) {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(join(scratch, dirname(file)), { recursive: true });
    // A file deleted in the working tree but not yet in git's index is skipped.
    cpSync(join(root, file), join(scratch, file), { force: true, errorOnExist: false });
  }
  const modules = join(scratch, 'node_modules');
  mkdirSync(join(modules, '@plaza'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@plaza') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  for (const { dir } of listPackages(join(scratch, 'packages'))) {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    symlinkSync(dir, join(modules, '@plaza', basename(name)));
  }
  return files.length;
}

/** name -> version of every package under `root`/packages. */
function versions(root) {
  return new Map(listPackages(join(root, 'packages')).map(({ pkg }) => [pkg.name, pkg.version]));
}

function step(title, command, args, cwd) {
  console.log(`\n=== ${title} ===`);
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) throw new Error(`${title} failed (${seconds} s)`);
  console.log(`(${title}: ${seconds} s)`);
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'plaza-release-dry-run-'));
  try {
    const copied = copyRepository(ROOT, scratch);
    console.log(`Copied ${copied} files to ${scratch}`);
    const before = versions(scratch);
    step(
      'changeset version',
      process.execPath,
      [join(ROOT, 'node_modules/@changesets/cli/bin.js'), 'version'],
      scratch,
    );
    const after = versions(scratch);
    console.log('\nPackage versions (before -> after):');
    for (const [name, version] of after)
      console.log(`  ${name}  ${before.get(name)} -> ${version}`);
    const declared = [...declaredBumps().entries()].filter(([, bump]) => bump !== 'none');
    if (declared.length && [...after].every(([name, version]) => before.get(name) === version))
      throw new Error('changesets are pending, but changeset version changed no version');
    step('build (npm run build)', npm, ['run', 'build'], scratch);
    step(
      'consumer apps from the versioned tarballs',
      process.execPath,
      [join(ROOT, 'consumers/run.mjs'), '--from', scratch],
      ROOT,
    );
  } finally {
    if (process.argv.includes('--keep')) console.log(`\nKept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
  console.log('\nRelease dry run passed.');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  main().catch((error) => {
    console.error(`\nRelease dry run failed: ${error.message}`);
    process.exitCode = 1;
  });
}
