// Builds each consumer app with its own bundler from the scratch install, type-checks the
// TypeScript apps against the published types, and checks what one element's import bundles.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Packages one element may bring with it: itself, core, tokens, localization and Lit. */
const ALLOWED_PACKAGES = [
  '@plaza/components',
  '@plaza/core',
  '@plaza/tokens',
  '@plaza/i18n',
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  'tslib',
];

/** Imports a package as installed in the scratch folder, not the workspace's copy. */
async function importFrom(scratch, name) {
  const require = createRequire(join(scratch, 'package.json'));
  const module = await import(pathToFileURL(require.resolve(name)).href);
  return module.default ?? module;
}

/**
 * What a bundle of `@plaza/components/text-field.js` alone may contain: modules of the allowed
 * packages, and of @plaza/components only its shared folders and the text field's own.
 * @param {string[]} files absolute paths of the bundled modules
 * @returns {string[]} the ones that do not belong
 */
export function strayModules(files) {
  const stray = [];
  for (const file of files) {
    const at = file.lastIndexOf(`node_modules${sep}`);
    if (at < 0) continue; // the app's own entry
    const rest = file.slice(at + 'node_modules/'.length).split(sep);
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (!ALLOWED_PACKAGES.includes(name)) stray.push(file);
    else if (name === '@plaza/components') {
      const folder = rest[3]; // @plaza/components/dist/<folder>/...
      const sharedFolder = ['parts', 'choice'].includes(folder);
      if (!sharedFolder && folder !== 'text-field') stray.push(file);
    }
  }
  return stray;
}

async function viteBuild(scratch, app, out, plugins = []) {
  const { build } = await importFrom(scratch, 'vite');
  const root = join(scratch, 'apps', app);
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: { outDir: out, emptyOutDir: true },
  });
}

async function viteOneElement(scratch) {
  const { build } = await importFrom(scratch, 'vite');
  const entry = join(scratch, 'apps', 'vite-vanilla', 'one-element.ts');
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'one' } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  return chunks
    .flatMap((chunk) => Object.keys(chunk.modules ?? {}))
    .filter((id) => !id.startsWith('\0'));
}

async function webpackBuild(scratch, out) {
  const webpack = await importFrom(scratch, 'webpack');
  const context = join(scratch, 'apps', 'webpack');
  const stats = await new Promise((resolve, reject) =>
    webpack(
      {
        mode: 'production',
        context,
        entry: { main: './index.js', 'one-element': './one-element.js' },
        output: { path: out },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  copyFileSync(join(context, 'index.html'), join(out, 'index.html'));
  const oneElement = [];
  const chunk = [...stats.compilation.chunks].find((each) => each.name === 'one-element');
  for (const module of stats.compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    for (const inner of module.modules ?? [module])
      if (inner.resource) oneElement.push(inner.resource);
  }
  return oneElement;
}

/**
 * Builds the Angular app with the Angular CLI and @angular/build's application builder (esbuild),
 * as `ng new` sets an app up. Its compiler type-checks the templates (strictTemplates) and links
 * @plaza/angular's partial-Ivy code. It writes to out/angular (angular.json's outputPath).
 */
function angularBuild(scratch) {
  const ng = createRequire(join(scratch, 'package.json')).resolve('@angular/cli/bin/ng.js');
  execFileSync(process.execPath, [ng, 'build', '--progress=false'], {
    cwd: join(scratch, 'apps', 'angular'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' },
  });
}

/** Type-checks an app's TypeScript with the workspace's compiler against the installed types. */
function typecheck(repo, scratch, app, files, compiler = 'typescript/bin/tsc') {
  const dir = join(scratch, 'apps', app);
  const options = {
    strict: true,
    noEmit: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    jsx: 'react-jsx',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: [],
  };
  const vue = compiler.startsWith('vue-tsc')
    ? { vueCompilerOptions: { strictTemplates: true } }
    : {};
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: options, files, ...vue }),
  );
  const bin = createRequire(join(repo, 'package.json')).resolve(compiler);
  execFileSync(process.execPath, [bin, '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
}

/**
 * Builds every app into `out/<app>` and returns, per bundler, the modules that importing one
 * element pulled in.
 */
export async function buildApps(repo, scratch, out) {
  const plazaCdn = join(scratch, 'node_modules', '@plaza', 'components', 'dist', 'cdn', 'plaza.js');
  mkdirSync(join(out, 'html-cdn', 'plaza'), { recursive: true });
  copyFileSync(
    join(scratch, 'apps', 'html-cdn', 'index.html'),
    join(out, 'html-cdn', 'index.html'),
  );
  copyFileSync(plazaCdn, join(out, 'html-cdn', 'plaza', 'plaza.js'));

  typecheck(repo, scratch, 'vite-vanilla', ['main.ts', 'one-element.ts']);
  typecheck(repo, scratch, 'react', ['main.tsx']);
  typecheck(
    repo,
    scratch,
    'vue',
    ['main.ts', 'PermitForm.vue', 'env.d.ts'],
    'vue-tsc/bin/vue-tsc.js',
  );

  await viteBuild(scratch, 'vite-vanilla', join(out, 'vite-vanilla'));
  await viteBuild(scratch, 'react', join(out, 'react'), [
    (await importFrom(scratch, '@vitejs/plugin-react'))(),
  ]);
  const vue = await importFrom(scratch, '@vitejs/plugin-vue');
  const isCustomElement = (tag) => tag.startsWith('plaza-');
  await viteBuild(scratch, 'vue', join(out, 'vue'), [
    vue({ template: { compilerOptions: { isCustomElement } } }),
  ]);
  angularBuild(scratch);
  const webpackModules = await webpackBuild(scratch, join(out, 'webpack'));
  return { vite: await viteOneElement(scratch), webpack: webpackModules };
}
