import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/breadcrumbs.js';

const meta: Meta = {
  title: 'Components/Breadcrumbs',
  component: 'plaza-breadcrumbs',
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () =>
    html`<plaza-breadcrumbs>
      <a href="#home">Home</a>
      <a href="#benefits">Benefits</a>
      <a href="#food">Food assistance</a>
    </plaza-breadcrumbs>`,
};

export const WithCurrentPage: Story = {
  render: () =>
    html`<plaza-breadcrumbs>
      <a href="#home">Home</a>
      <a href="#benefits">Benefits</a>
      <span>Apply for food assistance</span>
    </plaza-breadcrumbs>`,
};

export const LongTrailAtNarrowWidth: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-breadcrumbs>
        <a href="#home">Home</a>
        <a href="#health">Health and human services</a>
        <a href="#family">Family and children's services</a>
        <span>Child care assistance</span>
      </plaza-breadcrumbs>
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-breadcrumbs>
        <a href="#inicio">Inicio</a>
        <a href="#beneficios">Beneficios</a>
        <span>Solicitar asistencia alimentaria</span>
      </plaza-breadcrumbs>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-breadcrumbs>
        <a href="#home">الرئيسية</a>
        <a href="#benefits">المزايا</a>
        <span>تقديم طلب</span>
      </plaza-breadcrumbs>
    </div>`,
};
