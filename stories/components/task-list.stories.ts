import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/task-list.js';

const meta: Meta = {
  title: 'Components/Task list',
  component: 'plaza-task-list',
  subcomponents: { TaskListItem: 'plaza-task-list-item' },
};
export default meta;
type Story = StoryObj;

export const Application: Story = {
  render: () =>
    html`<h2>Apply for food assistance</h2>
      <plaza-task-list show-progress>
        <plaza-task-list-item status="completed"
          ><a href="#details">Your details</a></plaza-task-list-item
        >
        <plaza-task-list-item status="in-progress"
          ><a href="#household">Your household</a
          ><span slot="hint">Everyone who lives and buys food with you</span></plaza-task-list-item
        >
        <plaza-task-list-item status="not-started"
          ><a href="#income">Income</a></plaza-task-list-item
        >
        <plaza-task-list-item status="error"
          ><a href="#housing">Housing costs</a></plaza-task-list-item
        >
        <plaza-task-list-item status="cannot-start"
          ><a href="#submit">Check your answers and submit</a></plaza-task-list-item
        >
      </plaza-task-list>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-task-list>
        <plaza-task-list-item status="in-progress"
          ><a href="#household"
            >Tell us about your household and who buys food with you</a
          ></plaza-task-list-item
        >
        <plaza-task-list-item status="cannot-start"
          ><a href="#submit">Check your answers and submit</a></plaza-task-list-item
        >
      </plaza-task-list>
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <h2>Solicitar asistencia alimentaria</h2>
      <plaza-task-list show-progress>
        <plaza-task-list-item status="completed"
          ><a href="#datos">Sus datos</a></plaza-task-list-item
        >
        <plaza-task-list-item status="in-progress"
          ><a href="#hogar">Su hogar</a></plaza-task-list-item
        >
        <plaza-task-list-item status="not-started"
          ><a href="#ingresos">Ingresos</a></plaza-task-list-item
        >
        <plaza-task-list-item status="cannot-start"
          ><a href="#enviar">Revisar y enviar</a></plaza-task-list-item
        >
      </plaza-task-list>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-task-list>
        <plaza-task-list-item status="completed" status-text="مكتمل"
          ><a href="#details">بياناتك</a></plaza-task-list-item
        >
        <plaza-task-list-item status="not-started" status-text="لم يبدأ بعد"
          ><a href="#income">الدخل</a></plaza-task-list-item
        >
      </plaza-task-list>
    </div>`,
};
