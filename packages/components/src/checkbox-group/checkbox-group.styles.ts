import { css } from 'lit';
import { choiceStyles } from '../choice/choice.styles.js';

export const checkboxGroupStyles = [
  choiceStyles,
  css`
    .input {
      border-radius: var(--plaza-radius-none);
    }
  `,
];
