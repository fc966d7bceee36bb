import { css } from 'lit';
import { choiceStyles } from '../choice/choice.styles.js';

export const checkboxStyles = [
  choiceStyles,
  css`
    .field {
      gap: var(--plaza-space-2);
    }
    .input {
      border-radius: var(--plaza-radius-none);
    }
  `,
];
