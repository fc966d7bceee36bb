import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const skipLinkStyles = css`
  /* Hidden until it holds focus; then it shows in the flow at the top of the page, pushing the
     page down rather than covering it, so nothing obscures it (WCAG 2.4.11). */
  :host {
    display: block;
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  :host(:not(:focus-within)) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host(:focus-within) {
    background: var(--plaza-skip-link-background, var(--plaza-color-surface));
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
  }
  a,
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--plaza-control-target-minimum);
    color: var(--plaza-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  ::slotted(a:focus-visible) {
    ${focusRing}
  }
  @media (forced-colors: active) {
    :host(:focus-within) {
      border: var(--plaza-border-width-thin) solid CanvasText;
    }
    a,
    ::slotted(a) {
      color: LinkText;
    }
  }
`;
