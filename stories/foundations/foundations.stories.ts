import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { groups, tokenGroups, type Token, type TokenGroup } from './token-data.js';
import './foundations.css';

/** How each token group is drawn: a class from foundations.css, and text for the type samples. */
const SAMPLES: Record<string, { className: string; text?: string }> = {
  color: { className: 'sample-color' },
  space: { className: 'sample-size' },
  radius: { className: 'sample-radius' },
  'border-width': { className: 'sample-border' },
  control: { className: 'sample-square' },
  'font-family': { className: 'sample-font-family', text: 'Apply for a parking permit' },
  'font-size': { className: 'sample-font-size', text: 'Apply for a permit' },
  'line-height': {
    className: 'sample-line-height',
    text: 'You can apply if you live in the city and own or rent a car.',
  },
  'font-weight': { className: 'sample-font-weight', text: 'Apply for a parking permit' },
  easing: { className: 'sample-motion' },
  duration: { className: 'sample-duration' },
};

/** The Foundations sections and the token groups each shows. Every group must appear once. */
const SECTIONS = {
  Colour: ['color'],
  Type: ['font-family', 'font-size', 'line-height', 'font-weight'],
  Spacing: ['space', 'radius', 'border-width'],
  Layout: ['page', 'measure', 'breakpoint', 'control'],
  Focus: ['focus-ring'],
  Motion: ['duration', 'easing'],
} satisfies Record<string, string[]>;

// A token group added to packages/tokens without a place here fails every Foundations story (and
// so the story sweep), rather than silently missing from the docs.
const placed = new Set(Object.values(SECTIONS).flat());
const unplaced = tokenGroups.filter((group) => !placed.has(group.name)).map((g) => g.name);

function sample(group: TokenGroup, token: Token): TemplateResult | typeof nothing {
  if (group.name === 'focus-ring') {
    return token.property === '--plaza-focus-ring-color'
      ? html`<span class="sample-focus">Focused control</span>`
      : nothing;
  }
  const drawn = SAMPLES[group.name];
  if (!drawn) return nothing;
  const style = styleMap({ '--sample': `var(${token.property})` });
  return drawn.text
    ? html`<span class=${drawn.className} style=${style}>${drawn.text}</span>`
    : html`<span class=${drawn.className} style=${style} aria-hidden="true"></span>`;
}

const value = (token: Token) =>
  token.refersTo ? html`<code>var(${token.refersTo})</code>` : html`<code>${token.value}</code>`;

const table = (group: TokenGroup) =>
  html`${
      group.description ? html`<p class="foundations-group-note">${group.description}</p>` : nothing
    }
    <table class="foundations-table">
      <caption>
        <code>${group.name}</code>
      </caption>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">Value</th>
          <th scope="col">Sample</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        ${group.tokens.map(
          (token) =>
            html`<tr>
              <th scope="row"><code>${token.property}</code></th>
              <td>${value(token)}</td>
              <td>${sample(group, token)}</td>
              <td>
                ${token.description}
                ${
                  token.contrast.length
                    ? html`<br /><small>Contrast: ${token.contrast.join('; ')}</small>`
                    : nothing
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;

const section = (names: string[]): Story => ({
  render: () => {
    if (unplaced.length) {
      throw new Error(`Foundations: token groups with no section: ${unplaced.join(', ')}`);
    }
    return html`<div class="plaza-width-container">${groups(...names).map(table)}</div>`;
  },
});

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

/** Values are the base theme's; the samples draw with the tokens, so they follow the Theme toolbar. */
export const Colour = section(SECTIONS.Colour);
export const Type = section(SECTIONS.Type);
export const Spacing = section(SECTIONS.Spacing);
export const Layout = section(SECTIONS.Layout);
export const Focus = section(SECTIONS.Focus);
export const Motion = section(SECTIONS.Motion);
