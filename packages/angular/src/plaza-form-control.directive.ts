import { ChangeDetectorRef, Directive, ElementRef, forwardRef, inject } from '@angular/core';
import {
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  type ControlValueAccessor,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';

/**
 * The Plaza elements that take part in a form, and the property that holds each one's answer.
 * Most hold it in `value` (a string; the jurisdiction picker's is a Jurisdiction or null). The
 * single checkbox answers with `checked`, the checkbox group with `values` (the checked options)
 * and the file upload with `files`, which only the resident can set.
 */
export const PLAZA_FORM_CONTROLS = {
  'plaza-text-field': 'value',
  'plaza-textarea': 'value',
  'plaza-select': 'value',
  'plaza-date-input': 'value',
  'plaza-radio-group': 'value',
  'plaza-checkbox-group': 'values',
  'plaza-checkbox': 'checked',
  'plaza-file-upload': 'files',
  'plaza-jurisdiction-picker': 'value',
  'plaza-name-input': 'value',
  'plaza-address-input': 'value',
  'plaza-phone-input': 'value',
  'plaza-email-input': 'value',
  'plaza-tin-input': 'value',
  'plaza-money-input': 'value',
} as const;

/** What the directive needs of a Plaza form control (every one extends PlazaFormControl). */
interface PlazaControlElement extends HTMLElement {
  disabled: boolean;
  readonly updateComplete?: Promise<unknown>;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  [answer: string]: unknown;
}

/** Angular's error key for a Plaza control's own validity: `{ plaza: { message } }`. */
export interface PlazaValidationError {
  plaza: { message: string };
}

/**
 * Connects a Plaza form control to Angular forms, reactive (`formControlName`, `formControl`) and
 * template-driven (`ngModel`). The model's value is written to the element's answer property; the
 * element's `input` and `change` events send it back; `disabled` follows the form control; the
 * control is touched when focus leaves the element; and the element's own validity (required,
 * patterns, its `validators`) becomes the Angular error `plaza`, so `form.valid` agrees with what
 * the resident is shown.
 */
@Directive({
  selector:
    'plaza-text-field[formControlName],plaza-text-field[formControl],plaza-text-field[ngModel],' +
    'plaza-textarea[formControlName],plaza-textarea[formControl],plaza-textarea[ngModel],' +
    'plaza-select[formControlName],plaza-select[formControl],plaza-select[ngModel],' +
    'plaza-date-input[formControlName],plaza-date-input[formControl],plaza-date-input[ngModel],' +
    'plaza-radio-group[formControlName],plaza-radio-group[formControl],plaza-radio-group[ngModel],' +
    'plaza-checkbox-group[formControlName],plaza-checkbox-group[formControl],plaza-checkbox-group[ngModel],' +
    'plaza-checkbox[formControlName],plaza-checkbox[formControl],plaza-checkbox[ngModel],' +
    'plaza-file-upload[formControlName],plaza-file-upload[formControl],plaza-file-upload[ngModel],' +
    'plaza-jurisdiction-picker[formControlName],plaza-jurisdiction-picker[formControl],plaza-jurisdiction-picker[ngModel],' +
    'plaza-name-input[formControlName],plaza-name-input[formControl],plaza-name-input[ngModel],' +
    'plaza-address-input[formControlName],plaza-address-input[formControl],plaza-address-input[ngModel],' +
    'plaza-phone-input[formControlName],plaza-phone-input[formControl],plaza-phone-input[ngModel],' +
    'plaza-email-input[formControlName],plaza-email-input[formControl],plaza-email-input[ngModel],' +
    'plaza-tin-input[formControlName],plaza-tin-input[formControl],plaza-tin-input[ngModel],' +
    'plaza-money-input[formControlName],plaza-money-input[formControl],plaza-money-input[ngModel]',
  host: {
    '(input)': 'answered()',
    '(change)': 'answered()',
    '(focusout)': 'left($event)',
  },
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => PlazaFormControlDirective),
      multi: true,
    },
    {
      provide: NG_VALIDATORS,
      useExisting: forwardRef(() => PlazaFormControlDirective),
      multi: true,
    },
  ],
})
export class PlazaFormControlDirective implements ControlValueAccessor, Validator {
  readonly #element: PlazaControlElement = inject(ElementRef).nativeElement;
  readonly #changeDetector = inject(ChangeDetectorRef);
  #onChange: (value: unknown) => void = () => {};
  #onTouched: () => void = () => {};
  #onValidatorChange: () => void = () => {};

  /** The property holding this element's answer. */
  get #answer(): string {
    const tag = this.#element.localName as keyof typeof PLAZA_FORM_CONTROLS;
    return PLAZA_FORM_CONTROLS[tag] ?? 'value';
  }

  writeValue(value: unknown): void {
    const answer = this.#answer;
    if (answer === 'files') return; // a browser lets only the resident choose files
    // Angular writes null to an empty or reset control: each element's empty answer instead.
    const empty = answer === 'checked' ? false : answer === 'values' ? [] : '';
    this.#element[answer] = value ?? empty;
    this.#revalidateAfterUpdate();
  }

  registerOnChange(onChange: (value: unknown) => void): void {
    this.#onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.#onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.#element.disabled = disabled;
  }

  validate(): ValidationErrors | null {
    const element = this.#element;
    // Before the element is defined it has no validity; it reports once it has.
    if (!element.validity || element.validity.valid) return null;
    return { plaza: { message: element.validationMessage } } satisfies PlazaValidationError;
  }

  registerOnValidatorChange(onValidatorChange: () => void): void {
    this.#onValidatorChange = onValidatorChange;
  }

  /** @internal The resident changed the answer. */
  answered(): void {
    this.#onChange(this.#element[this.#answer]);
    this.#revalidateAfterUpdate();
  }

  /** @internal Focus left the element (not just moved between its own parts). */
  left(event: FocusEvent): void {
    // Focus moving inside the shadow root is retargeted to the element itself.
    const to = event.relatedTarget;
    if (to instanceof Node && this.#element.contains(to)) return;
    this.#onTouched();
  }

  /**
   * A Plaza element settles its validity when it renders, a microtask after its answer changes,
   * so Angular's first look sees the old validity: ask Angular to validate again once it has,
   * and to check the view, which a zoneless app would not do after a promise by itself.
   */
  #revalidateAfterUpdate(): void {
    const element = this.#element;
    void customElements
      .whenDefined(element.localName)
      .then(() => element.updateComplete)
      .then(() => {
        this.#onValidatorChange();
        this.#changeDetector.markForCheck();
      });
  }
}
