/**
 * Form controls as Chromium draws them in forced-colours mode (emulated, so the colours are the
 * system colours really used): borders, the focus ring, the checked mark and the error bar must
 * each differ from the background behind them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/text-field/plaza-text-field.js';
import '../src/checkbox/plaza-checkbox.js';
import type { PlazaTextField } from '../src/text-field/text-field.js';
import type { PlazaCheckbox } from '../src/checkbox/checkbox.js';
import { emulateMedia, FORCED_COLORS } from './support/emulate-media.js';

const backgroundOf = (element: Element) => getComputedStyle(element).backgroundColor;

describe('form controls in forced colours, as rendered', () => {
  before(() => emulateMedia(FORCED_COLORS));
  after(() => emulateMedia([]));

  it('is really in forced-colours mode with reduced motion', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('text field: border, focus ring and error bar differ from the background', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><plaza-text-field name="n" label="Full name" required></plaza-text-field></form>`,
    );
    const field = form.querySelector<PlazaTextField>('plaza-text-field')!;
    const input = field.shadowRoot!.querySelector('input')!;
    const background = backgroundOf(input);
    expect(getComputedStyle(input).borderTopColor).not.to.equal(background);
    expect(getComputedStyle(input).borderTopStyle).not.to.equal('none');
    input.focus();
    await sendKeys({ press: 'Shift' });
    const ring = getComputedStyle(input);
    expect(ring.outlineStyle).not.to.equal('none');
    expect(ring.outlineColor).not.to.equal(backgroundOf(document.body));
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve));
    await field.updateComplete;
    const bar = getComputedStyle(field.shadowRoot!.querySelector('.field.has-error')!);
    expect(bar.borderInlineStartStyle).to.equal('solid');
    expect(bar.borderInlineStartColor).not.to.equal(backgroundOf(document.body));
  });

  it('checkbox: the box and its checked state are drawn in a system colour', async () => {
    const box = await fixture<PlazaCheckbox>(
      html`<plaza-checkbox label="I agree" checked></plaza-checkbox>`,
    );
    const input = box.shadowRoot!.querySelector('input')!;
    const style = getComputedStyle(input);
    expect(input.checked).to.equal(true);
    expect(style.forcedColorAdjust).not.to.equal('none');
    expect(style.borderTopColor).not.to.equal(backgroundOf(document.body));
  });
});
