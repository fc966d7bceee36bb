import { css } from 'lit';
import { hostTextStyles } from '@plaza/core';

export const stepIndicatorStyles = css`
  ${hostTextStyles}
  :host {
    margin-block: var(--plaza-space-5);
    --_complete: var(--plaza-step-indicator-complete-color, var(--plaza-color-text));
    --_current: var(--plaza-step-indicator-current-color, var(--plaza-color-primary));
  }
  ol {
    display: flex;
    gap: var(--plaza-space-1);
    margin: 0 0 var(--plaza-space-4);
    padding: 0;
    list-style: none;
  }
  li {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--plaza-space-2);
  }
  .segment {
    display: block;
    box-sizing: border-box;
    block-size: var(--plaza-space-2);
    border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
    background: var(--plaza-color-background);
  }
  .complete .segment {
    border-color: var(--_complete);
    background: var(--_complete);
  }
  .current .segment {
    border-color: var(--_current);
    background: var(--_current);
    block-size: var(--plaza-space-3);
  }
  .name {
    font-size: var(--plaza-font-size-small);
    color: var(--plaza-color-text-secondary);
    overflow-wrap: anywhere;
  }
  .complete .name {
    color: var(--plaza-color-text);
  }
  .current .name {
    color: var(--plaza-color-text);
    font-weight: var(--plaza-font-weight-bold);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--plaza-space-2);
    font-family: var(--plaza-font-family-heading);
    font-size: var(--plaza-font-size-heading-md);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-heading);
  }
  .counter {
    font-size: var(--plaza-font-size-body);
    font-weight: var(--plaza-font-weight-regular);
    color: var(--plaza-color-text-secondary);
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
  /* Names under narrow bars would break mid-word: the heading names the step instead. */
  :host([hide-names]) .name {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (max-width: 40em) {
    .name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* Forced colours drop background fills: done and current segments are filled in text colour. */
  @media (forced-colors: active) {
    .complete .segment,
    .current .segment {
      background: CanvasText;
    }
  }
`;
