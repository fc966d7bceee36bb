import { html, type PropertyDeclarations } from 'lit';
import { renderError, type FormValue, type ValidationIssue, type Validator } from '@plaza/core';
import { PlazaChoiceControl, readOption, type ChoiceOptionData } from '../choice/choice-control.js';
import { checkboxStyles } from './checkbox.styles.js';
import { messages } from './checkbox.messages.js';

/**
 * @summary A checkbox. On its own it is a form control with its label, hint and error, such as
 * "I agree to the terms". Inside a `<plaza-checkbox-group>` it is one option of the group.
 *
 * @slot - Follow-up content (for example a `<plaza-text-field>`), shown under the checkbox only
 * while it is checked. While hidden, its form controls are disabled, so they neither submit nor
 * block submission.
 *
 * @csspart field - The wrapper of error, checkbox, label, hint and follow-up (when alone).
 * @csspart error-message - The error message.
 * @csspart option - The checkbox with its label and hint.
 * @csspart input - The native checkbox.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart reveal - The follow-up content.
 *
 * @cssprop [--plaza-choice-accent=var(--plaza-color-text)] - Colour of the checked box.
 *
 * @fires input - When the user checks or unchecks it (alone).
 * @fires change - When the user checks or unchecks it (alone).
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: a native checkbox named by its label and described by its hint and error.
 * Inside a group, the group draws the native checkbox from this element's `value`, `label`,
 * `hint`, `checked`, `disabled` and `exclusive` attributes.
 */
export class PlazaCheckbox extends PlazaChoiceControl {
  static override properties: PropertyDeclarations = {
    // As for the options of a group (choice-option.ts): nothing is written back on upgrade.
    label: { reflect: true, useDefault: true },
    hint: { reflect: true, useDefault: true },
    value: { reflect: true, useDefault: true },
    defaultChecked: { type: Boolean, reflect: true, attribute: 'checked', useDefault: true },
    exclusive: { type: Boolean, reflect: true, useDefault: true },
  };
  static override messages = messages;
  static override styles = checkboxStyles;

  #checked: boolean | undefined;

  /** The label (reflected, so a group sees changes made from script). */
  override label = '';
  /** Help text under the label, read with the checkbox. */
  override hint = '';
  /** The value submitted while checked. */
  value = 'on';
  /** Checked when the page loads and after `form.reset()` (the `checked` attribute). */
  defaultChecked = false;
  /** In a group: checking this option ("None of these") unchecks the others, and vice versa. */
  exclusive = false;

  /** Whether the box is checked now. */
  get checked(): boolean {
    return this.#checked ?? this.defaultChecked;
  }

  set checked(checked: boolean) {
    const old = this.checked;
    this.#checked = Boolean(checked);
    this.requestUpdate('checked', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  /** True inside a `<plaza-checkbox-group>`, which draws and submits the checkbox. */
  get #grouped(): boolean {
    return this.parentElement?.localName === 'plaza-checkbox-group';
  }

  protected override get validationValue(): string {
    return this.checked ? this.value : '';
  }

  /** Itself, alone; nothing in a group, which draws the checkbox. */
  protected override get optionData(): ChoiceOptionData[] {
    return this.#grouped ? [] : [readOption(this)];
  }

  protected override isChosen(): boolean {
    return this.checked;
  }

  protected override choose(_option: ChoiceOptionData, checked: boolean): void {
    this.checked = checked;
  }

  protected override get currentIssue(): ValidationIssue | null {
    return this.#grouped ? null : super.currentIssue;
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    if (this.#grouped) return { value: null, state: null };
    return { value: this.checked ? this.value : null, state: String(this.checked) };
  }

  protected override resetValue(): void {
    this.#checked = undefined;
  }

  protected override restoreValue(state: FormValue): void {
    if (state === 'true' || state === 'false') this.#checked = state === 'true';
  }

  protected override builtInValidators(): Validator[] {
    return this.required
      ? [
          (value) =>
            value === ''
              ? { flag: 'valueMissing', key: 'checkbox.valueMissing', args: { label: this.label } }
              : null,
        ]
      : [];
  }

  override render() {
    if (this.#grouped) return html`<slot></slot>`;
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    // prettier-ignore
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">${renderError(message, this.t('field.errorPrefix'))}${this.renderChoice(readOption(this), 'control', '', true, this.required, this.checked)}</div>`;
  }
}
