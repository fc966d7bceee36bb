// Builds every package under packages/ that has src/index.ts:
// - ESM into dist/, one output file per source module (preserveModules), so each element's
//   registration module `plaza-<name>.js` is its own entry point. Entry points are read from the
//   package.json `exports` map: every value with a "plaza-source" condition. New components only
//   need their exports entry, never an edit here.
// - dependencies (lit, @plaza/*) stay external.
// - for @plaza/components also dist/cdn/plaza.js: one minified file with lit and @plaza/core inside
//   that registers every element, bundled from the packages' dist/ after they are built.
// Types (.d.ts) come from `tsc -b packages/*/tsconfig.build.json`, which runs first.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import type { Plugin, RollupOptions } from 'rollup';
import { minifyCssLiterals } from './scripts/minify-css.mjs';
import {
  listPackages,
  sourceExports,
  sourceImports,
  type PackageJson,
} from './scripts/lib/packages.mjs';

export interface PlazaPackage {
  dir: string;
  pkg: PackageJson;
  /** Entry name (path under src/ without extension) -> absolute source path. */
  entries: Record<string, string>;
}

const root = import.meta.dirname ?? process.cwd();
const packagesDir = join(root, 'packages');

/** Reads entry points from a package's `exports`; fails if `default` is not where rollup writes it. */
export function readEntries(dir: string, pkg: PackageJson): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [subpath, target] of sourceExports(pkg)) {
    const source = target['plaza-source']!;
    const name = relative('src', source).replace(/\.ts$/, '');
    if (name.startsWith('..')) {
      throw new Error(`${pkg.name}: exports["${subpath}"] plaza-source must be under src/`);
    }
    const expected = { default: `./dist/${name}.js`, types: `./dist/${name}.d.ts` };
    for (const key of ['default', 'types'] as const) {
      if (target[key] !== expected[key]) {
        throw new Error(
          `${pkg.name}: exports["${subpath}"].${key} is ${target[key]}, but the build writes ${expected[key]}`,
        );
      }
    }
    if (!existsSync(join(dir, source))) {
      throw new Error(`${pkg.name}: exports["${subpath}"] points at missing ${source}`);
    }
    entries[name] = join(dir, source);
  }
  // Targets of the package's own `#imports` stay separate modules, chosen by the consumer's
  // bundler (export conditions), so they are entries too.
  for (const source of sourceImports(pkg)) {
    entries[relative('src', source).replace(/\.ts$/, '')] = join(dir, source);
  }
  return entries;
}

export function findPackages(): PlazaPackage[] {
  return listPackages(packagesDir)
    .filter(({ dir }) => existsSync(join(dir, 'src/index.ts')))
    .map(({ dir, pkg }) => {
      if (!existsSync(join(dir, 'tsconfig.build.json'))) {
        throw new Error(
          `${relative(root, dir)} has src/index.ts but no tsconfig.build.json (which types and ` +
            'compiles it): copy one from packages/eligibility and reference the Plaza packages it uses',
        );
      }
      return { dir, pkg, entries: readEntries(dir, pkg) };
    });
}

/** True for a package's dependencies and their subpaths (lit, lit/decorators.js, @plaza/core). */
function isDependency(pkg: PackageJson): (id: string) => boolean {
  const names = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ];
  return (id) =>
    id.startsWith('@plaza/') ||
    id.startsWith('#') ||
    names.some((name) => id === name || id.startsWith(`${name}/`));
}

/** Removes JavaScript a previous build left in dist/ (the .d.ts files from tsc stay). */
function cleanJs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) cleanJs(path);
    else if (/\.js(\.map)?$/.test(entry.name)) rmSync(path);
  }
}

/** Compiles a package's src/ with its tsconfig.build.json, emitting JavaScript, not declarations. */
function tsPlugin(dir: string): Plugin {
  return typescript({
    tsconfig: join(dir, 'tsconfig.build.json'),
    include: [join(dir, 'src/**/*.ts')],
    exclude: ['**/*.test.ts', '**/test/**'],
    compilerOptions: {
      composite: false,
      incremental: false,
      tsBuildInfoFile: null,
      declaration: false,
      declarationMap: false,
      emitDeclarationOnly: false,
      // Helpers such as __decorate come from the tslib package (a dependency), so an app that
      // bundles several Plaza packages gets one copy, not one per package.
      importHelpers: true,
      sourceMap: true,
      outDir: join(dir, 'dist'),
      rootDir: join(dir, 'src'),
    },
  });
}

/**
 * Source of a module that registers every element of a built package (each exports entry whose
 * file is plaza-<name>.js) and re-exports its classes: the CDN bundle's entry.
 */
export function registerAllModule(plaza: PlazaPackage): string {
  const registrations = Object.keys(plaza.entries)
    .filter((name) => basename(name).startsWith('plaza-'))
    .map((name) => join(plaza.dir, 'dist', `${name}.js`));
  // The CDN bundle has everything: <plaza-form-flow> also loads definitions as written.
  registrations.push(join(plaza.dir, 'dist/form-flow/form-flow-definitions.js'));
  return [
    ...registrations.map((file) => `import ${JSON.stringify(file)};`),
    `export * from ${JSON.stringify(join(plaza.dir, 'dist/index.js'))};`,
  ].join('\n');
}

/** A plugin serving `code` as the module `id`. */
export function virtualModule(id: string, code: string): Plugin {
  return {
    name: 'plaza-virtual-module',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (moduleId) => (moduleId === `\0${id}` ? code : null),
  };
}

/** ESM build of one package into its dist/: one file per source module, dependencies external. */
export function packageConfig({ dir, pkg, entries }: PlazaPackage): RollupOptions {
  return {
    input: entries,
    external: isDependency(pkg),
    plugins: [nodeResolve(), tsPlugin(dir), minifyCssLiterals()],
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(dir, 'src'),
      sourcemap: true,
    },
  };
}

/**
 * @plaza/jurisdictions imports its data chunks relative to its own module (`../data/zip/30.js`).
 * Inside dist/cdn/plaza.js that resolves to dist/data/, so the chunks are copied there.
 */
function copyJurisdictionData(distDir: string): Plugin {
  return {
    name: 'copy-jurisdiction-data',
    writeBundle() {
      cpSync(join(packagesDir, 'jurisdictions/data'), join(distDir, 'data'), { recursive: true });
    },
  };
}

/**
 * dist/cdn/plaza.js: every element registered, lit and @plaza/core inside, minified. Built from
 * the packages' dist/ (what npm publishes), so it runs after the package builds.
 */
export function cdnConfig(plaza: PlazaPackage): RollupOptions {
  return {
    input: 'plaza:cdn',
    plugins: [
      virtualModule('plaza:cdn', registerAllModule(plaza)),
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      terser({ format: { comments: false } }),
      copyJurisdictionData(join(plaza.dir, 'dist')),
    ],
    output: { file: join(plaza.dir, 'dist/cdn/plaza.js'), format: 'es', sourcemap: true },
  };
}

const plazaPackages = findPackages();
for (const { dir } of plazaPackages) cleanJs(join(dir, 'dist'));

export default [
  ...plazaPackages.map(packageConfig),
  ...plazaPackages.filter(({ pkg }) => pkg.name === '@plaza/components').map(cdnConfig),
];
