/**
 * Helpers for `<plaza-service-finder>` tests: mounting it over the example directory, and typing
 * into it as a keyboard user would (real key presses through @web/test-runner-commands).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CityRegistry } from '@plaza/jurisdictions';
import { mount } from './mount.js';
import { waitUntil } from './wait.js';
import '../../src/service-finder/plaza-service-finder.js';
import type { PlazaServiceFinder } from '../../src/service-finder/service-finder.js';

export const DIRECTORY = '/packages/directory/examples/directory.json';
export const JOHNS_CREEK = { state: 'GA', county: '13121', city: 'Johns Creek' };

export const shadow = (finder: PlazaServiceFinder) => finder.shadowRoot!;
export const statusText = (finder: PlazaServiceFinder) =>
  shadow(finder).querySelector('[role="status"]')!.textContent!.trim();
export const resultNames = (finder: PlazaServiceFinder) =>
  [...shadow(finder).querySelectorAll('.results h3')].map((h) => h.textContent!.trim());

/** Waits for the finder to show results after a search the test started. */
export async function searched(finder: PlazaServiceFinder, pattern: RegExp) {
  await waitUntil(() => pattern.test(statusText(finder)), `status never matched ${pattern}`);
  await finder.updateComplete;
}

export async function mountFinder(attributes: { lang?: string; dir?: string; api?: boolean } = {}) {
  const finder = await mount<PlazaServiceFinder>(
    attributes.api
      ? html`<plaza-service-finder
          lang=${attributes.lang ?? 'en'}
          api="/hsds-api"
          time-zone="America/New_York"
        ></plaza-service-finder>`
      : html`<plaza-service-finder
          lang=${attributes.lang ?? 'en'}
          dir=${attributes.dir ?? 'ltr'}
          src=${DIRECTORY}
          time-zone="America/New_York"
        ></plaza-service-finder>`,
  );
  await searched(finder, /found|encontr/);
  return finder;
}

/** Tabs from the page start to the search box and types, as a keyboard user would. */
export async function typeSearch(words: string) {
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: words });
}

/** The example directory's cities, registered as an agency would. */
export async function exampleCities() {
  const cities = new CityRegistry();
  cities.register(await (await fetch('/packages/directory/examples/cities.json')).json());
  return cities;
}

export const picker = (finder: PlazaServiceFinder) =>
  shadow(finder).querySelector('plaza-jurisdiction-picker')!;
export const pickerPart = (finder: PlazaServiceFinder, name: string) =>
  picker(finder).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Tabs from the search box to the ZIP code field, types a ZIP and waits for the lookup. */
export async function typeZip(finder: PlazaServiceFinder, zip: string) {
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Tab' });
  expect(picker(finder).shadowRoot!.activeElement).to.equal(pickerPart(finder, 'zip-input'));
  await sendKeys({ type: zip });
  await waitUntil(() => {
    const result = pickerPart(finder, 'result')?.textContent ?? '';
    return result.trim() !== '' && !result.includes('…');
  }, 'the ZIP lookup never finished');
  await picker(finder).updateComplete;
}
