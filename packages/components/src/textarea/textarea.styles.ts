import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

export const textareaStyles = [
  fieldStyles,
  css`
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    textarea {
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-textarea-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-textarea-background, var(--plaza-color-background));
      color: var(--plaza-color-text);
      font: inherit;
      resize: vertical;
    }
    :host([autogrow]) textarea {
      field-sizing: content;
      min-block-size: calc(
        var(--_rows, 5) * 1lh + 2 * var(--plaza-control-padding-block) + 2 *
          var(--plaza-border-width-medium)
      );
      overflow: hidden;
      resize: none;
    }
    textarea:focus-visible {
      ${focusRing}
    }
    .has-error textarea {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    textarea:disabled {
      border-color: var(--plaza-color-disabled);
      background: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    textarea[readonly] {
      background: var(--plaza-color-surface);
    }
    .count {
      margin: 0;
      color: var(--plaza-color-text-secondary);
    }
    .count.over {
      color: var(--plaza-color-error);
      font-weight: var(--plaza-font-weight-bold);
    }
    .count[hidden] {
      display: none;
    }
    @media (forced-colors: active) {
      textarea {
        border-color: FieldText;
      }
      textarea:focus-visible {
        outline-color: Highlight;
      }
      textarea:disabled {
        border-color: GrayText;
        color: GrayText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      textarea {
        transition: border-color var(--plaza-duration-fast) var(--plaza-easing-standard);
      }
    }
  `,
];
