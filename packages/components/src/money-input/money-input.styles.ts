import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const moneyInputStyles = [
  partsStyles,
  css`
    #amount {
      inline-size: 16ex;
      font-variant-numeric: tabular-nums;
    }
    .currency {
      display: flex;
      align-items: center;
      align-self: stretch;
      padding-inline: var(--plaza-space-2);
      border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
      border-inline-end: 0;
      background: var(--plaza-color-surface);
    }
    .currency + input {
      margin-inline-start: calc(-1 * var(--plaza-space-2));
    }
  `,
];
