import { css, html, type PropertyDeclarations } from 'lit';
import { PlazaElement } from '@plaza/core';
import { messages } from './choice.messages.js';

/**
 * The data of one option in a `<plaza-radio-group>` or `<plaza-checkbox-group>`: its value, label,
 * hint and whether it starts chosen. The group draws the native input from these attributes; the
 * option's own children are its follow-up content, revealed while it is chosen.
 */
export class PlazaChoiceOption extends PlazaElement {
  static override properties: PropertyDeclarations = {
    value: { reflect: true },
    label: { reflect: true },
    hint: { reflect: true },
    checked: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
  };
  static override messages = messages;
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The value submitted when this option is chosen. */
  value = 'on';
  /** The option's visible label. */
  label = '';
  /** Help text under the option's label, read with it. */
  hint = '';
  /** Chosen when the page loads and after `form.reset()`. */
  checked = false;
  disabled = false;

  override render() {
    return html`<slot></slot>`;
  }
}
