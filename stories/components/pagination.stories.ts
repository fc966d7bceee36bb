import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/pagination.js';

interface PaginationArgs {
  current: number;
  total: number;
}

const meta: Meta<PaginationArgs> = {
  title: 'Components/Pagination',
  component: 'plaza-pagination',
  args: { current: 5, total: 10 },
  render: ({ current, total }) =>
    html`<plaza-pagination
      current=${current}
      total=${total}
      href="#page-{page}"
      @plaza-page-change=${(event: CustomEvent<{ page: number }>) => {
        event.preventDefault();
        (event.target as HTMLElement & { current: number }).current = event.detail.page;
      }}
    ></plaza-pagination>`,
};
export default meta;
type Story = StoryObj<PaginationArgs>;

export const MiddlePage: Story = {};
export const FirstPage: Story = { args: { current: 1 } };
export const LastPage: Story = { args: { current: 10 } };
export const FewPages: Story = { args: { current: 2, total: 3 } };

export const NarrowScreen: Story = {
  args: { current: 50, total: 100 },
  render: ({ current, total }) =>
    html`<div style="max-inline-size: 320px">
      <plaza-pagination current=${current} total=${total} href="#page-{page}"></plaza-pagination>
    </div>`,
};

export const Spanish: Story = {
  render: ({ current, total }) =>
    html`<div lang="es">
      <plaza-pagination current=${current} total=${total} href="#pagina-{page}"></plaza-pagination>
    </div>`,
};

export const RightToLeft: Story = {
  render: ({ current, total }) =>
    html`<div dir="rtl" lang="ar">
      <plaza-pagination
        current=${current}
        total=${total}
        href="#page-{page}"
        label="ترقيم الصفحات"
      ></plaza-pagination>
    </div>`,
};
