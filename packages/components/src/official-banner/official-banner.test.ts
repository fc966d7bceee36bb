import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { registerMessages } from '@plaza/core';
import './plaza-official-banner.js';
import { PlazaOfficialBanner } from './official-banner.js';
import {
  drawnColor,
  emulateMedia as emulateMediaFeatures,
  FORCED_COLORS,
  systemColor,
} from '../../test/support/emulate-media.js';
import { queryAccessible } from '../../test/support/accessibility-tree.js';
import { text } from '../../test/support/text.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const part = (banner: PlazaOfficialBanner, name: string) =>
  banner.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
/** Text of the flat tree: slots give their assigned nodes (or their fallback content). */
function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flatText).join('');
  }
  if (node instanceof Element || node instanceof DocumentFragment) {
    return [...node.childNodes].map(flatText).join('');
  }
  return node.textContent ?? '';
}
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
/** What a sighted reader sees of the explanation (slotted text included). */
const guidanceText = (banner: PlazaOfficialBanner) =>
  part(banner, 'guidance').checkVisibility() ? squash(flatText(part(banner, 'guidance'))) : '';

describe('<plaza-official-banner>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('says whose official website it is, in a labelled region', async () => {
    const banner = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner jurisdiction="the State of Example"></plaza-official-banner>`,
    );
    expect(text(part(banner, 'intro'))).to.equal('An official website of the State of Example');
    const region = await queryAccessible((n) => n.role === 'region');
    expect(region?.name).to.equal('Official website');
    const generic = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner></plaza-official-banner>`,
    );
    expect(text(part(generic, 'intro'))).to.equal('An official government website');
  });

  it('uses the sentence written in the page, which reads before scripts run', async () => {
    const banner = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner jurisdiction="ignored"
        >An official website of Example County, Oregon</plaza-official-banner
      >`,
    );
    const slot = part(banner, 'intro').querySelector('slot')!;
    expect(text(slot.assignedNodes()[0] as Element)).to.equal(
      'An official website of Example County, Oregon',
    );
    expect(squash(flatText(part(banner, 'intro')))).to.equal(
      'An official website of Example County, Oregon',
    );
  });

  it('opens and closes the explanation from the keyboard as a disclosure', async () => {
    const banner = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner
        jurisdiction="the State of Example"
        domain="example.gov"
      ></plaza-official-banner>`,
    );
    const toggle = part(banner, 'toggle');
    expect(guidanceText(banner)).to.equal('');
    let node = await queryAccessible((n) => n.role === 'button');
    expect(node?.name).to.equal('Here’s how you know');
    expect(node?.expanded ?? false).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal(part(banner, 'guidance').id);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;
    expect(banner.open).to.equal(true);
    expect(guidanceText(banner)).to.contain('Official websites use example.gov');
    expect(guidanceText(banner)).to.contain('Secure example.gov websites use HTTPS');
    expect(guidanceText(banner)).to.contain('A lock or https:// means');
    node = await queryAccessible((n) => n.role === 'button');
    expect(node?.expanded).to.equal(true);
    expect(banner.shadowRoot!.activeElement).to.equal(toggle, 'focus stays on the button');

    await sendKeys({ press: 'Space' });
    await banner.updateComplete;
    expect(banner.open).to.equal(false);
    expect(guidanceText(banner)).to.equal('');
    node = await queryAccessible((n) => n.role === 'button');
    expect(node?.expanded ?? false).to.equal(false);
  });

  it('lets a jurisdiction replace the explanation with slots or messages', async () => {
    registerMessages('en', {
      'officialBanner.domainText': 'Example County sites end in {domain}.',
    });
    try {
      const banner = await mount<PlazaOfficialBanner>(
        html`<plaza-official-banner domain="example-county.gov" open>
          <span slot="https-guidance">Look for the lock before you sign in.</span>
        </plaza-official-banner>`,
      );
      expect(guidanceText(banner)).to.contain('Example County sites end in example-county.gov.');
      expect(guidanceText(banner)).to.contain('Look for the lock before you sign in.');
      expect(guidanceText(banner)).not.to.contain('A lock or https://');
    } finally {
      registerMessages('en', {
        'officialBanner.domainText':
          'A {domain} website belongs to an official government organization.',
      });
    }
  });

  it('speaks Spanish where the page is in Spanish', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div lang="es">
        <plaza-official-banner jurisdiction="el Estado de Ejemplo" open></plaza-official-banner>
      </div>`,
    );
    const banner = wrapper.querySelector('plaza-official-banner')!;
    expect(text(part(banner, 'intro'))).to.equal('Un sitio web oficial del Estado de Ejemplo');
    expect(text(part(banner, 'toggle'))).to.equal('Así es como usted puede verificarlo');
    expect(guidanceText(banner)).to.contain('Los sitios web oficiales usan .gov');
    const region = await queryAccessible((n) => n.role === 'region');
    expect(region?.name).to.equal('Sitio web oficial');
  });

  it('reflows at 320 CSS px and at 200% text size without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const banner = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner jurisdiction="the Commonwealth of Example" open>
      </plaza-official-banner>`,
    );
    const guidance = part(banner, 'guidance');
    expect(banner.scrollWidth).to.be.at.most(320);
    expect(guidance.scrollWidth).to.be.at.most(guidance.clientWidth);
    expect(part(banner, 'toggle').getBoundingClientRect().height).to.be.at.least(24);
    document.documentElement.style.fontSize = '200%';
    try {
      await setViewport({ width: 640, height: 640 });
      expect(banner.scrollWidth).to.be.at.most(640);
      expect(guidance.scrollWidth).to.be.at.most(guidance.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('turns its chevron without animation when motion is reduced', async () => {
    const banner = await mount<PlazaOfficialBanner>(
      html`<plaza-official-banner></plaza-official-banner>`,
    );
    const chevron = banner.shadowRoot!.querySelector('.chevron')!;
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(chevron).transitionDuration).not.to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMediaFeatures(FORCED_COLORS));
    after(() => emulateMediaFeatures([]));

    it('draws the button as a link, the icons and the divider in the text colour', async () => {
      const banner = await mount<PlazaOfficialBanner>(
        html`<plaza-official-banner
          jurisdiction="the State of Example"
          open
        ></plaza-official-banner>`,
      );
      const root = banner.shadowRoot!;
      expect(drawnColor(root.querySelector('button')!, 'color'), 'button').to.equal(
        systemColor('LinkText'),
      );
      const icons = root.querySelectorAll('.icon');
      expect(icons.length).to.be.greaterThan(0);
      for (const icon of icons)
        expect(drawnColor(icon, 'color')).to.equal(systemColor('CanvasText'));
      expect(drawnColor(root.querySelector('.guidance')!, 'border-top-color'), 'divider').to.equal(
        systemColor('CanvasText'),
      );
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      closed: html`<plaza-official-banner jurisdiction="the State of Example">
      </plaza-official-banner>`,
      open: html`<plaza-official-banner jurisdiction="the State of Example" open>
      </plaza-official-banner>`,
      spanish: html`<div lang="es">
        <plaza-official-banner jurisdiction="el Estado de Ejemplo" open></plaza-official-banner>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-official-banner open>موقع حكومي رسمي</plaza-official-banner>
      </div>`,
    };
    accessibleInEveryState(states);
  });
});
