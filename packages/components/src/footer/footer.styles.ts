import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const footerStyles = css`
  ${hostTextStyles}
  :host {
    background: var(--plaza-footer-background, var(--plaza-color-surface));
    border-block-start: var(--plaza-border-width-thick) solid
      var(--plaza-footer-accent, var(--plaza-color-primary));
  }
  footer {
    display: grid;
    gap: var(--plaza-space-5);
    max-inline-size: var(--plaza-page-width);
    margin-inline: auto;
    padding-block: var(--plaza-space-6);
    padding-inline: var(--plaza-page-gutter);
  }
  [hidden] {
    display: none !important;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plaza-space-5) var(--plaza-space-7);
  }
  .top > * {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  .bottom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-3) var(--plaza-space-6);
    padding-block-start: var(--plaza-space-4);
    border-block-start: var(--plaza-border-width-thin) solid var(--plaza-color-border-subtle);
    font-size: var(--plaza-font-size-small);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--plaza-space-5);
  }
  .top .links {
    gap: 0 var(--plaza-space-6);
  }
  .contact {
    overflow-wrap: anywhere;
  }
  ::slotted([slot='contact']) {
    margin-block: 0;
  }
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--plaza-control-target-comfortable);
    color: var(--plaza-color-link);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  ::slotted(a:hover) {
    color: var(--plaza-color-link-hover);
  }
  ::slotted(a:focus-visible) {
    ${focusRing}
  }
  ::slotted([slot='legal']) {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    ::slotted(a) {
      transition: color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
