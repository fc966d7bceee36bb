// From a ZIP code to the services that serve it: @plaza/jurisdictions resolves the ZIP (every
// county, by share), the resident's chosen county goes to @plaza/directory as the jurisdiction.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jurisdictions, type ZipLookup } from '@plaza/jurisdictions';
import { EmbeddedSource, runningArea } from '@plaza/directory';
import examples from '../examples/directory.json';
import { TIME_ZONE } from './fixtures.js';

const directory = new EmbeddedSource(examples, { timeZone: TIME_ZONE });

function counties(lookup: ZipLookup) {
  assert.ok(lookup.found, `${lookup.zip} not found`);
  return lookup.counties;
}

/** Names of the areas running the services a resident of this county sees, each once. */
async function runBy(state: string, county: string): Promise<string[]> {
  const page = await directory.search({ jurisdiction: { state, county }, perPage: 100 });
  return [...new Set(page.items.map((item) => runningArea(item.service.areas)!.name))].sort();
}

describe('ZIP code to services', () => {
  it('a ZIP in three counties: each choice shows that county with the state, none hidden', async () => {
    const choices = counties(await jurisdictions.findZip('30097'));
    assert.deepEqual(
      choices.map((county) => county.fips),
      ['13121', '13135', '13117'],
    );
    assert.deepEqual(await runBy('GA', '13121'), ['Fulton County', 'State of Georgia']);
    assert.deepEqual(await runBy('GA', '13135'), ['Gwinnett County', 'State of Georgia']);
    assert.deepEqual(await runBy('GA', '13117'), ['State of Georgia']);
  });

  it('a ZIP on the Georgia-Alabama line: the Alabama side sees no Georgia services', async () => {
    const lookup = await jurisdictions.findZip('30165');
    assert.ok(lookup.found);
    assert.deepEqual(lookup.states, ['GA', 'AL']);
    const alabama = counties(lookup).find((county) => county.state === 'AL')!;
    assert.deepEqual(await runBy(alabama.state, alabama.fips), []);
    const georgia = counties(lookup)[0]!;
    assert.deepEqual(await runBy(georgia.state, georgia.fips), ['State of Georgia']);
  });

  it('a territory (Puerto Rico) sees none of a Georgia directory', async () => {
    const [county] = counties(await jurisdictions.findZip('00601'));
    assert.equal(county!.state, 'PR');
    assert.deepEqual(await runBy(county!.state, county!.fips), []);
  });
});
