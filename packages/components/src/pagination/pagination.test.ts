import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-pagination.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { pageItems, PlazaPagination, type PageChangeDetail } from './pagination.js';
import { findAllByRole } from '../../test/support/accessibility-tree.js';

const links = (el: PlazaPagination) => [...el.shadowRoot!.querySelectorAll('a')];

describe('<plaza-pagination>', () => {
  it('chooses pages: first, last, current and neighbours, with ellipses for gaps', () => {
    expect(pageItems(1, 1)).to.deep.equal([1]);
    expect(pageItems(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageItems(5, 10)).to.deep.equal([1, null, 4, 5, 6, null, 10]);
    expect(pageItems(3, 10)).to.deep.equal([1, 2, 3, 4, null, 10]);
    expect(pageItems(10, 10)).to.deep.equal([1, null, 9, 10]);
    expect(pageItems(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is a labelled landmark whose links are named for screen readers', async () => {
    await fixture(html`<plaza-pagination current="5" total="10"></plaza-pagination>`);
    const [nav] = await findAllByRole('navigation');
    expect(nav.name).to.equal('Pagination');
    expect((await findAllByRole('link')).map((l) => l.name)).to.deep.equal([
      'Previous page',
      'Page 1',
      'Page 4',
      'Page 5',
      'Page 6',
      'Page 10',
      'Next page',
    ]);
  });

  it('marks the current page with aria-current, and only that one', async () => {
    const el = await fixture<PlazaPagination>(
      html`<plaza-pagination current="2" total="3"></plaza-pagination>`,
    );
    const current = links(el).filter((a) => a.hasAttribute('aria-current'));
    expect(current).to.have.length(1);
    expect(current[0].getAttribute('aria-current')).to.equal('page');
    expect(current[0].textContent).to.equal('2');
    // Not by colour alone: the current page has no underline and a filled box.
    const normal = links(el).find((a) => a.textContent === '1')!;
    expect(getComputedStyle(current[0]).textDecorationLine).to.equal('none');
    expect(getComputedStyle(normal).textDecorationLine).to.equal('underline');
  });

  it('leaves out Previous on the first page and Next on the last', async () => {
    const first = await fixture<PlazaPagination>(
      html`<plaza-pagination current="1" total="4"></plaza-pagination>`,
    );
    expect(first.shadowRoot!.querySelector('[part="previous"]')).to.equal(null);
    expect(first.shadowRoot!.querySelector('[part="next"]')).not.to.equal(null);
    const last = await fixture<PlazaPagination>(
      html`<plaza-pagination current="4" total="4"></plaza-pagination>`,
    );
    expect(last.shadowRoot!.querySelector('[part="next"]')).to.equal(null);
    expect(last.shadowRoot!.querySelector('[part="previous"]')!.getAttribute('rel')).to.equal(
      'prev',
    );
  });

  it('builds links from the href template, clamping bad numbers', async () => {
    const el = await fixture<PlazaPagination>(
      html`<plaza-pagination current="99" total="3" href="/results/{page}#top"></plaza-pagination>`,
    );
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '/results/2#top',
      '/results/1#top',
      '/results/2#top',
      '/results/3#top',
    ]);
    expect(links(el).at(-1)!.getAttribute('aria-current')).to.equal('page');
  });

  it('is used with Tab and Enter, and lets script take over the change', async () => {
    const el = await fixture<PlazaPagination>(
      html`<plaza-pagination current="2" total="5" href="#page-{page}"></plaza-pagination>`,
    );
    const chosen: number[] = [];
    el.addEventListener('plaza-page-change', (event) => {
      chosen.push((event as CustomEvent<PageChangeDetail>).detail.page);
      event.preventDefault();
      el.current = (event as CustomEvent<PageChangeDetail>).detail.page;
    });
    links(el)[0].focus();
    expect(getComputedStyle(links(el)[0]).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect((await findAllByRole('link')).find((l) => l.focused)?.name).to.equal('Page 2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chosen).to.deep.equal([3]);
    expect(location.hash).to.not.equal('#page-3');
    const current = el.shadowRoot!.querySelector('[aria-current="page"]')!;
    expect(current.textContent).to.equal('3');
  });

  it('follows the link when the change is not cancelled', async () => {
    const el = await fixture<PlazaPagination>(
      html`<plaza-pagination current="1" total="2" href="#results-{page}"></plaza-pagination>`,
    );
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="next"]')!.click();
    expect(location.hash).to.equal('#results-2');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('speaks Spanish, and follows a language change', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><plaza-pagination current="2" total="3"></plaza-pagination></div>`,
    );
    expect((await findAllByRole('navigation'))[0].name).to.equal('Paginación');
    expect((await findAllByRole('link')).map((l) => l.name)).to.deep.equal([
      'Página anterior',
      'Página 1',
      'Página 2',
      'Página 3',
      'Página siguiente',
    ]);
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await wrapper.querySelector('plaza-pagination')!.updateComplete;
    expect((await findAllByRole('link'))[0].name).to.equal('Previous page');
  });

  it('shows a fallback before scripts run, not after', async () => {
    const el = await fixture<PlazaPagination>(
      html`<plaza-pagination current="1" total="2"
        ><a href="?page=2">Next page</a></plaza-pagination
      >`,
    );
    expect(el.querySelector('a')!.getClientRects()).to.have.length(0);
    expect(links(el)).to.have.length(3);
  });

  it('wraps at 320px with 44px targets and no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<PlazaPagination>(
        html`<plaza-pagination current="50" total="100"></plaza-pagination>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const link of links(el)) {
        const box = link.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('points the arrows the other way in right-to-left pages', async () => {
    const arrow = (el: Element) =>
      getComputedStyle(el.shadowRoot!.querySelector('[part="next"] .arrow')!).transform;
    const ltr = await fixture(html`<plaza-pagination current="1" total="2"></plaza-pagination>`);
    const rtl = await fixture<HTMLElement>(
      html`<div dir="rtl"><plaza-pagination current="1" total="2"></plaza-pagination></div>`,
    );
    expect(arrow(ltr)).to.not.equal(arrow(rtl.querySelector('plaza-pagination')!));
  });

  describe('accessibility (axe) in every state', () => {
    it('first page', async () => {
      const el = await fixture(html`<plaza-pagination current="1" total="10"></plaza-pagination>`);
      await expect(el).to.be.accessible();
    });
    it('middle page', async () => {
      const el = await fixture(html`<plaza-pagination current="5" total="10"></plaza-pagination>`);
      await expect(el).to.be.accessible();
    });
    it('last page', async () => {
      const el = await fixture(html`<plaza-pagination current="10" total="10"></plaza-pagination>`);
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es"><plaza-pagination current="2" total="3"></plaza-pagination></div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div lang="ar" dir="rtl">
          <plaza-pagination current="2" total="3" label="ترقيم الصفحات"></plaza-pagination>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-pagination',
  example: () => html`<plaza-pagination current="5" total="10"></plaza-pagination>`,
  forcedColors: [
    {
      name: 'page link',
      find: (host) => host.shadowRoot!.querySelector('a:not(.current)'),
      property: 'color',
      system: 'LinkText',
    },
    {
      name: 'current page box',
      find: (host) => host.shadowRoot!.querySelector('a.current'),
      property: 'border-top-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 7,
});
