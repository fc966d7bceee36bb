// Node tests of lookups, input checks, chunk checks and cities. The shipped data is read through
// the default loader (the data modules in data/); other cases use a loader over in-memory text.
import assert from 'node:assert/strict';
import {
  ChunkNotLoadedError,
  CityDefinitionError,
  CityRegistry,
  JurisdictionData,
  JurisdictionDataError,
  MAX_CHUNK_LENGTH,
  STATES,
  ZipInputError,
  getState,
  jurisdictions,
  parseZip,
  toJurisdiction,
  type ZipLookup,
} from './index.js';

function found(result: ZipLookup) {
  assert.ok(result.found, `${result.zip} should be found`);
  return result;
}

const names = (result: ZipLookup) => found(result).counties.map((c) => c.name);

describe('ZIP code lookups on the shipped data', () => {
  it('returns every county of 30534, largest share first, as the Census file does', async () => {
    const result = found(await jurisdictions.findZip('30534'));
    assert.deepEqual(names(result), ['Dawson', 'Lumpkin', 'Forsyth', 'Pickens', 'Cherokee']);
    assert.deepEqual(
      result.counties.map((c) => c.share),
      [0.853, 0.097, 0.03, 0.013, 0.007],
    );
    assert.deepEqual(result.states, ['GA']);
    assert.equal(result.counties[0]!.fullName, 'Dawson County');
  });

  it('names 30097 in Fulton, Gwinnett and Forsyth', async () => {
    assert.deepEqual(names(await jurisdictions.findZip('30097')), [
      'Fulton',
      'Gwinnett',
      'Forsyth',
    ]);
  });

  it('gives both states of a ZIP code on a state line (42223, Fort Campbell)', async () => {
    const result = found(await jurisdictions.findZip('42223'));
    assert.deepEqual(result.states, ['TN', 'KY']);
    assert.deepEqual(
      result.counties.map((c) => c.fips),
      ['47125', '21047'],
    );
  });

  it('uses Connecticut planning regions and current Alaska census areas', async () => {
    const hartford = found(await jurisdictions.findZip('06103')).counties[0]!;
    assert.equal(hartford.fips, '09110');
    assert.equal(hartford.fullName, 'Capitol Planning Region');
    assert.equal(
      found(await jurisdictions.findZip('99686')).counties[0]!.fullName,
      'Chugach Census Area',
    );
  });

  it('covers DC and every territory', async () => {
    const cases = {
      '20001': '11001',
      '00601': '72001',
      '96799': '60050',
      '96910': '66010',
      '96950': '69110',
      '00802': '78030',
    };
    for (const [zip, fips] of Object.entries(cases)) {
      assert.equal(found(await jurisdictions.findZip(zip)).counties[0]!.fips, fips, zip);
    }
  });

  it('has a county list for every state, DC and territory', async () => {
    for (const state of STATES) {
      const counties = await jurisdictions.loadCounties(state.code);
      assert.ok(counties.length > 0, state.code);
      assert.ok(counties.every((c) => c.state === state.code && c.fips.startsWith(state.fips)));
    }
    assert.equal(jurisdictions.counties('GA').length, 159);
    assert.equal(jurisdictions.getCounty('51760')!.fullName, 'Richmond city');
    assert.equal(jurisdictions.getCounty('51159')!.fullName, 'Richmond County');
    assert.equal(jurisdictions.getCounty('22071')!.fullName, 'Orleans Parish');
  });

  it('says why a ZIP code has no county: military mail, or not a ZCTA', async () => {
    assert.deepEqual(await jurisdictions.findZip('09001'), {
      found: false,
      zip: '09001',
      reason: 'military',
    });
    assert.deepEqual(await jurisdictions.findZip('96201'), {
      found: false,
      zip: '96201',
      reason: 'military',
    });
    // 12345 is a unique ZIP code (one company), not a ZIP Code Tabulation Area.
    assert.deepEqual(await jurisdictions.findZip('12345'), {
      found: false,
      zip: '12345',
      reason: 'not-in-data',
    });
    assert.equal(getState('AE'), undefined);
  });

  it('answers synchronously only once loaded', async () => {
    const data = new JurisdictionData(async (chunk) =>
      (await import('./shipped-data.js')).loadShippedChunk(chunk),
    );
    assert.equal(data.isZipLoaded('30534'), false);
    assert.throws(() => data.lookupZip('30534'), ChunkNotLoadedError);
    await data.loadZip('30534');
    assert.equal(data.isZipLoaded('30534'), true);
    assert.equal(names(data.lookupZip('30534'))[0], 'Dawson');
  });
});

describe('ZIP code input', () => {
  it('accepts ZIP+4, spaces and full-width or Arabic-Indic digits', () => {
    for (const input of [
      '30534',
      ' 30534 ',
      '30534-1234',
      '30534 1234',
      '305341234',
      '３０５３４',
      '٣٠٥٣٤',
      '۳۰۵۳۴',
    ]) {
      assert.equal(parseZip(input), '30534', input);
    }
  });

  it('refuses what is not a ZIP code, saying which problem', () => {
    const problem = (input: unknown) => {
      try {
        parseZip(input as string);
      } catch (error) {
        assert.ok(error instanceof ZipInputError);
        return error.problem;
      }
      return 'accepted';
    };
    assert.equal(problem(''), 'empty');
    assert.equal(problem('   '), 'empty');
    assert.equal(problem('3053'), 'format');
    assert.equal(problem('305345'), 'format');
    assert.equal(problem('30534-12'), 'format');
    assert.equal(problem('__proto__'), 'format');
    assert.equal(problem('constructor'), 'format');
    assert.equal(problem('3O534'), 'format');
    assert.equal(problem('𝟑𝟎𝟓𝟑𝟒'), 'format'); // mathematical digits are not typed by people
    assert.equal(problem(30534), 'format');
    assert.equal(problem('3'.repeat(1_000_000)), 'too-long');
  });

  it('looks up prototype keys as text, never as object properties', async () => {
    assert.throws(() => jurisdictions.lookupZip('__proto__'), ZipInputError);
    await assert.rejects(jurisdictions.loadCounties('__proto__'), JurisdictionDataError);
    assert.equal(jurisdictions.getCounty('__proto__'), undefined);
  });
});

