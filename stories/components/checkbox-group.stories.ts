import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/checkbox-group.js';
import '@plaza/components/text-field.js';

interface CheckboxGroupArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<CheckboxGroupArgs> = {
  title: 'Components/Checkbox group',
  component: 'plaza-checkbox-group',
  args: {
    label: 'Which benefits do you get now?',
    hint: 'Select all that apply',
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<plaza-checkbox-group
      name="benefits"
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <plaza-checkbox value="snap" label="SNAP" hint="Food assistance"></plaza-checkbox>
      <plaza-checkbox value="wic" label="WIC"></plaza-checkbox>
      <plaza-checkbox value="medicaid" label="Medicaid"></plaza-checkbox>
      <plaza-checkbox value="none" label="None of these" exclusive></plaza-checkbox>
    </plaza-checkbox-group>`,
};
export default meta;
type Story = StoryObj<CheckboxGroupArgs>;

export const Default: Story = {};

export const PreChecked: Story = {
  render: () =>
    html`<plaza-checkbox-group name="days" label="Which days can you attend?">
      <plaza-checkbox value="mon" label="Monday" checked></plaza-checkbox>
      <plaza-checkbox value="tue" label="Tuesday"></plaza-checkbox>
      <plaza-checkbox value="wed" label="Wednesday" checked></plaza-checkbox>
    </plaza-checkbox-group>`,
};

export const ConditionalReveal: Story = {
  render: () =>
    html`<plaza-checkbox-group name="contact" label="How can we contact you?">
      <plaza-checkbox value="email" label="Email" checked>
        <plaza-text-field name="email" label="Email address" type="email" autocomplete="email">
        </plaza-text-field>
      </plaza-checkbox>
      <plaza-checkbox value="text" label="Text message">
        <plaza-text-field name="mobile" label="Mobile phone number" type="tel" autocomplete="tel">
        </plaza-text-field>
      </plaza-checkbox>
    </plaza-checkbox-group>`,
};

export const Error: Story = {
  render: () =>
    html`<plaza-checkbox-group
      name="benefits"
      label="Which benefits do you get now?"
      required
      error="Select the benefits you get, or select None of these"
    >
      <plaza-checkbox value="snap" label="SNAP"></plaza-checkbox>
      <plaza-checkbox value="none" label="None of these" exclusive></plaza-checkbox>
    </plaza-checkbox-group>`,
};

export const Disabled: Story = { args: { disabled: true } };

/**
 * Every state of a checkbox at once: not checked, checked, disabled (both ways) and in error.
 * Press Tab to see the focus state on the first box.
 */
export const EveryState: Story = {
  render: () =>
    html`<div class="plaza-stack">
      <plaza-checkbox-group name="days" label="Which days can you attend?" marker="none">
        <plaza-checkbox value="mon" label="Monday (not checked)"></plaza-checkbox>
        <plaza-checkbox value="tue" label="Tuesday (checked)" checked></plaza-checkbox>
      </plaza-checkbox-group>
      <plaza-checkbox-group name="extras" label="Disabled options" marker="none">
        <plaza-checkbox value="parking" label="Parking (disabled)" disabled></plaza-checkbox>
        <plaza-checkbox
          value="lunch"
          label="Lunch (disabled, checked)"
          disabled
          checked
        ></plaza-checkbox>
      </plaza-checkbox-group>
      <plaza-checkbox-group
        name="benefits"
        label="In error"
        required
        error="Select the benefits you get, or select None of these"
      >
        <plaza-checkbox value="snap" label="SNAP"></plaza-checkbox>
        <plaza-checkbox value="none" label="None of these" exclusive></plaza-checkbox>
      </plaza-checkbox-group>
    </div>`,
};

export const PageHeading: Story = {
  render: () =>
    html`<plaza-checkbox-group
      name="needs"
      label="Do you need any of these?"
      page-heading
      marker="none"
    >
      <plaza-checkbox value="interpreter" label="An interpreter"></plaza-checkbox>
      <plaza-checkbox value="step-free" label="Step-free access"></plaza-checkbox>
      <plaza-checkbox value="none" label="No, I do not need any of these" exclusive>
      </plaza-checkbox>
    </plaza-checkbox-group>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-checkbox-group
        name="beneficios"
        label="¿Qué beneficios recibe ahora?"
        hint="Seleccione todos los que correspondan"
      >
        <plaza-checkbox value="snap" label="SNAP" hint="Asistencia alimentaria"></plaza-checkbox>
        <plaza-checkbox value="wic" label="WIC"></plaza-checkbox>
        <plaza-checkbox value="none" label="Ninguno de estos" exclusive></plaza-checkbox>
      </plaza-checkbox-group>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-checkbox-group name="benefits" label="ما المزايا التي تحصل عليها؟">
        <plaza-checkbox value="snap" label="SNAP" hint="مساعدة غذائية"></plaza-checkbox>
        <plaza-checkbox value="none" label="لا شيء مما سبق" exclusive></plaza-checkbox>
      </plaza-checkbox-group>
    </div>`,
};
