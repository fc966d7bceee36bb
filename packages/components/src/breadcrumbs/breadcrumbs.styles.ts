import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const breadcrumbsStyles = css`
  :host {
    display: block;
    margin-block: var(--plaza-space-4);
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-small);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-1) 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  li + li::before {
    content: '';
    flex: none;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline: var(--plaza-space-2) var(--plaza-space-3);
    border-block-start: var(--plaza-border-width-thin) solid
      var(--plaza-breadcrumbs-separator-color, var(--plaza-color-text-secondary));
    border-inline-end: var(--plaza-border-width-thin) solid
      var(--plaza-breadcrumbs-separator-color, var(--plaza-color-text-secondary));
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) li + li::before {
    transform: rotate(-45deg);
  }
  ::slotted(a),
  ::slotted(span) {
    display: inline-block;
    min-block-size: var(--plaza-control-target-minimum);
    overflow-wrap: anywhere;
  }
  ::slotted(a) {
    color: var(--plaza-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  ::slotted(a:visited) {
    color: var(--plaza-color-link-visited);
  }
  ::slotted(a:hover) {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  ::slotted(a:focus-visible) {
    ${focusRing}
  }
`;
