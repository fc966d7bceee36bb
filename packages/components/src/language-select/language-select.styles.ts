import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const languageSelectStyles = css`
  ${hostTextStyles}
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-language-select-gap, var(--plaza-space-2));
  }
  .label {
    font-weight: var(--plaza-font-weight-bold);
  }
  button {
    min-block-size: var(--plaza-control-target-comfortable);
    min-inline-size: var(--plaza-control-target-comfortable);
    padding-inline: var(--plaza-space-3);
    border: var(--plaza-border-width-medium) solid var(--plaza-color-primary);
    border-radius: var(--plaza-radius-medium);
    background: var(--plaza-color-background);
    color: var(--plaza-color-primary);
    font: inherit;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--plaza-color-primary-hover);
    color: var(--plaza-color-primary-hover);
  }
  button[aria-pressed='true'] {
    background: var(--plaza-color-primary);
    color: var(--plaza-color-on-primary);
    font-weight: var(--plaza-font-weight-bold);
  }
  button:focus-visible {
    ${focusRing}
  }
  /* Forced colours drop the pressed fill: the current language takes the selection colours. */
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition:
        background-color var(--plaza-duration-fast) var(--plaza-easing-standard),
        color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
