import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/alert.js';
import '@plaza/components/button.js';
import type { AlertVariant } from '@plaza/components';

interface AlertArgs {
  variant: AlertVariant;
  heading: string;
  message: string;
}

const meta: Meta<AlertArgs> = {
  title: 'Components/Alert',
  component: 'plaza-alert',
  args: {
    variant: 'info',
    heading: 'Offices are closed on Monday',
    message: 'You can still apply online. We will reply from Tuesday.',
  },
  argTypes: {
    variant: { control: 'select', options: ['info', 'success', 'warning', 'error'] },
  },
  render: ({ variant, heading, message }) =>
    html`<plaza-alert variant=${variant}>
      ${heading ? html`<h2 slot="heading">${heading}</h2>` : ''}
      <p>${message}</p>
    </plaza-alert>`,
};
export default meta;
type Story = StoryObj<AlertArgs>;

export const Default: Story = {};

export const EveryVariant: Story = {
  render: () =>
    html`<plaza-alert variant="info">
        <h2 slot="heading">Offices are closed on Monday</h2>
        <p>You can still apply online.</p>
      </plaza-alert>
      <plaza-alert variant="success"><p>Your documents were uploaded.</p></plaza-alert>
      <plaza-alert variant="warning">
        <h2 slot="heading">Your session will end in 5 minutes</h2>
        <p>Save your answers to keep them.</p>
      </plaza-alert>
      <plaza-alert variant="error">
        <h2 slot="heading">The service is not working</h2>
        <p>Try again later, or <a href="#contact">contact us</a>.</p>
      </plaza-alert>`,
};

/** An alert added after the page loaded is announced; the ones above, present at load, are not. */
export const AddedAfterAnAction: Story = {
  render: () => {
    const add = (event: Event) => {
      const alert = document.createElement('plaza-alert');
      alert.variant = 'success';
      alert.innerHTML = '<p>Your address was saved.</p>';
      (event.currentTarget as HTMLElement).after(alert);
    };
    return html`<plaza-button type="button" @click=${add}>Save address</plaza-button>`;
  },
};

export const NarrowScreen: Story = {
  args: { variant: 'warning' },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-alert variant="warning">
        <h2 slot="heading">Su sesión terminará en 5 minutos</h2>
        <p>Guarde sus respuestas para no perderlas.</p>
      </plaza-alert>
      <plaza-alert variant="error"><p>No pudimos guardar sus respuestas.</p></plaza-alert>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-alert variant="info">
        <h2 slot="heading">المكاتب مغلقة يوم الاثنين</h2>
        <p>لا يزال بإمكانك التقديم عبر الإنترنت.</p>
      </plaza-alert>
    </div>`,
};
