import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkContrast,
  contrastRatio,
  mergeTokens,
  readTokenDir,
} from '../../scripts/contrast.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const base = await readTokenDir(join(root, 'tokens'));

describe('contrast maths', () => {
  it('matches known WCAG ratios', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#fff', '#fff'), 1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    assert.ok(contrastRatio('#767676', '#ffffff') >= 4.5);
    assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
  });
});

describe('base theme', () => {
  const { pairs, problems } = checkContrast(base);

  it('meets WCAG 2.2 AA for every declared pair (4.5:1 text, 3:1 borders and focus)', () => {
    assert.deepEqual(problems, []);
  });

  it('checks the pairs components rely on', () => {
    const has = (fg, bg, min) =>
      pairs.some((p) => p.foreground === fg && p.background === bg && p.min === min);
    assert.ok(has('color.text', 'color.background', 4.5));
    assert.ok(has('color.text-secondary', 'color.background', 4.5));
    assert.ok(has('color.on-primary', 'color.primary', 4.5));
    assert.ok(has('color.error', 'color.background', 4.5));
    assert.ok(has('color.link', 'color.background', 4.5));
    assert.ok(has('color.link-visited', 'color.background', 4.5));
    assert.ok(has('color.border', 'color.background', 3));
    assert.ok(has('color.focus', 'color.background', 3));
    assert.ok(has('color.focus', 'color.surface', 3));
  });

  it('fails a pair that drops under its minimum', () => {
    const broken = mergeTokens(base, { color: { 'text-secondary': { $value: '#8a8a8a' } } });
    const { problems: found } = checkContrast(broken);
    assert.ok(
      found.some((p) => p.startsWith('color.text-secondary on color.background')),
      found,
    );
  });

  it('fails a focus colour under 3:1', () => {
    const broken = mergeTokens(base, { color: { focus: { $value: '#a0c4ff' } } });
    assert.ok(checkContrast(broken).problems.some((p) => p.startsWith('color.focus on')));
  });

  it('fails a new colour that declares no pairs', () => {
    const broken = mergeTokens(base, { color: { brand: { $value: '#ff00ff' } } });
    assert.ok(checkContrast(broken).problems.some((p) => p.startsWith('color.brand:')));
  });
});

describe('themes', async () => {
  const files = (await readdir(join(root, 'themes'))).filter((f) => f.endsWith('.json'));
  it('has the example agency theme', () => assert.ok(files.includes('example-agency.json')));
  for (const file of files) {
    it(`${file} meets WCAG 2.2 AA when merged over the base theme`, async () => {
      const theme = JSON.parse(await readFile(join(root, 'themes', file), 'utf8'));
      assert.deepEqual(checkContrast(mergeTokens(base, theme)).problems, []);
    });
  }
});
