// The package checks can fail: a package whose `types` point at a missing file is reported by both
// publint and arethetypeswrong. (The real packages are checked by `npm run check:packages`.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkTarball, pack } from './check-packages.mjs';

describe('check-packages', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'plaza-check-packages-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  async function findings(pkg, files) {
    const dir = join(scratch, pkg.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const [{ tarball }] = await pack([dir], scratch);
    return checkTarball(tarball, pkg);
  }

  const base = { version: '1.0.0', type: 'module', license: 'MIT' };

  it('passes a well-formed ES module package', async () => {
    const result = await findings(
      { ...base, name: 'good', exports: { '.': { types: './a.d.ts', default: './a.js' } } },
      { 'a.js': 'export const a = 1;\n', 'a.d.ts': 'export declare const a: number;\n' },
    );
    assert.deepEqual(result, { publint: [], attw: [] });
  });

  it('reports types that point at a missing file', async () => {
    const result = await findings(
      { ...base, name: 'missing', exports: { '.': { types: './gone.d.ts', default: './a.js' } } },
      { 'a.js': 'export const a = 1;\n' },
    );
    assert.ok(
      result.publint.some((line) => line.includes('gone.d.ts')),
      result.publint.join(),
    );
    assert.deepEqual(result.attw, ['no types']);
  });

  it('reports CommonJS types for an ES module', async () => {
    const result = await findings(
      { ...base, name: 'false-cjs', exports: { '.': { types: './a.d.cts', default: './a.js' } } },
      { 'a.js': 'export const a = 1;\n', 'a.d.cts': 'export declare const a: number;\n' },
    );
    assert.ok(
      result.attw.some((line) => line.startsWith('FalseCJS')),
      result.attw.join() || 'attw found nothing',
    );
  });
});
