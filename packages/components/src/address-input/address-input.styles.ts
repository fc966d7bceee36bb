import { css } from 'lit';
import { partsStyles } from '../parts/parts.styles.js';

export const addressInputStyles = [
  partsStyles,
  css`
    #line1,
    #line2,
    #urbanization {
      max-inline-size: 60ex;
    }
    #city {
      max-inline-size: 40ex;
    }
    #zip {
      max-inline-size: 14ex;
    }
    .same {
      display: flex;
      align-items: center;
      gap: var(--plaza-space-2);
      margin-block-end: var(--plaza-space-4);
    }
    .same input {
      inline-size: var(--plaza-space-6);
      min-block-size: var(--plaza-space-6);
      margin: 0;
      accent-color: var(--plaza-color-primary);
    }
  `,
];
