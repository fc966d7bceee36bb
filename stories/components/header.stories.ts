import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/header.js';

interface HeaderArgs {
  jurisdiction: string;
  service: string;
  menuOpen: boolean;
}

const seal = html`<svg slot="logo" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
  <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
  <path d="M24 10 28 20H38L30 27 33 38 24 31 15 38 18 27 10 20H20Z" fill="currentColor" />
</svg>`;

const meta: Meta<HeaderArgs> = {
  title: 'Components/Header',
  component: 'plaza-header',
  args: {
    jurisdiction: 'State of Example',
    service: 'Apply for a building permit',
    menuOpen: false,
  },
  render: ({ jurisdiction, service, menuOpen }) =>
    html`<plaza-header ?menu-open=${menuOpen}>
      ${seal}
      <a slot="jurisdiction" href="#home">${jurisdiction}</a>
      <a slot="service" href="#service">${service}</a>
      <a href="#permits" aria-current="page">Permits</a>
      <a href="#inspections">Inspections</a>
      <a href="#fees">Fees</a>
      <a href="#contact">Contact us</a>
    </plaza-header>`,
};
export default meta;
type Story = StoryObj<HeaderArgs>;

export const Default: Story = {};

/** The header collapses by its own width (a container query), so a 320px frame shows the menu. */
export const NarrowScreen: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const NarrowScreenMenuOpen: Story = {
  args: { menuOpen: true },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const WithoutNavigation: Story = {
  render: () =>
    html`<plaza-header>
      ${seal}
      <a slot="jurisdiction" href="#home">Example County</a>
      <span slot="service">Pay a parking ticket</span>
    </plaza-header>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-header>
        ${seal}
        <a slot="jurisdiction" href="#home">Estado de Ejemplo</a>
        <a slot="service" href="#service">Solicitar un permiso de construcción</a>
        <a href="#permits" aria-current="page">Permisos</a>
        <a href="#inspections">Inspecciones</a>
        <a href="#contact">Contáctenos</a>
      </plaza-header>
    </div>`,
};

export const SpanishNarrowMenuOpen: Story = {
  render: () =>
    html`<div lang="es" style="max-inline-size: 320px">
      <plaza-header menu-open>
        <a slot="jurisdiction" href="#home">Estado de Ejemplo</a>
        <a href="#permits" aria-current="page">Permisos</a>
        <a href="#contact">Contáctenos</a>
      </plaza-header>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-header>
        ${seal}
        <a slot="jurisdiction" href="#home">ولاية المثال</a>
        <a slot="service" href="#service">طلب تصريح بناء</a>
        <a href="#permits" aria-current="page">التصاريح</a>
        <a href="#contact">اتصل بنا</a>
      </plaza-header>
    </div>`,
};
