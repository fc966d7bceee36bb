import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    margin-block-end: var(--plaza-space-6);
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-large);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    box-sizing: border-box;
    padding: var(--plaza-space-6) var(--plaza-space-5);
    border: var(--plaza-border-width-thick) solid
      var(--plaza-panel-border-color, var(--plaza-color-success));
    background: var(--plaza-panel-background, var(--plaza-color-success-surface));
    text-align: center;
    overflow-wrap: anywhere;
  }
  ::slotted([slot='heading']) {
    margin-block: 0 var(--plaza-space-4);
    font-family: var(--plaza-font-family-heading);
    font-size: var(--plaza-font-size-heading-xl);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-heading);
  }
  .reference {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--plaza-space-1);
    margin: var(--plaza-space-4) 0 0;
  }
  .reference[hidden] {
    display: none;
  }
  .value {
    font-family: var(--plaza-font-family-mono);
    font-size: var(--plaza-font-size-heading-md);
    font-weight: var(--plaza-font-weight-bold);
    letter-spacing: 0.05em;
  }
  @media (max-width: 40em) {
    .panel {
      padding: var(--plaza-space-5) var(--plaza-space-4);
    }
    ::slotted([slot='heading']) {
      font-size: var(--plaza-font-size-heading-lg);
    }
  }
`;
