import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { sendKeys } from '@web/test-runner-commands';
import './plaza-skip-link.js';
import { PlazaSkipLink } from './skip-link.js';
import {
  canvasColor,
  drawsBorder,
  emulateMedia,
  FORCED_COLORS,
} from '../../test/support/emulate-media.js';
import { queryAccessible } from '../../test/support/accessibility-tree.js';

const visibleWidth = (element: Element) => element.getBoundingClientRect().width;

/** A page with the skip link first, a header of links, and the main content. */
async function page(skip = html`<plaza-skip-link href="#main"></plaza-skip-link>`) {
  const root = await mount<HTMLDivElement>(
    html`<div>
      ${skip}
      <header><a href="#home">Home</a> <a href="#services">Services</a></header>
      <main id="main">
        <h1>Apply for a permit</h1>
        <a href="#start">Start now</a>
      </main>
    </div>`,
  );
  const skipLink = root.querySelector('plaza-skip-link')!;
  await skipLink.updateComplete;
  return { root, skipLink, main: root.querySelector('main')! };
}

/** Puts the keyboard before the fixture, as on a freshly loaded page. */
function focusBefore(root: HTMLElement) {
  const start = document.createElement('button');
  start.textContent = 'before';
  root.before(start);
  start.focus();
  return () => start.remove();
}

describe('<plaza-skip-link>', () => {
  it('is hidden until focused, then shows as a named link in the page flow', async () => {
    const { root, skipLink } = await page();
    const cleanup = focusBefore(root);
    expect(visibleWidth(skipLink)).to.be.at.most(1);
    await sendKeys({ press: 'Tab' });
    const link = skipLink.shadowRoot!.querySelector('a')!;
    expect(skipLink.shadowRoot!.activeElement).to.equal(link);
    expect(visibleWidth(skipLink)).to.be.greaterThan(100);
    expect(getComputedStyle(skipLink).position).to.equal('static');
    expect(link.getBoundingClientRect().height).to.be.at.least(24);
    const node = await queryAccessible((n) => n.role === 'link' && n.focused === true);
    expect(node?.name).to.equal('Skip to main content');
    cleanup();
  });

  it('moves keyboard focus to the main content with Enter, and Tab continues from there', async () => {
    const { root, skipLink, main } = await page();
    const cleanup = focusBefore(root);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('Start now');
    expect(main.hasAttribute('tabindex')).to.equal(false, 'tabindex goes when focus leaves');
    expect(visibleWidth(skipLink)).to.be.at.most(1);
    cleanup();
  });

  it('keeps a target’s own tabindex', async () => {
    const { skipLink, main } = await page();
    main.setAttribute('tabindex', '0');
    skipLink.shadowRoot!.querySelector('a')!.click();
    expect(document.activeElement).to.equal(main);
    main.blur();
    expect(main.getAttribute('tabindex')).to.equal('0');
  });

  it('enhances a link written in the page, which works before scripts run', async () => {
    const { root, skipLink, main } = await page(
      html`<plaza-skip-link><a href="#main">Skip to the application</a></plaza-skip-link>`,
    );
    expect(skipLink.shadowRoot!.querySelector('a')).to.equal(null, 'no link inside a link');
    const cleanup = focusBefore(root);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(skipLink.querySelector('a'));
    expect(visibleWidth(skipLink)).to.be.greaterThan(100);
    const node = await queryAccessible((n) => n.role === 'link' && n.focused === true);
    expect(node?.name).to.equal('Skip to the application');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    cleanup();
  });

  it('takes its words from the page language, or from its content', async () => {
    const { skipLink } = await page(
      html`<div lang="es"><plaza-skip-link href="#main"></plaza-skip-link></div>`,
    );
    const link = skipLink.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Saltar al contenido principal');
    skipLink.parentElement!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await skipLink.updateComplete;
    expect(link.textContent!.trim()).to.equal('Skip to main content');
    const custom = await mount<PlazaSkipLink>(
      html`<plaza-skip-link href="#main">Skip to the form</plaza-skip-link>`,
    );
    custom.shadowRoot!.querySelector('a')!.focus();
    const node = await queryAccessible((n) => n.role === 'link' && n.focused === true);
    expect(node?.name).to.equal('Skip to the form');
  });

  it('does nothing for a link to a missing target', async () => {
    const skipLink = await mount<PlazaSkipLink>(
      html`<plaza-skip-link href="#nowhere"></plaza-skip-link>`,
    );
    const link = skipLink.shadowRoot!.querySelector('a')!;
    link.focus();
    link.click();
    expect(skipLink.shadowRoot!.activeElement).to.equal(link);
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMedia(FORCED_COLORS));
    after(() => emulateMedia([]));

    it('draws a box around the focused link, in a link colour', async () => {
      const skipLink = await mount<PlazaSkipLink>(
        html`<plaza-skip-link href="#main"></plaza-skip-link>`,
      );
      skipLink.shadowRoot!.querySelector('a')!.focus();
      for (const side of ['top', 'bottom', 'left', 'right']) {
        expect(drawsBorder(skipLink, side), side).to.equal(true);
      }
      const link = getComputedStyle(skipLink.shadowRoot!.querySelector('a')!);
      expect(link.color).not.to.equal(canvasColor());
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      hidden: html`<div>
        <plaza-skip-link href="#m"></plaza-skip-link>
        <main id="m">x</main>
      </div>`,
      spanish: html`<div lang="es">
        <plaza-skip-link href="#m"></plaza-skip-link>
        <main id="m">x</main>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-skip-link href="#m">تخطي إلى المحتوى الرئيسي</plaza-skip-link>
        <main id="m">x</main>
      </div>`,
      slotted: html`<div>
        <plaza-skip-link><a href="#m">Skip to main content</a></plaza-skip-link>
        <main id="m">x</main>
      </div>`,
    };
    for (const [name, template] of Object.entries(states)) {
      it(name, async () => {
        const element = await mount(template);
        await expect(element).to.be.accessible();
        (element.querySelector('plaza-skip-link')!.shadowRoot!.querySelector('a') ??
          element.querySelector('a'))!.focus();
        await expect(element).to.be.accessible();
      });
    }
  });
});
