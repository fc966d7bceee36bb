import { html, nothing } from 'lit';
import type { FormValue } from '@plaza/core';
import { PlazaChoiceGroup, type ChoiceOptionData } from '../choice/choice-group.js';
import { checkboxGroupStyles } from './checkbox-group.styles.js';
import { messages } from './checkbox-group.messages.js';

/**
 * @summary A question with any number of answers: native checkboxes in a fieldset whose legend is
 * the question, with a hint per option, an exclusive "None of these" option and follow-up
 * questions revealed under checked options. Submits every checked value under its name.
 *
 * @slot - `<plaza-checkbox>` elements, one per option.
 * @slot label - Rich legend content; replaces the `label` attribute.
 * @slot hint - Rich hint content for the whole question; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of the fieldset.
 * @csspart fieldset - The native fieldset.
 * @csspart legend - The legend (the question).
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart options - The list of options.
 * @csspart option - One option: its checkbox, label and hint.
 * @csspart input - A native checkbox.
 * @csspart option-label - An option's label.
 * @csspart option-hint - An option's hint.
 * @csspart divider - The "or" before an exclusive option.
 * @csspart reveal - The follow-up content under an option.
 *
 * @cssprop [--plaza-choice-accent=var(--plaza-color-text)] - Colour of the checked boxes.
 *
 * @fires input - When the user checks or unchecks an option.
 * @fires change - When the user checks or unchecks an option.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: native checkboxes, each named by its label and described by its own hint; the
 * fieldset is named by its legend and described by the hint and error. An exclusive option is
 * preceded by a visible "or". Checking an option with follow-up content announces that more
 * questions are shown, and Tab reaches them next.
 */
export class PlazaCheckboxGroup extends PlazaChoiceGroup {
  static override messages = messages;
  static override styles = checkboxGroupStyles;

  #values: string[] | undefined;

  /** The values of the checked options, in option order. */
  get values(): string[] {
    return this.#values ?? this.defaultValues;
  }

  set values(values: string[]) {
    const old = this.values;
    this.#values = Array.isArray(values) ? values.map(String) : [];
    this.requestUpdate('values', old);
  }

  /** The options marked `checked`, checked on load and after `form.reset()`. */
  get defaultValues(): string[] {
    return this.optionData.filter((option) => option.checked).map((option) => option.value);
  }

  protected override get optionTag(): string {
    return 'plaza-checkbox';
  }

  protected override get validationValue(): string {
    return this.values.join('\n');
  }

  protected override isChosen(option: ChoiceOptionData): boolean {
    return this.values.includes(option.value);
  }

  protected override choose(option: ChoiceOptionData, checked: boolean): void {
    // Checking an exclusive option unchecks the others; checking another unchecks exclusive ones.
    this.values = this.optionData
      .filter((each) =>
        each.value === option.value
          ? checked
          : !(checked && (option.exclusive || each.exclusive)) && this.isChosen(each),
      )
      .map((each) => each.value);
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    const data = new FormData();
    for (const value of this.values) data.append(this.name, value);
    return {
      value: this.name && this.values.length ? data : null,
      state: JSON.stringify(this.values),
    };
  }

  protected override resetValue(): void {
    this.#values = undefined;
  }

  protected override restoreValue(state: FormValue): void {
    try {
      this.#values = (JSON.parse(state as string) as unknown[]).map(String);
    } catch {
      // Not a state this element wrote (not a JSON array): keep the current values.
    }
  }

  protected override renderBefore(option: ChoiceOptionData, index: number): unknown {
    return option.exclusive && index > 0
      ? html`<p class="divider" part="divider">${this.t('checkbox.or')}</p>`
      : nothing;
  }
}
