import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const officialBannerStyles = css`
  :host {
    display: block;
    background: var(--plaza-official-banner-background, var(--plaza-color-surface));
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-small);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  section {
    max-inline-size: var(--plaza-official-banner-max-width, 100%);
    margin-inline: auto;
    padding-inline: var(--plaza-space-4);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--plaza-space-2);
    padding-block: var(--plaza-space-1);
  }
  .intro {
    margin: 0;
    overflow-wrap: anywhere;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--plaza-space-1);
    min-block-size: var(--plaza-control-target-minimum);
    padding: 0;
    border: 0;
    background: none;
    color: var(--plaza-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    color: var(--plaza-color-link-hover);
  }
  button:focus-visible {
    ${focusRing}
  }
  .chevron {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: var(--plaza-border-width-medium) solid currentColor;
    border-inline-end: var(--plaza-border-width-medium) solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  button[aria-expanded='true'] .chevron {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .guidance {
    display: grid;
    gap: var(--plaza-space-4);
    padding-block: var(--plaza-space-4);
    border-block-start: var(--plaza-border-width-thin) solid var(--plaza-color-border-subtle);
  }
  .guidance[hidden] {
    display: none;
  }
  @media (min-width: 40em) {
    .guidance {
      grid-template-columns: 1fr 1fr;
    }
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: var(--plaza-space-2);
    max-inline-size: var(--plaza-measure-text);
  }
  .item p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .icon {
    flex: none;
    color: var(--plaza-color-primary);
  }
  .icon svg {
    display: block;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  /* The button reads as a link; forced colours would give it the text colour. */
  @media (forced-colors: active) {
    button {
      color: LinkText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
