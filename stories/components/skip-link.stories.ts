import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '@plaza/components/skip-link.js';

interface SkipLinkArgs {
  href: string;
}

/** The skip link only shows when it has focus: click into the story and press Tab. */
const frame = (skip: TemplateResult, note = 'Press Tab to show the skip link.') =>
  html`${skip}
    <p>${note}</p>
    <nav aria-label="Example navigation">
      <a href="#services">Services</a> · <a href="#contact">Contact</a>
    </nav>
    <main id="main-content">
      <h1>Apply for a building permit</h1>
      <p><a href="#start">Start now</a></p>
    </main>`;

const meta: Meta<SkipLinkArgs> = {
  title: 'Components/Skip link',
  component: 'plaza-skip-link',
  args: { href: '#main-content' },
  render: ({ href }) => frame(html`<plaza-skip-link href=${href}></plaza-skip-link>`),
};
export default meta;
type Story = StoryObj<SkipLinkArgs>;

export const Default: Story = {};

/** A link written in the page works before scripts run; the element only styles and enhances it. */
export const LinkWrittenInThePage: Story = {
  render: () =>
    frame(
      html`<plaza-skip-link><a href="#main-content">Skip to main content</a></plaza-skip-link>`,
    ),
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      ${frame(
        html`<plaza-skip-link></plaza-skip-link>`,
        'Pulse Tab para mostrar el enlace para saltar.',
      )}
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      ${frame(
        html`<plaza-skip-link>انتقل إلى المحتوى الرئيسي</plaza-skip-link>`,
        'اضغط على مفتاح Tab لإظهار الرابط.',
      )}
    </div>`,
};
