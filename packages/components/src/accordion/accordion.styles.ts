import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

const shared = css`
  ${hostTextStyles}
  button {
    box-sizing: border-box;
    min-block-size: var(--plaza-control-target-comfortable);
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button:focus-visible {
    ${focusRing}
  }
  /* An arrow drawn with borders: down when closed, up when open. */
  .chevron {
    display: inline-block;
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-end: var(--plaza-space-2);
    border-block-end: var(--plaza-border-width-medium) solid currentColor;
    border-inline-end: var(--plaza-border-width-medium) solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  [aria-expanded='true'] .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* In right-to-left text the inline-end border is on the left, so turn the other way. */
  :host(:dir(rtl)) .chevron {
    transform: translateY(-0.15em) rotate(-45deg);
  }
  :host(:dir(rtl)) [aria-expanded='true'] .chevron {
    transform: translateY(0.1em) rotate(135deg);
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
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform var(--plaza-duration-medium) var(--plaza-easing-standard);
    }
  }
`;

export const accordionStyles = [
  shared,
  css`
    :host {
      margin-block-end: var(--plaza-space-6);
    }
    .controls {
      display: flex;
      justify-content: flex-start;
      margin-block-end: var(--plaza-space-2);
    }
    .controls button {
      display: inline-flex;
      align-items: center;
      padding-inline: var(--plaza-space-1);
      color: var(--plaza-color-link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .controls button:hover {
      color: var(--plaza-color-link-hover);
      text-decoration-thickness: max(3px, 0.1875rem);
    }
    .sections {
      border-block-start: var(--plaza-border-width-thin) solid
        var(--plaza-accordion-border-color, var(--plaza-color-border-subtle));
    }
    /* The controls look like links; forced colours would draw a button's text colour. */
    @media (forced-colors: active) {
      .controls button {
        color: LinkText;
      }
    }
  `,
];

export const accordionSectionStyles = [
  shared,
  css`
    :host {
      border-block-end: var(--plaza-border-width-thin) solid
        var(--plaza-accordion-border-color, var(--plaza-color-border-subtle));
    }
    .header {
      margin: 0;
    }
    .header button {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--plaza-space-1);
      inline-size: 100%;
      padding-block: var(--plaza-space-3);
      padding-inline: 0;
    }
    .heading-text {
      font-family: var(--plaza-font-family-heading);
      font-size: var(--plaza-font-size-heading-sm);
      font-weight: var(--plaza-font-weight-bold);
      line-height: var(--plaza-line-height-heading);
      overflow-wrap: anywhere;
    }
    .toggle {
      display: inline-flex;
      align-items: center;
      color: var(--plaza-color-link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .header button:hover .toggle {
      color: var(--plaza-color-link-hover);
      text-decoration-thickness: max(3px, 0.1875rem);
    }
    .header button:hover .heading-text {
      text-decoration: underline;
    }
    .panel {
      padding-block: 0 var(--plaza-space-5);
      overflow-wrap: anywhere;
    }
    /* hidden="until-found" keeps the box (for find-in-page), so drop its padding. */
    .panel[hidden] {
      padding: 0;
    }
    ::slotted(:not([slot]):first-child) {
      margin-block-start: 0;
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
    @media (forced-colors: active) {
      .toggle {
        color: LinkText;
      }
    }
  `,
];
