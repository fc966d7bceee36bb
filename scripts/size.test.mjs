// Proves `npm run size` fails when it should. Needs `npm run build` first (npm test runs it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliSize, elementEntries } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'plaza-size-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// Measuring every element takes a while; two are enough to prove the checker (the real run in
// `npm run size` measures them all). plaza-text-field is kept because it is a form control.
const allElements = Object.keys(elementEntries());
const elements = [
  ...new Set([
    allElements.find((tag) => tag === 'plaza-text-field') ?? allElements[0],
    allElements[0],
  ]),
];
const only = ['--only', elements.join(',')];
const css = ['packages/tokens/dist/tokens.css'];

function run(budgets, via = 'option') {
  const file = join(tmp, `budgets-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(budgets));
  const args = ['scripts/size.mjs', ...(via === 'option' ? ['--budgets', file] : []), ...only];
  const env = via === 'env' ? { ...process.env, PLAZA_SIZE_BUDGETS: file } : process.env;
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

const allAt = (bytes) => Object.fromEntries(elements.map((tag) => [tag, bytes]));

describe('npm run size', () => {
  it('finds the element entry points in the components exports map', () => {
    assert.ok(
      allElements.length > 0,
      'no plaza-<name> entries in packages/components/package.json',
    );
    assert.ok(
      allElements.every((tag) => /^plaza-[a-z-]+$/.test(tag)),
      allElements.join(),
    );
  });

  it('measures brotli size', () => {
    const text = 'plaza '.repeat(1000);
    assert.ok(brotliSize(text) < 100 && brotliSize(text) > 0);
  });

  it('passes within budget and prints the table', () => {
    const { code, out } = run({ css, maxPerElement: 1e6, elements: allAt(1e6) });
    assert.equal(code, 0, out);
    assert.match(
      out,
      /Entry\s+JS min\s+JS rollup\s+JS esbuild\s+CSS brotli\s+Total\s+Budget\s+Status/,
    );
    for (const tag of elements) assert.match(out, new RegExp(`${tag}\\s.*\\sok`));
  });

  it('counts the token CSS unless the JavaScript already carries it', () => {
    const file = join(tmp, 'css.json');
    writeFileSync(
      file,
      JSON.stringify({ css, elements: allAt(1e6), info: { lit: { import: 'lit' } } }),
    );
    const args = ['scripts/size.mjs', '--budgets', file, '--json', ...only];
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
    });
    const { rows } = JSON.parse(result.stdout);
    const lit = rows.find((r) => r.name === 'lit');
    assert.equal(lit.cssInJs, false);
    assert.ok(lit.cssBrotli > 500, 'tokens.css is counted next to lit');
    assert.equal(lit.total, lit.jsBrotli + lit.cssBrotli);
    // Both bundlers measured; the budget is checked against the larger figure.
    assert.ok(lit.jsRollup > 0 && lit.jsEsbuild > 0);
    assert.equal(lit.jsBrotli, Math.max(lit.jsRollup, lit.jsEsbuild));
    for (const row of rows.filter((r) => r.kind === 'element')) {
      // @plaza/core embeds tokensCss and adopts it, so the page needs no separate tokens.css.
      assert.equal(row.cssInJs, true, row.name);
      assert.equal(row.total, row.jsBrotli);
    }
  });

  it('fails when an element is over budget (budgets file from --budgets)', () => {
    const { code, out } = run({ css, maxPerElement: 1e6, elements: allAt(100) });
    assert.equal(code, 1, out);
    assert.match(out, /OVER/);
    assert.match(out, new RegExp(`${elements[0]}: \\d+ B brotli is over its budget of 100 B`));
  });

  it('fails when a group is over budget (budgets file from PLAZA_SIZE_BUDGETS)', () => {
    const { code, out } = run(
      {
        css,
        maxPerElement: 1e6,
        elements: allAt(1e6),
        groups: { 'whole library': { elements: '*', budget: 1000 } },
      },
      'env',
    );
    assert.equal(code, 1, out);
    assert.match(out, /whole library: \d+ B brotli is over its budget of 1000 B/);
  });

  it('fails when an element has no budget', () => {
    const { code, out } = run({ css, maxPerElement: 1e6, elements: {} });
    assert.equal(code, 1, out);
    assert.match(out, new RegExp(`${elements[0]}: no budget`));
    assert.match(out, new RegExp(`${elements[0]}\\s.*NO BUDGET`));
  });

  it('fails when a budget is above the per-element maximum', () => {
    const { code, out } = run({ css, maxPerElement: 12288, elements: allAt(50000) });
    assert.equal(code, 1, out);
    assert.match(out, /is above maxPerElement \(12288 B\)/);
  });

  it('--only measures just the named elements', () => {
    const { code, out } = run({ css, maxPerElement: 1e6, elements: allAt(1e6) });
    assert.equal(code, 0, out);
    const measured = allElements.filter((tag) => new RegExp(`^${tag}\\s`, 'm').test(out));
    assert.deepEqual(measured.sort(), [...elements].sort());
  });

  it('fails on a group naming an element that does not exist', () => {
    const { code, out } = run({
      css,
      elements: allAt(1e6),
      groups: { typo: { elements: ['plaza-nope'], budget: 1e6 } },
    });
    assert.equal(code, 1, out);
    assert.match(out, /typo: unknown element\(s\) plaza-nope/);
  });
});
