import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const tinInputStyles = [
  partsStyles,
  css`
    /* 11 characters ("123-45-6789") and room for the caret. */
    #number {
      inline-size: 16ex;
      font-variant-numeric: tabular-nums;
    }
    button {
      min-block-size: var(--plaza-control-height);
      border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
      background: var(--plaza-color-surface);
      color: var(--plaza-color-text);
      font: inherit;
    }
    button:disabled {
      color: var(--plaza-color-disabled);
    }
  `,
];
