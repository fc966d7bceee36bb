import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  firstIssue,
  PlazaFormControl,
  PlazaQuestion,
  redispatchChange,
  renderError,
  renderHint,
  renderLabel,
  renderLegend,
  submitImplicitly,
  type FormValue,
  type ValidationIssue,
} from '@plaza/core';

/** One input or select of a pattern field: a name's "First name", an address's "ZIP code". */
export interface PartSpec {
  /** Shadow-root id of the part, and the key of its value in `parts`. */
  id: string;
  /** The part's own label; unused when the field has a single part (the field's label names it). */
  label?: string;
  /** A `select` with these options; otherwise a text input. */
  options?: readonly { value: string; label: string }[];
  type?: 'text' | 'email' | 'tel' | 'password';
  inputmode?: string;
  autocomplete?: string;
  /** Spelling checks only help with words; numbers, addresses and names get none. */
  spellcheck?: boolean;
  /** Required within a multi-part field (`aria-required`); a single part follows the field. */
  required?: boolean;
}

/** A problem with the parts: the issue to show and the parts to mark (the first one gets focus). */
export interface PartsProblem {
  issue: ValidationIssue;
  parts: string[];
}

export type PartValues = Record<string, string>;

/** A required, empty part, as a problem: "Enter {name}" unless the part has its own words. */
export const missing = (part: string, key = 'validation.valueMissing'): PartsProblem => ({
  issue: { flag: 'valueMissing', key },
  parts: [part],
});

/** A part whose text is there but wrong. */
export const wrong = (part: string, key: string, args?: ValidationIssue['args']): PartsProblem => ({
  issue: args ? { flag: 'patternMismatch', key, args } : { flag: 'patternMismatch', key },
  parts: [part],
});

/**
 * The shared base of the pattern fields (name, address, phone, email, TIN, money): one or more
 * text inputs and selects in one shadow root, each control saying only what differs: its parts
 * (`partSpecs`), the checks on them (`checkParts`) and what the form receives (`formEntries`).
 *
 * One part renders as a labelled input, like `<plaza-text-field>`; several render as a fieldset
 * whose legend is the question, like `<plaza-date-input>`. Only the wrong parts get
 * `aria-invalid`, and focus from a failed submit or the error summary goes to the first of them.
 * Enter in a text part submits the form, as in a native single-line input.
 */
export abstract class PlazaPartsControl extends PlazaQuestion(PlazaFormControl) {
  #parts: PartValues | undefined;

