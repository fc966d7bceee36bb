import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  PlazaPartsControl,
  missing,
  wrong,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import { tinInputStyles } from './tin-input.styles.js';
import { messages } from './tin-input.messages.js';
import { parseAccept, tinDigits, tinProblem } from './tin-rules.js';

/**
 * @summary A Social Security number (SSN) or Individual Taxpayer Identification Number (ITIN) in
 * one field, as GOV.UK and USWDS advise (never split into three boxes). Accepts spaces and
 * hyphens; submits the 9 digits.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native input (also `number-input`).
 * @csspart toggle - The "Show number" button, with `toggle`.
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of the input.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the input is named by the label and described by the hint then the error. With
 * `toggle` the number starts hidden and a "Show number" toggle button (`aria-pressed`) reveals
 * it; its state is read out as pressed or not pressed. The element is marked `sensitive`: it is
 * never put in a URL (a `method="get"` form gets nothing from it) and never logged.
 */
export class PlazaTinInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    shown: { state: true },
    accept: {},
    toggle: { type: Boolean },
    defaultValue: { attribute: 'value' },
  };
  static override styles = tinInputStyles;
  static override messages = messages;

  private shown = false;

  /** `ssn`, `itin`, or both (`ssn itin`): which kinds of number are accepted. */
  accept = 'ssn';
  /** Starts with the number hidden, with a "Show number" button. */
  toggle = false;
  /** The initial number, restored by `form.reset()`. */
  defaultValue = '';

  /** Storage layers (session answers, drafts) read this to keep the answer out of logs and URLs. */
  get sensitive(): true {
    return true;
  }

  /** What the user typed, exactly. */
  get value(): string {
    return this.partValues.number;
  }

  set value(value: string) {
    this.partValues = { number: value == null ? '' : String(value) };
  }

  /** The 9 digits the form submits, or the trimmed text while it is not 9 digits. */
  get serializedValue(): string {
    const trimmed = this.value.trim();
    return tinDigits(trimmed) ?? trimmed;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('sensitive', '');
    // Last in the submit's path, so a page that handles the submit itself is left alone.
    this.ownerDocument.defaultView?.addEventListener('submit', this.#onAnySubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('submit', this.#onAnySubmit);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('toggle')) this.shown = !this.toggle;
  }

  protected override get partSpecs(): PartSpec[] {
    return [
      {
        id: 'number',
        type: this.shown ? 'text' : 'password',
        inputmode: 'numeric',
        autocomplete: 'off',
      },
    ];
  }

  protected override initialParts(): PartValues {
    return { number: this.defaultValue };
  }

  protected override checkParts({ number }: PartValues): PartsProblem | null {
    if (number.trim() === '') {
      return this.required ? missing('number') : null;
    }
    const key = tinProblem(number, parseAccept(this.accept));
    return key ? wrong('number', key) : null;
  }

  protected override formEntries({ number }: PartValues): [string, string][] {
    const trimmed = number.trim();
    return [['', tinDigits(trimmed) ?? trimmed]];
  }

  protected override renderAfterPart() {
    if (!this.toggle) return nothing;
    return html`<button
      type="button"
      part="toggle"
      aria-pressed=${this.shown ? 'true' : 'false'}
      ?disabled=${this.isDisabled}
      @click=${this.#onToggle}
    >
      ${this.t('tin.show')}
    </button>`;
  }

  /**
   * Stops a navigation that would put the number in the URL (a `method="get"` form nobody
   * handled). The message names the field, never its value.
   */
  #onAnySubmit = (event: SubmitEvent): void => {
    const form = this.form;
    if (event.defaultPrevented || !form || event.target !== form || !this.name) return;
    const submitter = event.submitter as HTMLButtonElement | null;
    const method = submitter?.hasAttribute('formmethod') ? submitter.formMethod : form.method;
    if (method !== 'get') return;
    event.preventDefault();
    console.error(
      `<${this.localName} name="${this.name}"> stopped a method="get" submit, which would put the number in the URL: use method="post".`,
    );
  };

  #onToggle = (): void => {
    this.shown = !this.shown;
  };
}
