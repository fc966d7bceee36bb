import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const headerStyles = css`
  ${hostTextStyles}
  :host {
    /* The header's own width decides when the menu collapses, wherever it is placed. */
    container-type: inline-size;
    background: var(--plaza-header-background, var(--plaza-color-background));
    border-block-end: var(--plaza-border-width-thick) solid
      var(--plaza-header-accent, var(--plaza-color-primary));
  }
  /* The page's width and gutters (as page.css's .plaza-width-container): the content lines up. */
  header {
    max-inline-size: var(--plaza-page-width);
    margin-inline: auto;
    padding-inline: var(--plaza-page-gutter);
  }
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-2) var(--plaza-space-4);
    padding-block: var(--plaza-space-4);
  }
  .logo {
    display: contents;
  }
  ::slotted([slot='logo']) {
    flex: none;
    max-block-size: var(--plaza-space-7);
    inline-size: auto;
  }
  .names {
    display: flex;
    flex: 1 1 12em;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--plaza-space-4);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .jurisdiction {
    font-size: var(--plaza-font-size-heading-sm);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-heading);
  }
  .service {
    font-size: var(--plaza-font-size-large);
    line-height: var(--plaza-line-height-heading);
  }
  ::slotted([slot='jurisdiction']),
  ::slotted([slot='service']) {
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--plaza-space-2);
    min-block-size: var(--plaza-control-target-comfortable);
    padding-inline: var(--plaza-space-3);
    border: var(--plaza-border-width-medium) solid var(--plaza-color-primary);
    border-radius: var(--plaza-radius-medium);
    background: var(--plaza-color-background);
    color: var(--plaza-color-primary);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--plaza-color-primary-hover);
    color: var(--plaza-color-primary-hover);
  }
  button:focus-visible {
    ${focusRing}
  }
  .menu-icon,
  .menu-icon::before,
  .menu-icon::after {
    display: block;
    inline-size: 1em;
    block-size: var(--plaza-border-width-medium);
    background: currentColor;
  }
  .menu-icon {
    position: relative;
  }
  .menu-icon::before,
  .menu-icon::after {
    content: '';
    position: absolute;
  }
  .menu-icon::before {
    inset-block-start: -0.3em;
  }
  .menu-icon::after {
    inset-block-start: 0.3em;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--plaza-space-5);
  }
  nav[hidden] {
    display: none;
  }
  ::slotted(a) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--plaza-control-target-comfortable);
    border-block-end: var(--plaza-border-width-thick) solid transparent;
    color: var(--plaza-color-link);
    font-weight: var(--plaza-font-weight-semibold);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  ::slotted(a:hover) {
    color: var(--plaza-color-link-hover);
  }
  ::slotted(a:focus-visible) {
    ${focusRing}
  }
  ::slotted([aria-current='page']) {
    border-block-end-color: var(--plaza-header-accent, var(--plaza-color-primary));
    color: var(--plaza-color-text);
  }
  /* Wide: the button is not needed and the links sit in one row under the names. */
  @container (width >= 40em) {
    button {
      display: none;
    }
  }
  /* Narrow: the links collapse behind the button and stack, each a full-width target. */
  @container (width < 40em) {
    nav {
      flex-direction: column;
      padding-block-end: var(--plaza-space-2);
    }
    nav:not(.open) {
      display: none;
    }
    ::slotted(a) {
      border-block-end: 0;
      border-inline-start: var(--plaza-border-width-thick) solid transparent;
      padding-inline-start: var(--plaza-space-2);
    }
    ::slotted([aria-current='page']) {
      border-inline-start-color: var(--plaza-header-accent, var(--plaza-color-primary));
    }
  }
  /*
   * Forced colours draw every link's transparent marker border in LinkText, so the current page
   * would not stand out: the others' border takes the page colour, the current one the text colour.
   */
  @media (forced-colors: active) {
    ::slotted(a) {
      border-color: Canvas;
    }
    ::slotted([aria-current='page']) {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button,
    ::slotted(a) {
      transition: color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
