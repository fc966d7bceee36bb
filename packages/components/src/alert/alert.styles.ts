import { css } from 'lit';
import { hostTextStyles } from '@plaza/core';

export const alertStyles = css`
  ${hostTextStyles}
  :host {
    --_accent: var(--plaza-alert-accent, var(--plaza-color-info));
    --_background: var(--plaza-alert-background, var(--plaza-color-info-surface));
    --_icon-fg: var(--plaza-color-background);
    margin-block-end: var(--plaza-space-6);
  }
  :host([variant='success']) {
    --_accent: var(--plaza-alert-accent, var(--plaza-color-success));
    --_background: var(--plaza-alert-background, var(--plaza-color-success-surface));
  }
  :host([variant='warning']) {
    --_accent: var(--plaza-alert-accent, var(--plaza-color-warning));
    --_background: var(--plaza-alert-background, var(--plaza-color-warning-surface));
  }
  :host([variant='error']) {
    --_accent: var(--plaza-alert-accent, var(--plaza-color-error));
    --_background: var(--plaza-alert-background, var(--plaza-color-error-surface));
  }
  .alert {
    display: flex;
    align-items: flex-start;
    gap: var(--plaza-space-3);
    padding-block: var(--plaza-space-4);
    padding-inline: var(--plaza-space-4);
    border-inline-start: var(--plaza-border-width-thick) solid var(--_accent);
    background: var(--_background);
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_accent);
  }
  .icon .fg {
    fill: var(--_icon-fg);
  }
  .icon .fg-line {
    fill: none;
    stroke: var(--_icon-fg);
  }
  .message {
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: var(--plaza-measure-text);
    overflow-wrap: anywhere;
  }
  ::slotted([slot='heading']) {
    margin-block: 0 var(--plaza-space-2);
    font-size: var(--plaza-font-size-heading-sm);
    line-height: var(--plaza-line-height-heading);
  }
  ::slotted(:not([slot])) {
    margin-block: 0;
  }
  ::slotted(a) {
    color: var(--plaza-color-link);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .alert {
      border: var(--plaza-border-width-thin) solid CanvasText;
      border-inline-start: var(--plaza-border-width-thick) solid CanvasText;
    }
    .icon {
      color: CanvasText;
      --_icon-fg: Canvas;
    }
  }
`;
