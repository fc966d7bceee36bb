import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // GitHub-flavoured Markdown in MDX pages: tables, strikethrough, autolinks.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Without this, dev mode pre-bundles lit twice ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
      // Workspace packages resolve to their TypeScript source (see docs/contributing.md).
      resolve: { conditions: ['plaza-source', ...defaultClientConditions] },
    });
  },
};

export default config;
