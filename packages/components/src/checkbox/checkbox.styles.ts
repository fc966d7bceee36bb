import { css } from 'lit';
import { choiceStyles } from '../choice/choice.styles.js';

/** Square boxes: shared by the single checkbox and the checkbox group. */
export const squareInput = css`
  .input {
    border-radius: var(--plaza-radius-none);
  }
`;

export const checkboxStyles = [choiceStyles, squareInput];
