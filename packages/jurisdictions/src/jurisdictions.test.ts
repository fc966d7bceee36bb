// Runs in Chromium (web-test-runner) and in Node (scripts/run-node-tests.mjs): the shipped data
// loads through the default loader in both, relative to the package's own module.
import {
  CityDefinitionError,
  CityRegistry,
  JurisdictionData,
  STATES,
  jurisdictions,
  loadShippedChunk,
} from './index.js';
import { decodeStateChunk, decodeZipChunk, encodeStateChunk, encodeZipChunk } from './format.js';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
const same = (actual: unknown, expected: unknown, what: string) =>
  check(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );

describe('@plaza/jurisdictions in this runtime', () => {
  it('loads the shipped chunks with the default loader', async () => {
    const result = await jurisdictions.findZip('30097');
    check(result.found, '30097 found');
    same(
      result.counties.map((c) => c.fullName),
      ['Fulton County', 'Gwinnett County', 'Forsyth County'],
      'counties',
    );
    const texas = await new JurisdictionData(loadShippedChunk).loadCounties('TX');
    same(texas.length, 254, 'Texas counties');
    same(STATES.length, 56, 'states, DC and territories');
  });

  it('decodes what it encodes', () => {
    const counties = [
      { fips: '22071', state: 'LA', name: 'Orleans', fullName: 'Orleans Parish' },
      { fips: '22051', state: 'LA', name: 'Jefferson', fullName: 'Jefferson Parish' },
      { fips: '22999', state: 'LA', name: 'Odd', fullName: 'An Odd Name' },
    ];
    same(decodeStateChunk('state/LA', encodeStateChunk(counties)), counties, 'county chunk');
    const zips = new Map([
      ['70112', [['22071', 1000]] as const],
      [
        '70121',
        [
          ['22051', 700],
          ['22071', 300],
        ] as const,
      ],
    ]);
    const decoded = decodeZipChunk('zip/70', encodeZipChunk(zips));
    same([...decoded], [...zips], 'ZIP chunk');
  });

  it('registers cities and names the path of a bad one', () => {
    const cities = new CityRegistry();
    cities.register([{ name: ' New Orleans ', state: 'LA', zips: ['70112'], places: ['2255000'] }]);
    const orleans = { fips: '22071', state: 'LA', name: 'Orleans', fullName: 'Orleans Parish' };
    same(
      cities.resolve(orleans, '70112'),
      { state: 'LA', county: '22071', city: 'New Orleans' },
      'city',
    );
    same(cities.cityForPlace('2255000')?.name, 'New Orleans', 'place');
    let path = '';
    try {
      cities.register([{ name: 'X', state: 'LA', places: ['0644000'] }], 'agency.cities');
    } catch (error) {
      check(error instanceof CityDefinitionError, 'a CityDefinitionError');
      path = error.path;
    }
    same(path, 'agency.cities[0].places[0]', 'error path');
  });
});
