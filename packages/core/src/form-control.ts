import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { focusWithContext } from './a11y.js';
import { DEV_WARNINGS, devWarn } from '#dev-warnings';
import { reportInvalidControl, type InvalidControl } from './form-errors.js';
import { PlazaElement } from './plaza-element.js';
import {
  firstAsyncIssue,
  firstIssue,
  messageFor,
  nameInSentence,
  required,
  toValidityFlags,
  type AsyncValidator,
  type ErrorMessages,
  type ValidationIssue,
  type Validator,
} from './validation.js';

export type FormValue = File | string | FormData | null;

/** Which questions carry a marker: `auto` marks optional ones "(optional)", as GOV.UK advises. */
export type FieldMarker = 'auto' | 'required' | 'none';

/**
 * Reads `error-messages='{"valueMissing": "Enter your name"}'`. Bad JSON is reported and ignored
 * so a typo in markup never breaks the form.
 */
const errorMessagesConverter = {
  fromAttribute(value: string | null): ErrorMessages {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(
          Object.entries(parsed).filter(([, message]) => typeof message === 'string'),
        );
      }
    } catch {
      // Reported below.
    }
    console.error(`Plaza: error-messages must be a JSON object of strings; ignored: ${value}`);
    return {};
  },
};

/** One settled promise shared by every control until it runs an async validator. */
const VALID: Promise<boolean> = Promise.resolve(true);

const customIssue = (message: string): ValidationIssue => ({
  flag: 'customError',
  key: 'validation.custom',
  message,
});

/**
 * The base of every Plaza form control: a form-associated custom element whose value, validity,
 * disabled state, reset and restore behave like a native control's.
 *
 * Error timing (GOV.UK): nothing shows on blur or while typing at first. A failed submit (or
 * `reportValidity()`) shows every error at once; from then on the field re-checks as it is
 * corrected. A server-side `error` shows at once and gives way when the user edits the field.
 *
 * Subclasses supply the value (`validationValue`, `formValue`, `resetValue`, `restoreValue`), the
 * element validity is anchored on (`validationAnchor`), and any built-in validators.
 */
export abstract class PlazaFormControl extends PlazaElement implements InvalidControl {
  static override properties: PropertyDeclarations = {
    errorsVisible: { state: true },
    serverErrorDismissed: { state: true },
    name: { reflect: true, useDefault: true },
    label: {},
    hint: {},
    marker: {},
    required: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    readonly: { type: Boolean, reflect: true, useDefault: true },
    errorName: { attribute: 'error-name' },
    error: {},
    errorMessages: { attribute: 'error-messages', converter: errorMessagesConverter },
    validators: { attribute: false },
    asyncValidators: { attribute: false },
  };
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  /**
   * The message key of the words that name this control in its errors when its label is a
   * question and no `error-name` is given: "an answer" ("Enter an answer"); "a date", "an option".
   */
  static genericName = 'field.answer';

