import { expect, html } from '@open-wc/testing';
import { mount, unmountAll } from '../../test/support/mount.js';
import { setViewport } from '@web/test-runner-commands';
import './plaza-alert.js';
import { PlazaAlert } from './alert.js';
import {
  canvasColor,
  drawsBorder,
  emulateMedia,
  FORCED_COLORS,
} from '../../test/support/emulate-media.js';
import { type AXNode, accessibilityTree, findIn } from '../../test/support/accessibility-tree.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plaza's page-level live regions (created by the first announcement). */
const region = (politeness: 'polite' | 'assertive') =>
  document.querySelector<HTMLElement>(`[data-plaza-announcer] [aria-live="${politeness}"]`)
    ?.textContent ?? '';

function clearRegions() {
  for (const live of document.querySelectorAll('[data-plaza-announcer] [aria-live]')) {
    live.textContent = '';
  }
}

/** The alert itself must never be a live region: only Plaza's announcer speaks. */
function expectNotLive(alert: PlazaAlert) {
  const nodes = [alert, ...alert.shadowRoot!.querySelectorAll('*')];
  for (const node of nodes) {
    expect(node.getAttribute('role'), node.tagName).to.equal(null);
    expect(node.getAttribute('aria-live'), node.tagName).to.equal(null);
  }
}

let lateTag = 0;

