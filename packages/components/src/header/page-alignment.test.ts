/**
 * The page frame lines up: with @plaza/tokens/page.css, the header's content, the main content in
 * `.plaza-width-container` and the footer's content start and end at the same x, measured as
 * rendered at a desktop (1280px) and a phone (390px) width.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount } from '../../test/support/mount.js';
import './plaza-header.js';
import '../footer/plaza-footer.js';

/** Loads page.css the way a service page would: a <link> to the published file. */
async function loadPageCss(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../../tokens/css/page.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The left and right edges of the text inside a box (its content box). */
function contentEdges(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return [
    box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
    box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
  ];
}

describe('page frame alignment (page.css, header, footer)', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadPageCss();
  });
  after(async () => {
    link.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [1280, 390]) {
    it(`lines up the header, main content and footer at ${width}px`, async () => {
      await setViewport({ width, height: 800 });
      const page = await mount<HTMLDivElement>(
        html`<div class="plaza-page">
          <plaza-header>
            <a slot="jurisdiction" href="#home">State of Example</a>
            <span slot="service">Apply for food assistance</span>
            <a href="#benefits">Benefits</a>
          </plaza-header>
          <div class="plaza-width-container">
            <main class="plaza-main"><h1>Your details</h1></main>
          </div>
          <plaza-footer><a slot="meta" href="#privacy">Privacy</a></plaza-footer>
        </div>`,
      );
      const header = page.querySelector('plaza-header')!.shadowRoot!.querySelector('header')!;
      const footer = page.querySelector('plaza-footer')!.shadowRoot!.querySelector('footer')!;
      const main = page.querySelector('.plaza-width-container')!;
      const [left, right] = contentEdges(main);
      expect(contentEdges(header)).to.deep.equal([left, right]);
      expect(contentEdges(footer)).to.deep.equal([left, right]);
      // The heading's text starts at the same x as the state's name.
      const name = page.querySelector('[slot="jurisdiction"]')!.getBoundingClientRect().left;
      expect(page.querySelector('h1')!.getBoundingClientRect().left).to.equal(name);
      if (width === 1280) {
        // Centred in the window, at the page width (64rem, 1024px at the default text size).
        expect(right - left).to.equal(1024);
        expect(left).to.equal(1280 - right);
      } else {
        // The gutter (1rem) on each side of the page (the test page's body has a margin).
        const frame = page.getBoundingClientRect();
        expect([left, right]).to.deep.equal([frame.left + 16, frame.right - 16]);
      }
    });
  }

  it('styles links, visited links and headings from the tokens', async () => {
    const page = await mount<HTMLDivElement>(
      html`<div class="plaza-page">
        <h1>Title</h1>
        <p><a href="#here">A link</a></p>
      </div>`,
    );
    const root = getComputedStyle(document.documentElement);
    const rgb = (custom: string) => {
      const probe = document.createElement('span');
      probe.style.color = root.getPropertyValue(custom);
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    expect(getComputedStyle(page.querySelector('a')!).color).to.equal(rgb('--plaza-color-link'));
    expect(getComputedStyle(page.querySelector('h1')!).fontSize).to.equal('40px');
    // The token's family list (serialized with other quotes), not the browser's Times.
    const first = root.getPropertyValue('--plaza-font-family-body').trim().split(',')[0];
    expect(getComputedStyle(page).fontFamily.split(',')[0]).to.equal(first);
  });
});
