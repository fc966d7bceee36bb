import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/notification-banner.js';
import type { NotificationBannerVariant } from '@plaza/components';

interface NotificationBannerArgs {
  variant: NotificationBannerVariant;
  bannerTitle: string;
  disableAutoFocus: boolean;
}

const meta: Meta<NotificationBannerArgs> = {
  title: 'Components/Notification banner',
  component: 'plaza-notification-banner',
  args: { variant: 'important', bannerTitle: '', disableAutoFocus: true },
  argTypes: { variant: { control: 'select', options: ['important', 'success'] } },
  render: ({ variant, bannerTitle, disableAutoFocus }) =>
    html`<plaza-notification-banner
      variant=${variant}
      banner-title=${bannerTitle}
      ?disable-auto-focus=${disableAutoFocus}
    >
      <p>You have 7 days left to send your application. <a href="#app">View application</a>.</p>
    </plaza-notification-banner>`,
};
export default meta;
type Story = StoryObj<NotificationBannerArgs>;

export const Default: Story = {};

/** After the resident's own action: an alert that takes focus when the page loads. */
export const Success: Story = {
  render: () =>
    html`<plaza-notification-banner variant="success">
      <h3>Your application was saved</h3>
      <p>We have sent a copy to <a href="#email">ada@example.com</a>.</p>
    </plaza-notification-banner>`,
};

export const OwnTitle: Story = {
  args: { bannerTitle: 'Service update' },
};

export const NarrowScreen: Story = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-notification-banner variant="success" disable-auto-focus>
        <h3>Se guardó su solicitud</h3>
        <p>Le enviamos una copia a <a href="#email">ada@example.com</a>.</p>
      </plaza-notification-banner>
      <plaza-notification-banner>
        <p>Le quedan 7 días para enviar su solicitud.</p>
      </plaza-notification-banner>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-notification-banner>
        <p>لديك 7 أيام لإرسال طلبك. <a href="#app">عرض الطلب</a>.</p>
      </plaza-notification-banner>
    </div>`,
};
