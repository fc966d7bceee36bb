import { PlazaFormControl, type FormValue } from './form-control.js';

/**
 * A form control whose value is one string (text field, textarea, select). It keeps exactly what
 * the user entered; `serializedValue` is what the form submits (trimmed, normalized), while the
 * raw value is the state the browser restores on back/forward.
 */
export abstract class PlazaStringControl extends PlazaFormControl {
  #value: string | undefined;

  /** What the user entered, exactly; until they do, the initial value. */
  get value(): string {
    return this.#value ?? this.initialValue;
  }

  set value(value: string) {
    const old = this.value;
    this.#value = value == null ? '' : String(value);
    this.requestUpdate('value', old);
  }

  /** The value the form submits. Subclasses normalize it; by default it is the value as entered. */
  get serializedValue(): string {
    return this.value;
  }

  /** The value before the user acts, and the one `form.reset()` returns to. */
  protected abstract get initialValue(): string;

  protected override get validationValue(): string {
    return this.value;
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
}
