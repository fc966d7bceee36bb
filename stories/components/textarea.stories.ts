import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@plaza/components/textarea.js';
import '@plaza/components/button.js';

interface TextareaArgs {
  label: string;
  hint: string;
  rows: number;
  maxlength?: number;
  autogrow: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<TextareaArgs> = {
  title: 'Components/Textarea',
  component: 'plaza-textarea',
  args: {
    label: 'Can you provide more detail?',
    hint: 'Do not include personal or financial information, like your Social Security number',
    rows: 5,
    autogrow: false,
    required: false,
    disabled: false,
  },
  render: (args) =>
    html`<plaza-textarea
      name="detail"
      label=${args.label}
      hint=${args.hint}
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      ?autogrow=${args.autogrow}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></plaza-textarea>`,
};
export default meta;
type Story = StoryObj<TextareaArgs>;

export const Default: Story = {};

export const WithCharacterCount: Story = { args: { maxlength: 200 } };

export const WithWordCount: Story = {
  render: () =>
    html`<plaza-textarea
      name="summary"
      label="Summarize your complaint"
      maxwords="150"
    ></plaza-textarea>`,
};

export const CountAfterThreshold: Story = {
  render: () =>
    html`<plaza-textarea
      name="reason"
      label="Why are you requesting a hearing?"
      maxlength="500"
      threshold="75"
    ></plaza-textarea>`,
};

export const Autogrow: Story = { args: { autogrow: true, rows: 3 } };

export const Error: Story = {
  render: () =>
    html`<plaza-textarea
      name="detail"
      label="More detail"
      maxlength="20"
      value="The street light on Elm Street has been out since Monday"
      error="More detail must be 20 characters or less"
    ></plaza-textarea>`,
};

export const Disabled: Story = { args: { disabled: true } };

export const PageHeading: Story = {
  render: () =>
    html`<plaza-textarea
      name="what"
      label="What happened?"
      page-heading
      required
      marker="none"
    ></plaza-textarea>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-textarea
        name="detalle"
        label="¿Puede darnos más detalles?"
        hint="No incluya información personal ni financiera"
        maxlength="200"
      ></plaza-textarea>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-textarea name="detail" label="تفاصيل إضافية" maxlength="200"></plaza-textarea>
    </div>`,
};

export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(
          Object.fromEntries(new FormData(form)),
        );
      }}
    >
      <plaza-textarea name="detail" label="More detail" maxlength="50" required></plaza-textarea>
      <plaza-button type="submit">Continue</plaza-button>
      <p>Submitted: <output></output></p>
    </form>`,
};
