// Reading Plaza's packages and their entry points, for the build, the size check and the build
// output test. An entry point is an `exports` value with a "plaza-source" condition (its source
// under src/); an element entry is one whose source file is plaza-<tag>.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACKAGES_DIR = join(ROOT, 'packages');

/** The parsed package.json in `dir`. */
export function readPackageJson(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * Directories under packages/ that have a package.json, with it parsed: [{ dir, pkg }].
 * rollup.config.ts passes its own `packagesDir`: rollup bundles this module into the config, where
 * import.meta.url is the config's location, not this file's.
 */
export function listPackages(packagesDir = PACKAGES_DIR) {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(packagesDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: readPackageJson(dir) }));
}

/** A package's source entry points: [subpath, conditions] for each export with "plaza-source". */
export function sourceExports(pkg) {
  return Object.entries(pkg.exports ?? {}).filter(
    ([, target]) => typeof target === 'object' && target !== null && target['plaza-source'],
  );
}

/**
 * Source files a package reaches only through its private `imports` (`#name`), such as the
 * development and production targets of `@plaza/core`'s `#dev-warnings`: every "plaza-source"
 * target, nested conditions included. The build emits each as its own module.
 */
export function sourceImports(pkg) {
  const sources = [];
  const walk = (target) => {
    if (!target || typeof target !== 'object') return;
    for (const [key, value] of Object.entries(target)) {
      if (key === 'plaza-source') sources.push(value);
      else walk(value);
    }
  };
  walk(pkg.imports);
  return sources;
}

/** A package's element entry points (source plaza-<tag>.ts): [{ tag, subpath, target }]. */
export function elementExports(pkg) {
  return sourceExports(pkg)
    .map(([subpath, target]) => ({ tag: basename(target['plaza-source'], '.ts'), subpath, target }))
    .filter(({ tag }) => tag.startsWith('plaza-'));
}
