import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmbeddedSource } from './embedded-source.js';
import { DirectoryError } from './errors.js';
import type { DirectoryQuery } from './types.js';
import examples from '../examples/directory.json';
import { hsdsService, JOHNS_CREEK, TIME_ZONE } from '../test/fixtures.js';

const directory = new EmbeddedSource(examples, { timeZone: TIME_ZONE });
const levelsOf = async (query: DirectoryQuery) => {
  const page = await directory.search({ ...query, perPage: 100 });
  return new Set(page.items.map((item) => item.service.areas[0]!.level));
};

describe('EmbeddedSource over the example directory', () => {
  it('reads every example service without issues', () => {
    assert.deepEqual(directory.issues, []);
    assert.ok(directory.services.length >= 150);
  });

  it('shows a Johns Creek resident state, county and city services together', async () => {
    assert.deepEqual([...(await levelsOf({ jurisdiction: JOHNS_CREEK }))].sort(), [
      'city',
      'county',
      'state',
    ]);
    const page = await directory.search({ jurisdiction: JOHNS_CREEK, perPage: 100 });
    for (const { service } of page.items) {
      const area = service.areas[0]!;
      assert.ok(
        area.code === 'GA' || area.code === '13121' || area.code === 'Johns Creek',
        `${service.name} (${area.code}) does not serve Johns Creek`,
      );
    }
  });

  it('shows a resident of another Georgia county only state services', async () => {
    assert.deepEqual(
      [...(await levelsOf({ jurisdiction: { state: 'GA', county: '13117' } }))],
      ['state'],
    );
  });

  it('shows a resident of another state (or a territory) nothing from Georgia', async () => {
    assert.equal(
      (await directory.search({ jurisdiction: { state: 'TN', county: '47065' } })).total,
      0,
    );
    assert.equal(
      (await directory.search({ jurisdiction: { state: 'PR', county: '72127' } })).total,
      0,
    );
  });

  it('filters by level, category, language and age', async () => {
    assert.deepEqual(
      [...(await levelsOf({ jurisdiction: JOHNS_CREEK, levels: ['county'] }))],
      ['county'],
    );
    const food = await directory.search({ categories: ['tax-food'], perPage: 100 });
    assert.ok(
      food.total > 0 &&
        food.items.every((i) => i.service.categories.some((c) => c.id === 'tax-food')),
    );
    const spanish = await directory.search({ languages: ['es'], perPage: 100 });
    assert.ok(
      spanish.total > 0 &&
        spanish.items.every((i) => i.service.languages.some((l) => l.code === 'es')),
    );
    const seniorsOnly = (await directory.search({ age: 30, perPage: 100 })).items.filter(
      (item) => (item.service.minimumAge ?? 0) > 30,
    );
    assert.deepEqual(seniorsOnly, []);
    const atSeventy = await directory.search({ age: 70, text: 'senior lunch' });
    assert.ok(atSeventy.total > 0);
  });

  it('finds Spanish and English words, with or without accents, ranked by relevance', async () => {
    const pantry = await directory.search({ text: 'despensa' });
    assert.ok(pantry.total > 0);
    assert.match(pantry.items[0]!.service.name, /Despensa/);
    const clinic = await directory.search({ text: 'clinica' });
    assert.ok(clinic.items.some((item) => item.service.name.startsWith('Clínica')));
    const prefix = await directory.search({ text: 'evict' });
    assert.ok(prefix.items.some((item) => /eviction/i.test(item.service.name)));
    assert.equal((await directory.search({ text: 'zzzzqqq' })).total, 0);
  });

  it('sorts by distance from an origin computed on the device', async () => {
    const origin = { latitude: 34.0289, longitude: -84.1986 }; // Johns Creek
    const page = await directory.search({ jurisdiction: JOHNS_CREEK, origin, perPage: 100 });
    const distances = page.items.map((item) => item.distanceMiles).filter((d) => d !== undefined);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
    );
    assert.ok(distances[0]! < 2, `nearest is ${distances[0]} miles`);
    assert.equal(
      page.items.at(-1)!.distanceMiles,
      undefined,
      'services with no location come last',
    );
  });

  it('gives distances in name order when asked not to sort by them', async () => {
    const origin = { latitude: 34.0289, longitude: -84.1986 };
    const query = { jurisdiction: JOHNS_CREEK, origin, perPage: 100 };
    const nearest = await directory.search(query);
    const byName = await directory.search({ ...query, sort: 'default' });
    const plain = await directory.search({ jurisdiction: JOHNS_CREEK, perPage: 100 });
    const ids = (page: typeof plain) => page.items.map((item) => item.service.id);
    assert.deepEqual(ids(byName), ids(plain));
    assert.notDeepEqual(ids(byName), ids(nearest));
    const miles = new Map(nearest.items.map((item) => [item.service.id, item.distanceMiles]));
    for (const item of byName.items) assert.equal(item.distanceMiles, miles.get(item.service.id));
    assert.ok(byName.items.some((item) => item.distanceMiles !== undefined));
  });

  it('pages results', async () => {
    const first = await directory.search({ perPage: 7 });
    const second = await directory.search({ perPage: 7, page: 2 });
    assert.equal(first.items.length, 7);
    assert.equal(first.totalPages, Math.ceil(first.total / 7));
    assert.notEqual(first.items[0]!.service.id, second.items[0]!.service.id);
    assert.equal((await directory.search({ perPage: 7, page: 999 })).items.length, 0);
  });

  it('rejects bad queries with a typed error naming the field', async () => {
    for (const query of [
      { page: 0 },
      { perPage: 1000 },
      { age: -1 },
      { text: 'x'.repeat(500) },
      { origin: { latitude: 200, longitude: 0 } },
      { sort: 'far' as 'nearest' },
    ]) {
      await assert.rejects(
        directory.search(query),
        (error: unknown) => error instanceof DirectoryError && /query\./.test(error.message),
      );
    }
  });

  it('rejects an unknown time zone', () => {
    assert.throws(() => new EmbeddedSource([], { timeZone: 'Mars/Olympus' }), /IANA time zone/);
  });

  it('loads a prebuilt index and finds the same services', async () => {
    const prebuilt = new EmbeddedSource(examples, {
      timeZone: TIME_ZONE,
      index: directory.serializeIndex(),
    });
    const ids = async (source: EmbeddedSource) =>
      (await source.search({ text: 'food pantry' })).items.map((i) => i.service.id);
    assert.deepEqual(await ids(prebuilt), await ids(directory));
    assert.throws(
      () =>
        new EmbeddedSource([hsdsService('a')], {
          timeZone: TIME_ZONE,
          index: directory.serializeIndex(),
        }),
      /rebuild/,
    );
  });

  it('"open now" uses the agency time zone', async () => {
    const source = new EmbeddedSource([hsdsService('weekday')], { timeZone: TIME_ZONE });
    // Monday 2026-12-07 14:30 UTC is 09:30 in New York: open. 13:30 UTC is 08:30: closed.
    const at = (iso: string) =>
      source.search({ openNow: true, now: new Date(iso) }).then((p) => p.total);
    assert.equal(await at('2026-12-07T14:30:00Z'), 1);
    assert.equal(await at('2026-12-07T13:30:00Z'), 0);
    assert.equal(await at('2026-12-06T15:00:00Z'), 0, 'Sunday');
  });
});
