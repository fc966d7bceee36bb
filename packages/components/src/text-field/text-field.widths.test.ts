/**
 * Width classes measured as rendered: the characters a width promises (a ZIP code in `width="5"`,
 * a day in `width="2"`) fit inside the box beside its padding and border, with and without the
 * thicker error border, and the box is not much wider than they need.
 */
import { expect, html } from '@open-wc/testing';
import { mount } from '../../test/support/mount.js';
import './plaza-text-field.js';
import type { PlazaTextField } from './text-field.js';

const inner = (field: PlazaTextField) => field.shadowRoot!.querySelector('input')!;

/** The width the input's text takes in its own font, measured on a canvas. */
function textWidth(input: HTMLInputElement): number {
  const context = document.createElement('canvas').getContext('2d')!;
  const style = getComputedStyle(input);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return context.measureText(input.value).width;
}

/** The room for text: the border box less padding and border, as laid out. */
function contentWidth(input: HTMLInputElement): number {
  const style = getComputedStyle(input);
  const sides = ['padding-left', 'padding-right', 'border-left-width', 'border-right-width'];
  const taken = sides.reduce((sum, side) => sum + parseFloat(style.getPropertyValue(side)), 0);
  return input.getBoundingClientRect().width - taken;
}

describe('<plaza-text-field> width classes', () => {
  const cases: [string, string][] = [
    ['2', '28'],
    ['3', '000'],
    ['4', '2007'],
    ['5', '94103'],
    ['10', '5555550123'],
    ['20', '00000000000000000000'],
    ['30', '000000000000000000000000000000'],
  ];

  for (const [width, value] of cases) {
    it(`width="${width}" shows "${value}" whole, in every state`, async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div class="wide">
          <plaza-text-field label="Answer" width=${width} value=${value}></plaza-text-field>
          <plaza-text-field
            label="Answer"
            width=${width}
            value=${value}
            error="Enter a real answer"
          ></plaza-text-field>
        </div>`,
      );
      for (const field of wrapper.querySelectorAll('plaza-text-field')) {
        await field.updateComplete;
        const input = inner(field);
        const room = contentWidth(input);
        const needed = textWidth(input);
        expect(room, `${width} ${field.error ? 'error' : 'plain'}`).to.be.at.least(needed);
        // No wider than the characters plus one more: the width still tells residents the length.
        const oneMore = needed / value.length;
        expect(room, `${width} ${field.error ? 'error' : 'plain'}`).to.be.below(
          needed + 2 * oneMore,
        );
        expect(input.scrollWidth).to.be.at.most(input.clientWidth);
      }
    });
  }

  it('leaves a field without a width the whole row', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div><plaza-text-field label="Full name"></plaza-text-field></div>`,
    );
    const field = wrapper.querySelector('plaza-text-field')!;
    await field.updateComplete;
    expect(inner(field).getBoundingClientRect().width).to.equal(
      wrapper.getBoundingClientRect().width,
    );
  });
});
