import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const exitThisPageStyles = css`
  :host {
    display: block;
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-tight);
  }
  :host([hidden]) {
    display: none;
  }
  .button {
    box-sizing: border-box;
    min-block-size: var(--plaza-control-target-comfortable);
    max-inline-size: 100%;
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-medium) solid transparent;
    border-radius: var(--plaza-radius-small);
    background: var(--plaza-color-error);
    color: var(--plaza-color-on-primary);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .button:hover,
  .button:active {
    background: var(--plaza-color-text);
  }
  .button:focus-visible {
    ${focusRing}
  }
  /* Hides the sensitive page at once; the neutral page may take a moment to load. */
  .cover {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    background: var(--plaza-color-background);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .cover {
      background: Canvas;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;
