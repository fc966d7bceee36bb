import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { buttonStyles } from './button.styles.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';
export type ButtonType = 'submit' | 'reset' | 'button';

/** How long repeated presses are ignored after a submit with `prevent-double-submit` (as GOV.UK). */
const DOUBLE_SUBMIT_WINDOW_MS = 1000;

/**
 * @summary A button that submits or resets its form, or runs a script: primary, secondary,
 * warning, or styled as a link.
 *
 * @slot - The button's text: a verb that says what happens, such as "Continue".
 *
 * @csspart control - The native button.
 *
 * @cssprop [--plaza-button-background=var(--plaza-color-primary)] - Background of the primary button.
 * @cssprop [--plaza-button-color=var(--plaza-color-on-primary)] - Text colour of the primary button.
 *
 * @fires click - The native click, from the host; not fired while disabled.
 *
 * Accessibility: a native `<button>` inside, so Enter and Space work and the role is "button".
 * The text is slotted from the light DOM, so it is read before scripts run. `disabled` removes the
 * button from the tab order; add `disabled-focusable` to keep it focusable and announced as
 * "dimmed" or "unavailable" (`aria-disabled`), so people can still find it and its explanation.
 * The link style keeps button semantics: use it for actions, and `<a>` for navigation.
 */
export class PlazaButton extends PlazaElement {
  static formAssociated = true;
  static override styles = buttonStyles;
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaElement.shadowRootOptions,
    delegatesFocus: true,
  };

  readonly #internals: ElementInternals = this.attachInternals();
  #blockedUntil = 0;
  @query('button') private control!: HTMLButtonElement | null;
  @state() private formDisabled = false;

  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  /** Like a native button's: `submit` (the default) and `reset` act on the owning form. */
  @property({ reflect: true }) type: ButtonType = 'submit';
  /** Submitted with the form, with `value`, only when this button submits it. */
  @property({ reflect: true }) name = '';
  @property() value = '';
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** With `disabled`: stays in the tab order and is announced as unavailable (`aria-disabled`). */
  @property({ type: Boolean, reflect: true, attribute: 'disabled-focusable' })
  disabledFocusable = false;
  /** Ignores further presses for a second after submitting, so a form is not sent twice. */
  @property({ type: Boolean, attribute: 'prevent-double-submit' }) preventDoubleSubmit = false;

  constructor() {
    super();
    // Capture on the host runs before the page's own click listeners, so a disabled button's
    // click never reaches them.
    this.addEventListener('click', this.#onClickCapture, { capture: true });
    this.addEventListener('click', this.#onClick);
  }

  /** The form this button submits or resets (its `form` attribute, or the form around it). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>` around it. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  override click(): void {
    if (this.control) this.control.click();
    else super.click();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #onClickCapture = (event: MouseEvent): void => {
    const blocked = this.preventDoubleSubmit && performance.now() < this.#blockedUntil;
    if (this.isDisabled || blocked) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  #onClick = (event: MouseEvent): void => {
    const form = this.form;
    if (event.defaultPrevented || !form || this.type === 'button') return;
    if (this.type === 'reset') {
      form.reset();
      return;
    }
    let submitted = false;
    const onSubmit = (submit: Event) => {
      submitted = submit.target === form;
    };
    form.addEventListener('submit', onSubmit, { once: true });
    // The name=value pair is in the form data only while this button is the one submitting.
    if (this.name) this.#internals.setFormValue(this.value);
    try {
      form.requestSubmit();
    } finally {
      if (this.name) this.#internals.setFormValue(null);
      form.removeEventListener('submit', onSubmit);
    }
    if (submitted && this.preventDoubleSubmit) {
      this.#blockedUntil = performance.now() + DOUBLE_SUBMIT_WINDOW_MS;
    }
  };

  override render() {
    const focusableWhenDisabled = this.isDisabled && this.disabledFocusable;
    // No whitespace around the slot: it would be two text nodes in every button.
    // prettier-ignore
    return html`<button
      part="control"
      class="button"
      type="button"
      ?disabled=${this.isDisabled && !focusableWhenDisabled}
      aria-disabled=${focusableWhenDisabled ? 'true' : nothing}
    ><slot></slot></button>`;
  }
}
