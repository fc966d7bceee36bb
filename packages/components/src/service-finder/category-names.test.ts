import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';
import { mount } from '../../test/support/mount.js';
import './plaza-service-finder.js';
import type { PlazaServiceFinder } from './service-finder.js';
import type { CategoryNames } from './service-result.js';

async function finderIn(lang: string, names: CategoryNames | undefined) {
  const response = await fetch('/packages/directory/examples/category-names.json');
  const finder = await mount<PlazaServiceFinder>(
    html`<plaza-service-finder
      lang=${lang}
      src="/packages/directory/examples/directory.json"
      .categoryNames=${names === undefined ? await response.json() : names}
    ></plaza-service-finder>`,
  );
  await waitUntil(
    () => finder.shadowRoot!.querySelectorAll('input[name="category"]').length > 0,
    'no categories shown',
    { timeout: 30_000 },
  );
  await finder.updateComplete;
  return finder;
}

/** The category checkboxes' labels, in order. */
const categoryLabels = (finder: PlazaServiceFinder) =>
  [...finder.shadowRoot!.querySelectorAll('input[name="category"]')].map((input) =>
    input.closest('label')!.textContent!.trim(),
  );

describe('<plaza-service-finder> category names by language', function () {
  this.timeout(60_000);

  it('shows the example directory’s categories in Spanish, as checkbox names', async () => {
    const finder = await finderIn('es', undefined);
    expect(categoryLabels(finder)).to.include.members(['Alimentos', 'Vivienda', 'Transporte']);
    expect(categoryLabels(finder)).not.to.include('Food');
    const tree = await accessibilityTree();
    expect(findIn(tree, (n) => n.role === 'checkbox' && n.name === 'Ayuda legal')).not.to.equal(
      null,
    );
  });

  it('keeps the directory’s names in English, and for es-US falls back to es', async () => {
    const english = await finderIn('en', undefined);
    expect(categoryLabels(english)).to.include.members(['Food', 'Housing', 'Legal help']);
    const usSpanish = await finderIn('es-US', undefined);
    expect(categoryLabels(usSpanish)).to.include('Alimentos');
  });

  it('ignores blank, inherited and __proto__ names', async () => {
    const names = JSON.parse(
      '{"es": {"tax-food": "  ", "__proto__": {"tax-housing": "X"}, "tax-health": "Salud"}}',
    ) as CategoryNames;
    const finder = await finderIn('es', names);
    const labels = categoryLabels(finder);
    expect(labels).to.include.members(['Food', 'Housing', 'Salud']);
  });
});
