import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { messages } from './choice.messages.js';

/**
 * The data of one option in a `<plaza-radio-group>` or `<plaza-checkbox-group>`: its value, label,
 * hint and whether it starts chosen. The group draws the native input from these attributes; the
 * option's own children are its follow-up content, revealed while it is chosen.
 */
export class PlazaChoiceOption extends PlazaElement {
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
  @property({ reflect: true }) value = 'on';
  /** The option's visible label. */
  @property({ reflect: true }) label = '';
  /** Help text under the option's label, read with it. */
  @property({ reflect: true }) hint = '';
  /** Chosen when the page loads and after `form.reset()`. */
  @property({ type: Boolean, reflect: true }) checked = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  override render() {
    return html`<slot></slot>`;
  }
}
