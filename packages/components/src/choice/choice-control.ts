import { html, nothing, type PropertyValues } from 'lit';
import { PlazaFormControl, announce, redispatchChange } from '@plaza/core';
import { hasRevealContent, setRevealed } from './reveal.js';
import { messages } from './choice.messages.js';

/** The attributes a group reads from each option element (upgraded or not). */
export interface ChoiceOptionData {
  element: HTMLElement;
  value: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled: boolean;
  exclusive: boolean;
}

export function readOption(element: HTMLElement): ChoiceOptionData {
  return {
    element,
    value: element.getAttribute('value') ?? 'on',
    label: element.getAttribute('label') ?? '',
    hint: element.getAttribute('hint') ?? '',
    checked: element.hasAttribute('checked'),
    disabled: element.hasAttribute('disabled'),
    exclusive: element.hasAttribute('exclusive'),
  };
}

/**
 * The shared base of the choice groups and the single `<plaza-checkbox>`: a form control that
 * draws native radios or checkboxes from option data (an option element's attributes, or the
 * checkbox's own), each with its label, hint and follow-up content, and handles the user's choice.
 * It keeps each input's `checked` in step with the control's value after every update, and
 * reveals the follow-up content of chosen options.
 */
export abstract class PlazaChoiceControl extends PlazaFormControl {
  static override messages = messages;

  /** The type of the native inputs: checkboxes unless a subclass says otherwise. */
  protected get inputType(): 'radio' | 'checkbox' {
    return 'checkbox';
  }

  /** The options drawn, in order, as data. */
  protected abstract get optionData(): ChoiceOptionData[];
  /** Whether the option is chosen now. */
  protected abstract isChosen(option: ChoiceOptionData): boolean;
  /** The user checked or unchecked an option. */
  protected abstract choose(option: ChoiceOptionData, checked: boolean): void;

  /** The checked input, or else the first enabled one. */
  protected override get validationAnchor(): HTMLElement | null {
    const root = this.shadowRoot!;
    return root.querySelector('input:checked') ?? root.querySelector('input:enabled');
  }

  override updated(changed: PropertyValues<this>): void {
    const options = this.optionData;
    // The DOM, not the last render: the user may have changed it.
    this.shadowRoot?.querySelectorAll('input').forEach((input, index) => {
      input.checked = this.isChosen(options[index]!);
    });
    this.applyReveal();
    super.updated(changed);
  }

  /** Shows and enables the follow-up content of chosen options; hides and disables the rest. */
  protected applyReveal(): void {
    for (const option of this.optionData) {
      setRevealed(option.element, this.isChosen(option) && !this.isDisabled);
    }
  }

  /** One listener for every input (not one per option per render); inputs follow option order. */
  #onInput = (event: Event): void => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const index = [...this.shadowRoot!.querySelectorAll('input')].indexOf(input);
    const option = this.optionData[index]!;
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
    redispatchChange(this);
  };

  /**
   * One option: its native input with label and hint, then its follow-up content. Ids derive from
   * `id` (`<id>-label`, `<id>-hint`, `<id>-reveal`); the label and hint parts are prefixed with
   * `parts`. `describeError` adds the error message to the input's description (when it is the
   * only input: a group's error describes its fieldset). `required` sets `aria-required`, never
   * native `required`, which would expose the input as invalid before any submit.
   */
  protected renderChoice(
    option: ChoiceOptionData,
    id: string,
    parts: string,
    describeError: boolean,
    required: boolean,
    shown: boolean,
  ) {
    const reveal = hasRevealContent(option.element);
    const invalid = this.visibleIssue !== null;
    const describedBy = [option.hint ? `${id}-hint` : '', describeError && invalid ? 'error' : ''];
    // Label and hint text are child parts, not `.textContent` bindings: Lit's server rendering
    // writes no property bindings, and the text must be in the page before JavaScript runs.
    // prettier-ignore
    const choice = html`<div class="option" part="option"><input id=${id} class="input" part="input" type=${this.inputType} name="choice" .value=${option.value} ?disabled=${this.isDisabled || option.disabled} aria-required=${required ? 'true' : nothing} aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${describedBy.join(' ').trim() || nothing} aria-controls=${reveal ? `${id}-reveal` : nothing} @input=${this.#onInput} @change=${this.#onChange}><label id="${id}-label" class="option-label" part="${parts}label" for=${id}>${option.label}</label>${option.hint ? html`<div id="${id}-hint" class="option-hint" part="${parts}hint">${option.hint}</div>` : nothing}</div>`;
    // The follow-up's slot only where there is follow-up content: two nodes fewer per option.
    // prettier-ignore
    return reveal ? html`${choice}<div id="${id}-reveal" class="reveal" part="reveal" ?hidden=${!shown}><slot></slot></div>` : choice;
  }
}
