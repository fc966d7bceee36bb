import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const paginationStyles = css`
  :host {
    display: block;
    margin-block: var(--plaza-space-5);
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-tight);
  }
  :host([hidden]) {
    display: none;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-2);
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--plaza-space-2);
    box-sizing: border-box;
    min-inline-size: var(--plaza-control-target-comfortable);
    min-block-size: var(--plaza-control-target-comfortable);
    padding-inline: var(--plaza-space-2);
    border-radius: var(--plaza-radius-medium);
    color: var(--plaza-color-link);
    font-weight: var(--plaza-font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  a:focus-visible {
    ${focusRing}
  }
  a.current {
    background: var(--plaza-pagination-current-background, var(--plaza-color-primary));
    color: var(--plaza-color-on-primary);
    text-decoration: none;
  }
  .ellipsis {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--plaza-control-target-minimum);
    min-block-size: var(--plaza-control-target-comfortable);
  }
  .arrow {
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-start: var(--plaza-border-width-medium) solid currentColor;
    border-inline-start: var(--plaza-border-width-medium) solid currentColor;
    transform: rotate(-45deg);
  }
  .next .arrow {
    transform: rotate(135deg);
  }
  :host(:dir(rtl)) .arrow {
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) .next .arrow {
    transform: rotate(-135deg);
  }
  /* Forced colours drop the current page's fill: a box marks it instead. */
  @media (forced-colors: active) {
    a.current {
      border: var(--plaza-border-width-medium) solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: background-color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
