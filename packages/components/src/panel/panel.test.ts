import { expect, fixture, html } from '@open-wc/testing';
import './plaza-panel.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaPanel } from './panel.js';
import { type AXNode, accessibilityTree } from '../../test/support/accessibility-tree.js';

/** Headings and text in reading order. */
async function readingOrder(): Promise<string[]> {
  const snapshot = await accessibilityTree();
  const out: string[] = [];
  const walk = (node: AXNode) => {
    if (node.role === 'heading') {
      out.push(`heading ${node.level}: ${node.name}`);
      return;
    }
    if (node.role === 'StaticText') out.push(node.name.trim());
    node.children?.forEach(walk);
  };
  walk(snapshot);
  return out.filter(Boolean);
}

const complete = html`<plaza-panel reference="HDJ2123F">
  <h1 slot="heading">Application complete</h1>
</plaza-panel>`;

describe('<plaza-panel>', () => {
  it('reads the page heading, then the translated label, then the reference', async () => {
    await fixture(complete);
    expect(await readingOrder()).to.deep.equal([
      'heading 1: Application complete',
      'Your reference number',
      'HDJ2123F',
    ]);
  });

  it('keeps the heading in the light DOM', async () => {
    const el = await fixture<PlazaPanel>(complete);
    expect(el.querySelector('h1')!.textContent).to.equal('Application complete');
    expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
  });

  it('takes the reference from the page, readable before scripts run', async () => {
    const el = await fixture<PlazaPanel>(
      html`<plaza-panel>
        <h1 slot="heading">Application complete</h1>
        <span slot="reference-number">AB12 CD34</span>
        <p>We have sent you a confirmation email.</p>
      </plaza-panel>`,
    );
    expect(await readingOrder()).to.deep.equal([
      'heading 1: Application complete',
      'We have sent you a confirmation email.',
      'Your reference number',
      'AB12 CD34',
    ]);
    const value = el.shadowRoot!.querySelector('[part="reference-value"]')!;
    expect(getComputedStyle(value).fontFamily).to.contain('monospace');
  });

  it('shows no reference label without a reference', async () => {
    const el = await fixture<PlazaPanel>(
      html`<plaza-panel>
        <h1 slot="heading">Form sent</h1>
      </plaza-panel>`,
    );
    expect(await readingOrder()).to.deep.equal(['heading 1: Form sent']);
    el.reference = 'X1';
    await el.updateComplete;
    expect(await readingOrder()).to.deep.equal([
      'heading 1: Form sent',
      'Your reference number',
      'X1',
    ]);
  });

  it('speaks Spanish, and follows a language change', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es">
        <plaza-panel reference="HDJ2123F"><h1 slot="heading">Solicitud completa</h1></plaza-panel>
      </div>`,
    );
    expect(await readingOrder()).to.include('Su número de referencia');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await wrapper.querySelector('plaza-panel')!.updateComplete;
    expect(await readingOrder()).to.include('Your reference number');
  });

  it('reports a panel without a heading', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await fixture(html`<plaza-panel reference="X"></plaza-panel>`);
    } finally {
      console.error = original;
    }
    expect(errors.join()).to.contain('needs a heading');
  });

  it('fits a 320px-wide page, wrapping a long reference, with a visible border', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px">
        <plaza-panel reference="HDJ2123F-2026-11-24-000123456789">
          <h1 slot="heading">Your application for food assistance is complete</h1>
        </plaza-panel>
      </div>`,
    );
    const panel = wrapper.querySelector('plaza-panel')!;
    const box = panel.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(panel.getBoundingClientRect().width).to.be.at.most(320);
    expect(parseFloat(getComputedStyle(box).borderInlineStartWidth)).to.be.at.least(4);
  });

  describe('accessibility (axe) in every state', () => {
    it('default', async () => {
      await expect(await fixture(complete)).to.be.accessible();
    });
    it('with body text and slotted reference', async () => {
      const el = await fixture(
        html`<plaza-panel>
          <h1 slot="heading">Application complete</h1>
          <span slot="reference-number">HDJ2123F</span>
          <p>We have sent you a confirmation email.</p>
        </plaza-panel>`,
      );
      await expect(el).to.be.accessible();
    });
    it('spanish', async () => {
      const el = await fixture(
        html`<div lang="es">
          <plaza-panel reference="HDJ2123F"><h1 slot="heading">Solicitud completa</h1></plaza-panel>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
    it('rtl', async () => {
      const el = await fixture(
        html`<div lang="ar" dir="rtl">
          <plaza-panel reference="HDJ2123F"><h1 slot="heading">اكتمل الطلب</h1></plaza-panel>
        </div>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-panel',
  example: () =>
    html`<plaza-panel reference="HDJ2123F-2026-000123"
      ><h1 slot="heading">Your application is complete</h1></plaza-panel
    >`,
  forcedColors: [
    {
      name: 'panel outline',
      find: (host) => host.shadowRoot!.querySelector('.panel'),
      property: 'border-top-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 0,
});
