import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@plaza/components/tin-input.js';
import '@plaza/components/money-input.js';
import '@plaza/components/name-input.js';
import '@plaza/components/email-input.js';
import '@plaza/components/phone-input.js';
import '@plaza/components/address-input.js';

/**
 * The pattern fields for what almost every service asks: name, email, phone, address, Social
 * Security number (or ITIN) and money. Each story shows one state of every field; the story sweep checks them
 * all with axe in English and Spanish.
 */
const meta: Meta = {
  title: 'Components/Pattern fields',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Shows `content` after a failed check, as a submit would. */
const reported = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const field of canvasElement.querySelectorAll<HTMLElement & { reportValidity(): boolean }>(
    'plaza-tin-input, plaza-money-input, plaza-name-input, plaza-email-input, plaza-phone-input, plaza-address-input',
  )) {
    field.reportValidity();
  }
};

/** An address in San Juan, with its urbanization (shown because Puerto Rico is chosen). */
const sanJuan = {
  line1: '1 Calle A',
  urbanization: 'URB Las Gladiolas',
  city: 'San Juan',
  state: 'PR',
  zip: '00901',
};

const fields = (
  values: Record<string, string> = {},
  extra = '',
  address: Record<string, string> = {},
): TemplateResult =>
  html`<plaza-name-input
      name="name"
      label="Full name"
      value=${values.name ?? ''}
      ?disabled=${extra === 'disabled'}
      required
    ></plaza-name-input>
    <plaza-name-input
      name="child"
      label="Your child's name"
      parts="given family"
      for="other"
      ?disabled=${extra === 'disabled'}
    ></plaza-name-input>
    <plaza-email-input
      name="email"
      label="Email address"
      hint="We will send your confirmation here"
      value=${values.email ?? ''}
      ?disabled=${extra === 'disabled'}
      required
    ></plaza-email-input>
    <plaza-phone-input
      name="phone"
      label="Phone number"
      hint="For example, (202) 555-0123. Add an extension after an x"
      value=${values.phone ?? ''}
      ?disabled=${extra === 'disabled'}
      required
    ></plaza-phone-input>
    <plaza-address-input
      id="home"
      name="home"
      label="What is your home address?"
      kind="physical"
      .value=${address}
      ?disabled=${extra === 'disabled'}
      required
    ></plaza-address-input>
    <plaza-address-input
      name="mailing"
      label="What is your mailing address?"
      kind="mailing"
      same-as="home"
      ?disabled=${extra === 'disabled'}
    ></plaza-address-input>
    <plaza-tin-input
      name="ssn"
      label="Social Security number or ITIN"
      error-name="your Social Security number or ITIN"
      hint="For example, 123 45 6789"
      accept="ssn itin"
      value=${values.ssn ?? ''}
      ?disabled=${extra === 'disabled'}
      toggle
      required
    ></plaza-tin-input>
    <plaza-money-input
      name="income"
      label="How much do you earn before taxes?"
      error-name="your earnings"
      periods="all"
      value=${values.income ?? ''}
      ?disabled=${extra === 'disabled'}
      required
    ></plaza-money-input>
    <plaza-money-input
      name="rent"
      label="Monthly rent"
      hint="Do not include utilities"
      value=${values.rent ?? ''}
      ?disabled=${extra === 'disabled'}
    ></plaza-money-input>`;

export const Default: Story = { render: () => fields() };

export const Filled: Story = {
  render: () =>
    fields(
      {
        name: "Siobhán O'Brien",
        email: 'siobhan@example.gov',
        phone: '+1 (555) 123-4567 x12',
        ssn: '912-70-1234',
        income: '2,100',
        rent: '$1,200.50',
      },
      '',
      sanJuan,
    ),
};

export const Errors: Story = {
  name: 'Errors after a submit',
  render: () =>
    fields(
      {
        name: 'Ada 2',
        email: 'ada@example',
        phone: '555-1234',
        ssn: '666-12-3456',
        income: '12 dollars',
      },
      '',
      { line1: '55 Trinity Ave SW', city: 'Atlanta', state: 'GA', zip: '3030' },
    ),
  play: reported,
};

export const TypoWarning: Story = {
  name: 'Email typo warning',
  render: () =>
    html`<plaza-email-input label="Email address" value="name@gmial.com"></plaza-email-input>`,
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('plaza-email-input')!;
    await field.updateComplete;
    field.suggestion = 'name@gmail.com';
  },
};

export const Disabled: Story = {
  render: () =>
    fields(
      { name: 'Ada Lovelace', email: 'ada@example.gov', phone: '202-555-0123' },
      'disabled',
      sanJuan,
    ),
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-name-input label="Nombre completo" required></plaza-name-input>
      <plaza-email-input label="Correo electrónico" required></plaza-email-input>
      <plaza-tin-input label="Número de Seguro Social" value="123-00-4567" toggle></plaza-tin-input>
      <plaza-money-input label="Ingresos" periods="all" value="abc"></plaza-money-input>
      <plaza-phone-input label="Número de teléfono" value="555-1234"></plaza-phone-input>
      <plaza-address-input label="¿Cuál es su dirección?" required></plaza-address-input>
      <plaza-address-input label="Dirección en Puerto Rico" .value=${sanJuan}></plaza-address-input>
    </div>`,
  play: reported,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-name-input label="الاسم الكامل" value="محمد" required></plaza-name-input>
      <plaza-money-input label="الدخل" periods="month year"></plaza-money-input>
      <plaza-phone-input label="رقم الهاتف" value="+1 202 555 0123"></plaza-phone-input>
      <plaza-address-input label="العنوان" .value=${sanJuan}></plaza-address-input>
    </div>`,
};

/** A mailing address that is the same as the home address: the box is ticked, the parts hidden. */
export const SameAs: Story = {
  name: 'Address: same as home',
  render: () => fields({}, '', sanJuan),
  play: async ({ canvasElement }) => {
    const mailing = canvasElement.querySelector<HTMLElement>(
      'plaza-address-input[name="mailing"]',
    )!;
    await (mailing as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    mailing.shadowRoot!.querySelector<HTMLInputElement>('#same')!.click();
  },
};
