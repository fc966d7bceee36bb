import { css } from 'lit';

export const timeoutWarningStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [slot='heading'] {
    margin: 0;
    font-size: var(--plaza-font-size-heading-md);
    line-height: var(--plaza-line-height-heading);
  }
  .countdown {
    margin-block: var(--plaza-space-4);
    font-weight: var(--plaza-font-weight-bold);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  plaza-button {
    margin-block-end: 0;
  }
`;
