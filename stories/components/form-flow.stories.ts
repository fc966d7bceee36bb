import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/form-flow.js';
// These stories give definitions as written and pages in HTML; the pattern stories show compiled flows.
import '@plaza/components/form-flow-definitions.js';
import { memoryStore } from '@plaza/flow';
import { energyAssistance, parkingPermit } from '@plaza/flow/examples.js';

/** The county example with a task list: every page needs a section, so the declaration gets one. */
const withTaskList = {
  ...energyAssistance,
  taskList: true,
  sections: [
    ...(energyAssistance.sections ?? []),
    { id: 'declare', title: 'energy.declaration.heading', pages: ['declaration'] },
  ],
};

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

/**
 * Pages written in HTML: `<plaza-flow-page>` children with ordinary Plaza controls, and no
 * definition. The flow routes, checks, saves and builds check your answers from the controls.
 */
export const AuthoredPages: Story = {
  render: () =>
    html`<plaza-form-flow
      service="Report a pothole"
      flow-id="pothole"
      confirmation="Report sent"
      .store=${memoryStore}
    >
      <plaza-flow-page page-id="where" heading="Where is the pothole?">
        <plaza-text-field name="street" label="Street" required></plaza-text-field>
        <plaza-radio-group name="size" label="How big is it?" required>
          <plaza-radio value="small" label="Smaller than a dinner plate"></plaza-radio>
          <plaza-radio value="large" label="Larger than a dinner plate"></plaza-radio>
        </plaza-radio-group>
      </plaza-flow-page>
      <plaza-flow-page page-id="contact" heading="Your details">
        <plaza-text-field
          name="email"
          type="email"
          label="Email address (optional)"
          hint="We will only use it to tell you when it is fixed"
        ></plaza-text-field>
      </plaza-flow-page>
    </plaza-form-flow>`,
};

export const AuthoredPagesSpanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-form-flow
        service="Reportar un bache"
        flow-id="bache"
        confirmation="Reporte enviado"
        .store=${memoryStore}
      >
        <plaza-flow-page page-id="donde" heading="¿Dónde está el bache?">
          <plaza-text-field name="calle" label="Calle" required></plaza-text-field>
          <plaza-radio-group name="tamano" label="¿Qué tamaño tiene?" required>
            <plaza-radio value="pequeno" label="Más pequeño que un plato"></plaza-radio>
            <plaza-radio value="grande" label="Más grande que un plato"></plaza-radio>
          </plaza-radio-group>
        </plaza-flow-page>
      </plaza-form-flow>
    </div>`,
};

/** `show-steps`: a step indicator of the definition's sections, the current one marked. */
export const StepIndicator: Story = {
  render: () =>
    html`<plaza-form-flow
      show-steps
      .definition=${energyAssistance}
      .store=${memoryStore}
    ></plaza-form-flow>`,
};

/** `taskList: true` in the definition: the task list page, each section with its status. */
export const TaskList: Story = {
  render: () =>
    html`<plaza-form-flow .definition=${withTaskList} .store=${memoryStore}></plaza-form-flow>`,
};
