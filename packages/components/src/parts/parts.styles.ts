import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

/** The look every pattern field shares: label or legend, parts, inputs, selects and buttons. */
export const partsStyles = [
  fieldStyles,
  css`
    fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-block-end: var(--plaza-space-2);
    }
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    .parts {
      display: flex;
      flex-direction: column;
      gap: var(--plaza-space-4);
    }
    .item,
    .control {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--plaza-space-2);
    }
    .part-label {
      flex-basis: 100%;
    }
    select {
      min-inline-size: min(100%, 23ex);
    }
    input,
    select {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-parts-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-color-background);
      color: var(--plaza-color-text);
      font: inherit;
    }
    :is(input, select, button):focus-visible {
      ${focusRing}
    }
    [aria-invalid='true'] {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    :is(input, select):disabled {
      border-color: var(--plaza-color-disabled);
      background: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    /* Forced colours turn borders, outlines and text into system colours by themselves; only
       disabled parts need saying. No transitions: nothing moves for reduced-motion users. */
    @media (forced-colors: active) {
      :disabled {
        border-color: GrayText;
        color: GrayText;
      }
    }
  `,
];
