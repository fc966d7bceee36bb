import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@plaza/components/text-field.js';
import '@plaza/components/button.js';
import type { FieldMarker, TextFieldType, TextFieldWidth } from '@plaza/components';

interface TextFieldArgs {
  label: string;
  hint: string;
  type: TextFieldType;
  width: TextFieldWidth;
  autocomplete: string;
  prefix: string;
  suffix: string;
  marker: FieldMarker;
  maxlength?: number;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const WIDTHS: TextFieldWidth[] = [
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
];

/** Submits the story's form the way a resident would, so errors show as they do after submit. */
const submitForm = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  await Promise.all(
    [...canvasElement.querySelectorAll('plaza-text-field')].map((field) => field.updateComplete),
  );
  canvasElement.querySelector('form')?.requestSubmit();
};

/** Shows what a native form would send, instead of leaving the page. */
const showFormData = (event: SubmitEvent): void => {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const output = form.querySelector('output');
  if (output) output.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 1);
};

const meta: Meta<TextFieldArgs> = {
  title: 'Components/Text field',
  component: 'plaza-text-field',
  args: {
    label: 'Full name',
    hint: '',
    type: 'text',
    width: 'full',
    autocomplete: 'name',
    prefix: '',
    suffix: '',
    marker: 'auto',
    required: true,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'number'] },
    width: { control: 'select', options: WIDTHS },
    marker: { control: 'inline-radio', options: ['auto', 'required', 'none'] },
  },
  render: (args) =>
    html`<plaza-text-field
      name="full-name"
      label=${args.label}
      hint=${ifDefined(args.hint || undefined)}
      type=${args.type}
      width=${args.width}
      autocomplete=${ifDefined(args.autocomplete || undefined)}
      prefix=${ifDefined(args.prefix || undefined)}
      suffix=${ifDefined(args.suffix || undefined)}
      marker=${args.marker}
      maxlength=${ifDefined(args.maxlength)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></plaza-text-field>`,
};
export default meta;
type Story = StoryObj<TextFieldArgs>;

export const Default: Story = {};

export const WithHint: Story = {
  args: {
    label: 'Social Security number',
    hint: 'It’s on your Social Security card or a tax form from your employer. For example, 123-45-6789.',
    autocomplete: '',
    width: '10',
  },
};

export const WithRichHint: Story = {
  render: () =>
    html`<plaza-text-field name="case-number" label="Case number" width="10" required>
      <span slot="hint"
        >You can find it on your approval letter.
        <a href="#where-is-my-case-number">Where to find your case number</a></span
      >
    </plaza-text-field>`,
};

/** Submitted empty: the error shows only after submit, and updates as the resident corrects it. */
export const ErrorAfterSubmit: Story = {
  render: () =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field name="full-name" label="Full name" autocomplete="name" required>
      </plaza-text-field>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: submitForm,
};

export const ErrorFromTheServer: Story = {
  render: () =>
    html`<plaza-text-field
      name="email"
      type="email"
      label="Email address"
      autocomplete="email"
      value="sam@example"
      error="Enter an email address in the correct format, like name@example.com"
      required
    ></plaza-text-field>`,
};

export const CustomErrorMessage: Story = {
  render: () =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field
        name="employer"
        label="Employer’s name"
        error-messages='{"valueMissing": "Enter the name of the company or person you work for"}'
        required
      ></plaza-text-field>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: submitForm,
};

/** By default only optional fields are marked; `marker="required"` marks required ones instead. */
export const OptionalAndRequiredMarkers: Story = {
  render: () =>
    html`<plaza-text-field name="middle-name" label="Middle name"></plaza-text-field>
      <plaza-text-field
        name="last-name"
        label="Last name"
        marker="required"
        required
      ></plaza-text-field>
      <plaza-text-field
        name="first-name"
        label="First name"
        marker="none"
        required
      ></plaza-text-field>`,
};

/** Each type opens the right on-screen keyboard (`inputmode`) and checks the format on submit. */
export const Types: Story = {
  render: () =>
    html`<plaza-text-field
        name="name"
        label="Full name"
        hint="type=text, inputmode=text"
        autocomplete="name"
      ></plaza-text-field>
      <plaza-text-field
        name="email"
        type="email"
        label="Email address"
        hint="type=email, inputmode=email; spell check off"
        autocomplete="email"
      ></plaza-text-field>
      <plaza-text-field
        name="phone"
        type="tel"
        label="Phone number"
        hint="type=tel, inputmode=tel"
        autocomplete="tel"
        width="20"
      ></plaza-text-field>
      <plaza-text-field
        name="website"
        type="url"
        label="Business website"
        hint="type=url, inputmode=url"
        autocomplete="url"
      ></plaza-text-field>
      <plaza-text-field
        name="people"
        type="number"
        label="How many people live with you?"
        hint="type=number: a text input with inputmode=decimal, so typed values are never silently changed"
        width="3"
        integer
        min="0"
      ></plaza-text-field>`,
};

