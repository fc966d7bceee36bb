import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  FIELD_IDS,
  PlazaFormControl,
  announce,
  describedBy,
  renderError,
  type FormValue,
  type ValidationIssue,
  type Validator,
} from '@plaza/core';
import { hasRevealContent, setRevealed } from '../choice/reveal.js';
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
export class PlazaCheckbox extends PlazaFormControl {
  static override messages = messages;
  static override styles = checkboxStyles;

  #checked: boolean | undefined;

  /** The label (reflected, so a group sees changes made from script). */
  @property({ reflect: true }) override label = '';
  /** Help text under the label, read with the checkbox. */
  @property({ reflect: true }) override hint = '';
  /** The value submitted while checked. */
  @property({ reflect: true }) value = 'on';
  /** Checked when the page loads and after `form.reset()` (the `checked` attribute). */
  @property({ type: Boolean, reflect: true, attribute: 'checked' }) defaultChecked = false;
  /** In a group: checking this option ("None of these") unchecks the others, and vice versa. */
  @property({ type: Boolean, reflect: true }) exclusive = false;

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

  protected override get validationAnchor(): HTMLElement | null {
    return this.shadowRoot?.querySelector('input') ?? null;
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

  override updated(changed: PropertyValues<this>): void {
    if (!this.#grouped) setRevealed(this, this.checked && !this.isDisabled);
    super.updated(changed);
  }

  #onInput = (event: Event): void => {
    event.stopPropagation();
    this.checked = (event.target as HTMLInputElement).checked;
    this.handleUserEdit();
    setRevealed(this, this.checked && !this.isDisabled);
    this.syncFormState();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (this.checked && hasRevealContent(this)) {
      void announce(this.t('choice.revealed', { label: this.label }), {
        doc: this.ownerDocument,
      });
    }
  };

  /** `change` does not cross shadow boundaries, so the host fires its own. */
  #onChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  override render() {
    if (this.#grouped) return html`<slot></slot>`;
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const reveal = hasRevealContent(this);
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">
      ${renderError(message, this.t('field.errorPrefix'))}
      <div class="option" part="option">
        <input
          id=${FIELD_IDS.control}
          class="input"
          part="input"
          type="checkbox"
          .value=${this.value}
          .checked=${live(this.checked)}
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          aria-invalid=${issue ? 'true' : nothing}
          aria-describedby=${describedBy(Boolean(this.hint), Boolean(message))}
          aria-controls=${reveal ? 'reveal' : nothing}
          @input=${this.#onInput}
          @change=${this.#onChange}
        />
        <label id=${FIELD_IDS.label} class="option-label" part="label" for=${FIELD_IDS.control}
          >${this.label}</label
        >
        ${
          this.hint
            ? html`<div id=${FIELD_IDS.hint} class="option-hint" part="hint">${this.hint}</div>`
            : nothing
        }
      </div>
      <div id="reveal" class="reveal" part="reveal" ?hidden=${!reveal || !this.checked}>
        <slot></slot>
      </div>
    </div>`;
  }
}
