import { css } from 'lit';
import { choiceStyles } from '../choice/choice.styles.js';

export const radioGroupStyles = [
  choiceStyles,
  css`
    .input {
      border-radius: 50%;
    }
  `,
];
