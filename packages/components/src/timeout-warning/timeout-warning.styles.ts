import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const timeoutWarningStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [slot='heading'] {
    margin: 0;
    font-size: var(--plaza-font-size-heading-md);
    line-height: var(--plaza-line-height-heading);
  }
  .countdown {
    margin-block: var(--plaza-space-4);
    font-weight: var(--plaza-font-weight-bold);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .continue {
    box-sizing: border-box;
    min-block-size: var(--plaza-control-target-comfortable);
    max-inline-size: 100%;
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-medium) solid transparent;
    border-radius: var(--plaza-radius-small);
    background: var(--plaza-color-primary);
    color: var(--plaza-color-on-primary);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    cursor: pointer;
  }
  .continue:hover {
    background: var(--plaza-color-primary-hover);
  }
  .continue:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .continue {
      border-color: ButtonText;
    }
  }
`;
