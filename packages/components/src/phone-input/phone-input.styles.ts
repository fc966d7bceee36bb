import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const phoneInputStyles = [
  partsStyles,
  css`
    input {
      max-inline-size: 32ex;
    }
  `,
];
