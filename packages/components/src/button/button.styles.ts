import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const buttonStyles = css`
  /* Buttons sit side by side ("Continue" and "Cancel"), so the host is inline-block, not block. */
  :host {
    display: inline-block;
    margin-block-end: var(--plaza-space-6);
    margin-inline-end: var(--plaza-space-4);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-tight);
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    max-inline-size: 100%;
    min-block-size: var(--plaza-control-target-comfortable);
    min-inline-size: var(--plaza-control-target-comfortable);
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-medium) solid transparent;
    border-radius: var(--plaza-radius-small);
    background: var(--plaza-button-background, var(--plaza-color-primary));
    color: var(--plaza-button-color, var(--plaza-color-on-primary));
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    text-align: center;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .button:hover {
    background: var(--plaza-color-primary-hover);
  }
  .button:active {
    background: var(--plaza-color-primary-active);
  }
  .button:focus-visible {
    ${focusRing}
  }
  :host([variant='secondary']) .button {
    border-color: var(--plaza-color-primary);
    background: var(--plaza-color-background);
    color: var(--plaza-color-primary);
  }
  :host([variant='secondary']) .button:hover,
  :host([variant='secondary']) .button:active {
    background: var(--plaza-color-surface);
    color: var(--plaza-color-primary-hover);
  }
  :host([variant='warning']) .button {
    background: var(--plaza-color-error);
    color: var(--plaza-color-on-primary);
  }
  :host([variant='warning']) .button:hover,
  :host([variant='warning']) .button:active {
    background: var(--plaza-color-text);
  }
  :host([variant='link']) .button {
    min-inline-size: 0;
    min-block-size: var(--plaza-control-target-minimum);
    padding: 0;
    border: 0;
    background: none;
    color: var(--plaza-color-link);
    font-weight: var(--plaza-font-weight-regular);
    text-decoration: underline;
  }
  :host([variant='link']) .button:hover {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: var(--plaza-border-width-medium);
  }
  .button:disabled,
  .button[aria-disabled='true'],
  :host([variant]) .button:disabled,
  :host([variant]) .button[aria-disabled='true'] {
    border-color: var(--plaza-color-disabled);
    background: var(--plaza-color-disabled-surface);
    color: var(--plaza-color-disabled);
    cursor: not-allowed;
  }
  :host([variant='link']) .button:disabled,
  :host([variant='link']) .button[aria-disabled='true'] {
    background: none;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    :host([variant='link']) .button {
      color: LinkText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
