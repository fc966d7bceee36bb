import {
  html,
  render,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  email,
  FIELD_IDS,
  formatMessages,
  maxLength,
  minLength,
  number,
  parseNumber,
  pattern,
  PlazaQuestion,
  PlazaStringControl,
  redispatchChange,
  submitImplicitly,
  tel,
  url,
  type Validator,
} from '@plaza/core';
import { textFieldStyles } from './text-field.styles.js';

export type TextFieldType = 'text' | 'email' | 'tel' | 'url' | 'number';
export type TextFieldWidth =
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter'
  | '2'
  | '3'
  | '4'
  | '5'
  | '10'
  | '20'
  | '30';

const TYPES: ReadonlySet<string> = new Set(['text', 'email', 'tel', 'url', 'number']);

/**
 * A copy of `part`'s element, rendered by Lit (which parses each template once and clones it).
 * Never `innerHTML`: under Trusted Types (`require-trusted-types-for 'script'`) a string there
 * throws, and Lit's own `lit-html` policy is the one a site already allows.
 */
function stamp(part: TemplateResult): HTMLElement {
  const fragment = document.createDocumentFragment();
  render(part, fragment);
  return fragment.firstElementChild as HTMLElement;
}

/**
 * The parts every field has, stamped once per element and then patched in place (see `#patch`)
 * instead of rendered from a Lit template: a form can hold hundreds of fields, and this keeps
 * each to a handful of DOM nodes and no per-binding objects (see bench/render.mjs). Hint, error,
 * the label's marker, affixes (with the flex wrapper they need) and the page-heading `<h1>` are
 * added only when used. No whitespace between tags: every text node counts.
 */
// prettier-ignore
const FIELD_TEMPLATE = html`<div class="field" part="field"><label id="label" class="label" part="label" for="control"> </label><input id="control" part="input" type="text" inputmode="text"></div>`;
// The space is the text node `fillText` replaces (prettier would drop it).
// prettier-ignore
const HINT_MARKUP = html`<div id="hint" class="hint" part="hint"> </div>`;
// prettier-ignore
const ERROR_MARKUP = html`<p id="error" class="error-message" part="error-message"><span class="visually-hidden"></span> </p>`;
const WRAPPER_MARKUP = html`<div class="input-wrapper"></div>`;
const AFFIX_MARKUP = html`<span class="affix" aria-hidden="true"></span>`;

/**
 * Puts `text` as the first child of `parent`, or a `<slot name>` when the author slotted rich
 * content. A slot is only added when needed: it is one more node per field for every field.
 */
function fillText(parent: Element, slotName: string, slotted: boolean, text: string): void {
  const first = parent.firstChild!;
  if (slotted) {
    if (!(first instanceof HTMLSlotElement)) {
      const slot = document.createElement('slot');
      slot.name = slotName;
      first.replaceWith(slot);
    }
  } else if (first instanceof Text) {
    if (first.data !== text) first.data = text;
  } else {
    first.replaceWith(text);
  }
}

