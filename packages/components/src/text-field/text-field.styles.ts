import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

const widths = css`
  :host([width='three-quarters']) :is(.input-wrapper, .field > input) {
    max-inline-size: 75%;
  }
  :host([width='two-thirds']) :is(.input-wrapper, .field > input) {
    max-inline-size: 66.66%;
  }
  :host([width='one-half']) :is(.input-wrapper, .field > input) {
    max-inline-size: 50%;
  }
  :host([width='one-third']) :is(.input-wrapper, .field > input) {
    max-inline-size: 33.33%;
  }
  :host([width='one-quarter']) :is(.input-wrapper, .field > input) {
    max-inline-size: 25%;
  }
  /* A width in characters fits that many digits ("ch") beside the padding and the thick error
     border, as GOV.UK's width classes do; no width leaves the calc invalid, so no limit. */
  input {
    max-inline-size: calc(
      (var(--_chars) + 0.5) * 1ch + 2 * var(--plaza-control-padding-inline) + 2 *
        var(--plaza-border-width-thick)
    );
  }
  :host([width='30']) {
    --_chars: 30;
  }
  :host([width='20']) {
    --_chars: 20;
  }
  :host([width='10']) {
    --_chars: 10;
  }
  :host([width='5']) {
    --_chars: 5;
  }
  :host([width='4']) {
    --_chars: 4;
  }
  :host([width='3']) {
    --_chars: 3;
  }
  :host([width='2']) {
    --_chars: 2;
  }
  /* Fractions of the row (every width with a hyphen: one-half, two-thirds...) become full width
     on narrow screens, so text never overflows at 320px. */
  @media (max-width: 40em) {
    :host([width*='-']) :is(.input-wrapper, .field > input) {
      max-inline-size: 100%;
    }
  }
`;

export const textFieldStyles = [
  fieldStyles,
  widths,
  css`
    /* Block layout, not the shared flex column: with hundreds of fields on a page, flex layout
       costs more to lay out (see bench/render.mjs). */
    .field,
    .label {
      display: block;
    }
    /* Class selectors, not "* + *": a universal selector is tested against every element. */
    .hint,
    .error-message,
    .field > input,
    .input-wrapper {
      margin-block-start: var(--plaza-space-2);
    }
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    .input-wrapper {
      display: flex;
      align-items: stretch;
    }
    input {
      display: block;
      box-sizing: border-box;
      flex: 1 1 auto;
      min-inline-size: 0;
      inline-size: 100%;
      min-block-size: var(--plaza-control-height);
      padding-block: var(--plaza-control-padding-block);
      padding-inline: var(--plaza-control-padding-inline);
      border: var(--plaza-border-width-medium) solid
        var(--plaza-text-field-border-color, var(--plaza-color-border));
      border-radius: var(--plaza-radius-none);
      background: var(--plaza-text-field-background, var(--plaza-color-background));
      color: var(--plaza-color-text);
      font: inherit;
    }
    input:focus-visible {
      ${focusRing}
    }
    .has-error input {
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
    .affix {
      display: flex;
      align-items: center;
      flex: none;
      padding-inline: var(--plaza-space-2);
      border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
      background: var(--plaza-color-surface);
      white-space: nowrap;
    }
    .affix[part='input-prefix'] {
      border-inline-end: 0;
    }
    .affix[part='input-suffix'] {
      border-inline-start: 0;
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
