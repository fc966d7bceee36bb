import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const nameInputStyles = [
  partsStyles,
  css`
    input {
      max-inline-size: 40ex;
    }
  `,
];
