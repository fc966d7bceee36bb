import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const detailsStyles = css`
  ${hostTextStyles}
  :host {
    margin-block-end: var(--plaza-space-5);
  }
  summary {
    position: relative;
    display: inline-block;
    box-sizing: border-box;
    min-block-size: var(--plaza-control-target-minimum);
    padding-inline-start: var(--plaza-space-5);
    color: var(--plaza-color-link);
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A triangle drawn with borders: pointing to the reading direction when closed, down when open. */
  summary::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    /* Centred on the first line of text: half the line height, less half the triangle. */
    inset-block-start: calc(var(--plaza-line-height-body) * 0.5em - 0.4em);
    border-style: solid;
    border-color: transparent;
    border-width: 0.4em 0;
    border-inline-start: 0.7em solid currentColor;
  }
  details[open] > summary::before {
    inset-block-start: calc(var(--plaza-line-height-body) * 0.5em - 0.35em);
    border-width: 0.7em 0.4em 0;
    border-inline-start-width: 0.4em;
    border-inline-start-color: transparent;
    border-block-start-color: currentColor;
  }
  .summary-text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  summary:hover {
    color: var(--plaza-color-link-hover);
  }
  summary:hover .summary-text {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  summary:focus-visible {
    ${focusRing}
  }
  .content {
    margin-block-start: var(--plaza-space-2);
    padding-block: var(--plaza-space-3);
    padding-inline-start: var(--plaza-space-4);
    border-inline-start: var(--plaza-border-width-thick) solid
      var(--plaza-details-border-color, var(--plaza-color-border-subtle));
    overflow-wrap: anywhere;
  }
  ::slotted(:first-child:not([slot])) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
