import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { EmbeddedSource } from '@plaza/directory';
import { DATASET } from '@plaza/jurisdictions';
import {
  findAllIn,
  findIn,
  accessibilityTree,
  type AXNode,
} from '../../test/support/accessibility-tree.js';
import { mount } from '../../test/support/mount.js';
import {
  picker,
  JOHNS_CREEK,
  exampleCities,
  mountFinder,
  pickerPart,
  resultNames,
  searched,
  shadow,
  statusText,
  typeSearch,
  typeZip,
} from '../../test/support/finder.js';
import type { PlazaServiceFinder } from './service-finder.js';

/** The "Run by" lines of the results shown, each once, sorted. */
const runBy = (finder: PlazaServiceFinder) =>
  [
    ...new Set([...shadow(finder).querySelectorAll('.run-by')].map((li) => li.textContent!.trim())),
  ].sort();

const within = (root: AXNode, role: string) => findAllIn(root, (node) => node.role === role);

describe('<plaza-service-finder>', function () {
  // Real key presses, the accessibility tree and axe over a page of results are slow on a busy machine.
  this.timeout(60_000);

  it('is a named search landmark with a polite live count, result headings and no axe issues', async () => {
    const finder = await mountFinder();
    const tree = await accessibilityTree();
    const search = findIn(tree, (n) => n.role === 'search' && n.name === 'Find services near you');
    expect(search).not.to.equal(null);
    const status = findIn(tree, (n) => n.role === 'status');
    expect(status).not.to.equal(null);
    expect(findIn(status!, (n) => n.name === '168 services found')).not.to.equal(null);
    const names = resultNames(finder);
    expect(names).to.have.length(10);
    const headings = within(tree, 'heading').filter((h) => names.includes(h.name));
    expect(headings.map((h) => h.name)).to.deep.equal(names);
    expect(shadow(finder).querySelector('[role="status"]')!.getAttribute('role')).to.equal(
      'status',
    );
    await expect(finder).to.be.accessible();
  });

  /** Presses Tab until `target` has focus (at most `limit` times). */
  async function tabTo(finder: PlazaServiceFinder, target: Element, limit = 40) {
    for (let step = 0; step < limit && shadow(finder).activeElement !== target; step++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(shadow(finder).activeElement).to.equal(target);
  }

  it('searches and filters with the keyboard alone', async () => {
    const finder = await mountFinder();
    finder.jurisdiction = JOHNS_CREEK;
    await typeSearch('pantry');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /^\d+ services? found$/);
    const all = resultNames(finder);
    expect(all.length).to.be.greaterThan(0);
    expect(all.every((name) => /pantry/i.test(name))).to.equal(true);
    // Tab through to the first category checkbox ("Food"), tick it with Space, submit with Enter.
    const food = shadow(finder).querySelector<HTMLInputElement>(
      'input[name="category"][value="tax-food"]',
    )!;
    await tabTo(finder, food);
    await sendKeys({ press: 'Space' });
    expect(food.checked).to.equal(true);
    const spanish = shadow(finder).querySelector('input[name="language"][value="es"]')!;
    await tabTo(finder, spanish);
    await sendKeys({ press: 'Space' });
    await tabTo(finder, shadow(finder).querySelector('form > button[type="submit"]')!);
    await sendKeys({ press: 'Enter' });
    await searched(finder, /^\d+ services? found$/);
    const filtered = resultNames(finder);
    expect(filtered.length).to.be.greaterThan(0);
    expect(filtered.length).to.be.lessThan(all.length);
    const facts = [...shadow(finder).querySelectorAll('.results .facts')].map(
      (f) => f.textContent!,
    );
    expect(facts.every((text) => /Languages: .*Spanish/.test(text))).to.equal(true);
    await expect(finder).to.be.accessible();
  });

  it('shows a Johns Creek resident state, county and city services together, saying who runs each', async () => {
    const finder = await mountFinder();
    finder.perPage = 100;
    finder.jurisdiction = JOHNS_CREEK;
    await finder.search();
    await finder.updateComplete;
    const runBy = new Set(
      [...shadow(finder).querySelectorAll('.run-by')].map((li) => li.textContent!.trim()),
    );
    expect([...runBy].sort()).to.deep.equal([
      'Run by City of Johns Creek',
      'Run by Fulton County',
      'Run by State of Georgia',
    ]);
  });

  it('a ZIP in three counties: the resident chooses Fulton by keyboard and sees state, county and city services', async () => {
    const finder = await mountFinder();
    finder.cities = await exampleCities();
    finder.perPage = 100;
    await typeZip(finder, '30097');
    expect(pickerPart(finder, 'result')!.textContent).to.match(/Fulton.*Gwinnett.*Forsyth/s);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the first county, the largest share: Fulton
    await waitUntil(() => finder.jurisdiction?.county === '13121', 'Fulton never chosen');
    expect(finder.jurisdiction).to.deep.equal({
      state: 'GA',
      county: '13121',
      city: 'Johns Creek',
    });
    await searched(finder, /^\d+ services found$/);
    expect(runBy(finder)).to.deep.equal([
      'Run by City of Johns Creek',
      'Run by Fulton County',
      'Run by State of Georgia',
    ]);
    await expect(finder).to.be.accessible();
  });

  it('a ZIP on the Georgia-Alabama line: the Alabama county gets no Georgia services, and guidance', async () => {
    const finder = await mountFinder();
    await typeZip(finder, '30165');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => finder.jurisdiction?.state === 'GA', 'Floyd never chosen');
    await searched(finder, /^\d+ services found$/);
    expect(runBy(finder)).to.deep.equal(['Run by State of Georgia']);
    const alabama = [
      ...picker(finder).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
    ].findIndex((radio) => radio.value === '01019');
    expect(alabama).to.be.greaterThan(0);
    for (let step = 0; step < alabama; step++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => finder.jurisdiction?.state === 'AL', 'Alabama never chosen');
    await searched(finder, /^0 services found$/);
    expect(shadow(finder).querySelector('.none')).not.to.equal(null);
  });

  it('a territory (Puerto Rico) finds none of a Georgia directory', async () => {
    const finder = await mountFinder();
    await typeZip(finder, '00601');
    if (pickerPart(finder, 'counties')) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    }
    await waitUntil(() => finder.jurisdiction?.state === 'PR', 'Puerto Rico never chosen');
    await searched(finder, /^0 services found$/);
    await expect(finder).to.be.accessible();
  });

  it('credits the ZIP code data it uses, with a link, as its licence asks', async () => {
    const finder = await mountFinder();
    const credit = picker(finder).shadowRoot!.querySelector<HTMLAnchorElement>(
      `a[href="${DATASET.url}"]`,
    );
    expect(credit?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `Source: ${DATASET.attribution}`,
    );
  });

  it('explains how to widen a search that finds nothing', async () => {
    const finder = await mountFinder();
    await typeSearch('zzqqxx');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /^0 services found$/);
    const guidance = shadow(finder).querySelector('.none')!.textContent!;
    expect(guidance).to.include('remove a type of help');
    expect(guidance).to.include('Run by');
    await expect(finder).to.be.accessible();
  });

  it('opens a service’s details and comes back, moving focus both ways', async () => {
    const finder = await mountFinder();
    const first = shadow(finder).querySelector<HTMLButtonElement>('button.open')!;
    const name = resultNames(finder)[0]!;
    expect(first.getAttribute('aria-label')).to.equal(`Details for ${name}`);
    first.focus();
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    const heading = shadow(finder).querySelector('#detail-heading')!;
    expect(shadow(finder).activeElement).to.equal(heading);
    expect(heading.textContent!.trim()).to.equal(name);
    await expect(finder).to.be.accessible();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(shadow(finder).activeElement).to.equal(shadow(finder).querySelector('button.open'));
  });

  it('pages through results', async () => {
    const finder = await mountFinder();
    const firstPage = resultNames(finder);
    const address = location.href;
    const pagination = shadow(finder).querySelector('plaza-pagination')!;
    const next = pagination.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="next"]')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => statusText(finder) === '168 services found' && resultNames(finder)[0] !== firstPage[0],
      'page 2 never showed',
    );
    expect(shadow(finder).querySelector('.page-range')!.textContent).to.match(
      /Showing 11 to 20 of 168/,
    );
    expect(location.href).to.equal(address, 'paging does not navigate or change the URL');
  });

  it('says which age is wrong and keeps what was typed', async () => {
    const finder = await mountFinder();
    const age = shadow(finder).querySelector<HTMLInputElement>('#age')!;
    age.focus();
    await sendKeys({ type: 'ten' });
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(shadow(finder).querySelector('#age-error')!.textContent).to.equal(
      'Enter an age as a number from 0 to 150',
    );
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.value).to.equal('ten');
    expect(shadow(finder).activeElement).to.equal(age);
    await expect(finder).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const finder = await mountFinder({ lang: 'es' });
    expect(shadow(finder).querySelector('h2')!.textContent).to.equal(
      'Busque servicios cerca de usted',
    );
    expect(statusText(finder)).to.equal('Se encontraron 168 servicios');
    await typeSearch('despensa');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /^Se encontraron \d+ servicios$/);
    expect(resultNames(finder).every((name) => name.startsWith('Despensa'))).to.equal(true);
    await expect(finder).to.be.accessible();
  });

  it('lays out right to left', async () => {
    const finder = await mountFinder({ dir: 'rtl' });
    const box = shadow(finder).querySelector('#q')!.getBoundingClientRect();
    const label = shadow(finder).querySelector('label[for="q"]')!.getBoundingClientRect();
    expect(Math.round(label.right)).to.equal(Math.round(box.right));
    await expect(finder).to.be.accessible();
  });

  it('shows hostile directory data as text and drops javascript: links', async () => {
    const source = new EmbeddedSource(
      [
        {
          id: 'x',
          name: '<img src=x onerror="window.pwned=1">Free meals',
          url: 'javascript:window.pwned=1',
          organization: { id: 'o', name: '<b>Org</b>', website: 'javascript:alert(1)' },
        },
      ],
      { timeZone: 'America/New_York' },
    );
    const finder = await mount<PlazaServiceFinder>(
      html`<plaza-service-finder .source=${source}></plaza-service-finder>`,
    );
    await searched(finder, /1 service found/);
    expect(resultNames(finder)).to.deep.equal(['<img src=x onerror="window.pwned=1">Free meals']);
    expect(shadow(finder).querySelector('img, b')).to.equal(null);
    expect(shadow(finder).querySelector('a[href^="javascript"]')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('sends nothing the resident types or chooses with the embedded source', async () => {
    const finder = await mountFinder();
    const since = performance.now();
    finder.jurisdiction = JOHNS_CREEK;
    await typeSearch('rent help');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /found/);
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since);
    expect(requests.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('a typed ZIP code and words never appear in any request (ZIP data loads as static chunks)', async () => {
    const finder = await mountFinder();
    const since = performance.now();
    // A ZIP code whose data chunk no earlier test loaded, so at least that chunk is requested.
    await typeZip(finder, '31201');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /found/);
    const requests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since)
      .map((entry) => new URL(entry.name));
    expect(requests.length).to.be.greaterThan(0);
    for (const url of requests) {
      expect(url.href).not.to.include('31201');
      expect(url.search).to.equal('');
      expect(url.pathname).to.match(
        /\/packages\/jurisdictions\/data\/(zip|state|centroid)\/[\w-]+\.js$/,
      );
    }
  });

  it('searches an HSDS API, sending only the words typed and paging parameters', async () => {
    const finder = await mountFinder({ api: true });
    finder.jurisdiction = JOHNS_CREEK;
    const since = performance.now();
    await typeSearch('pantry');
    await sendKeys({ press: 'Enter' });
    await searched(finder, /^\d+ services? found$/);
    expect(resultNames(finder).length).to.be.greaterThan(0);
    const sent = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.name.includes('/hsds-api/'))
      .map((entry) => new URL(entry.name));
    expect(sent.length).to.be.greaterThan(0);
    for (const url of sent) {
      expect(url.pathname).to.equal('/hsds-api/services');
      expect([...url.searchParams.keys()].sort()).to.deep.equal([
        'full',
        'page',
        'per_page',
        'search',
      ]);
      expect(url.searchParams.get('search')).to.equal('pantry');
    }
    await expect(finder).to.be.accessible();
  });
});
