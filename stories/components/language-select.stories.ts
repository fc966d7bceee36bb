import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@plaza/components/language-select.js';

interface LanguageSelectArgs {
  languages: string;
}

/** The stories switch a demo area, not the whole Storybook page. */
const demo = (languages: string, lang = 'en', dir = 'ltr') =>
  html`<div id="language-demo" lang=${lang} dir=${dir}>
    <plaza-language-select languages=${languages} target="#language-demo"></plaza-language-select>
    <p>Press a language: the area around the buttons switches its <code>lang</code>.</p>
  </div>`;

const meta: Meta<LanguageSelectArgs> = {
  title: 'Components/Language select',
  component: 'plaza-language-select',
  args: { languages: 'en es' },
  render: ({ languages }) => demo(languages),
};
export default meta;
type Story = StoryObj<LanguageSelectArgs>;

export const Default: Story = {};

export const ManyLanguages: Story = {
  args: { languages: 'en es vi zh-Hant ko tl ru ar' },
};

export const NarrowScreen: Story = {
  args: { languages: 'en es vi zh-Hant ko tl ru ar' },
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
};

export const Spanish: Story = {
  render: () => demo('en es', 'es'),
};

export const RightToLeft: Story = {
  render: () => demo('ar en es', 'ar', 'rtl'),
};
