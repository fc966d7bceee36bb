import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/accordion.js';

const sections = html`<plaza-accordion-section>
    <span slot="heading">Who can apply</span>
    <p>You can apply if you live in the state and your household income is under the limit.</p>
  </plaza-accordion-section>
  <plaza-accordion-section>
    <span slot="heading">What you need to apply</span>
    <ul>
      <li>proof of identity, such as a driver's license</li>
      <li>your last three payslips</li>
    </ul>
  </plaza-accordion-section>
  <plaza-accordion-section>
    <span slot="heading">How to apply</span>
    <p>Apply online, by phone at 1-800-555-0100, or at a <a href="#offices">county office</a>.</p>
  </plaza-accordion-section>`;

const meta: Meta = {
  title: 'Components/Accordion',
  component: 'plaza-accordion',
  subcomponents: { AccordionSection: 'plaza-accordion-section' },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`<plaza-accordion>${sections}</plaza-accordion>`,
};

export const OneSectionOpen: Story = {
  render: () =>
    html`<plaza-accordion>
      <plaza-accordion-section open>
        <span slot="heading">Who can apply</span>
        <p>You can apply if you live in the state and your household income is under the limit.</p>
      </plaza-accordion-section>
      <plaza-accordion-section>
        <span slot="heading">How to apply</span>
        <p>Apply online, by phone or at a county office.</p>
      </plaza-accordion-section>
    </plaza-accordion>`,
};

export const HeadingLevel3: Story = {
  render: () =>
    html`<h2>Food assistance</h2>
      <plaza-accordion heading-level="3">${sections}</plaza-accordion>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-accordion>
        <plaza-accordion-section open>
          <span slot="heading">What happens after you apply for help with heating costs</span>
          <p>We will write to you within 30 days with a decision.</p>
        </plaza-accordion-section>
      </plaza-accordion>
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-accordion>
        <plaza-accordion-section open>
          <span slot="heading">Quién puede solicitar</span>
          <p>
            Puede solicitar si vive en el estado y los ingresos de su hogar están por debajo del
            límite.
          </p>
        </plaza-accordion-section>
        <plaza-accordion-section>
          <span slot="heading">Cómo solicitar</span>
          <p>Solicite por internet, por teléfono o en una oficina del condado.</p>
        </plaza-accordion-section>
      </plaza-accordion>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-accordion>
        <plaza-accordion-section open>
          <span slot="heading">من يمكنه التقديم</span>
          <p>يمكنك التقديم إذا كنت تعيش في الولاية.</p>
        </plaza-accordion-section>
        <plaza-accordion-section>
          <span slot="heading">كيفية التقديم</span>
          <p>قدم طلبك عبر الإنترنت.</p>
        </plaza-accordion-section>
      </plaza-accordion>
    </div>`,
};
