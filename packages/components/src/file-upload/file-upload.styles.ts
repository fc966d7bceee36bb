import { css } from 'lit';
import { fieldStyles, focusRing } from '@plaza/core';

export const fileUploadStyles = [
  fieldStyles,
  css`
    .heading {
      margin: 0;
      font-size: var(--plaza-font-size-heading-lg);
      line-height: var(--plaza-line-height-heading);
    }
    input {
      box-sizing: border-box;
      max-inline-size: 100%;
      min-block-size: var(--plaza-control-target-comfortable);
      padding: var(--plaza-space-1);
      font: inherit;
      color: var(--plaza-color-text);
    }
    input::file-selector-button {
      min-block-size: var(--plaza-control-target-minimum);
      margin-inline-end: var(--plaza-space-3);
      padding-block: var(--plaza-space-1);
      padding-inline: var(--plaza-space-3);
      border: var(--plaza-border-width-medium) solid var(--plaza-color-primary);
      border-radius: var(--plaza-radius-small);
      background: var(--plaza-color-background);
      color: var(--plaza-color-primary);
      font: inherit;
      font-weight: var(--plaza-font-weight-bold);
      cursor: pointer;
    }
    input:focus-visible {
      ${focusRing}
    }
    .has-error input {
      outline: var(--plaza-border-width-thick) solid var(--plaza-color-error);
    }
    .has-error input:focus-visible {
      ${focusRing}
    }
    input:disabled {
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    input:disabled::file-selector-button {
      border-color: var(--plaza-color-disabled);
      color: var(--plaza-color-disabled);
    }
    .count {
      margin: 0;
      font-weight: var(--plaza-font-weight-bold);
    }
    .files {
      margin: 0;
      padding: 0;
      list-style: none;
      border-block-start: var(--plaza-border-width-thin) solid
        var(--plaza-file-upload-border-color, var(--plaza-color-border));
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--plaza-space-2) var(--plaza-space-4);
      padding-block: var(--plaza-space-2);
      border-block-end: var(--plaza-border-width-thin) solid
        var(--plaza-file-upload-border-color, var(--plaza-color-border));
    }
    .file.wrong .name {
      color: var(--plaza-color-error);
      font-weight: var(--plaza-font-weight-bold);
    }
    .name {
      flex: 1 1 12em;
      overflow-wrap: anywhere;
    }
    .size {
      color: var(--plaza-color-text-secondary);
    }
    .remove {
      min-block-size: var(--plaza-control-target-minimum);
      min-inline-size: var(--plaza-control-target-minimum);
      padding: 0;
      border: 0;
      background: none;
      color: var(--plaza-color-link);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .remove:hover {
      color: var(--plaza-color-link-hover);
    }
    .remove:focus-visible {
      ${focusRing}
    }
    .remove:disabled {
      color: var(--plaza-color-disabled);
      cursor: not-allowed;
    }
    @media (forced-colors: active) {
      input::file-selector-button {
        border-color: ButtonText;
      }
      .has-error input {
        outline-color: CanvasText;
      }
      .remove {
        color: LinkText;
      }
    }
  `,
];
