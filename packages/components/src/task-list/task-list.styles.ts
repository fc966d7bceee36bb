import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const taskListStyles = css`
  ${hostTextStyles}
  :host {
    margin-block-end: var(--plaza-space-6);
  }
  .progress {
    margin: 0 0 var(--plaza-space-4);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: var(--plaza-border-width-thin) solid
      var(--plaza-task-list-border-color, var(--plaza-color-border-subtle));
  }
  .item {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--plaza-space-2) var(--plaza-space-4);
    padding-block: var(--plaza-space-3);
    padding-inline: var(--plaza-space-2);
    border-block-end: var(--plaza-border-width-thin) solid
      var(--plaza-task-list-border-color, var(--plaza-color-border-subtle));
  }
  .with-link:hover {
    background: var(--plaza-color-surface);
  }
  .name-and-hint {
    flex: 1 1 12em;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--plaza-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--plaza-color-link-visited);
  }
  a:hover {
    color: var(--plaza-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  /* The whole row is the link's target. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  a:focus-visible {
    outline: none;
  }
  a:focus-visible::after {
    ${focusRing}
    outline-offset: calc(-1 * var(--plaza-focus-ring-width));
  }
  .hint {
    margin-block-start: var(--plaza-space-1);
    color: var(--plaza-color-text-secondary);
  }
  .status {
    flex: none;
    max-inline-size: 100%;
  }
  .status.cannot-start {
    color: var(--plaza-color-text-secondary);
  }
  @media (prefers-reduced-motion: no-preference) {
    .with-link {
      transition: background-color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
