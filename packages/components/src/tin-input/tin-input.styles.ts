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
    .secondary[aria-pressed='true'] {
      border-color: var(--plaza-color-text);
    }
  `,
];
