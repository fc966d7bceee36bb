// Runs the DOM-free packages' tests in Node, the same *.test.ts files Chromium runs (plus
// Node-only *.node-test.ts files): each file is
// bundled with esbuild (resolving the "plaza-source" condition, like the browser tests), mocha's
// describe/it are mapped to node:test, and `node --test` runs the bundles.
// Usage: node scripts/run-node-tests.mjs [package dir ...]   (default: every package listed below)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const NODE_PACKAGES = [
  'packages/eligibility',
  'packages/example-programs',
  'packages/flow',
  'packages/jurisdictions',
  'packages/directory',
];
const root = process.cwd();
const packages = process.argv.length > 2 ? process.argv.slice(2) : NODE_PACKAGES;
const outdir = join(root, 'node_modules/.cache/plaza-node-tests');

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir, { recursive: true })
      .map(String)
      // *.node-test.ts: Node-only tests, kept out of the browser runner's *.test.ts globs.
      .filter(
        (file) =>
          (file.endsWith('.test.ts') || file.endsWith('.node-test.ts')) &&
          !file.includes('node_modules'),
      )
      .map((file) => join(dir, file))
  );
}

const entries = packages.flatMap((pkg) => [
  ...testFiles(join(pkg, 'src')),
  ...testFiles(join(pkg, 'test')),
]);
if (entries.length === 0) {
  console.error(`No *.test.ts files found in ${packages.join(', ')}`);
  process.exit(1);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const shim = join(outdir, 'mocha-globals.mjs');
writeFileSync(
  shim,
  "export { describe, it, before, after, beforeEach, afterEach } from 'node:test';\n",
);

const outputs = [];
for (const entry of entries) {
  const outfile = join(
    outdir,
    `${relative(root, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '.mjs')}`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['plaza-source'],
    inject: [shim],
    outfile,
    sourcemap: 'inline',
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.base.json'),
  });
  outputs.push(outfile);
}

const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', ...outputs], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
