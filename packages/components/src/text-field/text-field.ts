import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  FIELD_IDS,
  PlazaFormControl,
  describedBy,
  email,
  maxLength,
  minLength,
  number,
  parseNumber,
  pattern,
  renderError,
  renderHint,
  tel,
  url,
  type FormValue,
  type Validator,
} from '@plaza/core';
import { textFieldStyles } from './text-field.styles.js';

export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'number';
export type TextFieldWidth =
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter'
  | '2'
  | '3'
  | '4'
  | '5'
  | '10'
  | '20'
  | '30';
/** Which fields carry a marker: `auto` marks optional ones "(optional)", as GOV.UK advises. */
export type FieldMarker = 'auto' | 'required' | 'none';

/** Native keyboard per type. Numbers use a text input with a decimal keypad (GOV.UK advice). */
const INPUT_MODE: Record<TextFieldType, string> = {
  text: 'text',
  email: 'email',
  tel: 'tel',
  url: 'url',
  number: 'decimal',
};
const NATIVE_TYPE: Record<TextFieldType, string> = {
  text: 'text',
  email: 'email',
  tel: 'tel',
  url: 'url',
  number: 'text',
};
/** Addresses and numbers are not words: spell checking them only adds red underlines. */
const SPELLCHECK_OFF: ReadonlySet<TextFieldType> = new Set(['email', 'tel', 'url', 'number']);

/**
 * @summary A single-line text input with its label, hint and error message, that submits with a
 * native form.
 *
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content (for example with a link); replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native input.
 * @csspart input-prefix - The text before the input, such as "$".
 * @csspart input-suffix - The text after the input, such as "per month".
 *
 * @cssprop [--plaza-text-field-border-color=var(--plaza-color-border)] - Border of the input.
 * @cssprop [--plaza-text-field-background=var(--plaza-color-background)] - Background of the input.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the input's accessible name is the label (with its "(optional)" marker); its
 * description is the hint then the error; `aria-invalid` is set only while an error shows.
 * Prefix and suffix are hidden from screen readers, so the label must say the unit.
 */
export class PlazaTextField extends PlazaFormControl {
  static override styles = textFieldStyles;

  #value: string | undefined;
  @query('input') private input!: HTMLInputElement | null;
  @state() private hasSlottedHint = false;
  @state() private hasSlottedLabel = false;

  /** The initial value, restored by `form.reset()` (like an input's `value` attribute). */
  @property({ attribute: 'value' }) defaultValue = '';
  @property({ reflect: true }) type: TextFieldType = 'text';
  @property() autocomplete = '';
  /** Overrides the keyboard chosen from `type`. */
  @property({ attribute: 'inputmode' }) keyboard = '';
  /** `true` or `false`; by default on for text and off for email, tel, url and number. */
  @property({ attribute: 'spellcheck' }) spelling: 'true' | 'false' | '' = '';
  @property({ reflect: true }) width: TextFieldWidth = 'full';
  /** Text before the input, such as "$" (`Element.prefix` is taken, hence the name). */
  @property({ attribute: 'prefix' }) prefixText = '';
  /** Text after the input, such as "per month". */
  @property({ attribute: 'suffix' }) suffixText = '';
  @property() marker: FieldMarker = 'auto';
  @property({ type: Number }) minlength: number | undefined;
  /** Longer text is an error, never cut off: what the user typed is kept. */
  @property({ type: Number }) maxlength: number | undefined;
  @property() pattern = '';
  /** For `type="number"`: the smallest and largest values allowed. */
  @property({ type: Number }) min: number | undefined;
  @property({ type: Number }) max: number | undefined;
  /** For `type="number"`: only whole numbers. */
  @property({ type: Boolean }) integer = false;
  /** Renders the label as the page's `<h1>` (a one-question page). */
  @property({ type: Boolean, attribute: 'page-heading' }) pageHeading = false;

