import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/fieldset.js';
import '@plaza/components/text-field.js';

interface FieldsetArgs {
  legend: string;
  hint: string;
  error: string;
  pageHeading: boolean;
  headingLevel: number;
}

const meta: Meta<FieldsetArgs> = {
  title: 'Components/Fieldset',
  component: 'plaza-fieldset',
  args: {
    legend: 'What is your address?',
    hint: 'We will mail your card to this address',
    error: '',
    pageHeading: false,
    headingLevel: 1,
  },
  argTypes: { headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6] } },
  render: (args) =>
    html`<plaza-fieldset
      legend=${args.legend}
      hint=${args.hint}
      error=${args.error}
      ?page-heading=${args.pageHeading}
      heading-level=${args.headingLevel}
    >
      <plaza-text-field
        name="line1"
        label="Address line 1"
        autocomplete="address-line1"
      ></plaza-text-field>
      <plaza-text-field
        name="line2"
        label="Address line 2"
        autocomplete="address-line2"
      ></plaza-text-field>
      <plaza-text-field
        name="city"
        label="Town or city"
        autocomplete="address-level2"
        width="two-thirds"
      ></plaza-text-field>
      <plaza-text-field
        name="zip"
        label="ZIP code"
        autocomplete="postal-code"
        width="10"
      ></plaza-text-field>
    </plaza-fieldset>`,
};
export default meta;
type Story = StoryObj<FieldsetArgs>;

export const Default: Story = {};

export const PageHeading: Story = { args: { pageHeading: true, hint: '' } };

export const HeadingLevelTwo: Story = {
  args: { pageHeading: true, headingLevel: 2, legend: 'Your mailing address' },
};

export const Error: Story = { args: { error: 'Enter your address' } };

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-fieldset
        legend="¿Cuál es su dirección?"
        hint="Le enviaremos su tarjeta a esta dirección"
        error="Ingrese su dirección"
      >
        <plaza-text-field name="linea1" label="Dirección, línea 1"></plaza-text-field>
        <plaza-text-field name="ciudad" label="Ciudad"></plaza-text-field>
      </plaza-fieldset>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-fieldset legend="ما هو عنوانك؟" error="أدخل عنوانك">
        <plaza-text-field name="line1" label="العنوان"></plaza-text-field>
        <plaza-text-field name="city" label="المدينة"></plaza-text-field>
      </plaza-fieldset>
    </div>`,
};
