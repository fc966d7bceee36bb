import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Fixture/Good' };
export default meta;

/** Passes the sweep: a labelled input and a defined custom element. */
export const LabelledInput: StoryObj = {
  render: () => {
    if (!customElements.get('plaza-fixture-greeting')) {
      customElements.define(
        'plaza-fixture-greeting',
        class extends HTMLElement {
          connectedCallback() {
            this.textContent = 'Hello';
          }
        },
      );
    }
    return html`<main>
      <plaza-fixture-greeting></plaza-fixture-greeting>
      <label for="full-name">Full name</label>
      <input id="full-name" name="full-name" autocomplete="name" />
    </main>`;
  },
};