  /** What the user typed, exactly. */
  get value(): string {
    return this.#value ?? this.defaultValue;
  }

  set value(value: string) {
    const old = this.value;
    this.#value = value == null ? '' : String(value);
    this.requestUpdate('value', old);
  }

  /** The value the form submits: trimmed; for numbers, without spaces and thousands commas. */
  get serializedValue(): string {
    const trimmed = this.value.trim();
    if (this.type !== 'number') return trimmed;
    const parsed = parseNumber(trimmed);
    return parsed === null ? trimmed : String(parsed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSlots();
  }

  select(): void {
    this.input?.select();
  }

  protected override get validationValue(): string {
    return this.value;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    return { value: this.serializedValue, state: this.value };
  }

  protected override resetValue(): void {
    this.#value = undefined;
  }

  protected override restoreValue(state: FormValue): void {
    if (typeof state === 'string') this.#value = state;
  }

  protected override builtInValidators(): Validator[] {
    const validators = super.builtInValidators();
    if (this.minlength !== undefined) validators.push(minLength(this.minlength));
    if (this.maxlength !== undefined) validators.push(maxLength(this.maxlength));
    if (this.type === 'email') validators.push(email());
    if (this.type === 'tel') validators.push(tel());
    if (this.type === 'url') validators.push(url());
    if (this.type === 'number') {
      validators.push(number({ min: this.min, max: this.max, integer: this.integer }));
    }
    if (this.pattern) validators.push(pattern(this.pattern));
    return validators;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('label') && !this.label && !this.hasSlottedLabel) {
      console.error('<plaza-text-field> needs a label: a field without one cannot be named.');
    }
  }

  #readSlots(): void {
    this.hasSlottedHint = this.querySelector(':scope > [slot="hint"]') !== null;
    this.hasSlottedLabel = this.querySelector(':scope > [slot="label"]') !== null;
  }

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.handleUserEdit();
  };

  /** `change` does not cross shadow boundaries, so the host fires its own. */
  #onChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  #renderMarker() {
    const show =
      (this.marker === 'auto' && !this.required) || (this.marker === 'required' && this.required);
    if (!show) return nothing;
    const key = this.required ? 'field.required' : 'field.optional';
    return html` <span class="marker">${this.t(key)}</span>`;
  }

  #renderLabel() {
    const label = html`<label
      id=${FIELD_IDS.label}
      class="label"
      part="label"
      for=${FIELD_IDS.control}
      ><slot name="label">${this.label}</slot>${this.#renderMarker()}</label
    >`;
    return this.pageHeading ? html`<h1 class="heading">${label}</h1>` : label;
  }

  #renderAffix(text: string, part: 'input-prefix' | 'input-suffix') {
    return text
      ? html`<span class="affix" part=${part} aria-hidden="true">${text}</span>`
      : nothing;
  }

  override render() {
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const hasHint = Boolean(this.hint) || this.hasSlottedHint;
    const spellcheck = this.spelling || (SPELLCHECK_OFF.has(this.type) ? 'false' : nothing);
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">
      ${this.#renderLabel()} ${renderHint(this.hint, this.hasSlottedHint)}
      ${renderError(message, this.t('field.errorPrefix'))}
      <div class="input-wrapper">
        ${this.#renderAffix(this.prefixText, 'input-prefix')}
        <input
          id=${FIELD_IDS.control}
          part="input"
          type=${NATIVE_TYPE[this.type] ?? 'text'}
          inputmode=${this.keyboard || INPUT_MODE[this.type] || 'text'}
          name=${ifDefined(this.name || undefined)}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          spellcheck=${spellcheck}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${issue ? 'true' : nothing}
          aria-describedby=${describedBy(hasHint, Boolean(message))}
          @input=${this.#onInput}
          @change=${this.#onChange}
        />
        ${this.#renderAffix(this.suffixText, 'input-suffix')}
      </div>
    </div>`;
  }
}
