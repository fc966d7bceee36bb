import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/button.js';
import type { ButtonVariant } from '@plaza/components';

interface ButtonArgs {
  variant: ButtonVariant;
  text: string;
  disabled: boolean;
  disabledFocusable: boolean;
}

const meta: Meta<ButtonArgs> = {
  title: 'Components/Button',
  component: 'plaza-button',
  args: { variant: 'primary', text: 'Continue', disabled: false, disabledFocusable: false },
  argTypes: {
    variant: { control: 'select', options: ['primary', 'secondary', 'warning', 'link'] },
  },
  render: ({ variant, text, disabled, disabledFocusable }) =>
    html`<plaza-button
      type="button"
      variant=${variant}
      ?disabled=${disabled}
      ?disabled-focusable=${disabledFocusable}
      >${text}</plaza-button
    >`,
};
export default meta;
type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', text: 'Save as draft' } };
export const Warning: Story = { args: { variant: 'warning', text: 'Delete this application' } };
export const LinkStyle: Story = { args: { variant: 'link', text: 'Change' } };
export const Disabled: Story = { args: { disabled: true } };
export const DisabledButFocusable: Story = { args: { disabled: true, disabledFocusable: true } };

/** Submit and reset a native form; the result shows what was sent. */
export const InAForm: Story = {
  render: () => {
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const output = form.querySelector('output')!;
      output.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
    };
    return html`<form @submit=${onSubmit}>
      <p>
        <label for="town">Town</label>
        <input id="town" name="town" value="Springfield" />
      </p>
      <plaza-button name="action" value="continue" prevent-double-submit>Continue</plaza-button>
      <plaza-button name="action" value="draft" variant="secondary">Save as draft</plaza-button>
      <plaza-button type="reset" variant="link">Clear</plaza-button>
      <p>Sent: <output></output></p>
    </form>`;
  },
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-button type="button">Continuar</plaza-button>
      <plaza-button type="button" variant="secondary">Guardar borrador</plaza-button>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-button type="button">متابعة</plaza-button>
      <plaza-button type="button" variant="secondary">حفظ كمسودة</plaza-button>
    </div>`,
};

export const LongTextAtNarrowWidth: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-button type="button"
        >Save your answers and come back to this application later</plaza-button
      >
    </div>`,
};
