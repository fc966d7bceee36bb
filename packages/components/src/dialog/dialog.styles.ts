import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const dialogStyles = css`
  ${hostTextStyles}
  dialog {
    box-sizing: border-box;
    inline-size: min(
      100% - 2 * var(--plaza-space-4),
      var(--plaza-dialog-width, var(--plaza-measure-text))
    );
    max-inline-size: none;
    max-block-size: calc(100% - 2 * var(--plaza-space-4));
    padding: 0;
    border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
    border-radius: var(--plaza-radius-large);
    background: var(--plaza-color-background);
    color: inherit;
    font: inherit;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog:focus-visible {
    ${focusRing}
  }
  dialog:focus:not(:focus-visible) {
    outline: none;
  }
  dialog::backdrop {
    background: color-mix(in srgb, var(--plaza-color-text) 60%, transparent);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--plaza-space-2) var(--plaza-space-4);
    padding: var(--plaza-space-4) var(--plaza-space-4) 0;
  }
  .heading {
    flex: 1 1 12em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: var(--plaza-font-size-heading-md);
    line-height: var(--plaza-line-height-heading);
  }
  .close {
    min-block-size: var(--plaza-control-target-comfortable);
    padding-inline: var(--plaza-space-3);
    border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
    border-radius: var(--plaza-radius-medium);
    background: var(--plaza-color-background);
    color: var(--plaza-color-text);
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--plaza-color-surface);
  }
  .close:focus-visible {
    ${focusRing}
  }
  .body {
    flex: 1 1 auto;
    overflow: auto;
    padding-inline: var(--plaza-space-4);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plaza-space-3);
    padding: var(--plaza-space-4);
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: plaza-dialog-in var(--plaza-duration-medium) var(--plaza-easing-enter);
    }
    @keyframes plaza-dialog-in {
      from {
        opacity: 0;
        transform: translateY(var(--plaza-space-2));
      }
    }
  }
`;
