import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  describedBy,
  PlazaFormControl,
  PlazaQuestion,
  renderError,
  renderHint,
  renderLegend,
  slottedChildren,
  textOrSlot,
  type ValidationIssue,
  type Validator,
} from '@plaza/core';
import { PlazaChoiceControl, readOption, type ChoiceOptionData } from './choice-control.js';
import { mutationObserver } from '../parts/observer.js';

export type { ChoiceOptionData } from './choice-control.js';

/**
 * The shared base of `<plaza-radio-group>` and `<plaza-checkbox-group>`: a fieldset whose legend
 * is the question, drawing one native input per option element in its own shadow root.
 *
 * Why the inputs live here: native radios only form a group (one tab stop, arrow keys, one
 * checked) when they share a tree and a name, so they cannot live in one shadow root per option.
 * The option elements stay in the light DOM as data plus their follow-up content, which is
 * assigned (manual slot assignment) to a slot right under its option.
 */
export abstract class PlazaChoiceGroup extends PlazaQuestion(PlazaChoiceControl) {
  static override properties: PropertyDeclarations = {
    inline: { type: Boolean, reflect: true },
  };
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaFormControl.shadowRootOptions,
    slotAssignment: 'manual',
  };
  static override genericName = 'choice.option';

  #observer = mutationObserver((records) => this.#onMutations(records));

  /** Lay the options out in a row (for two or three short options, such as Yes and No). */
  inline = false;

  /** The tag of the option elements this group reads. */
  protected abstract get optionTag(): string;

  #options: ChoiceOptionData[] | undefined;

  /**
   * The option elements, in order, as data. Read once and kept while nothing changes: a render
   * asks for them once per option (through `value`). Changes the observer has recorded but not
   * yet delivered are taken first, so the data is never stale.
   */
  protected override get optionData(): ChoiceOptionData[] {
    // Lit's server rendering gives elements no light DOM: the options appear when the group hydrates.
    if (isServer) return [];
    const pending = this.#observer.takeRecords();
    if (pending.length > 0) this.#onMutations(pending);
    if (this.#options) return this.#options;
    const options = [...this.querySelectorAll<HTMLElement>(`:scope > ${this.optionTag}`)].map(
      readOption,
    );
    // Unobserved while disconnected: read afresh each time.
    if (this.isConnected) this.#options = options;
    return options;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      // The attributes of an option that change what the group draws, and `slot`.
      attributeFilter: ['value', 'label', 'hint', 'checked', 'disabled', 'exclusive', 'slot'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#options = undefined;
  }

  protected override builtInValidators(): Validator[] {
    return this.required
      ? [(value) => (value === '' ? { flag: 'valueMissing', key: 'choice.valueMissing' } : null)]
      : [];
  }

  override updated(changed: PropertyValues<this>): void {
    const root = this.shadowRoot!;
    const options = this.optionData;
    // Each option element with follow-up content goes to the slot under its input.
    options.forEach(({ element }, index) => {
      const slot = root.getElementById(`option-${index}-reveal`)?.firstElementChild;
      if (slot instanceof HTMLSlotElement && slot.assignedNodes()[0] !== element) {
        slot.assign(element);
      }
    });
    // The label and hint slots take the group's children marked `slot="label"` or `"hint"`.
    root.querySelectorAll('slot[name]').forEach((slot) => {
      (slot as HTMLSlotElement).assign(...slottedChildren(this, (slot as HTMLSlotElement).name));
    });
    super.updated(changed);
  }

  #onMutations(records: MutationRecord[]): void {
    // Options added, removed or changed; or an option's follow-up content (its own children)
    // changed, which decides whether the option has a follow-up slot.
    const relevant = records.some(
      (record) =>
        (record.type === 'childList' && record.target === this) ||
        record.target.parentNode === this,
    );
    if (relevant) {
      this.#options = undefined;
      this.requestUpdate();
    }
    // Follow-up controls added later to a hidden option must be disabled too.
    if (records.some((record) => record.type === 'childList')) this.applyReveal();
  }

  /** Content drawn before an option (the "or" divider of an exclusive checkbox). */
  protected renderBefore(_option: ChoiceOptionData, _index: number): unknown {
    return nothing;
  }

  override render() {
    const issue: ValidationIssue | null = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const hasHint = this.hasHint;
    const options = this.optionData;
    // Required is said once for radios (on their radiogroup) and on each box of a checkbox group,
    // since ARIA has no required state for a plain group.
    const radio = this.inputType === 'radio';
    // prettier-ignore
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field"><fieldset class="field fieldset" part="fieldset" role=${radio ? 'radiogroup' : nothing} aria-required=${radio && this.required ? 'true' : nothing} aria-describedby=${describedBy(hasHint, Boolean(message))}>${renderLegend(textOrSlot('label', this.label, this.slots.has('label')), this.markerText, 'legend', this.pageHeading)}${renderHint(this.hint, this.slots.has('hint'))}${renderError(message, this.t('field.errorPrefix'))}<div class="options" part="options">${options.map((option, index) => {
      const before = this.renderBefore(option, index);
      const choice = this.renderChoice(option, `option-${index}`, 'option-', false, this.required && !radio, this.isChosen(option) && !this.isDisabled);
      // Without a divider the option's template stands alone: no wrapper, two Lit markers fewer.
      return before === nothing ? choice : html`${before}${choice}`;
    })}</div></fieldset></div>`;
  }
}
