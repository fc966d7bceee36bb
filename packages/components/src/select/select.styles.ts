import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

export const selectStyles = [
  fieldStyles,
  css`
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    .select-wrapper {
      display: flex;
    }
    select {
      box-sizing: border-box;
      min-inline-size: min(100%, 23ex);
      max-inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-select-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-select-background, var(--plaza-color-background));
      color: var(--plaza-color-text);
      font: inherit;
    }
    select:focus-visible {
      ${focusRing}
    }
    .has-error select {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    select:disabled {
      border-color: var(--plaza-color-disabled);
      background: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    @media (forced-colors: active) {
      select {
        border-color: FieldText;
      }
      select:focus-visible {
        outline-color: Highlight;
      }
      select:disabled {
        border-color: GrayText;
        color: GrayText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      select {
        transition: border-color var(--plaza-duration-fast) var(--plaza-easing-standard);
      }
    }
  `,
];