  protected readonly internals: ElementInternals = this.attachInternals();
  #formDisabled = false;
  #customValidity = '';
  #asyncIssue: ValidationIssue | null = null;
  #asyncCheckedValue: string | undefined;
  #asyncAbort: AbortController | undefined;
  #validationComplete: Promise<boolean> = VALID;
  /** What `syncFormState` last wrote to the internals (nothing yet: `undefined` never matches). */
  #synced: {
    value?: FormValue;
    state?: FormValue;
    flag?: string;
    message?: string;
    anchor?: HTMLElement;
  } = {};

  /** True after a failed submit or `reportValidity()`: errors show and update as the user types. */
  protected errorsVisible = false;
  /** The server-side `error` has given way to the field's own validation. */
  protected serverErrorDismissed = false;

  /**
   * Name submitted with the form. Reflected properties here use `useDefault`: their defaults are
   * not written back to the host, and a value that came from markup is not written again (a
   * host `setAttribute('name')` is costly on a form-associated element; see bench/render.mjs).
   */
  name = '';
  /** The question, shown as the label or legend. Required: controls without one fail axe. */
  label = '';
  /** Help text under the label, read with the control. */
  hint = '';
  /** `auto`: "(optional)" on optional questions; `required`: "(required)" on required ones. */
  marker: FieldMarker = 'auto';
  required = false;
  disabled = false;
  readonly = false;
  /**
   * How the field is named inside error messages: "your full name" makes "Enter your full name".
   * Defaults to the label with its first letter lowercased; a label that is a question ("What is
   * your name?") cannot be pasted into a sentence, so such a control says "Enter an answer",
   * "Select an option" or "Enter a date" until it is given an `error-name`.
   */
  errorName = '';
  /** An error from the server, shown at once (e.g. a page re-rendered after a failed POST). */
  error = '';
  /** Messages that replace the standard ones, by validity flag: `{"valueMissing": "..."}`. */
  errorMessages: ErrorMessages = {};
  /** Extra checks after the built-in ones; each returns an issue or null. */
  validators: Validator[] = [];
  /** Checks that need a server, run once the synchronous checks pass. */
  asyncValidators: AsyncValidator[] = [];

  constructor() {
    super();
    this.addEventListener('invalid', this.#onInvalid);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const labelled = this.label || this.slots.has('label');
    if (changed.has('label') && !labelled) {
      console.error(`<${this.localName}> needs a label: a control without one cannot be named.`);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormState();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get labels(): NodeList {
    return this.internals.labels;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Settles once async validators have finished; true when the control is then valid. */
  get validationComplete(): Promise<boolean> {
    return this.#validationComplete;
  }

  checkValidity(): boolean {
    this.syncFormState();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.syncFormState();
    return this.internals.reportValidity();
  }

  setCustomValidity(message: string): void {
    this.#customValidity = message;
    this.syncFormState();
    this.requestUpdate();
  }

  /** Moves focus to the part of the control that is wrong, with its label in view. */
  focusFirstInvalid(): void {
    const anchor = this.validationAnchor;
    if (anchor) focusWithContext(anchor, this);
    else this.focus();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.resetValue();
    this.errorsVisible = false;
    this.serverErrorDismissed = true;
    this.#asyncIssue = null;
    this.#asyncCheckedValue = undefined;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: FormValue, _mode?: 'restore' | 'autocomplete'): void {
    this.restoreValue(state);
    this.requestUpdate();
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>` around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.#formDisabled;
  }

  /** The string validators check. */
  protected abstract get validationValue(): string;
  /** The element validity is anchored on and focus goes to; null before the first render. */
  protected abstract get validationAnchor(): HTMLElement | null;
  /** What the form submits, and what the browser keeps to restore on back/forward. */
  protected abstract formValue(): { value: FormValue; state: FormValue };
  protected abstract resetValue(): void;
  protected abstract restoreValue(state: FormValue): void;

  /** Checks that follow from the control's attributes; subclasses add theirs after `required`. */
  protected builtInValidators(): Validator[] {
    return this.required ? [required()] : [];
  }

  /** The first synchronous problem; multi-part controls override this to check each part. */
  protected syncIssue(): ValidationIssue | null {
    return firstIssue(this.validationValue, [...this.builtInValidators(), ...this.validators]);
  }

  /** The problem the control has now, in priority order. Disabled and readonly are not checked. */
  protected get currentIssue(): ValidationIssue | null {
    if (this.error && !this.serverErrorDismissed) return customIssue(this.error);
    if (this.isDisabled || this.readonly) return null;
    if (this.#customValidity) return customIssue(this.#customValidity);
    return this.syncIssue() ?? this.#asyncIssue;
  }

  /** The problem to show now; null until errors are due. */
  protected get visibleIssue(): ValidationIssue | null {
    const serverErrorShowing = this.error !== '' && !this.serverErrorDismissed;
    return this.errorsVisible || serverErrorShowing ? this.currentIssue : null;
  }

  protected messageFor(found: ValidationIssue): string {
    return messageFor(found, {
      lang: this.localize.lang,
      name: this.nameInMessages(),
      overrides: this.errorMessages,
    });
  }

  /** The field as named inside its error messages: `error-name`, the label, or generic words. */
  protected nameInMessages(): string {
    const label = (this.label || this.textContent || '').trim();
    if (this.errorName || !/^[¿؟]|[?？؟]$/u.test(label))
      return this.errorName || nameInSentence(label);
    if (DEV_WARNINGS)
      devWarn(
        `question:${this.localName}`,
        `<${this.localName}>: a question label needs error-name: "${label}"`,
      );
    return this.t((this.constructor as typeof PlazaFormControl).genericName);
  }

  /** The words after the label ("(optional)"), or '' when this question shows no marker. */
  protected get markerText(): string {
    const shown = this.marker === (this.required ? 'required' : 'auto');
    return shown ? this.t(this.required ? 'field.required' : 'field.optional') : '';
  }

  /** Subclasses call this from their input handlers: the user changed the value. */
  protected handleUserEdit(): void {
    if (this.error && !this.serverErrorDismissed) {
      this.serverErrorDismissed = true;
      this.errorsVisible = true;
    }
  }

  /**
   * Pushes value and validity to the form now, not at the next render. Every update calls this,
   * so what the internals already hold is not written again: each write is work for the browser
   * (the form's validity, `:invalid` styles).
   */
  protected syncFormState(): void {
    const { value, state } = this.formValue();
    // A FormData value is a new object each time: always written.
    if (value !== this.#synced.value || state !== this.#synced.state || value instanceof FormData) {
      this.internals.setFormValue(value, state);
      this.#synced.value = value;
      this.#synced.state = state;
    }
    this.#startAsyncValidation();
    const found = this.currentIssue;
    const anchor = found ? (this.validationAnchor ?? undefined) : undefined;
    const message = found ? this.messageFor(found) : '';
    const flag = found?.flag ?? '';
    if (
      flag !== this.#synced.flag ||
      message !== this.#synced.message ||
      anchor !== this.#synced.anchor
    ) {
      if (found) this.internals.setValidity(toValidityFlags(found), message, anchor);
      else this.internals.setValidity({});
      Object.assign(this.#synced, { flag, message, anchor });
    }
    this.#toggleState('user-invalid', found !== null && this.visibleIssue !== null);
  }

  #toggleState(name: string, on: boolean): void {
    const { states } = this.internals;
    if (on === states.has(name)) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  #startAsyncValidation(): void {
    const value = this.validationValue;
    if (this.asyncValidators.length === 0 || value === this.#asyncCheckedValue) return;
    this.#asyncCheckedValue = value;
    this.#asyncAbort?.abort();
    this.#asyncIssue = null;
    if (this.syncIssue() || value === '') {
      this.#validationComplete = Promise.resolve(this.syncIssue() === null);
      return;
    }
    const abort = new AbortController();
    this.#asyncAbort = abort;
    this.#validationComplete = firstAsyncIssue(value, this.asyncValidators, abort.signal).then(
      (found) => {
        if (abort.signal.aborted) return this.#validationComplete;
        this.#asyncIssue = found;
        this.syncFormState();
        this.requestUpdate();
        return found === null;
      },
    );
  }

  #onInvalid = (event: Event): void => {
    // Plaza shows its own messages: the browser's bubble would repeat them in other words.
    event.preventDefault();
    this.errorsVisible = true;
    reportInvalidControl(this);
  };
}
