import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/link.js';

const meta: Meta = {
  title: 'Components/Link',
  component: 'plaza-link',
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<p>
      Check <plaza-link><a href="#eligibility">who can apply</a></plaza-link> before you start.
    </p>`,
};

export const OpensInNewTab: Story = {
  render: () =>
    html`<p>
      You can
      <plaza-link new-tab><a href="#guidance">read the guidance while you apply</a></plaza-link
      >.
    </p>`,
};

export const ExternalWebsite: Story = {
  render: () =>
    html`<p>
      Find your federal benefits on
      <plaza-link><a href="https://www.usa.gov/benefits">USA.gov</a></plaza-link
      >.
    </p>`,
};

export const ExternalInNewTab: Story = {
  render: () =>
    html`<p>
      <plaza-link new-tab
        ><a href="https://www.irs.gov/">Check your tax return on the IRS website</a></plaza-link
      >
    </p>`,
};

export const Spanish: Story = {
  render: () =>
    html`<p lang="es">
      Puede
      <plaza-link new-tab
        ><a href="https://www.usa.gov/es/">consultar USAGov en Español</a></plaza-link
      >.
    </p>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<p dir="rtl" lang="ar">
      <plaza-link new-tab><a href="#guidance">اقرأ الإرشادات</a></plaza-link>
    </p>`,
};
