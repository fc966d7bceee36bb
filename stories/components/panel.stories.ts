import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/panel.js';

const meta: Meta = {
  title: 'Components/Panel',
  component: 'plaza-panel',
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<plaza-panel reference="HDJ2123F">
      <h1 slot="heading">Application complete</h1>
    </plaza-panel>`,
};

export const ReferenceInThePage: Story = {
  render: () =>
    html`<plaza-panel>
      <h1 slot="heading">Application complete</h1>
      <p>We have sent you a confirmation email.</p>
      <span slot="reference-number">HDJ2123F</span>
    </plaza-panel>`,
};

export const WithoutReference: Story = {
  render: () =>
    html`<plaza-panel><h1 slot="heading">Your answers have been saved</h1></plaza-panel>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-panel reference="FOOD-2026-000123456">
        <h1 slot="heading">Your application for food assistance is complete</h1>
      </plaza-panel>
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-panel reference="HDJ2123F">
        <h1 slot="heading">Solicitud completa</h1>
        <p>Le enviamos un correo electrónico de confirmación.</p>
      </plaza-panel>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-panel reference="HDJ2123F"><h1 slot="heading">اكتمل الطلب</h1></plaza-panel>
    </div>`,
};
