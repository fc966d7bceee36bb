// Release dry run: `changeset version` on a scratch copy of the manifests and pending changesets.
// Catches version surprises before a release does (a peer dependency range that drags a package
// to 1.0.0, an internal range the new versions fall outside of).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import semver from 'semver';
import { declaredBumps, versionDryRun } from './lib/changesets.mjs';

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
