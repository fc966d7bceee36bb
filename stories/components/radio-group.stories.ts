import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/radio-group.js';
import '@plaza/components/text-field.js';

interface RadioGroupArgs {
  label: string;
  hint: string;
  inline: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<RadioGroupArgs> = {
  title: 'Components/Radio group',
  component: 'plaza-radio-group',
  subcomponents: { Radio: 'plaza-radio' },
  args: {
    label: 'How would you prefer to be contacted?',
    hint: 'Select one option',
    inline: false,
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<plaza-radio-group
      name="contact"
      label=${args.label}
      hint=${args.hint}
      ?inline=${args.inline}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <plaza-radio value="email" label="Email"></plaza-radio>
      <plaza-radio value="phone" label="Phone"></plaza-radio>
      <plaza-radio value="text" label="Text message"></plaza-radio>
    </plaza-radio-group>`,
};
export default meta;
type Story = StoryObj<RadioGroupArgs>;

export const Default: Story = {};

export const OptionHints: Story = {
  render: () =>
    html`<plaza-radio-group name="sign-in" label="How do you want to sign in?">
      <plaza-radio
        value="state-id"
        label="Sign in with your state ID"
        hint="You will need your driver's license or ID card number"
      ></plaza-radio>
      <plaza-radio
        value="login"
        label="Sign in with Login.gov"
        hint="You will need your email address and password"
      ></plaza-radio>
    </plaza-radio-group>`,
};

export const Inline: Story = {
  render: () =>
    html`<plaza-radio-group name="adult" label="Are you 18 or over?" inline>
      <plaza-radio value="yes" label="Yes"></plaza-radio>
      <plaza-radio value="no" label="No"></plaza-radio>
    </plaza-radio-group>`,
};

export const ConditionalReveal: Story = {
  render: () =>
    html`<plaza-radio-group name="contact" label="How would you prefer to be contacted?">
      <plaza-radio value="email" label="Email" checked>
        <plaza-text-field
          name="email"
          label="Email address"
          type="email"
          autocomplete="email"
          required
        ></plaza-text-field>
      </plaza-radio>
      <plaza-radio value="phone" label="Phone">
        <plaza-text-field
          name="phone"
          label="Phone number"
          type="tel"
          autocomplete="tel"
          required
        ></plaza-text-field>
      </plaza-radio>
      <plaza-radio value="mail" label="Mail"></plaza-radio>
    </plaza-radio-group>`,
};

export const Error: Story = {
  render: () =>
    html`<plaza-radio-group
      name="contact"
      label="How would you prefer to be contacted?"
      required
      error="Select how you would prefer to be contacted"
    >
      <plaza-radio value="email" label="Email"></plaza-radio>
      <plaza-radio value="phone" label="Phone"></plaza-radio>
    </plaza-radio-group>`,
};

export const Disabled: Story = { args: { disabled: true } };

/**
 * Every state of a radio at once: not selected, selected, disabled (both ways) and in error.
 * Press Tab to see the focus state on the selected option.
 */
export const EveryState: Story = {
  render: () =>
    html`<div class="plaza-stack">
      <plaza-radio-group
        name="contact"
        label="How should we contact you?"
        error-name="how to contact you"
        marker="none"
      >
        <plaza-radio value="email" label="Email (not selected)"></plaza-radio>
        <plaza-radio value="phone" label="Phone (selected)" checked></plaza-radio>
      </plaza-radio-group>
      <plaza-radio-group name="delivery" label="Disabled options" marker="none">
        <plaza-radio value="mail" label="Mail (disabled)" disabled></plaza-radio>
        <plaza-radio
          value="pickup"
          label="Pick up (disabled, selected)"
          disabled
          checked
        ></plaza-radio>
      </plaza-radio-group>
      <plaza-radio-group
        name="language"
        label="In error"
        required
        error="Select the language you want letters in"
      >
        <plaza-radio value="en" label="English"></plaza-radio>
        <plaza-radio value="es" label="Spanish"></plaza-radio>
      </plaza-radio-group>
    </div>`,
};

export const PageHeading: Story = {
  render: () =>
    html`<plaza-radio-group
      name="where"
      label="Where do you live?"
      page-heading
      required
      marker="none"
    >
      <plaza-radio value="in-state" label="In the state"></plaza-radio>
      <plaza-radio value="out-of-state" label="Outside the state"></plaza-radio>
    </plaza-radio-group>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-radio-group
        name="contacto"
        label="¿Cómo prefiere que lo contactemos?"
        hint="Seleccione una opción"
      >
        <plaza-radio value="email" label="Correo electrónico">
          <plaza-text-field name="correo" label="Correo electrónico" type="email">
          </plaza-text-field>
        </plaza-radio>
        <plaza-radio value="phone" label="Teléfono"></plaza-radio>
      </plaza-radio-group>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-radio-group name="contact" label="كيف تفضل أن نتواصل معك؟">
        <plaza-radio value="email" label="البريد الإلكتروني" hint="نرد خلال يومين"></plaza-radio>
        <plaza-radio value="phone" label="الهاتف"></plaza-radio>
      </plaza-radio-group>
    </div>`,
};
