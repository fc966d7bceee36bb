import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/checkbox.js';
import '@plaza/components/text-field.js';

interface CheckboxArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  checked: boolean;
}

const meta: Meta<CheckboxArgs> = {
  title: 'Components/Checkbox',
  component: 'plaza-checkbox',
  args: {
    label: 'I agree to the terms and conditions',
    hint: '',
    required: false,
    disabled: false,
    checked: false,
  },
  render: (args) =>
    html`<plaza-checkbox
      name="terms"
      value="agreed"
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?checked=${args.checked}
    ></plaza-checkbox>`,
};
export default meta;
type Story = StoryObj<CheckboxArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'You can read the terms and conditions on the previous page' },
};

export const Checked: Story = { args: { checked: true } };

export const Error: Story = {
  render: () =>
    html`<plaza-checkbox
      name="terms"
      label="I agree to the terms and conditions"
      required
      error="Select to confirm you agree to the terms and conditions"
    ></plaza-checkbox>`,
};

export const Disabled: Story = { args: { disabled: true } };

export const ConditionalReveal: Story = {
  render: () =>
    html`<plaza-checkbox name="text-updates" label="Send me updates by text message" checked>
      <plaza-text-field
        name="mobile"
        label="Mobile phone number"
        type="tel"
        autocomplete="tel"
      ></plaza-text-field>
    </plaza-checkbox>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-checkbox
        name="terminos"
        label="Acepto los términos y condiciones"
        hint="Puede leer los términos en la página anterior"
        required
      ></plaza-checkbox>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-checkbox name="terms" label="أوافق على الشروط" hint="اقرأ الشروط أولاً">
      </plaza-checkbox>
    </div>`,
};
