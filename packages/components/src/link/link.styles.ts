import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const linkStyles = css`
  :host {
    display: inline;
  }
  :host([hidden]) {
    display: none;
  }
  ::slotted(a) {
    color: var(--plaza-link-color, var(--plaza-color-link));
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  ::slotted(a:visited) {
    color: var(--plaza-link-visited-color, var(--plaza-color-link-visited));
  }
  ::slotted(a:hover) {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  ::slotted(a:focus-visible) {
    ${focusRing}
  }
`;
