// Release dry run: `changeset version` on a scratch copy of the manifests and pending changesets.
// Catches version surprises before a release does (a peer dependency range that drags a package
// to 1.0.0, an internal range the new versions fall outside of).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import semver from 'semver';
import { declaredBumps, versionDryRun } from './lib/changesets.mjs';
import { ROOT } from './lib/packages.mjs';
import { copyRepository } from './release-dry-run.mjs';

describe('changeset version (dry run on a scratch copy)', () => {
  let results;
  const declared = declaredBumps();
  before(() => {
    results = versionDryRun();
  });

  it('takes no package to a new major version unless a changeset declares a major change', () => {
    for (const { name, before: from, after } of results) {
      if (declared.get(name) === 'major') continue;
      assert.equal(
        semver.major(after),
        semver.major(from),
        `${name} would go from ${from} to ${after} with no major changeset`,
      );
    }
  });

  it('leaves every internal dependency range satisfied by the new versions', () => {
    const versions = new Map(results.map(({ name, after }) => [name, after]));
    for (const { name, pkg } of results) {
      for (const field of ['dependencies', 'peerDependencies', 'devDependencies']) {
        for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
          if (!versions.has(dep)) continue;
          assert.ok(
            semver.satisfies(versions.get(dep), range),
            `${name} ${field}["${dep}"] is ${range}, but ${dep} would be ${versions.get(dep)}`,
          );
        }
      }
    }
  });
});

// The full dry run (scripts/release-dry-run.mjs: version, build, pack, consumer apps) takes
// minutes and runs in the release workflow; here, the scratch copy it starts from.
describe('the release dry run scratch copy', () => {
  let scratch;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'plaza-copy-test-'));
    copyRepository(ROOT, scratch);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has the sources and changesets but no build output', () => {
    assert.ok(existsSync(join(scratch, 'packages/core/src/index.ts')));
    assert.ok(existsSync(join(scratch, '.changeset/config.json')));
    assert.equal(existsSync(join(scratch, 'packages/core/dist')), false);
  });

  it("links Plaza's packages to the copy, and every other dependency to the installed one", () => {
    assert.equal(
      realpathSync(join(scratch, 'node_modules/@plaza/core')),
      realpathSync(join(scratch, 'packages/core')),
    );
    assert.equal(
      realpathSync(join(scratch, 'node_modules/lit')),
      realpathSync(join(ROOT, 'node_modules/lit')),
    );
  });
});
