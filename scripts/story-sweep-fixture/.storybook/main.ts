// A Storybook that exists only to prove the story sweep fails: scripts/story-sweep.test.mjs
// builds it to a temporary directory and sweeps it. Its stories never reach the real Storybook.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
};

export default config;
