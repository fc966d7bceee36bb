import type { PropertyDeclarations } from 'lit';
import {
  PlazaPartsControl,
  missing,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import { nameInputStyles } from './name-input.styles.js';
import { messages } from './name-input.messages.js';
import { nameProblem } from './name-rules.js';

const AUTOCOMPLETE: Record<string, string> = {
  full: 'name',
  given: 'given-name',
  family: 'family-name',
};

/**
 * @summary A person's name: one "Full name" field (GOV.UK's advice), or first and last name
 * with `parts="given family"`. Any script, accents, apostrophes, hyphens, one-letter names.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input (full name).
 * @csspart fieldset - The fieldset around first and last name (with `parts`).
 * @csspart legend - The question, with `parts`.
 * @csspart label - The label (full name).
 * @csspart part-label - The "First name" and "Last name" labels.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - Each input (also `full-input`, `given-input`, `family-input`).
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of the inputs.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the input is named by the label (or, with `parts`, each input by its own
 * label inside a fieldset whose legend is the question). `autocomplete` tokens (`name`,
 * `given-name`, `family-name`) identify the purpose of the input (WCAG 1.3.5) only when it is
 * the resident's own name: `for="other"` (a household member) leaves them out, so the browser
 * does not offer the resident's name for someone else. Spelling checks are off.
 */
export class PlazaNameInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    parts: {},
    nameFor: { attribute: 'for' },
    defaultValue: { attribute: 'value' },
  };
  static override styles = nameInputStyles;
  static override messages = messages;

  /** `given family` asks first and last name in two fields; empty asks the full name in one. */
  parts = '';
  /** `self` (the resident's own name, with autocomplete) or `other` (someone else's). */
  nameFor: 'self' | 'other' = 'self';
  /** The initial full name, restored by `form.reset()` (full-name mode). */
  defaultValue = '';

  /** The name as typed (full), or first and last name joined by a space (`parts`). */
  get value(): string {
    return this.#ids()
      .map((id) => this.partValues[id] ?? '')
      .join(' ')
      .trim();
  }

  set value(value: string) {
    this.partValues = { full: value == null ? '' : String(value) };
  }

  protected override get partSpecs(): PartSpec[] {
    const own = this.nameFor !== 'other';
    return this.#ids().map((id) => ({
      id,
      label: this.t(`name.${id}`),
      autocomplete: own ? AUTOCOMPLETE[id] : undefined,
      required: this.required,
    }));
  }

  protected override initialParts(): PartValues {
    return { full: this.defaultValue };
  }

  protected override checkParts(values: PartValues): PartsProblem | null {
    const ids = this.#ids();
    for (const id of ids) {
      if (this.required && !values[id]?.trim()) {
        return missing(id, id === 'full' ? undefined : `name.missing.${id}`);
      }
    }
    for (const id of ids) {
      const text = values[id] ?? '';
      const key = text.trim() ? nameProblem(text) : null;
      if (key) {
        const named = this.nameInMessages();
        const part =
          id === 'full'
            ? named.charAt(0).toLocaleUpperCase() + named.slice(1)
            : this.t(`name.${id}`);
        const flag = key === 'name.tooLong' ? 'tooLong' : 'patternMismatch';
        return { issue: { flag, key, args: { part } }, parts: [id] };
      }
    }
    return null;
  }

  /** `${name}` (full name), or `${name}.given` and `${name}.family`; trimmed. */
  protected override formEntries(values: PartValues): [string, string][] {
    return this.#ids().map((id) => [id === 'full' ? '' : `.${id}`, (values[id] ?? '').trim()]);
  }

  #ids(): string[] {
    return /given|family/u.test(this.parts) ? ['given', 'family'] : ['full'];
  }
}
