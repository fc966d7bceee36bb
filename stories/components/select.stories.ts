import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/select.js';

interface SelectArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
}

const counties = html`<option value="">Select a county</option>
  <option value="benton">Benton</option>
  <option value="clackamas">Clackamas</option>
  <option value="lane">Lane</option>
  <option value="marion">Marion</option>
  <option value="multnomah">Multnomah</option>
  <option value="washington">Washington</option>`;

const meta: Meta<SelectArgs> = {
  title: 'Components/Select',
  component: 'plaza-select',
  args: { label: 'County', hint: '', required: false, disabled: false },
  render: (args) =>
    html`<plaza-select
      name="county"
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      >${counties}</plaza-select
    >`,
};
export default meta;
type Story = StoryObj<SelectArgs>;

export const Default: Story = {};

export const WithHint: Story = { args: { hint: 'The county where you live now' } };

export const WithGroups: Story = {
  render: () =>
    html`<plaza-select name="office" label="Office to visit">
      <option value="">Select an office</option>
      <optgroup label="North region">
        <option value="astoria">Astoria</option>
        <option value="portland">Portland</option>
      </optgroup>
      <optgroup label="South region">
        <option value="medford">Medford</option>
        <option value="klamath-falls">Klamath Falls</option>
      </optgroup>
    </plaza-select>`,
};

export const PreSelected: Story = {
  render: () =>
    html`<plaza-select name="sort" label="Sort by" marker="none">
      <option value="distance">Distance</option>
      <option value="name" selected>Name</option>
      <option value="updated">Recently updated</option>
    </plaza-select>`,
};

export const Error: Story = {
  render: () =>
    html`<plaza-select name="county" label="County" required error="Select county"
      >${counties}</plaza-select
    >`,
};

export const Disabled: Story = { args: { disabled: true } };

export const PageHeading: Story = {
  render: () =>
    html`<plaza-select
      name="county"
      label="Which county do you live in?"
      page-heading
      required
      marker="none"
      >${counties}</plaza-select
    >`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-select name="condado" label="Condado" hint="El condado donde vive ahora">
        <option value="">Seleccione un condado</option>
        <option value="benton">Benton</option>
        <option value="lane">Lane</option>
      </plaza-select>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-select name="county" label="المقاطعة">
        <option value="">اختر مقاطعة</option>
        <option value="benton">Benton</option>
      </plaza-select>
    </div>`,
};
