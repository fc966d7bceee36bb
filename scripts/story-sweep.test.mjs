// Proves the story sweep fails on broken stories without shipping one in the real Storybook:
// builds scripts/story-sweep-fixture (its own .storybook and stories) to a temporary directory,
// sweeps it, and checks the exit code and that each broken story is named with its reason.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const storybook = join(root, 'node_modules', '.bin', 'storybook');
const sweepScript = join(root, 'scripts', 'story-sweep.mjs');
let outDir;

function sweep(...args) {
  const result = spawnSync(process.execPath, [sweepScript, '--dir', outDir, ...args], {
    cwd: root,
    encoding: 'utf8',
    // 16 renders on a machine shared with other builds can take minutes; a kill loses the output.
    timeout: 420_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('story sweep', { timeout: 900_000 }, () => {
  before(() => {
    outDir = mkdtempSync(join(tmpdir(), 'plaza-sweep-fixture-'));
    const build = spawnSync(
      storybook,
      ['build', '--quiet', '-c', 'scripts/story-sweep-fixture/.storybook', '-o', outDir],
      { cwd: root, encoding: 'utf8', timeout: 420_000 },
    );
    assert.equal(
      build.status,
      0,
      `fixture Storybook build failed:\n${build.stdout}\n${build.stderr}`,
    );
  });

  after(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('fails, naming every broken story and what broke, in English and Spanish', () => {
    const { status, output } = sweep();
    assert.equal(status, 1, output);
    const summary = output.slice(output.indexOf('\nfailed:'));
    for (const lang of ['en', 'es']) {
      assert.match(summary, new RegExp(`fixture-broken--unlabelled-input \\[${lang}\\]: label`));
      assert.match(summary, new RegExp(`fixture-broken--throws \\[${lang}\\]: render error`));
      assert.match(
        summary,
        new RegExp(`fixture-broken--console-error \\[${lang}\\]: console error`),
      );
      assert.match(
        summary,
        new RegExp(`fixture-broken--undefined-element \\[${lang}\\]: custom elements not defined`),
      );
      assert.match(
        summary,
        new RegExp(`fixture-broken--unstyled-button \\[${lang}\\]: browser-default button`),
      );
      assert.match(
        summary,
        new RegExp(`fixture-broken--browser-font \\[${lang}\\]: browser-default font`),
      );
      assert.match(output, new RegExp(`ok +fixture-good--labelled-input \\[${lang}\\]`));
    }
    assert.doesNotMatch(summary, /fixture-good|fixture-a-good-start/);
    assert.match(output, /ok +fixture-a-good-start--paragraph \[en\]/);
    assert.match(output, /axe label \(critical\): Form elements must have labels/);
    assert.match(output, /Fixture story failed to render/);
    assert.match(output, /<plaza-fixture-missing>/);
    assert.match(output, /browser-default button: <button> "Continue" \(use <plaza-button>/);
    assert.match(output, /browser-default font \(Times New Roman\): <p> "Set in the browser/);
    assert.match(output, /16 story renders \(8 stories × en, es\), 4 passed, 12 failed/);
  });

  it('passes on a good story', () => {
    const { status, output } = sweep('--filter', 'fixture-good');
    assert.equal(status, 0, output);
    assert.match(output, /2 story renders \(1 story × en, es\), 2 passed, 0 failed/);
  });

  it('fails when there is no build to sweep', () => {
    const result = spawnSync(process.execPath, [sweepScript, '--dir', join(outDir, 'missing')], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /index\.json not found/);
  });
});
