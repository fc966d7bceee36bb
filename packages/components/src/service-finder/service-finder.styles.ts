import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const serviceFinderStyles = css`
  ${hostTextStyles}
  h2,
  h3,
  h4 {
    font-family: var(--plaza-font-family-heading);
    line-height: var(--plaza-line-height-heading);
    margin-block: var(--plaza-space-5) var(--plaza-space-3);
  }
  h2 {
    font-size: var(--plaza-font-size-heading-lg);
  }
  h3 {
    font-size: var(--plaza-font-size-heading-sm);
  }
  form {
    display: grid;
    gap: var(--plaza-service-finder-gap, var(--plaza-space-5));
    max-inline-size: var(--plaza-measure-text);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label:not(.check) {
    display: block;
    margin-block-end: var(--plaza-space-2);
    font-weight: var(--plaza-font-weight-bold);
  }
  .hint {
    margin-block: 0 var(--plaza-space-2);
    color: var(--plaza-color-text-secondary);
  }
  .error {
    margin-block: 0 var(--plaza-space-2);
    color: var(--plaza-color-error);
    font-weight: var(--plaza-font-weight-bold);
  }
  input:not([type='checkbox']) {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--plaza-control-height);
    padding-block: var(--plaza-control-padding-block);
    padding-inline: var(--plaza-control-padding-inline);
    border: var(--plaza-border-width-medium) solid var(--plaza-color-border);
    border-radius: var(--plaza-radius-small);
    background: var(--plaza-color-background);
    color: inherit;
    font: inherit;
  }
  input.age {
    inline-size: 6em;
  }
  input[aria-invalid='true'] {
    border-color: var(--plaza-color-error);
    border-width: var(--plaza-border-width-thick);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--plaza-space-2);
    min-block-size: var(--plaza-control-target-comfortable);
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--plaza-color-primary);
  }
  button {
    min-block-size: var(--plaza-control-target-comfortable);
    padding-block: var(--plaza-space-2);
    padding-inline: var(--plaza-space-4);
    border: var(--plaza-border-width-medium) solid transparent;
    border-radius: var(--plaza-radius-medium);
    background: var(--plaza-color-primary);
    color: var(--plaza-color-on-primary);
    font: inherit;
    font-weight: var(--plaza-font-weight-bold);
    cursor: pointer;
  }
  form > button {
    justify-self: start;
  }
  button:hover {
    background: var(--plaza-color-primary-hover);
  }
  button.open,
  button.back {
    padding: 0;
    border: 0;
    background: none;
    color: var(--plaza-color-link);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.back {
    margin-block-start: var(--plaza-space-4);
  }
  button.open {
    font-size: inherit;
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    ${focusRing}
  }
  a {
    color: var(--plaza-color-link);
  }
  a:hover {
    color: var(--plaza-color-link-hover);
  }
  .status {
    margin-block: var(--plaza-space-5) var(--plaza-space-3);
    font-weight: var(--plaza-font-weight-bold);
  }
  .results {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results > li {
    padding-block: var(--plaza-space-4);
    border-block-end: var(--plaza-border-width-thin) solid var(--plaza-color-border-subtle);
  }
  .results h3 {
    margin-block-start: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plaza-space-1) var(--plaza-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--plaza-color-text-secondary);
  }
  .facts .open {
    color: var(--plaza-color-success);
    font-weight: var(--plaza-font-weight-bold);
  }
  .contact {
    margin-block: var(--plaza-space-3) 0;
  }
  .contact div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--plaza-space-2);
  }
  dt {
    font-weight: var(--plaza-font-weight-bold);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .description,
  .eligibility,
  .qualify {
    max-inline-size: var(--plaza-measure-text);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button.open,
    button.back {
      border: 0;
      color: LinkText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color var(--plaza-duration-fast) var(--plaza-easing-standard);
    }
  }
`;
