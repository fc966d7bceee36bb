import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EmbeddedSource } from '@plaza/directory';
import { jurisdictions } from '@plaza/jurisdictions';
import {
  DIRECTORY,
  exampleCities,
  mountFinder,
  resultNames,
  searched,
  shadow,
  typeZip,
} from '../../test/support/finder.js';
import { waitUntil } from '../../test/support/wait.js';
import type { PlazaServiceFinder } from './service-finder.js';

const distances = (finder: PlazaServiceFinder) =>
  [...shadow(finder).querySelectorAll('.results .distance')].map((li) => li.textContent!.trim());

/** Types ZIP 30097 and chooses Fulton (the first county) with Space, as a resident would. */
async function chooseFultonByZip(finder: PlazaServiceFinder) {
  await sendKeys({ press: 'Tab' }); // to the search box
  await typeZip(finder, '30097');
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Space' });
  await waitUntil(() => finder.jurisdiction?.county === '13121', 'Fulton never chosen');
  await waitUntil(() => distances(finder).length > 0, 'no distances shown');
  await searched(finder, /found|encontr/);
}

/** Presses Tab until `target` has focus. */
async function tabTo(finder: PlazaServiceFinder, target: Element) {
  for (let step = 0; step < 60 && shadow(finder).activeElement !== target; step++) {
    await sendKeys({ press: 'Tab' });
  }
  expect(shadow(finder).activeElement).to.equal(target);
}

/** What the directory itself answers for Johns Creek from the centre of 30097. */
async function expected(sort: 'default' | 'nearest') {
  const source = new EmbeddedSource(await (await fetch(DIRECTORY)).json(), {
    timeZone: 'America/New_York',
  });
  const origin = await jurisdictions.findCentroid('30097');
  const jurisdiction = { state: 'GA', county: '13121', city: 'Johns Creek' };
  return source.search({ jurisdiction, origin, sort, perPage: 10 });
}

describe('<plaza-service-finder> distances from the ZIP code', function () {
  this.timeout(60_000);

  it('shows miles from the centre of the typed ZIP code, and sorts nearest first when chosen', async () => {
    const finder = await mountFinder();
    finder.cities = await exampleCities();
    await chooseFultonByZip(finder);
    const byName = await expected('default');
    expect(resultNames(finder)).to.deep.equal(byName.items.map((item) => item.service.name));
    for (const text of distances(finder)) expect(text).to.match(/^\d+(\.\d)? miles? away$/);

    const nearest = shadow(finder).querySelector<HTMLInputElement>(
      'input[name="sort"][value="nearest"]',
    )!;
    await tabTo(finder, shadow(finder).querySelector('input[name="sort"][value="default"]')!);
    await sendKeys({ press: 'ArrowDown' }); // radios move with the arrow keys
    expect(nearest.checked).to.equal(true);
    await tabTo(finder, shadow(finder).querySelector('form > button[type="submit"]')!);
    await sendKeys({ press: 'Enter' });
    const sorted = await expected('nearest');
    await waitUntil(
      () => resultNames(finder)[0] === sorted.items[0]!.service.name,
      'results never sorted nearest first',
    );
    expect(resultNames(finder)).to.deep.equal(sorted.items.map((item) => item.service.name));
    const miles = distances(finder).map((text) => Number.parseFloat(text));
    expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    expect(miles[0]).to.be.lessThan(10);
    await expect(finder).to.be.accessible();
  });

  it('says the distance in Spanish with US number formatting', async () => {
    const finder = await mountFinder({ lang: 'es' });
    finder.cities = await exampleCities();
    await chooseFultonByZip(finder);
    for (const text of distances(finder)) expect(text).to.match(/^A \d+(\.\d)? millas?$/);
  });

  it('sends neither the ZIP code nor the point anywhere: only the data chunks load', async () => {
    performance.clearResourceTimings();
    const finder = await mountFinder();
    await chooseFultonByZip(finder);
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.some((url) => url.includes('/data/centroid/30.js'))).to.equal(true);
    const origin = (await jurisdictions.findCentroid('30097'))!;
    for (const url of urls) {
      expect(url).not.to.include('30097');
      expect(url).not.to.include(String(origin.latitude));
    }
  });
});
