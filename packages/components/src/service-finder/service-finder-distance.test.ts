import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { distanceMiles, EmbeddedSource } from '@plaza/directory';
import { jurisdictions } from '@plaza/jurisdictions';
import {
  DIRECTORY,
  exampleCities,
  JOHNS_CREEK,
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

/** The example directory's own answer for Johns Creek from the centre of 30097, in either order. */
async function expected(sort: 'default' | 'nearest') {
  const source = new EmbeddedSource(await (await fetch(DIRECTORY)).json(), {
    timeZone: 'America/New_York',
  });
  const origin = (await jurisdictions.findCentroid('30097'))!;
  const page = await source.search({ jurisdiction: JOHNS_CREEK, origin, sort, perPage: 100 });
  return { origin, names: page.items.map((item) => item.service.name), page };
}

describe('<plaza-service-finder> distances from the ZIP code', function () {
  this.timeout(60_000);

  // First: a later test would find the centroid chunk already loaded (a module is fetched once).
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

  it('keeps the default order until the resident asks for nearest first, then lists nearest first', async () => {
    const finder = await mountFinder();
    finder.cities = await exampleCities();
    await chooseFultonByZip(finder);
    expect(finder.jurisdiction).to.deep.equal(JOHNS_CREEK);
    // "Default order" is the checked radio: the results must be in it, with distances shown.
    const byName = await expected('default');
    expect(resultNames(finder)).to.deep.equal(byName.names.slice(0, 10));
    for (const text of distances(finder)) expect(text).to.match(/^\d+(\.\d)? miles? away$/);

    const nearest = shadow(finder).querySelector<HTMLInputElement>(
      'input[name="sort"][value="nearest"]',
    )!;
    await tabTo(finder, shadow(finder).querySelector('input[name="sort"][value="default"]')!);
    await sendKeys({ press: 'ArrowDown' }); // radios move with the arrow keys
    expect(nearest.checked).to.equal(true);
    await tabTo(finder, shadow(finder).querySelector('form > button[type="submit"]')!);
    await sendKeys({ press: 'Enter' });

    // Nearest first, worked out here from the services' own coordinates, not from the finder.
    const { origin, page } = byName;
    expect(page.total).to.equal(page.items.length); // every match, not only a first page
    const closest = (service: (typeof page.items)[number]['service']) =>
      Math.min(
        ...service.locations
          .filter((location) => location.latitude !== undefined)
          .map((location) => distanceMiles(origin, location as Required<typeof location>)),
      );
    const order = page.items
      .map((item) => ({ name: item.service.name, miles: closest(item.service) }))
      .sort((a, b) => a.miles - b.miles);
    const sorted = await expected('nearest');
    expect(sorted.names).to.deep.equal(order.map((entry) => entry.name));
    await waitUntil(
      () => resultNames(finder)[0] === order[0]!.name,
      'results never sorted nearest first',
    );
    expect(resultNames(finder)).to.deep.equal(order.slice(0, 10).map((entry) => entry.name));
    const miles = distances(finder).map((text) => Number.parseFloat(text));
    expect(miles).to.deep.equal([...miles].sort((a, b) => a - b));
    await expect(finder).to.be.accessible();
  });

  it('says the distance in Spanish with US number formatting', async () => {
    const finder = await mountFinder({ lang: 'es' });
    finder.cities = await exampleCities();
    await chooseFultonByZip(finder);
    for (const text of distances(finder)) expect(text).to.match(/^A \d+(\.\d)? millas?$/);
  });
});
