import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

// Sorts first, so the sweep loads the preview with a passing story and then switches to the
// broken ones inside the same page: failures must be caught without a fresh page load too.
const meta: Meta = { title: 'Fixture/A good start' };
export default meta;

export const Paragraph: StoryObj = {
  render: () => html`<p>Nothing wrong here.</p>`,
};
