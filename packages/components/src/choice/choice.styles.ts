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
      /* The drawn box: 40px at the default text size, as GOV.UK's and USWDS's large controls. */
      --_box: calc(var(--plaza-control-height) - var(--plaza-space-1));
      display: grid;
      grid-template-columns: var(--plaza-control-target-comfortable) minmax(0, 1fr);
      column-gap: var(--plaza-space-2);
      align-items: start;
    }
    /* The native input, drawn large: it stays the element residents and assistive technology use
       (form association, keyboard, accessibility tree), only its look is ours. */
    .input {
      display: grid;
      place-content: center;
      box-sizing: border-box;
      grid-row: 1;
      inline-size: var(--_box);
      block-size: var(--_box);
      margin: 0;
      justify-self: center;
      appearance: none;
      border: var(--plaza-border-width-medium) solid
        var(--plaza-choice-accent, var(--plaza-color-text));
      border-radius: 50%;
      background: var(--plaza-color-background);
      color: var(--plaza-choice-accent, var(--plaza-color-text));
      cursor: pointer;
    }
    /* The radio's dot: the box's colour inside a ring of background. */
    .input[type='radio']:checked {
      background: currentColor;
      box-shadow: inset 0 0 0 calc(var(--_box) / 5) var(--plaza-color-background);
    }
    /* The checkbox's tick: two borders of a box, turned. */
    .input[type='checkbox']:checked::before {
      content: '';
      inline-size: calc(var(--_box) / 2);
      block-size: calc(var(--_box) / 5);
      margin-block-start: calc(var(--_box) / -8);
      border: solid currentColor;
      border-width: 0 0 var(--plaza-border-width-thick) var(--plaza-border-width-thick);
      transform: rotate(-45deg);
    }
    .input:focus-visible {
      ${focusRing}
    }
    .input[aria-invalid='true'] {
      border-color: var(--plaza-color-error);
      border-width: var(--plaza-border-width-thick);
    }
    .input:disabled {
      border-color: var(--plaza-color-disabled);
      background-color: var(--plaza-color-disabled-surface);
      color: var(--plaza-color-disabled);
    }
    .input:disabled,
    .input:disabled + .option-label {
      cursor: not-allowed;
      color: var(--plaza-color-disabled);
    }
    /* The label's first line sits level with the middle of the box. */
    .option-label {
      grid-row: 1;
      grid-column: 2;
      padding-block: calc((var(--_box) - var(--plaza-line-height-body) * 1em) / 2);
      cursor: pointer;
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
    /* A radio holding follow-up content: it has no shadow root to style itself (choice-option.ts). */
    .reveal ::slotted(plaza-radio:not([hidden])) {
      display: block;
    }
    .divider {
      margin: 0;
      inline-size: var(--plaza-control-target-comfortable);
      text-align: center;
    }
    @media (forced-colors: active) {
      /* System colours replace backgrounds and shadows: the browser's own drawing shows checked. */
      .input {
        appearance: auto;
      }
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
