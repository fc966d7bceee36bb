import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const errorSummaryStyles = css`
  ${hostTextStyles}
  .summary {
    margin-block-end: var(--plaza-space-6);
    padding: var(--plaza-space-4);
    border: var(--plaza-border-width-thick) solid
      var(--plaza-error-summary-border-color, var(--plaza-color-error));
    background: var(--plaza-color-background);
  }
  /* Focus arrives by script after a submit: show the ring whether or not :focus-visible matches. */
  .summary:focus {
    ${focusRing}
  }
  .title {
    margin: 0 0 var(--plaza-space-4);
    font-size: var(--plaza-font-size-heading-md);
    line-height: var(--plaza-line-height-heading);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--plaza-space-2);
  }
  a {
    display: inline-block;
    min-block-size: var(--plaza-control-target-minimum);
    color: var(--plaza-color-error);
    font-weight: var(--plaza-font-weight-bold);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: var(--plaza-border-width-medium);
  }
  a:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
