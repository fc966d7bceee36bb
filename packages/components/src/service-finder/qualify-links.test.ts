import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';
import { mount } from '../../test/support/mount.js';
import './plaza-service-finder.js';
import type { PlazaServiceFinder } from './service-finder.js';
import { qualifyLinksFromRuleSet, type QualifyLinks } from './qualify-links.js';

const ATLANTA = 'svc-asesoria-de-vivienda-de-atlanta-grant-park';
const DULUTH = 'svc-asesoria-de-vivienda-de-duluth';

/** A rule set document as the screener loads it, with the optional `services` on each program. */
const ruleSet = {
  id: 'example',
  version: '1',
  facts: [],
  programs: [
    { id: 'rent', name: 'Rent help', services: [ATLANTA] },
    { id: 'housing', name: 'Housing', services: [DULUTH, ATLANTA] },
    { id: 'no-services', name: 'Nothing listed' },
    { id: 'odd', name: 'Odd', services: [42, '', '__proto__', null] },
    null,
  ],
};
const toScreener = (program: { id: string }) => ({ href: `/screener/#${program.id}` });

async function finderWith(links: QualifyLinks, lang = 'en') {
  const finder = await mount<PlazaServiceFinder>(
    html`<plaza-service-finder
      lang=${lang}
      src="/packages/directory/examples/directory.json"
      per-page="100"
      .qualifyLinks=${links}
    ></plaza-service-finder>`,
  );
  await waitUntil(
    () => finder.shadowRoot!.querySelectorAll('.results h3').length > 0,
    'no results shown',
    { timeout: 30_000 },
  );
  await finder.updateComplete;
  return finder;
}

/** The "Check if you qualify" link under the result named `name`, if any. */
function qualifyLinkOf(finder: PlazaServiceFinder, name: string): HTMLAnchorElement | null {
  const result = [...finder.shadowRoot!.querySelectorAll('.results li[part="result"]')].find(
    (li) => li.querySelector('h3')!.textContent!.trim() === name,
  );
  return result?.querySelector<HTMLAnchorElement>('.qualify a') ?? null;
}

describe('"Check if you qualify" links', function () {
  this.timeout(60_000);

  it('are derived from the services each program of a rule set document names, first program first', () => {
    const links = qualifyLinksFromRuleSet(ruleSet, toScreener);
    expect([...links.keys()]).to.deep.equal([ATLANTA, DULUTH, '__proto__']);
    expect(links.get(ATLANTA)!.href).to.equal('/screener/#rent');
    expect(links.get(DULUTH)!.href).to.equal('/screener/#housing');
    expect(qualifyLinksFromRuleSet({ programs: 'none' }, toScreener).size).to.equal(0);
    expect(qualifyLinksFromRuleSet(null, toScreener).size).to.equal(0);
  });

  it('show on the results a program names, named with the service, and nowhere else', async () => {
    const finder = await finderWith(qualifyLinksFromRuleSet(ruleSet, toScreener));
    const atlanta = qualifyLinkOf(finder, 'Asesoría de vivienda de Atlanta (Grant Park)')!;
    expect(atlanta.textContent!.trim()).to.equal('Check if you qualify');
    expect(new URL(atlanta.href).pathname + new URL(atlanta.href).hash).to.equal('/screener/#rent');
    expect(qualifyLinkOf(finder, 'Asesoría de vivienda de Duluth')).not.to.equal(null);
    expect(qualifyLinkOf(finder, 'Asesoría de vivienda de Atlanta (Midtown)')).to.equal(null);
    expect(finder.shadowRoot!.querySelectorAll('.qualify a')).to.have.length(2);
    const tree = await accessibilityTree();
    const link = findIn(
      tree,
      (n) =>
        n.role === 'link' &&
        n.name === 'Check if you qualify: Asesoría de vivienda de Atlanta (Grant Park)',
    );
    expect(link).not.to.equal(null);
    await expect(finder).to.be.accessible();
  });

  it('take a plain object, its own label, Spanish by default, and never link javascript:', async () => {
    const links = {
      [ATLANTA]: { href: 'javascript:alert(1)' },
      [DULUTH]: { href: 'https://benefits.example.gov/housing', label: 'Solicite ayuda' },
    };
    const finder = await finderWith(links, 'es');
    expect(qualifyLinkOf(finder, 'Asesoría de vivienda de Atlanta (Grant Park)')).to.equal(null);
    const duluth = qualifyLinkOf(finder, 'Asesoría de vivienda de Duluth')!;
    expect(duluth.href).to.equal('https://benefits.example.gov/housing');
    expect(duluth.textContent!.trim()).to.equal('Solicite ayuda');
    finder.qualifyLinks = { [DULUTH]: { href: '/screener/' } };
    await finder.updateComplete;
    expect(qualifyLinkOf(finder, 'Asesoría de vivienda de Duluth')!.textContent!.trim()).to.equal(
      'Vea si califica',
    );
  });

  it('read only a plain object’s own keys (an inherited key is not a link)', async () => {
    const links = Object.create({ [ATLANTA]: { href: '/inherited/' } }) as Record<string, never>;
    const finder = await finderWith(links);
    expect(finder.shadowRoot!.querySelectorAll('.qualify a')).to.have.length(0);
  });
});
