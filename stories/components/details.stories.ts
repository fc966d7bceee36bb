import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/details.js';

const meta: Meta = {
  title: 'Components/Details',
  component: 'plaza-details',
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<plaza-details>
      <span slot="summary">Help with your case number</span>
      <p>
        Your case number is on the letter we sent you. It starts with two letters, like AB1234567.
      </p>
    </plaza-details>`,
};

export const Open: Story = {
  render: () =>
    html`<plaza-details open>
      <span slot="summary">Help with your case number</span>
      <p>
        Your case number is on the letter we sent you. It starts with two letters, like AB1234567.
      </p>
    </plaza-details>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-details open>
        <span slot="summary">What to do if your landlord will not give you a rent statement</span>
        <p>Ask for a lease, a letter or receipts for the last three months of rent instead.</p>
      </plaza-details>
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-details open>
        <span slot="summary">Ayuda con su número de caso</span>
        <p>Su número de caso está en la carta que le enviamos. Empieza con dos letras.</p>
      </plaza-details>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-details open>
        <span slot="summary">مساعدة برقم الحالة</span>
        <p>رقم الحالة موجود في الرسالة التي أرسلناها إليك.</p>
      </plaza-details>
    </div>`,
};
