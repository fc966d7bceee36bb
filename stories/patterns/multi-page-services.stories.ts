import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/form-flow.js';
import '@plaza/components/exit-this-page.js';
import '@plaza/components/timeout-warning.js';
import { compileFlow, memoryStore, type FlowDefinition } from '@plaza/flow';
import { energyAssistance, parkingPermit } from '@plaza/flow/examples.js';

/** A whole service in the page's main landmark: exit this page and the timeout warning around one `<plaza-form-flow>`. */
const service = (definition: FlowDefinition, lang: string) => {
  // A real service compiles its definition at build time and serves the JSON (docs/flow, section
  // 8): the page then loads only the light loader. Compiled here to keep the story one file.
  const compiled = compileFlow(definition);
  return html`<div lang=${lang}>
    <main id="main-content">
      <plaza-exit-this-page clear-answers></plaza-exit-this-page>
      <plaza-timeout-warning
        session-length="1800"
        channel="plaza-storybook-flow"
      ></plaza-timeout-warning>
      <plaza-form-flow .definition=${compiled} .store=${memoryStore}></plaza-form-flow>
    </main>
  </div>`;
};

const meta: Meta = {
  title: 'Patterns/Multi-page services',
  component: 'plaza-form-flow',
};
export default meta;
type Story = StoryObj;

/**
 * A city's short service (an example): branches on owning or renting and on the type of permit,
 * then check your answers and a confirmation. Answers are kept in memory in this story.
 */
export const ParkingPermit: Story = { render: () => service(parkingPermit, 'en') };
export const ParkingPermitSpanish: Story = { render: () => service(parkingPermit, 'es') };

/**
 * A county service with household members ("add another", with jobs inside each member), pages
 * that appear for some answers (work for adults, child care for children under 6), sections on
 * check your answers, and a confirmation.
 */
export const EnergyAssistance: Story = { render: () => service(energyAssistance, 'en') };
export const EnergyAssistanceSpanish: Story = { render: () => service(energyAssistance, 'es') };
