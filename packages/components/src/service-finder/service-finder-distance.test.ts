import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { jurisdictions } from '@plaza/jurisdictions';
import {
  exampleCities,
  mountFinder,
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

  it('says the distance in Spanish with US number formatting', async () => {
    const finder = await mountFinder({ lang: 'es' });
    finder.cities = await exampleCities();
    await chooseFultonByZip(finder);
    for (const text of distances(finder)) expect(text).to.match(/^A \d+(\.\d)? millas?$/);
  });
});
