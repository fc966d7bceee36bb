// Checks what `npm run build` produced, as a consumer would use it. Needs `npm run build` first
// (npm test runs it). Browser checks use Chromium at CHROME_PATH (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { cssLiteralChunks } from './minify-css.mjs';
import { elementExports, listPackages, sourceExports } from './lib/packages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = listPackages().filter(({ dir }) => existsSync(join(dir, 'src/index.ts')));
const components = packages.find(({ pkg }) => pkg.name === '@plaza/components');

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Element entries of @plaza/components: [tag, subpath, target]. */
const elements = elementExports(components.pkg).map(({ tag, subpath, target }) => [
  tag,
  subpath,
  target,
]);

/**
 * Bundles `code` the way an app's bundler would (package.json sideEffects honoured), or as if
 * @plaza/components said `"sideEffects": false` when `withoutSideEffects` is set.
 */
async function bundleApp(code, withoutSideEffects = false) {
  const build = await rollup({
    input: 'app',
    plugins: [
      withoutSideEffects && {
        name: 'as-if-side-effect-free',
        async resolveId(source, importer, options) {
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          return resolved && resolved.id.includes('/packages/components/')
            ? { ...resolved, moduleSideEffects: false }
            : resolved;
        },
      },
      {
        name: 'app',
        resolveId: (id) => (id === 'app' ? id : null),
        load: (id) => (id === 'app' ? code : null),
      },
      nodeResolve({ rootDir: root }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

for (const plaza of packages) {
  describe(`${plaza.pkg.name} dist/`, () => {
    for (const [subpath, target] of sourceExports(plaza.pkg)) {
      it(`exports["${subpath}"] has its JavaScript and types`, () => {
        for (const key of ['default', 'types']) {
          assert.ok(existsSync(join(plaza.dir, target[key])), `${target[key]} is missing`);
        }
      });
    }

    it('keeps lit and other dependencies external, and has no node_modules folder', () => {
      for (const file of filesUnder(join(plaza.dir, 'dist'))) {
        const rel = relative(plaza.dir, file);
        assert.ok(!rel.split(/[\\/]/).includes('node_modules'), rel);
        if (!rel.endsWith('.js') || rel.startsWith('dist/cdn/')) continue;
        const code = readFileSync(file, 'utf8');
        assert.ok(!code.includes('litHtmlVersions'), `${rel} contains a copy of lit`);
        assert.ok(!/from '\.\.?\/.*packages\//.test(code), `${rel} reaches into another package`);
      }
    });

    it('imports only packages it declares as dependencies (tslib helpers included)', () => {
      const declared = Object.keys({ ...plaza.pkg.dependencies, ...plaza.pkg.peerDependencies });
      for (const file of filesUnder(join(plaza.dir, 'dist'))) {
        if (!file.endsWith('.js') || file.includes('/dist/cdn/')) continue;
        const code = readFileSync(file, 'utf8');
        for (const [, specifier] of code.matchAll(
          /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'([^'.][^']*)'/g,
        )) {
          // The package's own `#imports` (conditional modules in its dist/) are no dependency.
          if (specifier.startsWith('#')) {
            assert.ok(plaza.pkg.imports?.[specifier], `${relative(plaza.dir, file)}: ${specifier}`);
            continue;
          }
          const name = specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/');
          assert.ok(
            declared.includes(name),
            `${relative(plaza.dir, file)} imports undeclared ${name}`,
          );
        }
      }
    });

    it('has no CSS comments in its css literals', () => {
      for (const file of filesUnder(join(plaza.dir, 'dist'))) {
        if (!file.endsWith('.js')) continue;
        const code = readFileSync(file, 'utf8');
        for (const [start, end] of cssLiteralChunks(code)) {
          assert.ok(!code.slice(start, end).includes('/*'), `${relative(plaza.dir, file)}`);
        }
      }
    });
  });
}

/** Files `npm pack` would publish for a workspace package. */
function packedFiles(name) {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--workspace', name], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout)[0].files.map((file) => file.path);
}

const allPackages = listPackages().filter(({ pkg }) => !pkg.private);

describe('published files (npm pack)', () => {
  for (const { dir, pkg } of allPackages) {
    it(`${pkg.name} publishes every export target and no build or test leftovers`, () => {
      const files = packedFiles(pkg.name);
      const targets = Object.values(pkg.exports ?? {}).flatMap((target) =>
        typeof target === 'string' ? [target] : [target.default, target.types],
      );
      for (const target of targets.filter((t) => t && !t.includes('*'))) {
        assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is not published`);
      }
      for (const file of ['README.md', 'LICENSE']) {
        assert.ok(files.includes(file), `${file} is not published`);
      }
      assert.match(pkg.repository?.url ?? '', /^git\+https:\/\//, 'repository.url');
      assert.equal(pkg.repository?.directory, relative(root, dir));
      const leftovers = files.filter((file) =>
        /\.tsbuildinfo$|\.test\.[cm]?[jt]s$|(^|\/)(test|node_modules)\//.test(file),
      );
      assert.deepEqual(leftovers, []);
    });
  }
});

describe('@plaza/components registration modules', () => {
  it('has at least one element entry point', () => assert.ok(elements.length > 0));

  for (const [tag, subpath] of elements) {
    it(`import '@plaza/components/${subpath.slice(2)}' survives tree-shaking and defines <${tag}>`, async () => {
      const code = await bundleApp(`import '@plaza/components/${subpath.slice(2)}';`);
      assert.ok(
        code.includes(`'${tag}'`) || code.includes(`"${tag}"`),
        `${tag} was tree-shaken out`,
      );
      assert.match(code, /customElements\.define/);
    });
  }

  it('would lose the registration without the sideEffects list (the check can fail)', async () => {
    const [tag, subpath] = elements[0];
    const code = await bundleApp(`import '@plaza/components/${subpath.slice(2)}';`, true);
    assert.ok(!code.includes(`'${tag}'`) && !code.includes(`"${tag}"`));
  });
});

describe('CDN bundle dist/cdn/plaza.js', () => {
  const file = join(components.dir, 'dist/cdn/plaza.js');
  let browser;
  before(async () => {
    browser = await puppeteer.launch(chromiumLaunchOptions());
  });
  after(() => browser?.close());

  it('is one self-contained, minified file', () => {
    const code = readFileSync(file, 'utf8');
    assert.ok(!/(^|[;}\s])import\s*[{"'*\w]/.test(code.replace(/"[^"]*"/g, '""')), 'has imports');
    // lit templates keep their line breaks; comments and long names must be gone.
    assert.ok(
      !code.includes('/**') && !code.includes('customElements.define(tagName'),
      'not minified',
    );
  });

  it('registers every element and adopts the tokens when loaded in a page', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: readFileSync(file, 'utf8'), type: 'module' });
    const tags = elements.map(([tag]) => tag);
    const result = await page.evaluate(async (names) => {
      const defined = Promise.all(names.map((name) => customElements.whenDefined(name)));
      await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 3000))]);
      const field = document.createElement('plaza-text-field');
      field.setAttribute('label', 'Full name');
      document.body.append(field);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        defined: names.filter((name) => customElements.get(name)),
        rendered: Boolean(field.shadowRoot?.querySelector('input')),
        primary: getComputedStyle(document.documentElement)
          .getPropertyValue('--plaza-color-primary')
          .trim(),
      };
    }, tags);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(result.defined, tags);
    assert.ok(result.rendered, '<plaza-text-field> rendered no input');
    assert.equal(result.primary, '#005ea2');
  });
});
