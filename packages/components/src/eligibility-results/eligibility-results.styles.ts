import { css } from 'lit';
import { hostTextStyles } from '@plaza/core';

export const eligibilityResultsStyles = css`
  ${hostTextStyles}
  .heading {
    margin-block: var(--plaza-space-4) var(--plaza-space-2);
    font-family: var(--plaza-font-family-heading, inherit);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-tight);
  }
  .level-1,
  .level-2 {
    font-size: var(--plaza-font-size-heading-lg, 2rem);
  }
  .level-3 {
    font-size: var(--plaza-font-size-heading-md, 1.5rem);
  }
  .level-4 {
    font-size: var(--plaza-font-size-heading-sm, 1.25rem);
  }
  [part='heading']:focus-visible {
    outline: var(--plaza-focus-ring-width, 3px) solid var(--plaza-color-focus);
    outline-offset: var(--plaza-space-1);
  }
  .program {
    margin-block: var(--plaza-space-4);
    padding: var(--plaza-space-4);
    border: var(--plaza-border-width-thin) solid var(--plaza-color-border);
    border-inline-start-width: var(--plaza-space-2);
    border-radius: var(--plaza-radius-medium);
    break-inside: avoid;
  }
  .group.likely .program {
    border-inline-start-color: var(--plaza-color-success);
  }
  .group.maybe .program {
    border-inline-start-color: var(--plaza-color-info);
  }
  ul {
    padding-inline-start: var(--plaza-space-5);
  }
  .ask {
    min-block-size: 44px;
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-thin) solid var(--plaza-color-primary);
    border-radius: var(--plaza-radius-medium);
    background: var(--plaza-color-background, Canvas);
    color: var(--plaza-color-primary);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    cursor: pointer;
  }
  .ask:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: var(--plaza-focus-ring-width, 3px) solid var(--plaza-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--plaza-color-link);
  }
  summary {
    cursor: pointer;
    color: var(--plaza-color-link);
  }
  @media (forced-colors: active) {
    .program {
      border-color: CanvasText;
    }
    .ask {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .ask {
      display: none;
    }
    .program {
      border-color: var(--plaza-color-text);
    }
    a::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
