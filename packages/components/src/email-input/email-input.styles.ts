import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const emailInputStyles = [
  partsStyles,
  css`
    input {
      max-inline-size: 50ex;
    }
    .suggestion {
      flex-basis: 100%;
      margin: 0;
    }
    .suggestion button {
      padding: 0;
      border: 0;
      background: none;
      color: var(--plaza-color-link);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