describe('<plaza-alert>', () => {
  beforeEach(clearRegions);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is not announced when it was in the page as it loaded', async () => {
    // Parsed before its definition, then upgraded in place: just as with a page's own markup.
    lateTag += 1;
    const tag = `plaza-alert-at-load-${lateTag}`;
    const holder = await mount<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<${tag} variant="error"><p>The service is closed on Sunday.</p></${tag}>`;
    customElements.define(tag, class extends PlazaAlert {});
    const alert = holder.firstElementChild as PlazaAlert;
    await alert.updateComplete;
    await pause(150);
    expect(region('assertive')).to.equal('');
    expect(region('polite')).to.equal('');
    expectNotLive(alert);
    // Changing it afterwards is dynamic, and is announced.
    alert.querySelector('p')!.textContent = 'The service is now open on Sunday.';
    await pause(150);
    expect(region('assertive')).to.equal('Error: The service is now open on Sunday.');
  });

  it('announces an alert inserted later with innerHTML', async () => {
    const container = await mount<HTMLDivElement>(html`<div></div>`);
    container.innerHTML =
      '<plaza-alert variant="warning"><p>Your session will end soon.</p></plaza-alert>';
    await pause(150);
    expect(region('polite')).to.equal('Warning: Your session will end soon.');
  });

  it('announces an alert added after load, errors assertively', async () => {
    const container = await mount<HTMLDivElement>(html`<div></div>`);
    const alert = document.createElement('plaza-alert');
    alert.variant = 'error';
    alert.innerHTML = '<h2 slot="heading">There is a problem</h2><p>We could not save.</p>';
    container.append(alert);
    await pause(150);
    expect(region('assertive')).to.equal('Error: There is a problem We could not save.');
    expect(region('polite')).to.equal('');
    expectNotLive(alert);
  });

  it('announces info, success and warning politely', async () => {
    for (const variant of ['info', 'success', 'warning'] as const) {
      clearRegions();
      const container = await mount<HTMLDivElement>(html`<div></div>`);
      const alert = document.createElement('plaza-alert');
      alert.variant = variant;
      alert.textContent = 'Offices close at 4pm on Friday.';
      container.append(alert);
      await pause(150);
      const prefix = { info: 'Information:', success: 'Success:', warning: 'Warning:' }[variant];
      expect(region('polite'), variant).to.equal(`${prefix} Offices close at 4pm on Friday.`);
      expect(region('assertive'), variant).to.equal('');
      unmountAll();
    }
  });

  it('announces when shown by removing hidden, and not while hidden', async () => {
    const alert = await mount<PlazaAlert>(
      html`<plaza-alert variant="success" hidden>Your changes were saved.</plaza-alert>`,
    );
    await pause(150);
    expect(region('polite')).to.equal('');
    alert.textContent = 'Your address was saved.';
    await pause(150);
    expect(region('polite')).to.equal('', 'hidden changes are silent');
    alert.hidden = false;
    await pause(150);
    expect(region('polite')).to.equal('Success: Your address was saved.');
  });

  it('says its variant in words before the heading and message', async () => {
    await mount(
      html`<plaza-alert variant="warning">
        <h2 slot="heading">Your session will end soon</h2>
        <p>Save your answers to keep them.</p>
      </plaza-alert>`,
    );
    const tree = await accessibilityTree();
    const texts: string[] = [];
    const walk = (node: AXNode) => {
      // Plaza's page-level live regions may already repeat the message: read the alert only.
      if (node.role === 'status' || node.role === 'alert') return;
      if (node.role === 'StaticText' || node.role === 'text' || node.role === 'heading') {
        texts.push(node.name);
      }
      if (node.role !== 'heading') node.children?.forEach(walk);
    };
    walk(tree);
    expect(texts).to.deep.equal([
      'Warning:',
      'Your session will end soon',
      'Save your answers to keep them.',
    ]);
    const heading = findIn(tree, (n) => n.role === 'heading')!;
    expect(heading.level).to.equal(2);
  });

  it('speaks Spanish where the page is in Spanish', async () => {
    const container = await mount<HTMLDivElement>(html`<div lang="es"></div>`);
    const alert = document.createElement('plaza-alert');
    alert.variant = 'warning';
    alert.textContent = 'Su sesión terminará pronto.';
    container.append(alert);
    await pause(150);
    expect(region('polite')).to.equal('Advertencia: Su sesión terminará pronto.');
    expect(alert.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal(
      'Advertencia:',
    );
  });

  it('falls back to info for an unknown variant', async () => {
    const alert = await mount<PlazaAlert>(
      html`<plaza-alert variant=${'loud' as 'info'}>Note this.</plaza-alert>`,
    );
    expect(alert.announcement).to.equal('Information: Note this.');
  });

  it('reflows at 320 CSS px', async () => {
    await setViewport({ width: 320, height: 640 });
    const alert = await mount<PlazaAlert>(
      html`<plaza-alert variant="error">
        <h2 slot="heading">There is a problem with the service</h2>
        <p>Call 555-555-0100 or email permits@exampleCountyDepartmentOfBuildings.gov.</p>
      </plaza-alert>`,
    );
    expect(alert.scrollWidth).to.be.at.most(alert.clientWidth);
  });

  it('puts its bar on the start side, which is the right in right-to-left pages', async () => {
    const ltr = await mount<PlazaAlert>(html`<plaza-alert variant="error">Error</plaza-alert>`);
    const rtl = await mount<HTMLDivElement>(
      html`<div dir="rtl"><plaza-alert variant="error">خطأ</plaza-alert></div>`,
    );
    const box = (alert: Element) =>
      getComputedStyle(alert.shadowRoot!.querySelector('[part="alert"]')!);
    expect(box(ltr).borderLeftWidth).to.equal('4px');
    expect(box(ltr).borderRightWidth).to.equal('0px');
    const rtlAlert = rtl.querySelector('plaza-alert')!;
    expect(box(rtlAlert).borderRightWidth).to.equal('4px');
    expect(box(rtlAlert).borderLeftWidth).to.equal('0px');
  });

  describe('in forced colours, as rendered', () => {
    before(() => emulateMedia(FORCED_COLORS));
    after(() => emulateMedia([]));

    it('keeps a border on every side and a visible icon', async () => {
      const alert = await mount(html`<plaza-alert variant="success"><p>Sent.</p></plaza-alert>`);
      const box = alert.shadowRoot!.querySelector('.alert')!;
      for (const side of ['top', 'bottom', 'inline-start', 'inline-end']) {
        expect(drawsBorder(box, side), side).to.equal(true);
      }
      const icon = getComputedStyle(alert.shadowRoot!.querySelector('.icon')!);
      expect(icon.color).not.to.equal(canvasColor());
    });
  });

  describe('accessibility (axe)', () => {
    for (const variant of ['info', 'success', 'warning', 'error']) {
      it(variant, async () => {
        const element = await mount(
          html`<plaza-alert variant=${variant}>
            <h2 slot="heading">Heading</h2>
            <p>Message with <a href="#more">a link</a>.</p>
          </plaza-alert>`,
        );
        await expect(element).to.be.accessible();
      });
    }
    it('spanish', async () => {
      await expect(
        await mount(
          html`<div lang="es">
            <plaza-alert variant="error"><p>No pudimos guardar sus respuestas.</p></plaza-alert>
          </div>`,
        ),
      ).to.be.accessible();
    });
    it('rtl', async () => {
      await expect(
        await mount(
          html`<div dir="rtl" lang="ar">
            <plaza-alert variant="warning"><p>ستنتهي جلستك قريبا.</p></plaza-alert>
          </div>`,
        ),
      ).to.be.accessible();
    });
  });
});