describe('chunk checks', () => {
  const data = (chunks: Record<string, string>) =>
    new JurisdictionData(async (chunk) => {
      if (!(chunk in chunks)) throw new Error('404');
      return chunks[chunk]!;
    });
  const georgia = 'pj1\n13085Dawson\t1\n13187Lumpkin\t1';

  it('reads the format: the largest county takes the rest of 1000', async () => {
    const result = await data({
      'zip/30': 'pj1\n13085 13187\n534 0 1:97',
      'state/GA': georgia,
    }).findZip('30534');
    assert.deepEqual(
      found(result).counties.map((c) => [c.fips, c.share]),
      [
        ['13085', 0.903],
        ['13187', 0.097],
      ],
    );
  });

  it('names the chunk and line of a bad chunk', async () => {
    const cases: Record<string, RegExp> = {
      'pj9\n13085\n534 0': /zip\/30: line 1: expected format pj1/,
      'pj1\n13085\n534 7': /line 3: no county 7/,
      'pj1\n13085 13187\n534 0 1:1200': /line 3: shares add up to more than 1000/,
      'pj1\n13085\n534 0\n534 0': /line 4: ZIP code 30534 appears twice/,
      'pj1\n13085\n<script>': /line 3: expected a ZIP code line/,
      'pj1\n__proto__\n534 0': /line 2: expected the county FIPS codes/,
    };
    for (const [text, message] of Object.entries(cases)) {
      await assert.rejects(data({ 'zip/30': text, 'state/GA': georgia }).findZip('30534'), message);
    }
  });

  it('refuses a chunk over the size limit and one that cannot load', async () => {
    const huge = 'pj1\n13085\n' + '534 0\n'.repeat(MAX_CHUNK_LENGTH / 6);
    await assert.rejects(data({ 'zip/30': huge }).findZip('30534'), /over the limit of 262144/);
    await assert.rejects(data({}).findZip('30534'), (error: JurisdictionDataError) => {
      return error.chunk === 'zip/30' && /could not be loaded/.test(error.message);
    });
  });

  it('refuses a county chunk that lists another state', async () => {
    await assert.rejects(
      data({ 'state/GA': 'pj1\n01001Autauga\t1' }).loadCounties('GA'),
      /outside GA/,
    );
  });

  it('loads each chunk once for concurrent lookups', async () => {
    const asked: string[] = [];
    const counting = new JurisdictionData(async (chunk) => {
      asked.push(chunk);
      return chunk === 'zip/30' ? 'pj1\n13085\n534 0\n097 0' : georgia;
    });
    await Promise.all([
      counting.findZip('30534'),
      counting.findZip('30097'),
      counting.findZip('30534'),
    ]);
    assert.deepEqual(asked.sort(), ['state/GA', 'zip/30']);
  });
});

describe('cities', () => {
  const dawson = { fips: '13085', state: 'GA', name: 'Dawson', fullName: 'Dawson County' };
  const cherokee = { fips: '13057', state: 'GA', name: 'Cherokee', fullName: 'Cherokee County' };

  it('adds the city when exactly one registered city has the ZIP code and county', () => {
    const cities = new CityRegistry();
    cities.register([
      {
        name: 'Dawsonville',
        state: 'GA',
        zips: ['30534'],
        places: ['1321940'],
        counties: ['13085'],
      },
    ]);
    assert.deepEqual(cities.resolve(dawson, '30534'), {
      state: 'GA',
      county: '13085',
      city: 'Dawsonville',
    });
    assert.deepEqual(cities.resolve(cherokee, '30534'), { state: 'GA', county: '13057' });
    assert.equal(cities.cityForPlace('1321940')!.name, 'Dawsonville');
    assert.equal(cities.cityForPlace('__proto__'), undefined);
  });

  it('gives no city when two cities claim the ZIP code', () => {
    const cities = new CityRegistry();
    cities.register([
      { name: 'One', state: 'GA', zips: ['30534'] },
      { name: 'Two', state: 'GA', zips: ['30534'] },
    ]);
    assert.deepEqual(cities.resolve(dawson, '30534'), toJurisdiction(dawson));
    assert.equal(cities.citiesForZip('30534').length, 2);
  });

  it('names the path of a bad definition', () => {
    const refuse = (definition: unknown, path: string) =>
      assert.throws(
        () => new CityRegistry().register([definition as never]),
        (error: CityDefinitionError) => error instanceof CityDefinitionError && error.path === path,
      );
    refuse({ name: '', state: 'GA' }, 'cities[0].name');
    refuse({ name: 'X', state: 'AE' }, 'cities[0].state');
    refuse({ name: 'X', state: '__proto__' }, 'cities[0].state');
    refuse({ name: 'X', state: 'GA', zips: ['30534', 'nope'] }, 'cities[0].zips[1]');
    refuse({ name: 'X', state: 'GA', places: ['0644000'] }, 'cities[0].places[0]');
    refuse({ name: 'X', state: 'GA', counties: ['06037'] }, 'cities[0].counties[0]');
    refuse({ name: 'X', state: 'GA', zips: Array(2001).fill('30534') }, 'cities[0].zips');
    refuse(null, 'cities[0]');
  });
});
