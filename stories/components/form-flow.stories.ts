import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/form-flow.js';
import { memoryStore } from '@plaza/flow';
import { parkingPermit } from '@plaza/flow/examples.js';

const meta: Meta = {
  title: 'Components/Form flow',
  component: 'plaza-form-flow',
  render: () =>
    html`<plaza-form-flow .definition=${parkingPermit} .store=${memoryStore}></plaza-form-flow>`,
};
export default meta;
type Story = StoryObj;

/** The parking permit example: Continue with nothing typed shows the error summary. */
export const Default: Story = {};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-form-flow .definition=${parkingPermit} .store=${memoryStore}></plaza-form-flow>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div lang="es" dir="rtl">
      <plaza-form-flow .definition=${parkingPermit} .store=${memoryStore}></plaza-form-flow>
    </div>`,
};
