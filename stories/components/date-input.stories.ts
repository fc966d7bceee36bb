import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/date-input.js';
import '@plaza/components/button.js';

interface DateInputArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  past: boolean;
  value: string;
}

const meta: Meta<DateInputArgs> = {
  title: 'Components/Date input',
  component: 'plaza-date-input',
  args: {
    label: 'Date of birth',
    hint: 'For example, 3 27 2007',
    required: true,
    disabled: false,
    past: true,
    value: '',
  },
  render: ({ label, hint, required, disabled, past, value }) =>
    html`<plaza-date-input
      name="dob"
      label=${label}
      hint=${hint}
      autocomplete="bday"
      value=${value}
      ?required=${required}
      ?disabled=${disabled}
      ?past=${past}
    ></plaza-date-input>`,
};
export default meta;
type Story = StoryObj<DateInputArgs>;

export const Default: Story = {};

export const WithValue: Story = { args: { value: '1987-09-09' } };

export const MissingPart: Story = {
  name: 'Error: missing part',
  render: () =>
    html`<plaza-date-input
      label="Date of birth"
      hint="For example, 3 27 2007"
      required
      error="Date of birth must include a month"
    ></plaza-date-input>`,
};

export const ErrorAfterSubmit: Story = {
  name: 'Error: only the wrong part marked',
  render: () =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <plaza-date-input
        name="dob"
        label="Date of birth"
        hint="For example, 3 27 2007"
        required
        value="1990-02-01"
      ></plaza-date-input>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('plaza-date-input')!;
    await field.updateComplete;
    field.parts = { day: '30', month: 'feb', year: '1990' };
    field.reportValidity();
  },
};

export const Disabled: Story = { args: { disabled: true, value: '2001-05-17' } };

export const PageHeading: Story = {
  render: () =>
    html`<plaza-date-input
      label="When did you move to this address?"
      error-name="the date you moved"
      hint="For example, 3 27 2007"
      page-heading
      required
      past
    ></plaza-date-input>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-date-input
        label="Fecha de nacimiento"
        hint="Por ejemplo, 3 27 2007. Puede escribir el mes en letras: enero."
        autocomplete="bday"
        required
        error="Fecha de nacimiento debe incluir el mes"
      ></plaza-date-input>
    </div>`,
};

/**
 * The order follows the page's locale: month first for US English and US Spanish (`en`, `es`,
 * `en-US`, `es-US`), day first for British English (`en-GB`) and most other regions.
 */
export const OrderByLocale: Story = {
  name: 'Order by locale: en-US, es-US, en-GB',
  render: () =>
    html`<div class="plaza-stack">
      <plaza-date-input
        lang="en-US"
        label="Date of birth (en-US)"
        hint="For example, 3 27 2007"
        value="2007-03-27"
      ></plaza-date-input>
      <plaza-date-input
        lang="es-US"
        label="Fecha de nacimiento (es-US)"
        hint="Por ejemplo, 3 27 2007"
        value="2007-03-27"
      ></plaza-date-input>
      <plaza-date-input
        lang="en-GB"
        label="Date of birth (en-GB)"
        hint="For example, 27 3 2007"
        value="2007-03-27"
      ></plaza-date-input>
    </div>`,
};

/** `order="dmy"` asks day first on a US page, for a form that must match a paper one. */
export const ExplicitOrder: Story = {
  render: () =>
    html`<plaza-date-input
      order="dmy"
      label="Date on the certificate"
      hint="Day, month and year, as printed. For example, 27 3 2007"
    ></plaza-date-input>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-date-input label="تاريخ الميلاد" required></plaza-date-input>
    </div>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-date-input
        label="Date your benefits should start"
        hint="For example, 9 1 2027"
        future
      ></plaza-date-input>
    </div>`,
};
