import { css } from 'lit';
import { focusRing } from '@plaza/core';

export const backLinkStyles = css`
  :host {
    display: block;
    margin-block: var(--plaza-space-4);
    color: var(--plaza-back-link-color, var(--plaza-color-text));
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  .back-link {
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
  }
  ::slotted(a),
  a {
    display: inline-block;
    box-sizing: border-box;
    min-block-size: var(--plaza-control-target-minimum);
    padding-inline-start: var(--plaza-space-4);
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  ::slotted(a:hover),
  a:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  ::slotted(a:focus-visible),
  a:focus-visible {
    ${focusRing}
  }
  /* The arrow lies over the link's padding; clicks pass through it to the link. */
  .chevron {
    position: absolute;
    inset-inline-start: var(--plaza-space-1);
    /* Centred on the first line of text: half the line height, less half the arrow. */
    inset-block-start: calc(var(--plaza-line-height-body) * 0.5em - 0.2em);
    inline-size: 0.4em;
    block-size: 0.4em;
    border-block-start: var(--plaza-border-width-medium) solid currentColor;
    border-inline-start: var(--plaza-border-width-medium) solid currentColor;
    transform: rotate(-45deg);
    pointer-events: none;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(45deg);
  }
  /* The chevron is part of the link: forced colours would draw it in text colour. */
  @media (forced-colors: active) {
    .chevron {
      border-color: LinkText;
    }
  }
`;
