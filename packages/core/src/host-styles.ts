import { css } from 'lit';

/**
 * The host rules most elements begin with: a block set in the body text style, and gone when
 * `hidden`. One copy here instead of one per element; an element adds its own `:host` rules
 * (margins, a different display) after it.
 */
export const hostTextStyles = css`
  :host {
    display: block;
    color: var(--plaza-color-text);
    font-family: var(--plaza-font-family-body);
    font-size: var(--plaza-font-size-body);
    line-height: var(--plaza-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
`;
