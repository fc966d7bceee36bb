import { html, type PropertyDeclarations } from 'lit';
import { PlazaElement } from '@plaza/core';
import { messages } from './choice.messages.js';

/**
 * The data of one option in a `<plaza-radio-group>` or `<plaza-checkbox-group>`: its value, label,
 * hint and whether it starts chosen. The group draws the native input from these attributes; the
 * option's own children are its follow-up content, revealed while it is chosen.
 */
export class PlazaChoiceOption extends PlazaElement {
  // `useDefault`: neither the defaults nor the values from markup are written back on upgrade.
  // Each write is an attribute change the group observes, and would redraw the whole group.
  static override properties: PropertyDeclarations = {
    value: { reflect: true, useDefault: true },
    label: { reflect: true, useDefault: true },
    hint: { reflect: true, useDefault: true },
    checked: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
  };
  static override messages = messages;

  /** The value submitted when this option is chosen. */
  value = 'on';
  /** The option's visible label. */
  label = '';
  /** Help text under the option's label, read with it. */
  hint = '';
  /** Chosen when the page loads and after `form.reset()`. */
  checked = false;
  disabled = false;

  /**
   * No shadow root: the option's children are its follow-up content, drawn in place where the
   * group slots the option, and a root holding one slot cost three nodes per option (the root,
   * Lit's marker, the slot). Lit renders into a fragment that never joins the page. A root from
   * server rendering gets the slot its children need.
   */
  protected override createRenderRoot(): DocumentFragment {
    this.shadowRoot?.replaceChildren(document.createElement('slot'));
    return document.createDocumentFragment();
  }

  override render() {
    return html``;
  }
}
