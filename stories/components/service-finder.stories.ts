import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ApiSource, EmbeddedSource, type DirectorySource } from '@plaza/directory';
import exampleDirectory from '@plaza/directory/examples/directory.json';
import exampleCities from '@plaza/directory/examples/cities.json';
import exampleCategoryNames from '@plaza/directory/examples/category-names.json';
import { CityRegistry } from '@plaza/jurisdictions';
import '@plaza/components/service-finder.js';
import { hsdsApiResponse } from '../../packages/directory/test/hsds-api.mjs';

const TIME_ZONE = 'America/New_York';
const cities = new CityRegistry();
cities.register(exampleCities);
const embedded = new EmbeddedSource(exampleDirectory, { timeZone: TIME_ZONE });

/**
 * The same example data behind the HSDS API interface. A static Storybook has no server, so the
 * API is answered inside the page; the requests the finder makes are exactly what it would send.
 */
const simulatedApi = new ApiSource({
  baseUrl: 'https://hsds-api.example/',
  timeZone: TIME_ZONE,
  fetch: (input) => {
    const url = new URL(String(input));
    const answer = hsdsApiResponse(`${url.pathname}${url.search}`, exampleDirectory);
    return Promise.resolve(
      new Response(JSON.stringify(answer?.body ?? {}), {
        status: answer?.status ?? 404,
        headers: { 'content-type': 'application/json' },
      }),
    );
  },
});

interface FinderArgs {
  source: DirectorySource;
  lang: string;
  dir: string;
}

const note = (lang: string) =>
  lang === 'es'
    ? 'Datos de ejemplo: servicios ficticios en lugares reales de Georgia (estado, condados de Fulton y Gwinnett, ciudades de Atlanta, Johns Creek y Duluth). Pruebe el código postal 30097.'
    : 'Example data: made-up services in real Georgia places (the state, Fulton and Gwinnett counties, the cities of Atlanta, Johns Creek and Duluth). Try ZIP code 30097.';

const meta: Meta<FinderArgs> = {
  title: 'Components/Service finder',
  component: 'plaza-service-finder',
  args: { source: embedded, lang: 'en', dir: 'ltr' },
  argTypes: { source: { control: false } },
  render: ({ source, lang, dir }) =>
    html`<div lang=${lang} dir=${dir}>
      <plaza-service-finder
        time-zone=${TIME_ZONE}
        .source=${source}
        .cities=${cities}
        .categoryNames=${exampleCategoryNames}
      >
        <p slot="note">${note(lang)}</p>
      </plaza-service-finder>
    </div>`,
};
export default meta;
type Story = StoryObj<FinderArgs>;

/** The embedded source: the directory file is searched in the browser; nothing is sent. */
export const EmbeddedDirectory: Story = {};

export const Spanish: Story = { args: { lang: 'es' } };

export const RightToLeft: Story = { args: { lang: 'ar', dir: 'rtl' } };

/** The HSDS API source: only the words typed and one chosen category are sent. */
export const HsdsApi: Story = { args: { source: simulatedApi } };
