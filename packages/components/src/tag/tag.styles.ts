import { css } from 'lit';

export const tagStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
    --_color: var(--plaza-tag-color, var(--plaza-color-text));
    --_background: var(--plaza-tag-background, var(--plaza-color-surface));
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='info']) {
    --_color: var(--plaza-color-info);
    --_background: var(--plaza-color-info-surface);
  }
  :host([variant='success']) {
    --_color: var(--plaza-color-success);
    --_background: var(--plaza-color-success-surface);
  }
  :host([variant='warning']) {
    --_color: var(--plaza-color-warning);
    --_background: var(--plaza-color-warning-surface);
  }
  :host([variant='error']) {
    --_color: var(--plaza-color-error);
    --_background: var(--plaza-color-error-surface);
  }
  .tag {
    display: inline-block;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding-block: var(--plaza-space-1);
    padding-inline: var(--plaza-space-2);
    border: var(--plaza-border-width-thin) solid var(--_color);
    border-radius: var(--plaza-radius-medium);
    background: var(--_background);
    color: var(--_color);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-tight);
    overflow-wrap: anywhere;
  }
`;
