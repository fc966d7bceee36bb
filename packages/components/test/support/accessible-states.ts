/**
 * `accessibleInEveryState(states)`: one axe test per named state (`await expect(el).to.be
 * .accessible()`), so every component file checks its states the same way. Call it inside a
 * `describe`; a state is a template, or a function that builds the element when a state needs
 * more than markup (a chosen file, an opened panel).
 */
import type { TemplateResult } from 'lit';
import { expect } from '@open-wc/testing';
import { mount } from './mount.js';

export type AccessibilityState = TemplateResult | (() => Promise<Element>);

export function accessibleInEveryState(
  states: Record<string, AccessibilityState>,
  /** How a template is put on the page: `mount` (default) or @open-wc/testing's `fixture`. */
  render: (template: TemplateResult) => Promise<Element> = mount,
): void {
  for (const [name, state] of Object.entries(states)) {
    it(name, async () => {
      const element = typeof state === 'function' ? await state() : await render(state);
      await expect(element).to.be.accessible();
    });
  }
}
