// Deliberately broken stories: each must make the story sweep fail, naming the story and why.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Fixture/Broken' };
export default meta;

/** axe `label`: a text input without a label. */
export const UnlabelledInput: StoryObj = {
  render: () => html`<input type="text" name="full-name" />`,
};

/** A render error: Storybook shows its error display. */
export const Throws: StoryObj = {
  render: () => {
    throw new Error('Fixture story failed to render');
  },
};

/** A console error during render. */
export const ConsoleError: StoryObj = {
  render: () => {
    console.error('Fixture story logged an error');
    return html`<p>Logs an error</p>`;
  },
};

/** A Plaza tag whose registration never ran (the tree-shaken side-effect import pitfall). */
export const UndefinedElement: StoryObj = {
  render: () => html`<plaza-fixture-missing>Never defined</plaza-fixture-missing>`,
};

/** Scaffolding: the browser's own grey button instead of <plaza-button>. */
export const UnstyledButton: StoryObj = {
  render: () => html`<button type="button">Continue</button>`,
};

/** Scaffolding: text in the browser's default font (Times New Roman), not the page's. */
export const BrowserFont: StoryObj = {
  render: () => html`<p class="browser-font">Set in the browser's default serif</p>`,
};
