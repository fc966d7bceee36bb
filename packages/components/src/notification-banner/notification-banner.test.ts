import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './plaza-notification-banner.js';
import { PlazaNotificationBanner } from './notification-banner.js';
import {
  canvasColor,
  drawsBorder,
  emulateMedia,
  FORCED_COLORS,
} from '../../test/support/emulate-media.js';
import { queryAccessible } from '../../test/support/accessibility-tree.js';
import { accessibleInEveryState } from '../../test/support/accessible-states.js';

const inner = (banner: PlazaNotificationBanner) =>
  banner.shadowRoot!.querySelector<HTMLElement>('[part="banner"]')!;
const settle = async (banner: PlazaNotificationBanner) => {
  await banner.updateComplete;
  await banner.updateComplete;
};

describe('<plaza-notification-banner>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a region named "Important", with a level 2 title, and leaves focus alone', async () => {
    const before = document.activeElement;
    const banner = await mount<PlazaNotificationBanner>(
      html`<plaza-notification-banner>
        <p>You have 7 days left to send your application.</p>
      </plaza-notification-banner>`,
    );
    await settle(banner);
    const region = await queryAccessible((n) => n.role === 'region');
    expect(region?.name).to.equal('Important');
    const title = await queryAccessible((n) => n.role === 'heading');
    expect(title?.name).to.equal('Important');
    expect(title?.level).to.equal(2);
    expect(document.activeElement).to.equal(before);
    expect(inner(banner).hasAttribute('tabindex')).to.equal(false);
  });

  it('success: is an alert named "Success" and takes focus, like GOV.UK', async () => {
    const banner = await mount<PlazaNotificationBanner>(
      html`<plaza-notification-banner variant="success">
        <h3>Your application was saved</h3>
        <p>We have sent a copy to <a href="#email">your email</a>.</p>
      </plaza-notification-banner>`,
    );
    await settle(banner);
    expect(document.activeElement).to.equal(banner);
    expect(banner.shadowRoot!.activeElement).to.equal(inner(banner));
    expect(inner(banner).getAttribute('tabindex')).to.equal('-1');
    const alert = await queryAccessible((n) => n.role === 'alert');
    expect(alert?.name).to.equal('Success');
    expect(alert?.focused).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(banner.querySelector('a'), 'Tab continues from it');
    await settle(banner);
    expect(inner(banner).hasAttribute('tabindex')).to.equal(false, 'tabindex goes on blur');
  });

  it('success with disable-auto-focus leaves focus alone', async () => {
    const banner = await mount<PlazaNotificationBanner>(
      html`<plaza-notification-banner variant="success" disable-auto-focus
        ><p>Saved</p></plaza-notification-banner
      >`,
    );
    await settle(banner);
    expect(document.activeElement).not.to.equal(banner);
    banner.focus();
    await settle(banner);
    expect(banner.shadowRoot!.activeElement).to.equal(inner(banner));
  });

  it('takes its own title and heading level', async () => {
    await mount(
      html`<plaza-notification-banner banner-title="Service update" title-level="3">
        <p>Online payments are back.</p>
      </plaza-notification-banner>`,
    );
    const title = await queryAccessible((n) => n.role === 'heading');
    expect(title?.name).to.equal('Service update');
    expect(title?.level).to.equal(3);
    expect((await queryAccessible((n) => n.role === 'region'))?.name).to.equal('Service update');
  });

  it('speaks Spanish where the page is in Spanish', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div lang="es">
        <plaza-notification-banner><p>Le quedan 7 días.</p></plaza-notification-banner>
        <plaza-notification-banner variant="success" disable-auto-focus>
          <p>Se guardó su solicitud.</p>
        </plaza-notification-banner>
      </div>`,
    );
    await settle(wrapper.querySelector('plaza-notification-banner')!);
    expect((await queryAccessible((n) => n.role === 'region'))?.name).to.equal('Importante');
    expect((await queryAccessible((n) => n.role === 'alert'))?.name).to.equal('Éxito');
  });

  it('reflows at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    const banner = await mount<PlazaNotificationBanner>(
      html`<plaza-notification-banner variant="success" disable-auto-focus>
        <h3>Your application reference is HDJ2123F-2026-ABCDEFGHIJKLMNOP</h3>
      </plaza-notification-banner>`,
    );
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMedia(FORCED_COLORS));
    after(() => emulateMedia([]));

    it('keeps its border and a rule under the title bar', async () => {
      const banner = await mount<PlazaNotificationBanner>(
        html`<plaza-notification-banner
          ><p>Offices close on Monday.</p></plaza-notification-banner
        >`,
      );
      await settle(banner);
      for (const side of ['top', 'bottom', 'left', 'right']) {
        expect(drawsBorder(inner(banner), side), side).to.equal(true);
      }
      const titleBar = banner.shadowRoot!.querySelector('.title-bar')!;
      expect(drawsBorder(titleBar, 'block-end')).to.equal(true);
      expect(getComputedStyle(titleBar).color).not.to.equal(canvasColor());
    });
  });

  describe('accessibility (axe)', () => {
    const states = {
      important: html`<plaza-notification-banner>
        <p>You have 7 days left to send your application. <a href="#a">View application</a>.</p>
      </plaza-notification-banner>`,
      success: html`<plaza-notification-banner variant="success">
        <h3>Your application was saved</h3>
      </plaza-notification-banner>`,
      spanish: html`<div lang="es">
        <plaza-notification-banner variant="success" disable-auto-focus>
          <p>Se guardó su solicitud.</p>
        </plaza-notification-banner>
      </div>`,
      rtl: html`<div dir="rtl" lang="ar">
        <plaza-notification-banner><p>لديك 7 أيام لإرسال طلبك.</p></plaza-notification-banner>
      </div>`,
    };
    accessibleInEveryState(states);
  });
});
