import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/official-banner.js';

interface OfficialBannerArgs {
  jurisdiction: string;
  domain: string;
  open: boolean;
}

const meta: Meta<OfficialBannerArgs> = {
  title: 'Components/Official banner',
  component: 'plaza-official-banner',
  args: { jurisdiction: 'the State of Example', domain: '.gov', open: false },
  render: ({ jurisdiction, domain, open }) =>
    html`<plaza-official-banner
      jurisdiction=${jurisdiction}
      domain=${domain}
      ?open=${open}
    ></plaza-official-banner>`,
};
export default meta;
type Story = StoryObj<OfficialBannerArgs>;

export const Default: Story = {};

export const Open: Story = { args: { open: true } };

/** The first line written in the page reads before scripts run and is indexed by search engines. */
export const WrittenInThePage: Story = {
  render: () =>
    html`<plaza-official-banner domain="examplecounty.gov">
      An official website of Example County, Oregon
    </plaza-official-banner>`,
};

/** A city with its own domain and its own words for the HTTPS explanation. */
export const CityWithOwnWording: Story = {
  render: () =>
    html`<plaza-official-banner jurisdiction="the City of Example" domain="example.city" open>
      <span slot="https-guidance">
        Our sign-in pages always show a lock. Never enter your password on a page without one.
      </span>
    </plaza-official-banner>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-official-banner jurisdiction="el Estado de Ejemplo" open></plaza-official-banner>
    </div>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-official-banner jurisdiction="the Commonwealth of Example" open>
      </plaza-official-banner>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-official-banner open>موقع إلكتروني رسمي لولاية المثال</plaza-official-banner>
    </div>`,
};
