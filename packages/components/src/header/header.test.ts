import { expect, html, oneEvent } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-header.js';
import { PlazaHeader, type HeaderMenuToggleDetail } from './header.js';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
} from '../../test/support/emulate-media.js';
import { accessibilityTree, findAllIn, findIn } from '../../test/support/accessibility-tree.js';
import { inlineEndInset, inlineStartInset, tokenPx } from '../../test/support/inline-inset.js';

const part = (header: PlazaHeader, name: string) =>
  header.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const links = (header: PlazaHeader) => [
  ...header.querySelectorAll<HTMLAnchorElement>(':scope > a:not([slot])'),
];

const example = html`<plaza-header>
  <svg slot="logo" viewBox="0 0 10 10" width="40" height="40" aria-hidden="true">
    <circle cx="5" cy="5" r="5" />
  </svg>
  <a slot="jurisdiction" href="#home">State of Example</a>
  <a slot="service" href="#service">Apply for a building permit</a>
  <a href="#permits" aria-current="page">Permits</a>
  <a href="#inspections">Inspections</a>
  <a href="#contact">Contact us</a>
</plaza-header>`;

describe('<plaza-header>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a banner landmark with the names and a navigation landmark of the page’s links', async () => {
    const header = await mount<PlazaHeader>(example);
    const tree = await accessibilityTree();
    const banner = findIn(tree, (n) => n.role === 'banner');
    expect(banner, 'banner landmark').not.to.equal(null);
    const names = findAllIn(banner!, (n) => n.role === 'link').map((n) => n.name);
    expect(names).to.deep.equal([
      'State of Example',
      'Apply for a building permit',
      'Permits',
      'Inspections',
      'Contact us',
    ]);
    const nav = findIn(banner!, (n) => n.role === 'navigation');
    expect(nav?.name).to.equal('Main');
    expect(findAllIn(nav!, (n) => n.role === 'link')).to.have.length(3);
    expect(links(header)[0].parentElement).to.equal(header, 'links stay in the light DOM');
  });

  it('shows every link and no menu button on a wide screen', async () => {
    const header = await mount<PlazaHeader>(example);
    expect(part(header, 'menu-button')!.checkVisibility()).to.equal(false);
    for (const link of links(header)) expect(link.checkVisibility()).to.equal(true);
    const button = findIn(await accessibilityTree(), (n) => n.role === 'button');
    expect(button).to.equal(null);
  });

  it('collapses the links behind a Menu button on a narrow screen (disclosure pattern)', async () => {
    await setViewport({ width: 320, height: 640 });
    const header = await mount<PlazaHeader>(example);
    const button = part(header, 'menu-button')! as HTMLButtonElement;
    expect(button.checkVisibility()).to.equal(true);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    expect(links(header).some((link) => link.checkVisibility())).to.equal(false);
    let node = findIn(await accessibilityTree(), (n) => n.role === 'button');
    expect(node?.name).to.equal('Menu');
    expect(node?.expanded ?? false).to.equal(false);
    expect(button.getAttribute('aria-controls')).to.equal(part(header, 'navigation')!.id);

    button.focus();
    const toggled = oneEvent(header, 'plaza-menu-toggle');
    await sendKeys({ press: 'Enter' });
    expect(((await toggled) as CustomEvent<HeaderMenuToggleDetail>).detail.open).to.equal(true);
    await header.updateComplete;
    expect(links(header).every((link) => link.checkVisibility())).to.equal(true);
    node = findIn(await accessibilityTree(), (n) => n.role === 'button');
    expect(node?.expanded).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(links(header)[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(links(header)[1]);
    await sendKeys({ press: 'Escape' });
    await header.updateComplete;
    expect(header.menuOpen).to.equal(false);
    expect(header.shadowRoot!.activeElement).to.equal(button, 'focus returns to the button');
    expect(links(header).some((link) => link.checkVisibility())).to.equal(false);

    await sendKeys({ press: 'Space' });
    await header.updateComplete;
    expect(header.menuOpen).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await header.updateComplete;
    expect(header.menuOpen).to.equal(false);
    expect(header.shadowRoot!.activeElement).to.equal(button);
  });

  it('ignores Escape on a wide screen, where nothing is collapsed', async () => {
    const header = await mount<PlazaHeader>(example);
    header.menuOpen = true;
    await header.updateComplete;
    links(header)[1].focus();
    await sendKeys({ press: 'Escape' });
    expect(document.activeElement).to.equal(links(header)[1]);
    expect(header.menuOpen).to.equal(true);
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps its content off the page's inline edges in a full-width layout (${dir})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const wrapper = await mount<HTMLElement>(html`<div dir=${dir}>${example}</div>`);
      const header = wrapper.querySelector<PlazaHeader>('plaza-header')!;
      const gutter = tokenPx('--plaza-space-4');
      expect(gutter).to.be.greaterThan(0);
      const jurisdiction = header.querySelector('[slot="jurisdiction"]')!;
      expect(inlineStartInset(header, jurisdiction), 'names').to.be.at.least(gutter);
      expect(inlineStartInset(header, links(header)[0]), 'first link').to.be.at.least(gutter);
      expect(inlineEndInset(header, part(header, 'brand')!), 'inline end').to.be.at.least(gutter);
    });
  }

  it('reflows at 320 CSS px with long names, without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const header = await mount<PlazaHeader>(
      html`<plaza-header menu-open>
        <a slot="jurisdiction" href="#home">Commonwealth of Example Department of Transportation</a>
        <a slot="service" href="#service">Renew a commercial driver’s license</a>
        <a href="#a">Vehicle registration and titles</a>
        <a href="#b">Driver’s licenses and identification cards</a>
      </plaza-header>`,
    );
    expect(header.scrollWidth).to.be.at.most(header.clientWidth);
    for (const link of links(header)) {
      expect(link.getBoundingClientRect().right).to.be.at.most(320);
    }
  });

  it('has no menu button or navigation without links', async () => {
    const header = await mount<PlazaHeader>(
      html`<plaza-header>
        <span slot="jurisdiction">Example County</span>
      </plaza-header>`,
    );
    expect(part(header, 'menu-button')).to.equal(null);
    expect(findIn(await accessibilityTree(), (n) => n.role === 'navigation')).to.equal(null);
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'Services';
    header.append(link);
    await new Promise((resolve) => setTimeout(resolve));
    await header.updateComplete;
    expect(part(header, 'menu-button')).not.to.equal(null);
  });

  it('speaks Spanish where the page is in Spanish, and takes its own navigation name', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await mount<HTMLDivElement>(html`<div lang="es">${example}</div>`);
    const header = wrapper.querySelector('plaza-header')!;
    const tree = await accessibilityTree();
    expect(findIn(tree, (n) => n.role === 'button')?.name).to.equal('Menú');
    header.menuOpen = true;
    await header.updateComplete;
    expect(findIn(await accessibilityTree(), (n) => n.role === 'navigation')?.name).to.equal(
      'Principal',
    );
    header.navLabel = 'Servicios';
    await header.updateComplete;
    expect(findIn(await accessibilityTree(), (n) => n.role === 'navigation')?.name).to.equal(
      'Servicios',
    );
  });

  it('collapses sooner at 200% text size, and still does not scroll sideways', async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.fontSize = '200%';
    try {
      const header = await mount<PlazaHeader>(example);
      expect(part(header, 'menu-button')!.checkVisibility()).to.equal(true);
      header.menuOpen = true;
      await header.updateComplete;
      expect(header.scrollWidth).to.be.at.most(header.clientWidth);
      for (const link of links(header))
        expect(link.getBoundingClientRect().right).to.be.at.most(800);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('marks the current page on the start side in right-to-left pages', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = await mount<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <plaza-header menu-open>
          <a href="#a" aria-current="page">الخدمات</a>
          <a href="#b">اتصل بنا</a>
        </plaza-header>
      </div>`,
    );
    const current = getComputedStyle(root.querySelector('[aria-current]')!);
    expect(current.borderRightWidth).to.equal('4px');
    expect(current.borderLeftWidth).to.equal('0px');
  });

  it('changes colour without animation when motion is reduced', async () => {
    const header = await mount<PlazaHeader>(example);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(links(header)[0]).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(links(header)[0]).transitionDuration).not.to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMediaFeatures(FORCED_COLORS));
    after(() => emulateMediaFeatures([]));

    /** The sides on which a link draws a visible (not page-coloured) border. */
    const markedSides = (link: Element) =>
      ['top', 'right', 'bottom', 'left'].filter((side) => {
        const color = drawnColor(link, `border-${side}-color`);
        return color !== null && color !== systemColor('Canvas');
      });

    for (const [layout, width] of [
      ['wide', 800],
      ['narrow', 320],
    ] as const) {
      it(`marks only the current page, in the text colour (${layout})`, async () => {
        await setViewport({ width, height: 600 });
        const header = await mount<PlazaHeader>(example);
        const [current, ...others] = links(header);
        const sides = markedSides(current);
        expect(sides).to.have.length(1);
        expect(drawnColor(current, `border-${sides[0]}-color`)).to.equal(systemColor('CanvasText'));
        for (const other of others)
          expect(markedSides(other), other.textContent!).to.deep.equal([]);
      });
    }

    it('draws the menu button’s border', async () => {
      await setViewport({ width: 320, height: 600 });
      const header = await mount<PlazaHeader>(example);
      const button = part(header, 'menu-button')!;
      expect(drawnColor(button, 'border-top-color'))
        .to.be.a('string')
        .and.not.equal(systemColor('Canvas'));
    });
  });

  describe('accessibility (axe)', () => {
    it('wide', async () => {
      await expect(await mount(example)).to.be.accessible();
    });
    it('narrow, closed and open', async () => {
      await setViewport({ width: 320, height: 640 });
      const header = await mount<PlazaHeader>(example);
      await expect(header).to.be.accessible();
      header.menuOpen = true;
      await header.updateComplete;
      await expect(header).to.be.accessible();
    });
    it('spanish', async () => {
      await expect(await mount(html`<div lang="es">${example}</div>`)).to.be.accessible();
    });
    it('rtl', async () => {
      await expect(
        await mount(
          html`<div dir="rtl" lang="ar">
            <plaza-header>
              <a slot="jurisdiction" href="#home">ولاية المثال</a>
              <a href="#a" aria-current="page">الخدمات</a>
              <a href="#b">اتصل بنا</a>
            </plaza-header>
          </div>`,
        ),
      ).to.be.accessible();
    });
  });
});
