import { html, nothing, type PropertyDeclarations } from 'lit';
import { email, maxLength, redispatchChange } from '@plaza/core';
import {
  PlazaPartsControl,
  missing,
  type PartSpec,
  type PartValues,
  type PartsProblem,
} from '../parts/parts-control.js';
import { emailInputStyles } from './email-input.styles.js';
import { messages } from './email-input.messages.js';
import { suggestEmail } from './email-typo.js';

/** RFC 5321's limit for a whole address. */
const EMAIL_MAX = 254;

/**
 * @summary An email address, with a warning when the domain looks mistyped ("Did you mean
 * name@gmail.com?") that the resident accepts in one action. The warning never blocks the form.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native input (also `email-input`).
 * @csspart suggestion - The "Did you mean ...?" warning.
 *
 * @cssprop [--plaza-parts-border-color=var(--plaza-color-border)] - Border of the input.
 *
 * @fires input - When the user types or accepts a suggestion (native, composed).
 * @fires change - When the user commits a change or accepts a suggestion.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: a `type="email"` input named by the label, described by the hint, the error
 * and the suggestion. The suggestion appears when the resident leaves the field (not while
 * typing); it is a sentence with a button holding the corrected address, and accepting it puts
 * focus back in the input. `autocomplete="email"` unless `for="other"`.
 */
export class PlazaEmailInput extends PlazaPartsControl {
  static override properties: PropertyDeclarations = {
    // `attribute: false` changes nothing at run time (state is never an attribute); the manifest
    // analyzer reads it, and without it lists a `suggestion` attribute the element does not have.
    suggestion: { state: true, attribute: false },
    defaultValue: { attribute: 'value' },
    emailFor: { attribute: 'for' },
  };
  static override styles = emailInputStyles;
  static override messages = messages;

  /** The corrected address offered, or '' when none is. */
  suggestion = '';

  /** The initial address, restored by `form.reset()`. */
  defaultValue = '';
  /** `self` (the resident's own address, with autocomplete) or `other` (someone else's). */
  emailFor: 'self' | 'other' = 'self';

  constructor() {
    super();
    this.addEventListener('change', () => {
      this.suggestion = suggestEmail(this.value) ?? '';
    });
  }

  /** What the user typed, exactly. */
  get value(): string {
    return this.partValues.email;
  }

  set value(value: string) {
    this.partValues = { email: value == null ? '' : String(value) };
  }

  protected override get partSpecs(): PartSpec[] {
    return [
      {
        id: 'email',
        type: 'email',
        inputmode: 'email',
        autocomplete: this.emailFor === 'other' ? undefined : 'email',
      },
    ];
  }

  protected override initialParts(): PartValues {
    return { email: this.defaultValue };
  }

  protected override checkParts({ email: text }: PartValues): PartsProblem | null {
    if (!text.trim()) return this.required ? missing('email') : null;
    const issue = email()(text) ?? maxLength(EMAIL_MAX)(text.trim());
    return issue ? { issue, parts: ['email'] } : null;
  }

  protected override formEntries({ email: text }: PartValues): [string, string][] {
    return [['', text.trim()]];
  }

  protected override partEdited(): void {
    this.suggestion = '';
  }

  protected override extraDescription(): string {
    return this.suggestion ? 'suggestion' : '';
  }

  protected override renderAfterPart() {
    if (!this.suggestion || this.isDisabled) return nothing;
    // prettier-ignore
    return html`<p id="suggestion" class="suggestion" part="suggestion">${this.t('email.didYouMean')} <button type="button" @click=${this.#accept}>${this.suggestion}</button>${this.t('email.questionEnd')}</p>`;
  }

  #accept = async (): Promise<void> => {
    this.value = this.suggestion;
    this.suggestion = '';
    this.handleUserEdit();
    await this.updateComplete;
    this.shadowRoot?.querySelector('input')?.focus();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    redispatchChange(this);
  };
}
