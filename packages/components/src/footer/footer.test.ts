import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-footer.js';
import { PlazaFooter } from './footer.js';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
} from '../../test/support/emulate-media.js';
import {
  type AXNode,
  accessibilityTree,
  findAllIn,
} from '../../test/support/accessibility-tree.js';
import { inlineEndInset, inlineStartInset, tokenPx } from '../../test/support/inline-inset.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const full = html`<plaza-footer>
  <a href="#permits">Permits</a>
  <a href="#taxes">Taxes</a>
  <div slot="contact">
    <h2>Contact us</h2>
    <p>Call <a href="tel:+15555550100">555-555-0100</a>, Monday to Friday, 8am to 5pm.</p>
  </div>
  <a slot="meta" href="#accessibility">Accessibility statement</a>
  <a slot="meta" href="#privacy">Privacy</a>
  <a slot="languages" href="#es" lang="es" hreflang="es">Español</a>
  <a slot="languages" href="#vi" lang="vi" hreflang="vi">Tiếng Việt</a>
  <p slot="legal">© 2026 State of Example</p>
</plaza-footer>`;

describe('<plaza-footer>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a contentinfo landmark with a named navigation for each group of links', async () => {
    await mount<PlazaFooter>(full);
    const tree = await accessibilityTree();
    const [footer] = findAllIn(tree, (n) => n.role === 'contentinfo');
    expect(footer, 'contentinfo landmark').not.to.equal(undefined);
    const navs = findAllIn(footer, (n) => n.role === 'navigation');
    expect(navs.map((n) => n.name)).to.deep.equal(['Footer', 'Support links', 'Languages']);
    const linkNames = (nav: AXNode) => findAllIn(nav, (n) => n.role === 'link').map((n) => n.name);
    expect(linkNames(navs[0])).to.deep.equal(['Permits', 'Taxes']);
    expect(linkNames(navs[1])).to.deep.equal(['Accessibility statement', 'Privacy']);
    expect(linkNames(navs[2])).to.deep.equal(['Español', 'Tiếng Việt']);
    expect(findAllIn(footer, (n) => n.role === 'heading').map((n) => n.name)).to.deep.equal([
      'Contact us',
    ]);
  });

  it('keeps every link in the light DOM, in reading and tab order', async () => {
    const footer = await mount<PlazaFooter>(full);
    const before = document.createElement('button');
    before.textContent = 'before';
    footer.before(before);
    before.focus();
    const visited: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      await sendKeys({ press: 'Tab' });
      visited.push(document.activeElement!.textContent!.trim());
    }
    before.remove();
    expect(visited).to.deep.equal([
      'Permits',
      'Taxes',
      '555-555-0100',
      'Accessibility statement',
      'Privacy',
      'Español',
      'Tiếng Việt',
    ]);
    const spanish = footer.querySelector<HTMLAnchorElement>('[hreflang="es"]')!;
    expect(spanish.lang).to.equal('es');
    expect(spanish.parentElement).to.equal(footer);
  });

  it('draws only the groups that have content', async () => {
    const footer = await mount<PlazaFooter>(
      html`<plaza-footer>
        <a slot="meta" href="#privacy">Privacy</a>
      </plaza-footer>`,
    );
    let navs = findAllIn(await accessibilityTree(), (n) => n.role === 'navigation');
    expect(navs.map((n) => n.name)).to.deep.equal(['Support links']);
    const link = document.createElement('a');
    link.href = '#services';
    link.textContent = 'Services';
    footer.prepend(link);
    await new Promise((resolve) => setTimeout(resolve));
    await footer.updateComplete;
    navs = findAllIn(await accessibilityTree(), (n) => n.role === 'navigation');
    expect(navs.map((n) => n.name)).to.deep.equal(['Footer', 'Support links']);
    expect(footer.shadowRoot!.querySelector('[part="contact"]')!.checkVisibility()).to.equal(false);
  });

  it('names its groups in Spanish where the page is in Spanish, or as told', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="es">${full}</div>`);
    let navs = findAllIn(await accessibilityTree(), (n) => n.role === 'navigation');
    expect(navs.map((n) => n.name)).to.deep.equal(['Pie de página', 'Enlaces de ayuda', 'Idiomas']);
    const footer = wrapper.querySelector('plaza-footer')!;
    footer.linksLabel = 'Servicios';
    await footer.updateComplete;
    navs = findAllIn(await accessibilityTree(), (n) => n.role === 'navigation');
    expect(navs[0].name).to.equal('Servicios');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps its content off the page's inline edges in a full-width layout (${dir})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await mount<HTMLElement>(html`<div dir=${dir}>${full}</div>`);
      const footer = wrapper.querySelector<PlazaFooter>('plaza-footer')!;
      const gutter = tokenPx('--plaza-space-4');
      expect(gutter).to.be.greaterThan(0);
      const firstLink = footer.querySelector(':scope > a:not([slot])')!;
      const legal = footer.querySelector('[slot="legal"]')!;
      expect(inlineStartInset(footer, firstLink), 'first link').to.be.at.least(gutter);
      expect(inlineStartInset(footer, legal), 'legal line').to.be.at.least(gutter);
      const bottom = footer.shadowRoot!.querySelector('.bottom')!;
      expect(inlineEndInset(footer, bottom), 'inline end').to.be.at.least(gutter);
    });
  }

  it('reflows at 320 CSS px without scrolling sideways, with 44px link targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const footer = await mount<PlazaFooter>(full);
    expect(footer.scrollWidth).to.be.at.most(footer.clientWidth);
    for (const link of footer.querySelectorAll<HTMLElement>(':scope > a')) {
      const box = link.getBoundingClientRect();
      expect(box.right, link.textContent!).to.be.at.most(320);
      expect(box.height, link.textContent!).to.be.at.least(24);
    }
  });

  it('reflows at 200% text size without scrolling sideways', async () => {
    await setViewport({ width: 640, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const footer = await mount<PlazaFooter>(full);
      expect(footer.scrollWidth).to.be.at.most(footer.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMediaFeatures(FORCED_COLORS));
    after(() => emulateMediaFeatures([]));

    it('draws its top edge and divider in the text colour and its links as links', async () => {
      const footer = await mount<PlazaFooter>(full);
      expect(drawnColor(footer, 'border-top-color'), 'top edge').to.equal(
        systemColor('CanvasText'),
      );
      const divider = footer.shadowRoot!.querySelector('.bottom')!;
      expect(drawnColor(divider, 'border-top-color'), 'divider').to.equal(
        systemColor('CanvasText'),
      );
      for (const link of footer.querySelectorAll('a')) {
        expect(drawnColor(link, 'color'), link.textContent!).to.equal(systemColor('LinkText'));
      }
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      full,
      'meta only': html`<plaza-footer>
        <a slot="meta" href="#a11y">Accessibility statement</a>
      </plaza-footer>`,
      spanish: html`<div lang="es">${full}</div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-footer>
          <a href="#a">الخدمات</a>
          <a slot="meta" href="#b">بيان إمكانية الوصول</a>
          <a slot="languages" href="#en" lang="en" hreflang="en">English</a>
        </plaza-footer>
      </div>`,
    };
    accessibleInEveryState(states);
  });
});
