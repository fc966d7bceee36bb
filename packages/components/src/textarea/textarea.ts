import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  describedBy,
  FIELD_IDS,
  maxLength,
  minLength,
  PlazaQuestion,
  PlazaStringControl,
  redispatchChange,
  renderError,
  renderHint,
  renderLabel,
  textOrSlot,
  type ValidationIssue,
  type Validator,
} from '@plaza/core';
import { textareaStyles } from './textarea.styles.js';
import { messages } from './textarea.messages.js';

/** How long typing must pause before the count is announced, so it is not read on every key. */
const ANNOUNCE_DELAY = 1000;

/** Words as people count them: runs of non-space characters. */
export const wordCount = (value: string): number =>
  value.trim().split(/\s+/u).filter(Boolean).length;

const maxWords =
  (max: number): Validator =>
  (value) =>
    wordCount(value) > max
      ? ({ flag: 'tooLong', key: 'textarea.tooManyWords', args: { max, count: max } } as const)
      : null;

/**
 * @summary A multi-line text input with its label, hint, error message and an optional character
 * or word count, that submits with a native form.
 *
 * @slot label - Rich label content; replaces the `label` attribute.
 * @slot hint - Rich hint content (for example with a link); replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error, textarea and count.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart textarea - The native textarea.
 * @csspart count - The visible count of characters or words left (or too many).
 *
 * @cssprop [--plaza-textarea-border-color=var(--plaza-color-border)] - Border of the textarea.
 * @cssprop [--plaza-textarea-background=var(--plaza-color-background)] - Background of the textarea.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the textarea is named by the label and described by the hint, the limit ("You
 * can enter up to 200 characters") and the error. The visible count is hidden from screen readers;
 * instead the count is announced politely once typing pauses, never on every keystroke. Text over
 * the limit is kept and becomes an error on submit, as GOV.UK's character count does.
 */
export class PlazaTextarea extends PlazaQuestion(PlazaStringControl) {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    rows: { type: Number, reflect: true },
    autogrow: { type: Boolean, reflect: true },
    autocomplete: {},
    spelling: { attribute: 'spellcheck' },
    minlength: { type: Number },
    maxlength: { type: Number },
    maxwords: { type: Number },
    threshold: { type: Number },
  };
  static override messages = messages;
  static override styles = textareaStyles;

  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null;
  }

  /** The initial value, restored by `form.reset()`. */
  defaultValue = '';
  /** Visible lines of text. */
  rows = 5;
  /** Grows with its content instead of scrolling (never shorter than `rows`). */
  autogrow = false;
  autocomplete = '';
  /** `true` or `false`; on by default, as for prose. */
  spelling: 'true' | 'false' | '' = '';
  minlength: number | undefined;
  /** The most characters allowed; shows a character count. More is an error, never cut off. */
  maxlength: number | undefined;
  /** The most words allowed; shows a word count (used instead of `maxlength`). */
  maxwords: number | undefined;
  /**
   * Show the count only once this share of the limit is used (0–100, as a percentage); the
   * limit is always given to screen readers.
   */
  threshold = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  select(): void {
    this.textarea?.select();
  }

  protected override get initialValue(): string {
    return this.defaultValue;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.textarea;
  }

  protected override builtInValidators(): Validator[] {
    const validators = super.builtInValidators();
    if (this.minlength !== undefined) validators.push(minLength(this.minlength));
    if (this.maxwords !== undefined) validators.push(maxWords(this.maxwords));
    else if (this.maxlength !== undefined) validators.push(maxLength(this.maxlength));
    return validators;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a `style` attribute, which `style-src 'self'` blocks.
    this.textarea?.style.setProperty('--_rows', String(this.rows));
    if (this.autogrow) this.#grow();
  }

  /** The limit in force: words when `maxwords` is set, else characters. */
  get #limit(): { max: number; used: number; unit: 'characters' | 'words' } | null {
    if (this.maxwords !== undefined) {
      return { max: this.maxwords, used: wordCount(this.value), unit: 'words' };
    }
    if (this.maxlength !== undefined) {
      return { max: this.maxlength, used: [...this.value].length, unit: 'characters' };
    }
    return null;
  }

  /** "You have 12 characters remaining" or "You have 3 words too many". */
  get #countMessage(): string {
    const limit = this.#limit;
    if (!limit) return '';
    const left = limit.max - limit.used;
    const key = limit.unit === 'words' ? 'textarea.words' : 'textarea.characters';
    return left >= 0
      ? this.t(`${key}Remaining`, { count: left })
      : this.t(`${key}Over`, { count: -left });
  }

  #grow(): void {
    const textarea = this.textarea;
    if (!textarea || CSS.supports('field-sizing', 'content')) return;
    textarea.style.blockSize = 'auto';
    textarea.style.blockSize = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
  }

  #scheduleAnnouncement(): void {
    if (!this.#limit) return;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      void announce(this.#countMessage, { doc: this.ownerDocument });
    }, ANNOUNCE_DELAY);
  }

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.handleUserEdit();
    this.#scheduleAnnouncement();
  };

  /** `change` does not cross shadow boundaries, so the host fires its own. */
  #onChange = (): void => {
    redispatchChange(this);
  };

  #renderCount() {
    const limit = this.#limit;
    if (!limit) return nothing;
    const over = limit.used > limit.max;
    const shown = over || limit.used >= (limit.max * this.threshold) / 100;
    const limitKey = limit.unit === 'words' ? 'textarea.wordLimit' : 'textarea.characterLimit';
    return html`<p id="limit" class="visually-hidden">${this.t(limitKey, { count: limit.max })}</p>
      <p class="count ${over ? 'over' : ''}" part="count" aria-hidden="true" ?hidden=${!shown}>
        ${this.#countMessage}
      </p>`;
  }

  override render() {
    const issue: ValidationIssue | null = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const describedby = describedBy(this.hasHint, Boolean(message));
    const withLimit = this.#limit
      ? [describedby === nothing ? '' : describedby, 'limit'].filter(Boolean).join(' ')
      : describedby;
    // No whitespace between tags: it would be text nodes in every textarea.
    // prettier-ignore
    return html`<div class="field ${issue ? 'has-error' : ''}" part="field">${renderLabel(textOrSlot('label', this.label, this.slots.has('label')), this.markerText, this.pageHeading)}${renderHint(this.hint, this.slots.has('hint'))}${renderError(message, this.t('field.errorPrefix'))}<textarea
        id=${FIELD_IDS.control}
        part="textarea"
        rows=${this.rows}
        name=${ifDefined(this.name || undefined)}
        autocomplete=${ifDefined(this.autocomplete || undefined)}
        spellcheck=${this.spelling || nothing}
        .value=${this.value}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${issue ? 'true' : nothing}
        aria-describedby=${withLimit}
        @input=${this.#onInput}
        @change=${this.#onChange}
      ></textarea>${this.#renderCount()}</div>`;
  }
}
