import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

export const dateInputStyles = [
  fieldStyles,
  css`
    fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    fieldset.has-error {
      padding-inline-start: var(--plaza-space-4);
    }
    legend {
      padding: 0;
      margin-block-end: var(--plaza-space-2);
    }
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    .legend-heading .marker {
      font-size: var(--plaza-font-size-body);
    }
    .parts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--plaza-space-4);
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: var(--plaza-space-1);
    }
    input {
      box-sizing: border-box;
      inline-size: 5.5ex;
      max-inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-date-input-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-color-background);
      color: var(--plaza-color-text);
      font: inherit;
    }
    /* Month names ("enero", "Sept") are accepted, so the month is wider than the day. */
    #month {
      inline-size: 8ex;
    }
    #year {
      inline-size: 9ex;
    }
    input:focus-visible {
      ${focusRing}
    }
    input[aria-invalid='true'] {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    input:disabled {
      border-color: var(--plaza-color-disabled);
      background: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    input[readonly] {
      background: var(--plaza-color-surface);
    }
    @media (forced-colors: active) {
      input {
        border-color: FieldText;
      }
      input:focus-visible {
        outline-color: Highlight;
      }
      input:disabled {
        border-color: GrayText;
        color: GrayText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      input {
        transition: border-color var(--plaza-duration-fast) var(--plaza-easing-standard);
      }
    }
  `,
];
