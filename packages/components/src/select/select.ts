import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  FIELD_IDS,
  PlazaQuestion,
  PlazaStringControl,
  redispatchChange,
  renderError,
  renderHint,
  renderLabel,
  textOrSlot,
  type ValidationIssue,
  type Validator,
} from '@plaza/core';
import { selectStyles } from './select.styles.js';
import { messages } from './select.messages.js';
import { mutationObserver } from '../parts/observer.js';

/** An empty value means "nothing chosen yet", like the "Select a county" option. */
const chosen = (): Validator => (value) =>
  value === '' ? { flag: 'valueMissing', key: 'select.valueMissing' } : null;

/**
 * @summary A drop-down list with its label, hint and error message: a native `<select>`, with the
 * options written as `<option>` and `<optgroup>` children, that submits with a native form.
 *
 * @slot - `<option>` and `<optgroup>` elements, as inside a native `<select>`. They are copied
 * into the native select and kept in step when they change.
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content (for example with a link); replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and select.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart select - The native select.
 *
 * @cssprop [--plaza-select-border-color=var(--plaza-color-border)] - Border of the select.
 * @cssprop [--plaza-select-background=var(--plaza-color-background)] - Background of the select.
 *
 * @fires input - When the user picks an option (native, composed).
 * @fires change - When the user picks an option.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: a real `<select>`, so its role, keyboard (arrows, type-ahead, Alt+Down) and
 * mobile pickers are the platform's. It is named by the label and described by the hint and the
 * error. A first option with an empty value ("Select a county") is an option, never the label;
 * with `required`, leaving it chosen is the error "Select county".
 */
export class PlazaSelect extends PlazaQuestion(PlazaStringControl) {
  static override properties: PropertyDeclarations = {
    optionsVersion: { state: true },
    autocomplete: {},
  };
  static override messages = messages;
  static override genericName = 'select.option';
  static override styles = selectStyles;

  #observer = mutationObserver((records) => {
    // The host's own attributes (label, name, required) are not options.
    if (records.some((record) => record.target !== this)) {
      this.#copyOptions();
      this.optionsVersion += 1;
    }
  });
  private get select(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector('select') ?? null;
  }
  /** Bumped when the light-DOM options change, to re-render. */
  private optionsVersion = 0;

  autocomplete = '';

  /**
   * The value chosen before the user acts, and restored by `form.reset()`: the option marked
   * `selected`, or else the first option, as in a native select.
   */
  get defaultValue(): string {
    const options = this.options;
    const marked = options.filter((option) => option.defaultSelected).at(-1);
    return (marked ?? options.find((option) => !option.disabled) ?? options[0])?.value ?? '';
  }

  /** The light-DOM `<option>` elements, in order (including those in `<optgroup>`s). */
  get options(): HTMLOptionElement[] {
    return [
      ...this.querySelectorAll<HTMLOptionElement>(':scope > option, :scope > optgroup > option'),
    ];
  }

  /** The index of the chosen option, or -1. */
  get selectedIndex(): number {
    return this.options.findIndex((option) => option.value === this.value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override get initialValue(): string {
    return this.defaultValue;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.select;
  }

  protected override builtInValidators(): Validator[] {
    return this.required ? [chosen()] : [];
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#copyOptions();
  }

  override updated(changed: PropertyValues<this>): void {
    // The native select shows the value only once its options exist: set it after copying them.
    if (this.select && this.select.value !== this.value) this.select.value = this.value;
    super.updated(changed);
  }

  /** Mirrors the light-DOM options into the native select, keeping the chosen value. */
  #copyOptions(): void {
    const select = this.select;
    if (!select) return;
    const copies = [...this.children]
      .filter((child) => child instanceof HTMLOptionElement || child instanceof HTMLOptGroupElement)
      .map((child) => child.cloneNode(true));
    select.replaceChildren(...copies);
    select.value = this.value;
  }

  #onChange = (event: Event): void => {
    this.value = (event.target as HTMLSelectElement).value;
    this.handleUserEdit();
    redispatchChange(this);
  };

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLSelectElement).value;
    this.handleUserEdit();
  };

  override render() {
    const issue: ValidationIssue | null = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const hasHint = this.hasHint;
    // No whitespace between tags: it would be text nodes in every select.
    // prettier-ignore
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">${renderLabel(textOrSlot('label', this.label, this.slots.has('label')), this.markerText, this.pageHeading)}${renderHint(this.hint, this.slots.has('hint'))}${renderError(message, this.t('field.errorPrefix'))}<div class="select-wrapper"><select
          id=${FIELD_IDS.control}
          part="select"
          name=${ifDefined(this.name || undefined)}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${issue ? 'true' : nothing}
          aria-describedby=${describedBy(hasHint, Boolean(message))}
          @input=${this.#onInput}
          @change=${this.#onChange}
        ></select></div></div>`;
  }
}
