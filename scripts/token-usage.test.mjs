// Every `var(--plaza-…)` in the packages' source is a real token from @plaza/tokens, or a
// component's own property (`--plaza-<component>-<property>`). Catches typos and renamed tokens,
// which CSS would otherwise ignore silently.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tokens } from '@plaza/tokens';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const componentsSrc = join(root, 'packages/components/src');
const components = readdirSync(componentsSrc, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|css|mdx?)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

it('uses only existing tokens and component properties', () => {
  const dirs = ['packages/core/src', 'packages/components/src', 'stories', 'docs'];
  const unknown = [];
  for (const file of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/var\((--plaza-[a-z0-9-]+)/g)) {
      const known = name in tokens || components.some((c) => name.startsWith(`--plaza-${c}-`));
      if (!known) unknown.push(`${relative(root, file)}: ${name}`);
    }
  }
  assert.deepEqual(unknown, []);
});

it('would catch a misspelt token (the check can fail)', () => {
  assert.ok(!('--plaza-colour-text' in tokens));
  assert.ok('--plaza-color-text' in tokens);
});
