import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/dialog.js';
import '@plaza/components/button.js';
import type { PlazaDialog } from '@plaza/components';

interface DialogArgs {
  noEscape: boolean;
}

const openNext = (event: Event) =>
  ((event.currentTarget as HTMLElement).nextElementSibling as PlazaDialog).show();

const meta: Meta<DialogArgs> = {
  title: 'Components/Dialog',
  component: 'plaza-dialog',
  args: { noEscape: false },
  render: ({ noEscape }) =>
    html`<plaza-button type="button" @click=${openNext}>Delete document</plaza-button>
      <plaza-dialog ?no-escape=${noEscape}>
        <h2 slot="heading">Delete this document?</h2>
        <p>You uploaded “proof-of-address.pdf” on 3 March. You cannot undo this.</p>
        <div slot="actions">
          <plaza-button type="button" data-dialog-close="delete">Delete document</plaza-button>
          <plaza-button type="button" data-dialog-close="keep" variant="secondary"
            >Keep it</plaza-button
          >
        </div>
      </plaza-dialog>`,
};
export default meta;
type Story = StoryObj<DialogArgs>;

/** Press the button: focus moves into the dialog, Escape closes it and returns focus. */
export const Default: Story = {};

/** The dialog as it looks open (opened when the story loads). */
export const Open: Story = {
  render: () =>
    html`<plaza-dialog open>
      <h2 slot="heading">Delete this document?</h2>
      <p>You cannot undo this.</p>
      <div slot="actions">
        <plaza-button type="button" data-dialog-close="delete">Delete document</plaza-button>
        <plaza-button type="button" data-dialog-close="keep" variant="secondary"
          >Keep it</plaza-button
        >
      </div>
    </plaza-dialog>`,
};

/** A session time-out the resident must answer: Escape does nothing and there is no Close. */
export const MustAnswer: Story = {
  render: () =>
    html`<plaza-dialog open no-escape>
      <h2 slot="heading">You will be signed out in 2 minutes</h2>
      <p>We will delete your answers to protect your information.</p>
      <div slot="actions">
        <plaza-button type="button" data-dialog-close="stay" autofocus>Stay signed in</plaza-button>
        <plaza-button type="button" data-dialog-close="sign-out" variant="secondary"
          >Sign out</plaza-button
        >
      </div>
    </plaza-dialog>`,
};

export const LongContent: Story = {
  render: () =>
    html`<plaza-dialog open>
      <h2 slot="heading">Before you continue, read the terms of the service agreement</h2>
      ${Array.from(
        { length: 12 },
        (_, i) => html`<p>Term ${i + 1}: you must tell us about changes within 10 days.</p>`,
      )}
      <div slot="actions">
        <plaza-button type="button" data-dialog-close="agree">I agree</plaza-button>
      </div>
    </plaza-dialog>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-dialog open>
        <h2 slot="heading">¿Eliminar este documento?</h2>
        <p>No puede deshacer esto.</p>
        <div slot="actions">
          <plaza-button type="button" data-dialog-close="delete">Eliminar documento</plaza-button>
          <plaza-button type="button" data-dialog-close="keep" variant="secondary"
            >Conservarlo</plaza-button
          >
        </div>
      </plaza-dialog>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-dialog open>
        <h2 slot="heading">حذف هذا المستند؟</h2>
        <p>لا يمكنك التراجع عن ذلك.</p>
        <div slot="actions">
          <plaza-button type="button" data-dialog-close="delete">حذف المستند</plaza-button>
        </div>
      </plaza-dialog>
    </div>`,
};