export const TypesWithErrors: Story = {
  render: () =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field
        name="email"
        type="email"
        label="Email address"
        value="sam.example.com"
      ></plaza-text-field>
      <plaza-text-field
        name="phone"
        type="tel"
        label="Phone number"
        value="call me"
        width="20"
      ></plaza-text-field>
      <plaza-text-field
        name="website"
        type="url"
        label="Business website"
        value="not a website"
      ></plaza-text-field>
      <plaza-text-field
        name="people"
        type="number"
        label="How many people live with you?"
        value="2.5"
        width="3"
        integer
        min="1"
      ></plaza-text-field>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: submitForm,
};

/** Match the width to the expected answer: it tells the resident how long the answer should be. */
export const Widths: Story = {
  render: () =>
    html`${WIDTHS.map(
      (width) =>
        html`<plaza-text-field
          name=${`width-${width}`}
          label=${`width="${width}"`}
          width=${width}
        ></plaza-text-field>`,
    )}`,
};

/** Prefix and suffix are hidden from screen readers: the label says the unit. */
export const PrefixAndSuffix: Story = {
  render: () =>
    html`<plaza-text-field
        name="rent"
        type="number"
        label="Rent per month, in dollars"
        prefix="$"
        suffix="per month"
        width="5"
        required
      ></plaza-text-field>
      <plaza-text-field
        name="weight"
        type="number"
        label="Weight, in pounds"
        suffix="lb"
        width="4"
        required
      ></plaza-text-field>`,
};

export const Disabled: Story = {
  args: { disabled: true, label: 'Case number', autocomplete: '' },
  render: () =>
    html`<plaza-text-field
      name="case-number"
      label="Case number"
      value="CA-2026-004512"
      width="20"
      disabled
    ></plaza-text-field>`,
};

export const Readonly: Story = {
  render: () =>
    html`<plaza-text-field
      name="case-number"
      label="Case number"
      hint="You cannot change this: it was given to you when you applied."
      value="CA-2026-004512"
      width="20"
      readonly
    ></plaza-text-field>`,
};

/** Longer text is an error on submit, never cut off: what the resident typed is kept. */
export const Maxlength: Story = {
  render: () =>
    html`<form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field
        name="reference"
        label="Reference"
        hint="Up to 10 characters"
        maxlength="10"
        value="REF-2026-00042"
        width="10"
        required
      ></plaza-text-field>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: submitForm,
};

export const PageHeading: Story = {
  render: () =>
    html`<plaza-text-field
      name="full-name"
      label="What is your full name?"
      autocomplete="name"
      page-heading
      required
    ></plaza-text-field>`,
};

/** Spanish strings come from @plaza/core: the marker and the error message follow `lang`. */
export const Spanish: Story = {
  render: () =>
    html`<form lang="es" @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field
        name="nombre"
        label="Nombre completo"
        autocomplete="name"
        required
      ></plaza-text-field>
      <plaza-text-field
        name="segundo-nombre"
        label="Segundo nombre"
        hint="Si tiene uno"
      ></plaza-text-field>
      <plaza-text-field
        name="correo"
        type="email"
        label="Correo electrónico"
        value="ana@example"
        autocomplete="email"
      ></plaza-text-field>
      <plaza-button type="submit">Continuar</plaza-button>
    </form>`,
  play: submitForm,
};

/**
 * Logical properties: label, prefix, suffix and the error bar mirror in right-to-left text. Plaza
 * ships English and Spanish; here the agency supplies the message in Arabic.
 */
export const RightToLeft: Story = {
  render: () =>
    html`<form dir="rtl" lang="ar" @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <plaza-text-field
        name="rent"
        type="number"
        label="الإيجار الشهري بالدولار"
        prefix="$"
        suffix="شهريًا"
        width="5"
        error-messages='{"valueMissing": "أدخل الإيجار الشهري بالدولار"}'
        required
      ></plaza-text-field>
      <plaza-button type="submit">متابعة</plaza-button>
    </form>`,
  play: submitForm,
};

/** A native form: fields submit with FormData (normalized values), and reset restores them. */
export const InAForm: Story = {
  render: () =>
    html`<form @submit=${showFormData}>
      <plaza-text-field
        name="full-name"
        label="Full name"
        autocomplete="name"
        value="Ana García"
        required
      ></plaza-text-field>
      <plaza-text-field
        name="email"
        type="email"
        label="Email address"
        autocomplete="email"
        value="  ana@example.com "
        required
      ></plaza-text-field>
      <plaza-text-field
        name="income"
        type="number"
        label="Household income per month, in dollars"
        prefix="$"
        value="2,350"
        width="10"
        required
      ></plaza-text-field>
      <plaza-button type="submit">Submit</plaza-button>
      <plaza-button type="reset" variant="secondary">Reset</plaza-button>
      <p>Submitted FormData: <output></output></p>
    </form>`,
  play: submitForm,
};
