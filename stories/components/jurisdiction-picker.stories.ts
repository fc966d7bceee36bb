import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CityRegistry } from '@plaza/jurisdictions';
import '@plaza/components/jurisdiction-picker.js';

interface JurisdictionPickerArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<JurisdictionPickerArgs> = {
  title: 'Components/Jurisdiction picker',
  component: 'plaza-jurisdiction-picker',
  args: {
    label: 'Where do you live?',
    hint: 'We use this to show the services of your state, county and city',
    required: true,
    disabled: false,
  },
  render: (args) =>
    html`<plaza-jurisdiction-picker
      name="home"
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></plaza-jurisdiction-picker>`,
};
export default meta;
type Story = StoryObj<JurisdictionPickerArgs>;

export const Default: Story = {};

/** ZIP code 30097 reaches three counties: the resident chooses, largest share first. */
export const SeveralCounties: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      .zip=${'30097'}
    ></plaza-jurisdiction-picker>`,
};

/** One county: confirmed in words, nothing more to answer. */
export const OneCounty: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      .zip=${'10001'}
    ></plaza-jurisdiction-picker>`,
};

/** A ZIP code on the Kentucky–Tennessee line: each county names its state. */
export const StateLine: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      .zip=${'42223'}
    ></plaza-jurisdiction-picker>`,
};

/** A PO-box-only or unique ZIP code is not in the data: the state and county lists take over. */
export const NotFound: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      .zip=${'12345'}
    ></plaza-jurisdiction-picker>`,
};

/** The state and county lists, chosen directly. */
export const StateAndCounty: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      value="22071"
    ></plaza-jurisdiction-picker>`,
};

const cities = new CityRegistry();
cities.register([{ name: 'Johns Creek', state: 'GA', zips: ['30097'], counties: ['13121'] }]);

/** An agency's registered city joins the value when the ZIP code and county match it. */
export const WithCities: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      hint="Johns Creek residents: choose Fulton County"
      .cities=${cities}
      .zip=${'30097'}
    ></plaza-jurisdiction-picker>`,
};

export const WithError: Story = {
  render: () =>
    html`<plaza-jurisdiction-picker
      name="home"
      label="Where do you live?"
      required
      error="Enter a ZIP code"
    ></plaza-jurisdiction-picker>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-jurisdiction-picker
        name="home"
        label="¿Dónde vive?"
        required
        .zip=${'30534'}
      ></plaza-jurisdiction-picker>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-jurisdiction-picker
        name="home"
        label="أين تسكن؟"
        .zip=${'00601'}
      ></plaza-jurisdiction-picker>
    </div>`,
};

export const Disabled: Story = { args: { disabled: true } };
