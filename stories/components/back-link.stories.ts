import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/back-link.js';

const meta: Meta = {
  title: 'Components/Back link',
  component: 'plaza-back-link',
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`<plaza-back-link><a href="#previous-question">Back</a></plaza-back-link>`,
};

export const DrawnFromHref: Story = {
  render: () => html`<plaza-back-link href="#previous-question"></plaza-back-link>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es"><plaza-back-link href="#pregunta-anterior"></plaza-back-link></div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-back-link><a href="#previous-question">رجوع</a></plaza-back-link>
    </div>`,
};
