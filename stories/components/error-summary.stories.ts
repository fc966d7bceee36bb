import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/error-summary.js';
import '@plaza/components/text-field.js';
import '@plaza/components/date-input.js';
import '@plaza/components/button.js';

const meta: Meta = {
  title: 'Components/Error summary',
  component: 'plaza-error-summary',
};
export default meta;
type Story = StoryObj;

const stop = (event: Event) => event.preventDefault();

/** Press "Continue" without filling the form: the summary lists each error and takes focus. */
export const AfterAFailedSubmit: Story = {
  render: () =>
    html`<form @submit=${stop}>
      <plaza-error-summary></plaza-error-summary>
      <plaza-text-field name="name" label="Full name" autocomplete="name" required>
      </plaza-text-field>
      <plaza-text-field
        name="email"
        label="Email address"
        type="email"
        autocomplete="email"
        required
      ></plaza-text-field>
      <plaza-date-input
        name="dob"
        label="Date of birth"
        hint="For example, 3 27 2007"
        autocomplete="bday"
        required
        past
      ></plaza-date-input>
      <plaza-button type="submit">Continue</plaza-button>
    </form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const date = form.querySelector('plaza-date-input')!;
    await date.updateComplete;
    date.parts = { day: '12', month: '', year: '1990' };
    form.requestSubmit();
  },
};

/** A server re-rendered the page after a POST: the same summary, from data. */
export const FromTheServer: Story = {
  render: () =>
    html`<form @submit=${stop}>
      <plaza-error-summary
        errors=${JSON.stringify([
          { field: 'email', message: 'Enter an email address we can reach you at' },
          { field: 'case', message: 'Case number was not found' },
        ])}
      ></plaza-error-summary>
      <plaza-text-field
        name="email"
        label="Email address"
        type="email"
        value="ada@example"
        error="Enter an email address we can reach you at"
      ></plaza-text-field>
      <plaza-text-field
        name="case"
        label="Case number"
        value="123"
        error="Case number was not found"
      ></plaza-text-field>
    </form>`,
};

export const PointedAtAForm: Story = {
  render: () =>
    html`<plaza-error-summary
        for="apply"
        errors='[{"field": "town", "message": "Enter your town or city"}]'
      ></plaza-error-summary>
      <p>The summary sits above the page's introduction and points at the form below.</p>
      <form id="apply" @submit=${stop}>
        <plaza-text-field
          name="town"
          label="Town or city"
          required
          error="Enter your town or city"
        ></plaza-text-field>
      </form>`,
};

export const Spanish: Story = {
  render: () =>
    html`<form lang="es" @submit=${stop}>
      <plaza-error-summary
        errors='[{"field": "nombre", "message": "Ingrese su nombre completo"}]'
      ></plaza-error-summary>
      <plaza-text-field
        name="nombre"
        label="Nombre completo"
        error="Ingrese su nombre completo"
      ></plaza-text-field>
    </form>`,
};
