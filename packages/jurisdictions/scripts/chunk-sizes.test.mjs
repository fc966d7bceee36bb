// The shipped chunks' sizes against issue 12's budgets, brotli quality 11 per file (each chunk is
// fetched on its own): the whole US's county data at most 150 KB, and one lookup (its ZIP chunk,
// its state's county chunk and, for distances, its centroid chunk) at most 8 KB.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';

const data = new URL('../data/', import.meta.url);
const KB = 1024;
const sizes = (kind) =>
  readdirSync(new URL(`${kind}/`, data)).map(
    (file) =>
      brotliCompressSync(readFileSync(new URL(`${kind}/${file}`, data)), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
  );
const total = (list) => list.reduce((sum, size) => sum + size, 0);

test('ZIP to county data for the whole US stays within 150 KB brotli', () => {
  const size = total(sizes('zip')) + total(sizes('state'));
  assert.ok(size <= 150 * KB, `${(size / KB).toFixed(1)} KB`);
});

test('one lookup with its distance loads at most 8 KB brotli', () => {
  const largest = ['zip', 'state', 'centroid'].map((kind) => Math.max(...sizes(kind)));
  assert.ok(total(largest) <= 8 * KB, `largest chunks ${largest.join(' + ')} bytes`);
});
