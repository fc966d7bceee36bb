// Builds @plaza/tokens: dist/tokens.css, dist/tokens.js, dist/tokens.d.ts and dist/themes/*.css.
// Usage: node scripts/build.mjs  (run from anywhere; paths are relative to the package).
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { baseConfig, themeConfig } from '../style-dictionary.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const buildPath = 'dist/';

await rm(buildPath, { recursive: true, force: true });
await new StyleDictionary(baseConfig(buildPath)).buildAllPlatforms();

const themes = (await readdir('themes')).filter((file) => file.endsWith('.json'));
for (const file of themes) {
  const name = basename(file, '.json');
  await new StyleDictionary(themeConfig(join('themes', file), name, buildPath)).buildAllPlatforms();
}
