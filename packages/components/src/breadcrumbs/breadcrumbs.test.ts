import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './plaza-breadcrumbs.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaBreadcrumbs } from './breadcrumbs.js';
import { accessibilityTree, findAllIn, findIn } from '../../test/support/accessibility-tree.js';

const trail = html`<plaza-breadcrumbs>
  <a href="#home">Home</a>
  <a href="#benefits">Benefits</a>
  <span>Apply for food assistance</span>
</plaza-breadcrumbs>`;

describe('<plaza-breadcrumbs>', () => {
  it('is a labelled navigation landmark holding an ordered list of the links', async () => {
    const el = await fixture<PlazaBreadcrumbs>(trail);
    const tree = await accessibilityTree();
    const nav = findIn(tree, (n) => n.role === 'navigation');
    expect(nav?.name).to.equal('Breadcrumb');
    expect(findAllIn(nav!, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal([
      'Home',
      'Benefits',
    ]);
    expect(findIn(nav!, (n) => n.name === 'Apply for food assistance')).not.to.equal(null);
    // The snapshot leaves out unnamed lists, so the list structure is checked in the DOM.
    const items = el.shadowRoot!.querySelectorAll('nav > ol > li');
    expect(items).to.have.length(3);
    expect(getComputedStyle(items[0]).display).to.not.equal('none');
  });

  it('keeps the links in the light DOM, one per list item', async () => {
    const el = await fixture<PlazaBreadcrumbs>(trail);
    const links = el.querySelectorAll('a');
    expect(links).to.have.length(2);
    const slots = el.shadowRoot!.querySelectorAll('li slot');
    expect((slots[1] as HTMLSlotElement).assignedElements()).to.deep.equal([links[1]]);
  });

  it('marks a trailing plain-text item as the current page, and respects the author', async () => {
    const el = await fixture<PlazaBreadcrumbs>(trail);
    expect(el.querySelector('span')!.getAttribute('aria-current')).to.equal('page');
    const marked = await fixture<PlazaBreadcrumbs>(
      html`<plaza-breadcrumbs>
        <a href="#home">Home</a>
        <a href="#apply" aria-current="page">Apply</a>
      </plaza-breadcrumbs>`,
    );
    expect(marked.querySelector('a')!.hasAttribute('aria-current')).to.equal(false);
    expect(marked.querySelectorAll('[aria-current]')).to.have.length(1);
  });

  it('follows items added later', async () => {
    const el = await fixture<PlazaBreadcrumbs>(trail);
    const extra = document.createElement('a');
    extra.href = '#more';
    extra.textContent = 'More';
    el.insertBefore(extra, el.querySelector('span'));
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    const tree = await accessibilityTree();
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(4);
    expect(findAllIn(tree, (n) => n.role === 'link').map((l) => l.name)).to.deep.equal([
      'Home',
      'Benefits',
      'More',
    ]);
  });

  it('moves through the links with Tab in order', async () => {
    const el = await fixture<PlazaBreadcrumbs>(
      html`<div>
        <button>Before</button>
        <plaza-breadcrumbs><a href="#a">A</a> <a href="#b">B</a></plaza-breadcrumbs>
      </div>`,
    );
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('A');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('B');
    expect(getComputedStyle(document.activeElement!).outlineStyle).to.equal('solid');
  });

  it('translates the landmark name, and takes a label', async () => {
    const es = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-breadcrumbs><a href="#i">Inicio</a></plaza-breadcrumbs>
      </div>`,
    );
    const nav = es.querySelector('plaza-breadcrumbs')!.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Ruta de navegación');
    const labelled = await fixture<PlazaBreadcrumbs>(
      html`<plaza-breadcrumbs label="You are here"><a href="#i">Home</a></plaza-breadcrumbs>`,
    );
    expect(labelled.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(
      'You are here',
    );
  });

  it('wraps onto more lines at 320px with targets at least 24px tall', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 288px">
        <plaza-breadcrumbs>
          <a href="#h">Home</a>
          <a href="#b">Benefits and financial help</a>
          <a href="#f">Food assistance for families</a>
          <span>Apply</span>
        </plaza-breadcrumbs>
      </div>`,
    );
    const el = wrapper.querySelector('plaza-breadcrumbs')!;
    expect(el.scrollWidth).to.be.at.most(288);
    for (const link of el.querySelectorAll('a')) {
      expect(link.getBoundingClientRect().height).to.be.at.least(24);
    }
  });

  it('points the separators the other way in right-to-left pages', async () => {
    const ltr = await fixture<PlazaBreadcrumbs>(trail);
    const rtl = (await fixture<HTMLElement>(html`<div dir="rtl">${trail}</div>`)).querySelector(
      'plaza-breadcrumbs',
    )!;
    const separator = (el: PlazaBreadcrumbs) =>
      getComputedStyle(el.shadowRoot!.querySelectorAll('li')[1], '::before').transform;
    expect(separator(ltr)).to.not.equal(separator(rtl));
  });

  describe('accessibility (axe) in every state', () => {
    it('default', async () => {
      await expect(await fixture(trail)).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-breadcrumbs><a href="#i">Inicio</a> <span>Solicitar</span></plaza-breadcrumbs>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div dir="rtl" lang="ar">
          <plaza-breadcrumbs><a href="#i">الرئيسية</a> <span>تقديم</span></plaza-breadcrumbs>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-breadcrumbs',
  example: () =>
    html`<plaza-breadcrumbs>
      <a href="#home">Home</a>
      <a href="#benefits">Benefits and financial help</a>
      <span>Apply for food assistance for your family</span>
    </plaza-breadcrumbs>`,
  forcedColors: [
    {
      name: 'separator chevron',
      find: (host) => host.shadowRoot!.querySelector('li + li'),
      pseudo: '::before',
      property: 'border-top-color',
      system: 'CanvasText',
    },
    {
      name: 'link',
      find: (host) => host.querySelector('a'),
      property: 'color',
      system: 'LinkText',
    },
  ],
  tabStops: 2,
});
