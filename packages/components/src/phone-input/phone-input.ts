import type { PropertyDeclarations } from 'lit';
import type { MetadataJson } from 'libphonenumber-js/core';
import {
  PlazaPartsControl,
  missing,
  wrong,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import { phoneInputStyles } from './phone-input.styles.js';
import { messages } from './phone-input.messages.js';
import { nanpMetadata } from './nanp-metadata.js';
import { phoneValue, readPhone } from './phone-rules.js';

/**
 * @summary A phone number as people write it ("(555) 123-4567", "555.123.4567",
 * "+1 555 123 4567", with an extension such as "x12"), submitted in E.164 (`+15551234567`, an
 * extension as `;ext=12`). US numbers by default; other countries with `international`.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native input (also `phone-input`).
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of the input.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: a `type="tel"` input (phone keypad) named by the label and described by the hint
 * then the error, with `autocomplete="tel"` when the number is the resident's own (WCAG 1.3.5);
 * `for="other"` (someone else's number) leaves the token out. Spelling checks are off.
 */
export class PlazaPhoneInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    international: { type: Boolean },
    numberFor: { attribute: 'for' },
    metadata: { attribute: false },
  };
  static override styles = phoneInputStyles;
  static override messages = messages;

  /** The initial number, restored by `form.reset()`. */
  defaultValue = '';
  /**
   * Accepts numbers outside the +1 region, written with their country code ("+52 55 1234 5678").
   * Set `metadata` to libphonenumber-js's `min` metadata too, or only +1 numbers are known.
   */
  international = false;
  /** `self` (the resident's own number, with autocomplete) or `other` (someone else's). */
  numberFor: 'self' | 'other' = 'self';
  /**
   * The numbering plans known: the +1 regions (US, territories, Canada, Caribbean) by default.
   * For `international`: `import metadata from 'libphonenumber-js/min/metadata'` (about 16 KB
   * brotli more, loaded only by the pages that ask for it).
   */
  metadata: MetadataJson = nanpMetadata;

  /** What the user typed, exactly. */
  get value(): string {
    return this.partValues.phone;
  }

  set value(value: string) {
    this.partValues = { phone: value == null ? '' : String(value) };
  }

  /** The number in E.164 with any extension (`+15551234567;ext=12`), or '' when it is not one. */
  get e164(): string {
    const reading = readPhone(this.value, this.metadata, this.international);
    return 'number' in reading ? phoneValue(reading) : '';
  }

  protected override get partSpecs(): PartSpec[] {
    return [
      {
        id: 'phone',
        type: 'tel',
        autocomplete: this.numberFor === 'other' ? undefined : 'tel',
      },
    ];
  }

  protected override initialParts(): PartValues {
    return { phone: this.defaultValue };
  }

  protected override checkParts({ phone }: PartValues): PartsProblem | null {
    if (phone.trim() === '') return this.required ? missing('phone') : null;
    const reading = readPhone(phone, this.metadata, this.international);
    return 'problem' in reading ? wrong('phone', reading.problem) : null;
  }

  /** `${name}`: E.164 with any extension; the trimmed text while it is not a number. */
  protected override formEntries({ phone }: PartValues): [string, string][] {
    return [['', this.e164 || phone.trim()]];
  }
}
