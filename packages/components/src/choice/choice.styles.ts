import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

/** The look shared by radio and checkbox groups and the single checkbox. */
export const choiceStyles = [
  fieldStyles,
  css`
    /* Also a .field (fieldStyles): a column with the same gap. */
    .fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .legend {
      padding: 0;
      font-weight: var(--plaza-font-weight-bold);
    }
    /* A legend cannot take part in flex layout: keep its spacing with a margin. */
    .legend + * {
      margin-block-start: 0;
    }
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: var(--plaza-space-3);
      margin-block-start: var(--plaza-space-2);
    }
    :host([inline]) .options {
      flex-direction: row;
      flex-wrap: wrap;
      column-gap: var(--plaza-space-6);
    }
    .option {
      display: grid;
      grid-template-columns: var(--plaza-control-target-comfortable) minmax(0, 1fr);
      column-gap: var(--plaza-space-2);
      align-items: start;
    }
    .input {
      grid-row: 1;
      inline-size: var(--plaza-control-target-minimum);
      block-size: var(--plaza-control-target-minimum);
      margin: 0;
      margin-block-start: calc(
        (var(--plaza-line-height-body) * 1em - var(--plaza-control-target-minimum)) / 2
      );
      justify-self: center;
      accent-color: var(--plaza-choice-accent, var(--plaza-color-text));
      cursor: pointer;
    }
    .input:focus-visible {
      ${focusRing}
    }
    .input:disabled,
    .input:disabled + .option-label {
      cursor: not-allowed;
      color: var(--plaza-color-disabled);
    }
    .option-label {
      grid-row: 1;
      grid-column: 2;
      cursor: pointer;
      min-block-size: var(--plaza-control-target-minimum);
      overflow-wrap: anywhere;
    }
    .option-hint {
      grid-column: 2;
      color: var(--plaza-color-text-secondary);
    }
    .reveal {
      margin-inline-start: calc(
        var(--plaza-control-target-comfortable) / 2 - var(--plaza-border-width-thick) / 2
      );
      padding-inline-start: calc(
        var(--plaza-control-target-comfortable) / 2 + var(--plaza-space-2)
      );
      border-inline-start: var(--plaza-border-width-thick) solid var(--plaza-color-border-subtle);
    }
    .divider {
      margin: 0;
      inline-size: var(--plaza-control-target-comfortable);
      text-align: center;
    }
    @media (forced-colors: active) {
      .input:focus-visible {
        outline-color: Highlight;
      }
      .reveal {
        border-inline-start-color: CanvasText;
      }
      .input:disabled + .option-label {
        color: GrayText;
      }
    }
    @media (prefers-reduced-motion: no-preference) {
      .reveal {
        transition: border-color var(--plaza-duration-fast) var(--plaza-easing-standard);
      }
    }
  `,
];