  /** What the user typed or chose in each part, exactly. */
  get partValues(): PartValues {
    return { ...this.initialParts(), ...this.#parts };
  }

  set partValues(parts: PartValues) {
    const clean: PartValues = {};
    for (const id of this.partIds) clean[id] = String(parts?.[id] ?? '');
    this.#parts = clean;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A value set before the element was defined (a page or flow that renders the tag before its
    // import finishes) is an own property hiding the accessors: hand it to them.
    const self = this as unknown as Record<string, unknown>;
    for (const key of ['value', 'partValues']) {
      if (!Object.hasOwn(this, key)) continue;
      const early = self[key];
      delete self[key];
      self[key] = early;
    }
  }

  /** The parts shown now, in order. */
  protected abstract get partSpecs(): PartSpec[];
  /** Every part the control may show: the ones `partValues` keeps when set (default: shown now). */
  protected get partIds(): string[] {
    return this.partSpecs.map(({ id }) => id);
  }
  /** The values before the user acts, and the ones `form.reset()` returns to. */
  protected abstract initialParts(): PartValues;
  /** The first problem with `parts` (required included), highest priority first, or null. */
  protected abstract checkParts(parts: PartValues): PartsProblem | null;
  /**
   * What the form receives: `[suffix, value]` pairs, submitted as `${name}${suffix}`. A single
   * pair with suffix `''` submits as a plain string, like a text field.
   */
  protected abstract formEntries(parts: PartValues): [string, string][];

  /** The text author `validators` check: the submitted value of the whole field. */
  protected override get validationValue(): string {
    return this.formEntries(this.partValues)
      .map(([, value]) => value)
      .join(' ')
      .trim();
  }

  protected override get validationAnchor(): HTMLElement | null {
    const first = this.#problem()?.parts[0] ?? this.partSpecs[0]?.id;
    return first ? (this.renderRoot?.querySelector<HTMLElement>(`#${first}`) ?? null) : null;
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    const entries = this.formEntries(this.partValues);
    const state = JSON.stringify(this.partValues);
    if (entries.length === 1 && entries[0][0] === '') return { value: entries[0][1], state };
    const data = new FormData();
    if (this.name) for (const [suffix, value] of entries) data.append(this.name + suffix, value);
    return { value: data, state };
  }

  protected override resetValue(): void {
    this.#parts = undefined;
  }

  /** Accepts the parts this control saved; a plain string fills the first part. */
  protected override restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const saved: unknown = JSON.parse(state);
      if (saved && typeof saved === 'object' && !Array.isArray(saved)) {
        this.partValues = saved as PartValues;
        return;
      }
    } catch {
      // Not saved by this control: the first part's text.
    }
    this.partValues = { [this.partSpecs[0].id]: state };
  }

  protected override syncIssue(): ValidationIssue | null {
    const problem = this.#problem();
    if (problem) return problem.issue;
    const value = this.validationValue;
    return value ? firstIssue(value, this.validators) : null;
  }

  /** Content before a part (a "$"); nothing by default. */
  protected renderBeforePart(_id: string): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Content after a part (a show/hide button, a suggestion); nothing by default. */
  protected renderAfterPart(_id: string): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Content between the hint and error and the parts of a multi-part field (a "same as" box). */
  protected renderLead(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Ids that also describe part `id`, after the field's hint and error (a suggestion). */
  protected extraDescription(_id: string): string {
    return '';
  }

  /** A part was edited by the user; subclasses react (the email suggestion goes away). */
  protected partEdited(_id: string): void {}

  #problem(): PartsProblem | null {
    return this.checkParts(this.partValues);
  }

  /** The parts to mark: the wrong ones, or all of them for a server, custom or validator error. */
  #wrongParts(issue: ValidationIssue | null): ReadonlySet<string> {
    if (!issue) return new Set();
    const problem = this.#problem();
    return new Set(
      problem && problem.issue.key === issue.key
        ? problem.parts
        : this.partSpecs.map(({ id }) => id),
    );
  }

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.#parts = { ...this.partValues, [target.id]: target.value };
    this.partEdited(target.id);
    this.handleUserEdit();
    this.requestUpdate();
  };

  /** `change` does not cross shadow boundaries, so the host fires its own. */
  #onChange = (): void => {
    redispatchChange(this);
  };

  #submitOnEnter = (event: KeyboardEvent) => submitImplicitly(event, this.form);

  /**
   * One part. Templates are written without whitespace between tags (prettier-ignore): every
   * byte of them ships in each pattern field's bundle.
   */
  #renderPart(spec: PartSpec, wrongPart: boolean, value: string, single: boolean) {
    const { id, options } = spec;
    const description =
      [single && describedBy(this.hasHint, this.visibleIssue !== null), this.extraDescription(id)]
        .filter((ids) => typeof ids === 'string' && ids)
        .join(' ') || nothing;
    const invalid = wrongPart ? 'true' : nothing;
    const required = (single ? this.required : spec.required) ? 'true' : nothing;
    // prettier-ignore
    const control = options
      ? html`<select id=${id} part="${id}-select select" autocomplete=${ifDefined(spec.autocomplete)} .value=${value} ?disabled=${this.isDisabled || this.readonly} aria-invalid=${invalid} aria-required=${required} aria-describedby=${description} @input=${this.#onInput} @change=${this.#onChange}>${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}</select>`
      : html`<input id=${id} part="${id}-input input" type=${spec.type ?? 'text'} inputmode=${ifDefined(spec.inputmode)} autocomplete=${ifDefined(spec.autocomplete)} spellcheck=${spec.spellcheck ? 'true' : 'false'} .value=${value} ?disabled=${this.isDisabled} ?readonly=${this.readonly} aria-invalid=${invalid} aria-required=${required} aria-describedby=${description} @input=${this.#onInput} @change=${this.#onChange} @keydown=${this.#submitOnEnter}>`;
    const parts = html`${this.renderBeforePart(id)}${control}${this.renderAfterPart(id)}`;
    // prettier-ignore
    return single ? parts : html`<div class="item" part="item"><label class="part-label" part="part-label" for=${id}>${spec.label}</label>${parts}</div>`;
  }

  override render() {
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const wrongParts = this.#wrongParts(issue);
    const values = this.partValues;
    const specs = this.partSpecs;
    const single = specs.length === 1;
    const parts = specs.map((spec) =>
      this.#renderPart(spec, wrongParts.has(spec.id), values[spec.id] ?? '', single),
    );
    const errorClass = issue ? 'field has-error' : 'field';
    const hintAndError = html`${renderHint(this.hint, this.slots.has('hint'))}${renderError(message, this.t('field.errorPrefix'))}`;
    // prettier-ignore
    if (single) return html`<div class=${errorClass} part="field">${renderLabel(this.label, this.markerText, this.pageHeading, specs[0].id)}${hintAndError}<div class="control" part="control">${parts}</div></div>`;
    // prettier-ignore
    return html`<fieldset class=${errorClass} part="fieldset" aria-describedby=${describedBy(this.hasHint, Boolean(message))}>${renderLegend(this.label, this.markerText, 'label', this.pageHeading)}${hintAndError}${this.renderLead()}<div class="parts" part="parts">${parts}</div></fieldset>`;
  }
}
