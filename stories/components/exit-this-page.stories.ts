import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/exit-this-page.js';

interface ExitThisPageArgs {
  href: string;
  clearAnswers: boolean;
}

const meta: Meta<ExitThisPageArgs> = {
  title: 'Components/Exit this page',
  component: 'plaza-exit-this-page',
  args: { href: 'https://www.weather.gov/', clearAnswers: true },
  render: ({ href, clearAnswers }) =>
    html`<plaza-exit-this-page href=${href} ?clear-answers=${clearAnswers}></plaza-exit-this-page>
      <p>Press Shift three times, or the button, to leave for a neutral page.</p>`,
};
export default meta;
type Story = StoryObj<ExitThisPageArgs>;

export const Default: Story = {};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-exit-this-page clear-answers></plaza-exit-this-page>
      <p>Presione Mayúsculas tres veces, o el botón, para ir a una página neutral.</p>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-exit-this-page clear-answers></plaza-exit-this-page>
      <p>اضغط على مفتاح Shift ثلاث مرات، أو على الزر، للانتقال إلى صفحة محايدة.</p>
    </div>`,
};
