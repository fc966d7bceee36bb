import { css } from 'lit';
import { hostTextStyles } from '@plaza/core';

export const screenerStyles = css`
  ${hostTextStyles}
  .progress {
    margin-block: 0 var(--plaza-space-2);
    color: var(--plaza-color-text-secondary, inherit);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plaza-space-3);
    margin-block: var(--plaza-space-5);
  }
  button {
    min-block-size: 44px;
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-thin) solid var(--plaza-color-primary);
    border-radius: var(--plaza-radius-medium);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    cursor: pointer;
  }
  .primary {
    background: var(--plaza-color-primary);
    color: var(--plaza-color-on-primary, #fff);
  }
  .secondary {
    background: transparent;
    color: var(--plaza-color-primary);
  }
  .link {
    border-color: transparent;
    background: transparent;
    padding-inline: 0;
    color: var(--plaza-color-link);
    text-decoration: underline;
    font-weight: normal;
  }
  button:focus-visible,
  a:focus-visible,
  h1:focus-visible {
    outline: var(--plaza-focus-ring-width, 3px) solid var(--plaza-color-focus);
    outline-offset: 2px;
  }
  h1 {
    font-size: var(--plaza-font-size-heading-lg, 2rem);
    line-height: var(--plaza-line-height-tight);
  }
  .answers .row {
    display: grid;
    grid-template-columns: 2fr 2fr auto;
    gap: var(--plaza-space-3);
    padding-block: var(--plaza-space-3);
    border-block-end: var(--plaza-border-width-thin) solid var(--plaza-color-border);
  }
  dt {
    font-weight: var(--plaza-font-weight-bold);
  }
  dd {
    margin: 0;
  }
  .unused {
    display: block;
    color: var(--plaza-color-text-secondary, inherit);
    font-style: italic;
  }
  .people {
    padding: 0;
    list-style: none;
  }
  .people li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--plaza-space-4);
  }
  .clear {
    display: block;
    margin-block-start: var(--plaza-space-6);
  }
  @media (max-width: 40em) {
    .answers .row {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .primary {
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    button,
    .progress,
    .share {
      display: none;
    }
  }
`;
