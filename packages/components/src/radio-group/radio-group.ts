import type { FormValue } from '@plaza/core';
import { PlazaChoiceGroup, type ChoiceOptionData } from '../choice/choice-group.js';
import { radioGroupStyles } from './radio-group.styles.js';

/**
 * @summary A question with one answer from a few options: native radios in a fieldset whose
 * legend is the question, with a hint per option and follow-up questions revealed under the
 * chosen option. Submits with a native form.
 *
 * @slot - `<plaza-radio>` elements, one per option.
 * @slot label - Rich legend content; replaces the `label` attribute.
 * @slot hint - Rich hint content for the whole question; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of the fieldset.
 * @csspart fieldset - The native fieldset.
 * @csspart legend - The legend (the question).
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart options - The list of options.
 * @csspart option - One option: its radio, label and hint.
 * @csspart input - A native radio.
 * @csspart option-label - An option's label.
 * @csspart option-hint - An option's hint.
 * @csspart reveal - The follow-up content under an option.
 *
 * @cssprop [--plaza-choice-accent=var(--plaza-color-text)] - Colour of the checked radio.
 *
 * @fires input - When the user chooses an option.
 * @fires change - When the user chooses an option.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: native radios in one shadow root, so they form one group with one tab stop
 * and the platform's arrow keys. The fieldset is named by its legend and described by the hint
 * and error; each radio is described by its own hint. Choosing an option with follow-up content
 * announces that more questions are shown, and Tab reaches them next.
 */
export class PlazaRadioGroup extends PlazaChoiceGroup {
  static override styles = radioGroupStyles;

  #value: string | undefined;

  /** The value of the chosen option, or `''` when none is chosen. */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }

  set value(value: string) {
    const old = this.value;
    this.#value = value == null ? '' : String(value);
    this.requestUpdate('value', old);
  }

  /** The option marked `checked`, chosen on load and after `form.reset()`. */
  get defaultValue(): string {
    return this.optionData.filter((option) => option.checked).at(-1)?.value ?? '';
  }

  protected override get optionTag(): string {
    return 'plaza-radio';
  }

  protected override get inputType(): 'radio' {
    return 'radio';
  }

  protected override get validationValue(): string {
    return this.value;
  }

  protected override isChosen(option: ChoiceOptionData): boolean {
    return this.value !== '' && option.value === this.value;
  }

  protected override choose(option: ChoiceOptionData, checked: boolean): void {
    if (checked) this.value = option.value;
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    return { value: this.value === '' ? null : this.value, state: this.value };
  }

  protected override resetValue(): void {
    this.#value = undefined;
  }

  protected override restoreValue(state: FormValue): void {
    if (typeof state === 'string') this.#value = state;
  }
}
