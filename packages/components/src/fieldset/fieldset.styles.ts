import { css } from 'lit';
import { fieldStyles } from '@plaza/core';

export const fieldsetStyles = [
  fieldStyles,
  css`
    .fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .fieldset.has-error {
      border-inline-start: var(--plaza-border-width-thick) solid var(--plaza-color-error);
      padding-inline-start: var(--plaza-space-4);
    }
    .legend {
      box-sizing: border-box;
      max-inline-size: 100%;
      padding: 0;
      margin-block-end: var(--plaza-space-2);
      font-weight: var(--plaza-font-weight-bold);
      font-size: var(--plaza-font-size-large);
      overflow-wrap: anywhere;
    }
    .heading {
      margin: 0;
      font-family: var(--plaza-font-family-heading);
      font-size: var(--plaza-fieldset-legend-size, var(--plaza-font-size-heading-lg));
      line-height: var(--plaza-line-height-heading);
    }
    .hint,
    .error-message {
      margin-block-end: var(--plaza-space-2);
    }
    .content {
      margin-block-start: var(--plaza-space-4);
    }
    @media (forced-colors: active) {
      .fieldset.has-error {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