/** Sets or removes an attribute, touching the DOM only when it changes. */
function setAttr(element: Element, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * @summary A single-line text input with its label, hint and error message, that submits with a
 * native form.
 *
 * @slot label - Rich label content; replaces the `label` attribute. The slot is added to the
 * shadow DOM only while such content is there (added or removed at any time).
 * @slot hint - Rich hint content (for example with a link); replaces the `hint` attribute.
 *
 * @csspart field - The wrapper of label, hint, error and input.
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart input - The native input.
 * @csspart input-prefix - The text before the input, such as "$".
 * @csspart input-suffix - The text after the input, such as "per month".
 *
 * @cssprop [--plaza-text-field-border-color=var(--plaza-color-border)] - Border of the input.
 * @cssprop [--plaza-text-field-background=var(--plaza-color-background)] - Background of the input.
 *
 * @fires input - When the user types (native, composed).
 * @fires change - When the user commits a change.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the input's accessible name is the label (with its "(optional)" marker); its
 * description is the hint then the error; `aria-invalid` is set only while an error shows.
 * Prefix and suffix are hidden from screen readers, so the label must say the unit.
 */
export class PlazaTextField extends PlazaQuestion(PlazaStringControl) {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    type: { reflect: true, useDefault: true },
    autocomplete: {},
    keyboard: { attribute: 'inputmode' },
    spelling: { attribute: 'spellcheck' },
    width: { reflect: true, useDefault: true },
    prefixText: { attribute: 'prefix' },
    suffixText: { attribute: 'suffix' },
    minlength: { type: Number },
    maxlength: { type: Number },
    pattern: {},
    min: { type: Number },
    max: { type: Number },
    integer: { type: Boolean },
  };
  static override styles = textFieldStyles;
  static override messages = formatMessages;

  #input: HTMLInputElement | null = null;

  /** The initial value, restored by `form.reset()` (like an input's `value` attribute). */
  defaultValue = '';
  /** Reflected when set; the default is not written to the host (`useDefault`), which saves work. */
  type: TextFieldType = 'text';
  autocomplete = '';
  /** Overrides the keyboard chosen from `type`. */
  keyboard = '';
  /** `true` or `false`; by default on for text and off for email, tel, url and number. */
  spelling: 'true' | 'false' | '' = '';
  width: TextFieldWidth = 'full';
  /** Text before the input, such as "$" (`Element.prefix` is taken, hence the name). */
  prefixText = '';
  /** Text after the input, such as "per month". */
  suffixText = '';
  minlength: number | undefined;
  /** Longer text is an error, never cut off: what the user typed is kept. */
  maxlength: number | undefined;
  pattern = '';
  /** For `type="number"`: the smallest and largest values allowed. */
  min: number | undefined;
  max: number | undefined;
  /** For `type="number"`: only whole numbers. */
  integer = false;

  /** The value the form submits: trimmed; for numbers, without spaces and thousands commas. */
  override get serializedValue(): string {
    const trimmed = this.value.trim();
    if (this.type !== 'number') return trimmed;
    const parsed = parseNumber(trimmed);
    return parsed === null ? trimmed : String(parsed);
  }

  select(): void {
    this.#input?.select();
  }

  protected override get initialValue(): string {
    return this.defaultValue;
  }

  protected override get validationAnchor(): HTMLElement | null {
    return this.#input;
  }

  protected override builtInValidators(): Validator[] {
    const validators = super.builtInValidators();
    if (this.minlength !== undefined) validators.push(minLength(this.minlength));
    if (this.maxlength !== undefined) validators.push(maxLength(this.maxlength));
    if (this.type === 'email') validators.push(email());
    if (this.type === 'tel') validators.push(tel());
    if (this.type === 'url') validators.push(url());
    if (this.type === 'number') {
      validators.push(number({ min: this.min, max: this.max, integer: this.integer }));
    }
    if (this.pattern) validators.push(pattern(this.pattern));
    return validators;
  }

  /** Brings the stamped DOM up to date, before the base class reports validity. */
  override updated(changed: PropertyValues<this>): void {
    this.#patch();
    super.updated(changed);
  }

  #onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.handleUserEdit();
  };

  /** Everything the template does not bind, written straight to the DOM when it differs. */
  #patch(): void {
    const root = this.renderRoot as ShadowRoot;
    const field = root.firstElementChild as HTMLElement | null;
    if (!field) return;
    if (!this.#input) {
      this.#input = field.querySelector('input');
      this.#input!.addEventListener('input', this.#onInput);
      this.#input!.addEventListener('change', () => redispatchChange(this));
      this.#input!.addEventListener('keydown', (event) => submitImplicitly(event, this.form));
    }
    const input = this.#input!;
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const hasHint = this.hasHint;
    field.classList.toggle('has-error', issue !== null);

    // Label, its marker, and the <h1> around it on a one-question page.
    const first = field.firstElementChild!;
    const label = (
      first instanceof HTMLLabelElement ? first : first.firstElementChild
    ) as HTMLLabelElement;
    fillText(label, 'label', this.slots.has('label'), this.label);
    // The marker span only when there are words to show: required fields show none by default.
    const markerText = this.markerText;
    let marker = label.lastElementChild;
    if (!markerText) {
      if (marker instanceof HTMLSpanElement) marker.remove();
    } else {
      if (!(marker instanceof HTMLSpanElement)) {
        marker = label.appendChild(document.createElement('span'));
        marker.className = 'marker';
      }
      setText(marker, ` ${markerText}`);
    }
    const heading = label.parentElement === field ? null : label.parentElement!;
    if (this.pageHeading && !heading) {
      const h1 = document.createElement('h1');
      h1.className = 'heading';
      label.replaceWith(h1);
      h1.append(label);
    } else if (!this.pageHeading && heading) {
      heading.replaceWith(label);
    }

    // Hint, then error, each present only when it has something to say.
    const wrapper = field.lastElementChild!; // the input, or the wrapper around it and its affixes
    let error = root.getElementById(FIELD_IDS.error);
    if (message) {
      if (!error) {
        error = stamp(ERROR_MARKUP);
        field.insertBefore(error, wrapper);
      }
      setText(error.firstElementChild!, this.t('field.errorPrefix'));
      setText(error.lastChild!, ` ${message}`);
    } else {
      error?.remove();
      error = null;
    }
    let hint = root.getElementById(FIELD_IDS.hint);
    if (hasHint) {
      if (!hint) {
        hint = stamp(HINT_MARKUP);
        field.insertBefore(hint, error ?? wrapper);
      }
      fillText(hint, 'hint', this.slots.has('hint'), this.hint);
    } else {
      hint?.remove();
    }

    // Text before and after the input, hidden from screen readers (the label says the unit).
    if (this.prefixText || this.suffixText) {
      let affixed = input.parentElement!;
      if (affixed === field) {
        affixed = stamp(WRAPPER_MARKUP);
        input.replaceWith(affixed);
        affixed.append(input);
      }
      this.#patchAffix(affixed, 'input-prefix', this.prefixText, input);
      this.#patchAffix(affixed, 'input-suffix', this.suffixText, null);
    } else if (input.parentElement !== field) {
      input.parentElement!.replaceWith(input);
    }

    // The input itself.
    // Numbers use a text input with a decimal keypad (GOV.UK advice); addresses and numbers are
    // not words, so spell checking them would only add red underlines.
    const type = TYPES.has(this.type) ? this.type : 'text';
    setAttr(input, 'type', type === 'text' || type === 'number' ? null : type);
    setAttr(input, 'inputmode', this.keyboard || (type === 'number' ? 'decimal' : type));
    setAttr(input, 'name', this.name || null);
    setAttr(input, 'autocomplete', this.autocomplete || null);
    setAttr(input, 'spellcheck', this.spelling || (type === 'text' ? null : 'false'));
    if (input.value !== this.value) input.value = this.value;
    if (input.disabled !== this.isDisabled) input.disabled = this.isDisabled;
    if (input.readOnly !== this.readonly) input.readOnly = this.readonly;
    setAttr(input, 'aria-required', this.required ? 'true' : null);
    setAttr(input, 'aria-invalid', issue ? 'true' : null);
    const describedBy = [hasHint && FIELD_IDS.hint, message && FIELD_IDS.error].filter(Boolean);
    setAttr(input, 'aria-describedby', describedBy.join(' ') || null);
    if (this.#refocus) {
      this.#refocus = false;
      input.focus();
    }
  }

  #patchAffix(
    wrapper: Element,
    part: 'input-prefix' | 'input-suffix',
    text: string,
    before: Element | null,
  ): void {
    const input = this.#input!;
    const sibling =
      part === 'input-prefix' ? input.previousElementSibling : input.nextElementSibling;
    let affix = sibling?.matches(`[part="${part}"]`) ? sibling : null;
    if (!text) {
      affix?.remove();
      return;
    }
    if (!affix) {
      affix = stamp(AFFIX_MARKUP);
      affix.setAttribute('part', part);
      wrapper.insertBefore(affix, before);
    }
    setText(affix, text);
  }

  /** Whether the input must take focus when stamped: a resident was typing in the server's. */
  #refocus = false;

  /** Keeps what a resident typed in the server's input while the script loaded, and focus. */
  protected override takeOverServedMarkup(served: ShadowRoot): void {
    const input = served.querySelector('input');
    if (!input) return;
    this.#refocus = served.activeElement === input;
    if (input.value) this.value = input.value;
  }

  /** A template without bindings: Lit stamps it once; `#patch` keeps it up to date. */
  override render() {
    // Always the same template, so Lit never re-stamps the field (the input must stay).
    return FIELD_TEMPLATE;
  }
}
