import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  FIELD_IDS,
  PlazaFormControl,
  announce,
  describedBy,
  renderError,
  renderHint,
  type ValidationIssue,
  type Validator,
} from '@plaza/core';
import type { FieldMarker } from '../text-field/text-field.js';
import { readOption, type ChoiceOptionData } from './choice-option.js';
import { hasRevealContent, setRevealed } from './reveal.js';
import { messages } from './choice.messages.js';

/** Attributes of an option that change what the group draws. */
const OPTION_ATTRIBUTES = ['value', 'label', 'hint', 'checked', 'disabled', 'exclusive'];

/**
 * The shared base of `<plaza-radio-group>` and `<plaza-checkbox-group>`: a fieldset whose legend
 * is the question, drawing one native input per option element in its own shadow root.
 *
 * Why the inputs live here: native radios only form a group (one tab stop, arrow keys, one
 * checked) when they share a tree and a name, so they cannot live in one shadow root per option.
 * The option elements stay in the light DOM as data plus their follow-up content, which is
 * assigned (manual slot assignment) to a slot right under its option.
 */
export abstract class PlazaChoiceGroup extends PlazaFormControl {
  static override messages = messages;
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaFormControl.shadowRootOptions,
    slotAssignment: 'manual',
  };

  #observer = new MutationObserver((records) => this.#onMutations(records));

  /** Lay the options out in a row (for two or three short options, such as Yes and No). */
  @property({ type: Boolean, reflect: true }) inline = false;
  /** Which fields carry a marker: `auto` marks optional ones "(optional)". */
  @property() marker: FieldMarker = 'auto';
  /** Renders the legend as the page's `<h1>` (a one-question page). */
  @property({ type: Boolean, attribute: 'page-heading' }) pageHeading = false;

  /** Bumped when the option elements change, to re-render. */
  @state() private optionsVersion = 0;

  /** The tag of the option elements this group reads. */
  protected abstract get optionTag(): string;
  protected abstract get inputType(): 'radio' | 'checkbox';
  /** Whether the option with this value is chosen now. */
  protected abstract isChosen(option: ChoiceOptionData): boolean;
  /** The user checked or unchecked an option. */
  protected abstract choose(option: ChoiceOptionData, checked: boolean): void;

  /** The option elements, in order, as data. */
  protected get optionData(): ChoiceOptionData[] {
    return [...this.children]
      .filter((child): child is HTMLElement => child.localName === this.optionTag)
      .map(readOption);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...OPTION_ATTRIBUTES, 'slot'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override get validationAnchor(): HTMLElement | null {
    const inputs = [...(this.shadowRoot?.querySelectorAll('input') ?? [])];
    return inputs.find((input) => input.checked) ?? inputs.find((input) => !input.disabled) ?? null;
  }

  protected override builtInValidators(): Validator[] {
    return this.required
      ? [(value) => (value === '' ? { flag: 'valueMissing', key: 'choice.valueMissing' } : null)]
      : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('label') && !this.label && !this.querySelector(':scope > [slot="label"]')) {
      console.error(`<${this.localName}> needs a label: a group without a legend cannot be named.`);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    this.#assignSlots();
    this.applyReveal();
    super.updated(changed);
  }

  /** Shows and enables the follow-up content of chosen options; hides and disables the rest. */
  protected applyReveal(): void {
    for (const option of this.optionData) {
      setRevealed(option.element, this.isChosen(option) && !this.isDisabled);
    }
  }

  #assignSlots(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const options = this.optionData;
    for (const slot of root.querySelectorAll<HTMLSlotElement>('slot[data-option]')) {
      const option = options[Number(slot.dataset.option)];
      slot.assign(...(option ? [option.element] : []));
    }
    for (const name of ['label', 'hint']) {
      const slot = root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
      slot?.assign(...this.querySelectorAll<HTMLElement>(`:scope > [slot="${name}"]`));
    }
  }

  #onMutations(records: MutationRecord[]): void {
    const relevant = records.some(
      (record) =>
        (record.type === 'childList' && record.target === this) ||
        (record.type === 'attributes' && record.target.parentNode === this),
    );
    if (relevant) this.optionsVersion += 1;
    // Follow-up controls added later to a hidden option must be disabled too.
    if (records.some((record) => record.type === 'childList')) this.applyReveal();
  }

  #onInput = (event: Event, option: ChoiceOptionData): void => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    this.choose(option, input.checked);
    this.handleUserEdit();
    this.applyReveal();
    this.syncFormState();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (input.checked && hasRevealContent(option.element)) {
      void announce(this.t('choice.revealed', { label: option.label }), {
        doc: this.ownerDocument,
      });
    }
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

  #renderLegend() {
    const text = html`<slot name="label">${this.label}</slot>${this.#renderMarker()}`;
    return html`<legend id=${FIELD_IDS.label} class="legend" part="legend">
      ${this.pageHeading ? html`<h1 class="heading">${text}</h1>` : text}
    </legend>`;
  }

  /** Content drawn before an option (the "or" divider of an exclusive checkbox). */
  protected renderBefore(_option: ChoiceOptionData, _index: number): unknown {
    return nothing;
  }

  #renderOption(option: ChoiceOptionData, index: number, invalid: boolean) {
    const id = `option-${index}`;
    const chosen = this.isChosen(option);
    const reveal = hasRevealContent(option.element);
    return html`${this.renderBefore(option, index)}
      <div class="option" part="option">
        <input
          id=${id}
          class="input"
          part="input"
          type=${this.inputType}
          name="choice"
          .value=${option.value}
          .checked=${live(chosen)}
          ?disabled=${this.isDisabled || option.disabled}
          ?required=${this.required && this.inputType === 'radio'}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${option.hint ? `${id}-hint` : nothing}
          aria-controls=${reveal ? `${id}-reveal` : nothing}
          @input=${(event: Event) => this.#onInput(event, option)}
          @change=${this.#onChange}
        />
        <label class="option-label" part="option-label" for=${id}>${option.label}</label>
        ${
          option.hint
            ? html`<div id="${id}-hint" class="option-hint" part="option-hint">${option.hint}</div>`
            : nothing
        }
      </div>
      <div
        id="${id}-reveal"
        class="reveal"
        part="reveal"
        ?hidden=${!reveal || !chosen || this.isDisabled}
      >
        <slot data-option=${index}></slot>
      </div>`;
  }

  override render() {
    const issue: ValidationIssue | null = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const hasSlottedHint = this.querySelector(':scope > [slot="hint"]') !== null;
    const hasHint = Boolean(this.hint) || hasSlottedHint;
    const options = this.optionData;
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">
      <fieldset
        class="fieldset"
        part="fieldset"
        aria-describedby=${describedBy(hasHint, Boolean(message))}
      >
        ${this.#renderLegend()} ${renderHint(this.hint, hasSlottedHint)}
        ${renderError(message, this.t('field.errorPrefix'))}
        <div class="options" part="options">
          ${repeat(
            options,
            (option) => option.element,
            (option, index) => this.#renderOption(option, index, issue !== null),
          )}
        </div>
      </fieldset>
    </div>`;
  }
}
