import { css } from 'lit';
import { focusRing } from '@plaza/core';
import { choiceStyles } from '../choice/choice.styles.js';
import { selectStyles } from '../select/select.styles.js';

/** The radios look like a radio group's and the lists like a select's; only the rest is here. */
export const jurisdictionPickerStyles = [
  ...choiceStyles,
  selectStyles[1]!,
  css`
    .legend-heading .marker {
      font-size: var(--plaza-font-size-body);
    }
    .zip,
    .list {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--plaza-space-1);
    }
    .lists {
      display: flex;
      flex-wrap: wrap;
      gap: var(--plaza-space-4);
    }
    #zip {
      box-sizing: border-box;
      inline-size: 10ex;
      max-inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-jurisdiction-picker-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-color-background);
      color: var(--plaza-color-text);
      font: inherit;
    }
    #zip:focus-visible,
    .switch:focus-visible {
      ${focusRing}
    }
    [aria-invalid='true']:is(#zip, select) {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    #zip:disabled {
      border-color: var(--plaza-color-disabled);
      background: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
    }
    .result {
      margin: 0;
      font-weight: var(--plaza-font-weight-bold);
    }
    .switch {
      align-self: flex-start;
      min-block-size: var(--plaza-control-target-minimum);
      padding: 0;
      border: 0;
      background: none;
      color: var(--plaza-color-link);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .switch:hover {
      color: var(--plaza-color-link-hover);
    }
    .switch:disabled {
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    .source {
      margin: 0;
      color: var(--plaza-color-text-secondary);
      font-size: var(--plaza-font-size-small);
    }
    @media (forced-colors: active) {
      #zip {
        border-color: FieldText;
      }
      .switch {
        color: LinkText;
      }
      :is(#zip, .switch):focus-visible {
        outline-color: Highlight;
      }
      .switch:disabled,
      #zip:disabled {
        color: GrayText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      #zip {
        transition: border-color var(--plaza-duration-fast) var(--plaza-easing-standard);
      }
    }
  `,
];
