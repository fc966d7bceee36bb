import { expect, fixture, html } from '@open-wc/testing';
import './plaza-tag.js';
import { pageFrameHoldsSuite } from '../../test/support/page-frame-holds.js';
import { PlazaTag } from './tag.js';
import { accessibilityTree, findAllIn } from '../../test/support/accessibility-tree.js';

/** Text runs (StaticText and text nodes) in reading order, untrimmed. */
const pageText = async (): Promise<string[]> =>
  findAllIn(await accessibilityTree(), (n) => n.role === 'StaticText' || n.role === 'text').map(
    (n) => n.name,
  );

const box = (tag: PlazaTag) => tag.shadowRoot!.querySelector<HTMLElement>('[part="tag"]')!;

describe('<plaza-tag>', () => {
  it('is read as its words: the status is never only a colour', async () => {
    await fixture(html`<p>Status: <plaza-tag variant="success">Completed</plaza-tag></p>`);
    expect(await pageText()).to.include('Completed');
  });

  it('draws a visible border in every variant, which is not just a colour fill', async () => {
    for (const variant of ['neutral', 'info', 'success', 'warning', 'error']) {
      const tag = await fixture<PlazaTag>(
        html`<plaza-tag variant=${variant}>In progress</plaza-tag>`,
      );
      const style = getComputedStyle(box(tag));
      expect(style.borderInlineStartStyle, variant).to.equal('solid');
      expect(parseFloat(style.borderInlineStartWidth), variant).to.be.greaterThan(0);
      expect(style.color, variant).to.equal(style.borderInlineStartColor);
    }
  });

  it('gives each status its own colours', async () => {
    const success = await fixture<PlazaTag>(html`<plaza-tag variant="success">Done</plaza-tag>`);
    const error = await fixture<PlazaTag>(html`<plaza-tag variant="error">Problem</plaza-tag>`);
    expect(getComputedStyle(box(success)).color).to.equal('rgb(0, 112, 43)');
    expect(getComputedStyle(box(error)).color).to.equal('rgb(181, 9, 9)');
  });

  it('reports a tag without words', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await fixture(html`<plaza-tag variant="error"></plaza-tag>`);
    } finally {
      console.error = original;
    }
    expect(errors.join()).to.contain('needs text');
  });

  it('wraps long text inside a 320px-wide page instead of overflowing', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 288px">
        <plaza-tag>Cannot start yet because another section must be finished first</plaza-tag>
      </div>`,
    );
    const tag = wrapper.querySelector('plaza-tag')!;
    expect(box(tag).getBoundingClientRect().width).to.be.at.most(288);
    expect(box(tag).getBoundingClientRect().height).to.be.greaterThan(40);
  });

  describe('accessibility (axe) in every state', () => {
    for (const variant of ['neutral', 'info', 'success', 'warning', 'error']) {
      it(variant, async () => {
        const tag = await fixture(html`<plaza-tag variant=${variant}>Not yet started</plaza-tag>`);
        await expect(tag).to.be.accessible();
      });
    }
    it('spanish', async () => {
      const el = await fixture(
        html`<p lang="es">Estado: <plaza-tag variant="warning">En curso</plaza-tag></p>`,
      );
      await expect(el).to.be.accessible();
    });
  });
});

pageFrameHoldsSuite({
  tag: 'plaza-tag',
  example: () =>
    html`<p>
      Status: <plaza-tag variant="success">Completed with a very long status label</plaza-tag>
    </p>`,
  forcedColors: [
    {
      name: 'tag outline',
      find: (host) => host.shadowRoot!.querySelector('.tag'),
      property: 'border-top-color',
      system: 'CanvasText',
    },
  ],
  tabStops: 0,
});
