import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/timeout-warning.js';
import type { TimeoutClock } from '@plaza/components';

interface TimeoutWarningArgs {
  sessionLength: number;
  warnBefore: number;
}

/** A clock stopped at one moment, so the open warning looks the same on every visit. */
const stoppedAt = (time: number): TimeoutClock => ({
  now: () => time,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
});
const NOW = Date.UTC(2026, 11, 2, 9, 0, 0);
const stopped = stoppedAt(NOW);

const meta: Meta<TimeoutWarningArgs> = {
  title: 'Components/Timeout warning',
  component: 'plaza-timeout-warning',
  args: { sessionLength: 150, warnBefore: 120 },
  render: ({ sessionLength, warnBefore }) =>
    html`<p>The warning opens ${warnBefore} seconds before the session ends.</p>
      <plaza-timeout-warning
        session-length=${sessionLength}
        warn-before=${warnBefore}
        channel="plaza-storybook-session"
      >
        <p>We will delete your answers to protect your information.</p>
      </plaza-timeout-warning>`,
};
export default meta;
type Story = StoryObj<TimeoutWarningArgs>;

/**
 * A real 150-second session: the warning opens after 30 seconds. Continue (or Escape) extends it;
 * open this story in two tabs and continuing in one closes the warning in both.
 */
export const Default: Story = {};

/** The warning as it looks open, 1 minute 35 seconds before the end (the clock is stopped). */
export const Open: Story = {
  render: () =>
    html`<plaza-timeout-warning .clock=${stopped} .expiresAt=${NOW + 95_000}>
      <p>We will delete your answers to protect your information.</p>
    </plaza-timeout-warning>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <plaza-timeout-warning .clock=${stopped} .expiresAt=${NOW + 95_000}>
        <p>Borraremos sus respuestas para proteger su información.</p>
      </plaza-timeout-warning>
    </div>`,
};

export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar">
      <plaza-timeout-warning .clock=${stopped} .expiresAt=${NOW + 40_000}>
        <p>سنحذف إجاباتك لحماية معلوماتك.</p>
      </plaza-timeout-warning>
    </div>`,
};
