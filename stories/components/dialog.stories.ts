import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/dialog.js';
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
    html`<button type="button" @click=${openNext}>Delete document</button>
      <plaza-dialog ?no-escape=${noEscape}>
        <h2 slot="heading">Delete this document?</h2>
        <p>You uploaded “proof-of-address.pdf” on 3 March. You cannot undo this.</p>
        <div slot="actions">
          <button type="button" data-dialog-close="delete">Delete document</button>
          <button type="button" data-dialog-close="keep">Keep it</button>
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
        <button type="button" data-dialog-close="delete">Delete document</button>
        <button type="button" data-dialog-close="keep">Keep it</button>
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
        <button type="button" data-dialog-close="stay" autofocus>Stay signed in</button>
        <button type="button" data-dialog-close="sign-out">Sign out</button>
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
        <button type="button" data-dialog-close="agree">I agree</button>
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
          <button type="button" data-dialog-close="delete">Eliminar documento</button>
          <button type="button" data-dialog-close="keep">Conservarlo</button>
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
          <button type="button" data-dialog-close="delete">حذف المستند</button>
        </div>
      </plaza-dialog>
    </div>`,
};
