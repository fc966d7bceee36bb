// Reading pending changesets (.changeset/*.md) and running `changeset version` on a scratch copy of
// the repository, for the release dry run and the API-break guard.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, listPackages } from './packages.mjs';

const ORDER = ['none', 'patch', 'minor', 'major'];

/** The larger of two bump types ('none' < 'patch' < 'minor' < 'major'). */
export function largerBump(a = 'none', b = 'none') {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * Bumps declared by the changesets in `dir`: Map package name -> largest bump type.
 * Front matter lines look like `'@plaza/core': minor`; anything else there is an error, so a
 * typo cannot silently drop a declared major change.
 */
export function declaredBumps(dir = join(ROOT, '.changeset')) {
  const bumps = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const text = readFileSync(join(dir, file), 'utf8');
    // An empty front matter (`changeset add --empty`, for changes no package user sees) is allowed.
    const match = /^---\r?\n([\s\S]*?)(?:\r?\n)?---/.exec(text);
    if (!match) throw new Error(`.changeset/${file}: no front matter`);
    for (const line of match[1].split(/\r?\n/).filter((l) => l.trim())) {
      const entry = /^\s*(['"]?)(@?[\w./-]+)\1\s*:\s*(patch|minor|major|none)\s*$/.exec(line);
      if (!entry) throw new Error(`.changeset/${file}: cannot read "${line}"`);
      bumps.set(entry[2], largerBump(bumps.get(entry[2]), entry[3]));
    }
  }
  return bumps;
}

/**
 * Runs `changeset version` on a scratch copy of the package manifests and changesets (the
 * repository itself is untouched) and returns [{ name, before, after, pkg }] for every package.
 */
export function versionDryRun(root = ROOT) {
  const scratch = mkdtempSync(join(tmpdir(), 'plaza-release-'));
  for (const file of ['package.json', '.changeset']) {
    cpSync(join(root, file), join(scratch, file), { recursive: true });
  }
  const before = new Map();
  for (const { dir, pkg } of listPackages(join(root, 'packages'))) {
    const rel = dir.slice(root.length + 1);
    cpSync(join(dir, 'package.json'), join(scratch, rel, 'package.json'));
    before.set(pkg.name, { rel, version: pkg.version });
  }
  try {
    const cli = join(root, 'node_modules/@changesets/cli/bin.js');
    if (!existsSync(cli)) throw new Error('@changesets/cli is not installed: run npm install');
    const run = spawnSync(process.execPath, [cli, 'version'], { cwd: scratch, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`changeset version failed:\n${run.stdout}${run.stderr}`);
    return [...before].map(([name, { rel, version }]) => {
      const pkg = JSON.parse(readFileSync(join(scratch, rel, 'package.json'), 'utf8'));
      return { name, before: version, after: pkg.version, pkg };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
