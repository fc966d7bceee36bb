// Builds the tokens into a temporary directory and checks what consumers get.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { minifyCss } from '../../../../scripts/minify-css.mjs';
import { baseConfig, themeConfig } from '../../style-dictionary.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
let out;
const read = (file) => readFile(join(out, file), 'utf8');
const names = (css) => [...css.matchAll(/(--plaza-[a-z0-9-]+):/g)].map((m) => m[1]);

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'plaza-tokens-'));
  const quiet = { log: { verbosity: 'silent', warnings: 'disabled' } };
  await new StyleDictionary({ ...baseConfig(`${out}/`), ...quiet }).buildAllPlatforms();
  await new StyleDictionary({
    ...themeConfig('themes/example-agency.json', 'example-agency', `${out}/`),
    ...quiet,
  }).buildAllPlatforms();
});
after(() => rm(out, { recursive: true, force: true }));

describe('dist/tokens.css', () => {
  it('declares the layer order, then :root inside @layer plaza.tokens', async () => {
    const css = await read('tokens.css');
    assert.match(
      css,
      /^\/\*.*\*\/\n@layer plaza\.tokens, plaza\.theme;\n@layer plaza\.tokens \{\n {2}:root \{\n/,
    );
    assert.match(css, /\n {2}\}\n\}\n$/);
  });

  it('has the names components are written against', async () => {
    const css = await read('tokens.css');
    for (const name of [
      '--plaza-color-text',
      '--plaza-color-text-secondary',
      '--plaza-color-background',
      '--plaza-color-primary',
      '--plaza-color-error',
      '--plaza-color-focus',
      '--plaza-color-border',
      '--plaza-space-1',
      '--plaza-space-8',
      '--plaza-font-family-body',
      '--plaza-font-size-body',
      '--plaza-focus-ring-width',
      '--plaza-focus-ring-offset',
      '--plaza-focus-ring-color',
      '--plaza-control-target-minimum',
      '--plaza-breakpoint-medium',
    ]) {
      assert.ok(names(css).includes(name), name);
    }
  });

  it('writes references as var() so overrides flow through', async () => {
    const css = await read('tokens.css');
    assert.match(css, /--plaza-color-link: var\(--plaza-color-primary\);/);
    assert.match(css, /--plaza-focus-ring-color: var\(--plaza-color-focus\);/);
  });

  it('writes values in CSS syntax', async () => {
    const css = await read('tokens.css');
    assert.match(css, /--plaza-space-4: 1rem;/);
    assert.match(css, /--plaza-easing-standard: cubic-bezier\(0\.2, 0, 0, 1\);/);
    assert.match(css, /--plaza-font-family-body: system-ui, .*'Segoe UI'.*, sans-serif;/);
    assert.match(css, /--plaza-duration-fast: 100ms;/);
  });
});

describe('dist/tokens.js', () => {
  it('exports tokensCss (tokens.css minified), resolved tokens and breakpoints', async () => {
    const mod = await import(pathToFileURL(join(out, 'tokens.js')).href);
    assert.equal(mod.tokensCss, minifyCss(await read('tokens.css')));
    assert.match(
      mod.tokensCss,
      /^@layer plaza\.tokens,plaza\.theme;@layer plaza\.tokens\{:root\{--plaza-/,
    );
    assert.equal(mod.tokens['--plaza-color-link'], mod.tokens['--plaza-color-primary']);
    assert.equal(mod.tokens['--plaza-space-4'], '1rem');
    assert.deepEqual(Object.keys(mod.breakpoints), ['small', 'medium', 'large', 'xlarge']);
    assert.deepEqual(Object.keys(mod.tokens).sort(), names(mod.tokensCss).sort());
  });

  it('has a .d.ts naming every token', async () => {
    const dts = await read('tokens.d.ts');
    const css = await read('tokens.css');
    for (const name of names(css)) assert.ok(dts.includes(`'${name}'`), name);
    assert.match(dts, /export declare const tokensCss: string;/);
  });
});

describe('dist/themes/example-agency.css', () => {
  it('holds only the overridden tokens, inside @layer plaza.theme', async () => {
    const css = await read('themes/example-agency.css');
    assert.match(css, /@layer plaza\.tokens, plaza\.theme;\n@layer plaza\.theme \{/);
    assert.ok(names(css).includes('--plaza-color-primary'));
    assert.ok(!names(css).includes('--plaza-color-text'));
    assert.ok(!names(css).includes('--plaza-color-link'));
  });
});

describe('README.md', () => {
  it('lists every token', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const missing = names(await read('tokens.css')).filter((n) => !readme.includes(`\`${n}\``));
    assert.deepEqual(missing, []);
  });
});
