import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const summaryListStyles = css`
  ${hostTextStyles}
  :host {
    margin-block-end: var(--plaza-space-6);
  }
  dl {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr);
    column-gap: var(--plaza-space-5);
    padding-block: var(--plaza-space-3);
    border-block-end: var(--plaza-border-width-thin) solid
      var(--plaza-summary-list-border-color, var(--plaza-color-border-subtle));
  }
  .with-actions .row {
    grid-template-columns: minmax(0, 3fr) minmax(0, 5fr) minmax(0, 2fr);
  }
  dt {
    font-weight: var(--plaza-font-weight-bold);
  }
  dt,
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd.value > :first-child {
    margin-block-start: 0;
  }
  dd.value > :last-child {
    margin-block-end: 0;
  }
  .actions {
    text-align: end;
  }
  a {
    display: inline-block;
    min-block-size: var(--plaza-control-target-minimum);
    color: var(--plaza-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--plaza-color-link-visited);
  }
  a:hover {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  a:focus-visible {
    ${focusRing}
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Narrow screens: question, answer and action stacked. */
  @media (max-width: 40em) {
    .row,
    .with-actions .row {
      grid-template-columns: minmax(0, 1fr);
      row-gap: var(--plaza-space-1);
    }
    .actions {
      text-align: start;
    }
  }
`;
