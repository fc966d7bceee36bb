import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/step-indicator.js';

interface StepIndicatorArgs {
  current: number;
}

const steps = html`<span>Personal details</span>
  <span>Household</span>
  <span>Income</span>
  <span>Review and submit</span>`;

const meta: Meta<StepIndicatorArgs> = {
  title: 'Components/Step indicator',
  component: 'plaza-step-indicator',
  args: { current: 2 },
  argTypes: { current: { control: { type: 'number', min: 1, max: 4 } } },
  render: ({ current }) =>
    html`<plaza-step-indicator current=${current}>${steps}</plaza-step-indicator>`,
};
export default meta;
type Story = StoryObj<StepIndicatorArgs>;

export const Default: Story = {};
export const FirstStep: Story = { args: { current: 1 } };
export const LastStep: Story = { args: { current: 4 } };

export const WithoutNames: Story = {
  render: ({ current }) =>
    html`<plaza-step-indicator current=${current} hide-names>${steps}</plaza-step-indicator>`,
};

export const NarrowScreen: Story = {
  render: ({ current }) =>
    html`<div style="max-inline-size: 320px">
      <plaza-step-indicator current=${current}>${steps}</plaza-step-indicator>
    </div>`,
};

export const Spanish: Story = {
  render: ({ current }) =>
    html`<div lang="es">
      <plaza-step-indicator current=${current}>
        <span>Datos personales</span>
        <span>Hogar</span>
        <span>Ingresos</span>
        <span>Revisar y enviar</span>
      </plaza-step-indicator>
    </div>`,
};

export const RightToLeft: Story = {
  render: ({ current }) =>
    html`<div dir="rtl" lang="ar">
      <plaza-step-indicator current=${current}>
        <span>البيانات الشخصية</span>
        <span>الأسرة</span>
        <span>الدخل</span>
        <span>المراجعة</span>
      </plaza-step-indicator>
    </div>`,
};
