import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DirectoryDataError, DirectoryLimitError } from './errors.js';
import { readDirectory } from './read.js';
import { hsdsService } from '../test/fixtures.js';

const paths = (input: unknown) => readDirectory(input).issues.map((issue) => issue.path);

describe('readDirectory', () => {
  it('reads the HSDS 3.0 fields of a nested service', () => {
    const { services, issues } = readDirectory([
      hsdsService('a', {
        minimum_age: 18,
        maximum_age: '64',
        phones: [{ id: 'p', number: '(404) 555-0100', extension: 12, type: 'voice' }],
        service_at_locations: [
          {
            id: 'sal',
            location: {
              id: 'loc',
              latitude: 34.03,
              longitude: -84.2,
              addresses: [
                {
                  id: 'ad',
                  address_1: '1 Main St',
                  city: 'Johns Creek',
                  state_province: 'GA',
                  postal_code: '30097',
                  country: 'US',
                  address_type: 'physical',
                },
              ],
            },
            schedules: [
              { id: 's2', freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00' },
            ],
          },
        ],
      }),
    ]);
    assert.deepEqual(issues, []);
    const [service] = services;
    assert.equal(service!.minimumAge, 18);
    assert.equal(service!.maximumAge, 64);
    assert.deepEqual(service!.phones, [
      { number: '(404) 555-0100', extension: 12, type: 'voice', description: undefined },
    ]);
    assert.equal(service!.locations[0]!.address!.postalCode, '30097');
    assert.deepEqual(service!.areas, [{ level: 'county', code: '13121', name: 'Fulton County' }]);
    assert.deepEqual(service!.categories, [{ id: 'tax-food', name: 'Food', code: undefined }]);
    assert.deepEqual(
      service!.openings.map((opening) => opening.days),
      [[1, 2, 3, 4, 5], [6]],
      'service and service_at_location schedules both count',
    );
  });

  it('accepts an API page ({ contents }) and JSON text', () => {
    assert.equal(readDirectory({ contents: [hsdsService('a')] }).services.length, 1);
    assert.equal(readDirectory(JSON.stringify([hsdsService('a')])).services.length, 1);
  });

  it('rejects a wrong outer shape with a typed error naming the path', () => {
    assert.throws(() => readDirectory({ services: [] }), DirectoryDataError);
    try {
      readDirectory('{not json');
      assert.fail('expected an error');
    } catch (caught) {
      assert.ok(caught instanceof DirectoryDataError);
      assert.equal(caught.issues[0]!.path, '$');
    }
  });

  it('skips a service without a name and says where', () => {
    const { services, issues } = readDirectory([
      hsdsService('a'),
      hsdsService('b', { name: '  ' }),
    ]);
    assert.deepEqual(
      services.map((s) => s.id),
      ['a'],
    );
    assert.deepEqual(issues, [{ path: '$[1].name', message: 'is required' }]);
  });

  it('drops javascript: and other non-http links, keeps https', () => {
    const { services } = readDirectory([
      hsdsService('a', {
        url: 'javascript:alert(1)',
        organization: { id: 'o', name: 'O', website: 'https://ok.example/' },
      }),
      hsdsService('b', { url: ' JaVaScRiPt:alert(1)' }),
      hsdsService('c', { url: 'data:text/html,<b>x</b>' }),
    ]);
    assert.deepEqual(
      services.map((s) => s.url),
      [undefined, undefined, undefined],
    );
    assert.equal(services[0]!.organization!.website, 'https://ok.example/');
    assert.deepEqual(paths([hsdsService('a', { url: 'javascript:alert(1)' })]), ['$[0].url']);
  });

  it('keeps HTML in names as plain text (rendering decides, nothing is parsed)', () => {
    const name = '<img src=x onerror=alert(1)>Food';
    assert.equal(readDirectory([hsdsService('a', { name })]).services[0]!.name, name);
  });

  it('skips a service with a __proto__ key (from JSON text) and names its path', () => {
    const text = JSON.stringify([hsdsService('a'), hsdsService('b')]).replace(
      '"name":"Organization b"',
      '"name":"Organization b","__proto__":{"polluted":true}',
    );
    const { services, issues } = readDirectory(text);
    assert.deepEqual(
      services.map((s) => s.id),
      ['a'],
    );
    assert.equal(issues[0]!.path, '$[1].organization.__proto__');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('skips a repeated id', () => {
    assert.deepEqual(paths([hsdsService('a'), hsdsService('a')]), ['$[1].id']);
  });

  it('ignores out-of-range coordinates and unknown schedules, reporting each', () => {
    const found = paths([
      hsdsService('a', {
        service_at_locations: [{ id: 's', location: { id: 'l', latitude: 123, longitude: 5 } }],
        schedules: [{ id: 's', freq: 'WEEKLY', opens_at: '9am', closes_at: '5pm' }],
      }),
    ]);
    assert.deepEqual(found, ['$[0].service_at_locations[0].location', '$[0].schedules[0]']);
  });

  it('reports service areas it cannot match to a jurisdiction', () => {
    assert.deepEqual(
      paths([
        hsdsService('a', {
          service_areas: [{ id: 'x', name: 'Somewhere', uri: 'https://example.org/area' }],
        }),
      ]),
      ['$[0].service_areas[0].uri'],
    );
  });

  it('throws a typed limit error for huge inputs, naming the limit and path', () => {
    const many = Array.from({ length: 3 }, (_, i) => hsdsService(String(i)));
    const error = (() => {
      try {
        readDirectory(many, { limits: { maxServices: 2 } });
      } catch (caught) {
        return caught;
      }
    })();
    assert.ok(error instanceof DirectoryLimitError);
    assert.equal(error.limit, 'maxServices');
    assert.equal(error.path, '$');
    assert.throws(
      () => readDirectory('[]'.padEnd(100), { limits: { maxTextLength: 50 } }),
      DirectoryLimitError,
    );
    assert.throws(
      () =>
        readDirectory([hsdsService('a', { description: 'x'.repeat(30) })], {
          limits: { maxStringLength: 20 },
        }),
      /\$\[0\]\.description: is 30 characters long/,
    );
    assert.throws(
      () =>
        readDirectory([hsdsService('a', { phones: Array(5).fill({ number: '1' }) })], {
          limits: { maxListLength: 4 },
        }),
      /\$\[0\]\.phones: has 5 entries/,
    );
  });

  it('with strict, throws every issue at once', () => {
    assert.throws(
      () =>
        readDirectory([hsdsService('a', { url: 'javascript:x' }), hsdsService('b', { name: '' })], {
          strict: true,
        }),
      (error: unknown) => error instanceof DirectoryDataError && error.issues.length === 2,
    );
  });
});
