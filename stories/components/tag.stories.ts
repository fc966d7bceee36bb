import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/tag.js';
import type { TagVariant } from '@plaza/components';

interface TagArgs {
  variant: TagVariant;
  text: string;
}

const meta: Meta<TagArgs> = {
  title: 'Components/Tag',
  component: 'plaza-tag',
  args: { variant: 'neutral', text: 'Not yet started' },
  argTypes: {
    variant: { control: 'select', options: ['neutral', 'info', 'success', 'warning', 'error'] },
  },
  render: ({ variant, text }) => html`<plaza-tag variant=${variant}>${text}</plaza-tag>`,
};
export default meta;
type Story = StoryObj<TagArgs>;

export const Default: Story = {};

export const EveryStatus: Story = {
  render: () =>
    html`<p><plaza-tag>Not yet started</plaza-tag></p>
      <p><plaza-tag variant="info">In progress</plaza-tag></p>
      <p><plaza-tag variant="success">Completed</plaza-tag></p>
      <p><plaza-tag variant="warning">Cannot start yet</plaza-tag></p>
      <p><plaza-tag variant="error">There is a problem</plaza-tag></p>`,
};

export const LongTextAtNarrowWidth: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <plaza-tag variant="warning"
        >Cannot start yet: finish "Your household" before this section</plaza-tag
      >
    </div>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <p><plaza-tag>No iniciado</plaza-tag></p>
      <p><plaza-tag variant="info">En curso</plaza-tag></p>
      <p><plaza-tag variant="success">Completado</plaza-tag></p>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<p dir="rtl" lang="ar">الحالة: <plaza-tag variant="success">مكتمل</plaza-tag></p>`,
};
