import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmbeddedSource } from './embedded-source.js';
import { runQuery } from './query.js';
import type { DirectoryPage, DirectoryQuery } from './types.js';
import examples from '../examples/directory.json';
import { TIME_ZONE } from '../test/fixtures.js';

const now = new Date('2026-12-07T16:00:00Z');
const ids = (page: DirectoryPage) =>
  page.items.map((item) => [item.service.id, item.distanceMiles, item.openNow]);

// Queries whose filters the per-source lists narrow: city names in another case, language codes
// in capitals, several categories (a service having two of them must count once), a state only.
const QUERIES: DirectoryQuery[] = [
  { jurisdiction: { state: 'ga', county: '13121', city: 'JOHNS CREEK' } },
  { jurisdiction: { state: 'GA' } },
  { jurisdiction: { state: 'GA', county: '13135' }, languages: ['ES'] },
  { categories: ['tax-food', 'tax-housing', 'tax-health'], languages: ['es', 'en'] },
  { categories: ['tax-legal'], jurisdiction: { state: 'GA', county: '13121' }, openNow: true },
  { categories: ['no-such-category'] },
  { jurisdiction: { state: 'TN', county: '47065' } },
  {
    languages: ['en'],
    origin: { latitude: 34.0289, longitude: -84.1986 },
    jurisdiction: { state: 'GA', county: '13121', city: 'Johns Creek' },
  },
];

describe('EmbeddedSource narrowing by category, language and area', () => {
  const directory = new EmbeddedSource(examples, { timeZone: TIME_ZONE });

  it('answers exactly as filtering every service does', async () => {
    for (const query of QUERIES) {
      const full = { ...query, now, perPage: 100 };
      const expected = runQuery(directory.services, full, { timeZone: TIME_ZONE, ordered: true });
      const page = await directory.search(full);
      assert.deepEqual(ids(page), ids(expected), JSON.stringify(query));
      assert.equal(page.total, expected.total);
    }
    assert.ok(
      (await directory.search({ categories: ['tax-food', 'tax-housing'], perPage: 100 })).total >
        (await directory.search({ categories: ['tax-food'], perPage: 100 })).total,
      'several categories widen the results',
    );
  });

  it('answers the same with the text index built now, in slices (unfinished) or prebuilt', async () => {
    const sliced = new EmbeddedSource(examples, { timeZone: TIME_ZONE });
    const whole = new EmbeddedSource(examples, { timeZone: TIME_ZONE, buildIndex: 'now' });
    const prebuilt = new EmbeddedSource(examples, {
      timeZone: TIME_ZONE,
      index: whole.serializeIndex(),
    });
    for (const query of [{ text: 'food pantry' }, { text: 'clinica', languages: ['es'] }]) {
      const full = { ...query, now, perPage: 100 };
      // The sliced source is asked before any of its slices has run.
      const [a, b, c] = await Promise.all([
        sliced.search(full),
        whole.search(full),
        prebuilt.search(full),
      ]);
      assert.ok(b.total > 0);
      assert.deepEqual(ids(a), ids(b));
      assert.deepEqual(ids(c), ids(b));
    }
  });
});
