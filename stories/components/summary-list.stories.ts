import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/summary-list.js';

const meta: Meta = {
  title: 'Components/Summary list',
  component: 'plaza-summary-list',
  subcomponents: { SummaryListRow: 'plaza-summary-list-row' },
};
export default meta;
type Story = StoryObj;

export const CheckYourAnswers: Story = {
  render: () =>
    html`<plaza-summary-list>
      <plaza-summary-list-row href="#name"
        ><span slot="question">Name</span>Ada Lovelace</plaza-summary-list-row
      >
      <plaza-summary-list-row href="#date-of-birth"
        ><span slot="question">Date of birth</span>December 10, 1985</plaza-summary-list-row
      >
      <plaza-summary-list-row href="#address"
        ><span slot="question">Address</span>1 Main Street<br />Springfield<br />IL
        62701</plaza-summary-list-row
      >
      <plaza-summary-list-row href="#contact"
        ><span slot="question">Contact details</span>
        <p>ada@example.gov</p>
        <p>217-555-0123</p></plaza-summary-list-row
      >
    </plaza-summary-list>`,
};

export const WithoutActions: Story = {
  render: () =>
    html`<plaza-summary-list>
      <plaza-summary-list-row key="Reference">HDJ2123F</plaza-summary-list-row>
      <plaza-summary-list-row key="Submitted">24 November 2026</plaza-summary-list-row>
    </plaza-summary-list>`,
};

export const CustomAction: Story = {
  render: () =>
    html`<plaza-summary-list>
      <plaza-summary-list-row key="Children" href="#children" action="Add" action-label="a child"
        >None</plaza-summary-list-row
      >
    </plaza-summary-list>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-summary-list>
        <plaza-summary-list-row href="#nombre"
          ><span slot="question">Nombre</span>Ada Lovelace</plaza-summary-list-row
        >
        <plaza-summary-list-row href="#fecha"
          ><span slot="question">Fecha de nacimiento</span>10 de diciembre de
          1985</plaza-summary-list-row
        >
      </plaza-summary-list>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-summary-list>
        <plaza-summary-list-row href="#name" action="تغيير"
          ><span slot="question">الاسم</span>عائشة</plaza-summary-list-row
        >
      </plaza-summary-list>
    </div>`,
};
