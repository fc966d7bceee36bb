import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  describedBy,
  firstIssue,
  PlazaFormControl,
  PlazaQuestion,
  redispatchChange,
  renderError,
  renderHint,
  renderLegend,
  submitImplicitly,
  type FormValue,
  type ValidationIssue,
} from '@plaza/core';
import { dateInputStyles } from './date-input.styles.js';
import {
  DATE_PARTS,
  checkDate,
  partOrder,
  partsFromIso,
  toIso,
  todayIso,
  type DatePart,
  type DateParts,
  type DateProblem,
} from './date-parts.js';

const PART_LABEL_KEYS: Record<DatePart, string> = {
  day: 'dateInput.day',
  month: 'dateInput.month',
  year: 'dateInput.year',
};

/**
 * @summary A date people already know, such as their date of birth, asked as month, day and year
 * in three text fields (the GOV.UK and USWDS memorable-date pattern), in the order the page's
 * locale writes dates. Submits an ISO 8601 date.
 *
 * @slot hint - Rich hint content; replaces the `hint` attribute. Give an example date in the
 * order of the fields, such as "For example, 3 27 2007".
 *
 * @csspart fieldset - The fieldset around the three fields.
 * @csspart legend - The legend holding the question.
 * @csspart hint - The hint text.
 * @csspart error-message - The error message.
 * @csspart item - The wrapper of each part's label and input.
 * @csspart part-label - The "Day", "Month" and "Year" labels.
 * @csspart day-input - The day input.
 * @csspart month-input - The month input.
 * @csspart year-input - The year input.
 *
 * @cssprop [--plaza-date-input-border-color=var(--plaza-color-border)] - Border of the inputs.
 *
 * @fires input - When the user types in any part (native, composed).
 * @fires change - When the user commits a change to any part.
 * @fires invalid - When validation fails on submit or `reportValidity()`.
 *
 * Accessibility: the three fields are a `fieldset` whose legend is the question; each input is
 * labelled "Month", "Day" or "Year". The hint and error describe the group. Only the parts that
 * are wrong get `aria-invalid` (all three when nothing was entered), and focus from the error
 * summary goes to the first wrong part.
 * Inputs use `inputmode="numeric"`, not `type="number"` (which changes values on scroll).
 */
export class PlazaDateInput extends PlazaQuestion(PlazaFormControl) {
  static override properties: PropertyDeclarations = {
    defaultValue: { attribute: 'value' },
    autocomplete: {},
    past: { type: Boolean },
    future: { type: Boolean },
    min: {},
    max: {},
    today: {},
    order: {},
  };
  static override styles = dateInputStyles;
  static override genericName = 'dateInput.date';
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'dateInput.date': 'a date',
      'dateInput.day': 'Day',
      'dateInput.month': 'Month',
      'dateInput.year': 'Year',
      'dateInput.missing.day': '{Name} must include a day',
      'dateInput.missing.month': '{Name} must include a month',
      'dateInput.missing.year': '{Name} must include a year',
      'dateInput.missing.dayMonth': '{Name} must include a day and month',
      'dateInput.missing.dayYear': '{Name} must include a day and year',
      'dateInput.missing.monthYear': '{Name} must include a month and year',
      'dateInput.notReal': '{Name} must be a real date',
      'dateInput.yearLength': 'Year must include 4 numbers',
      'dateInput.past': '{Name} must be in the past',
      'dateInput.future': '{Name} must be in the future',
      'dateInput.min': '{Name} must be the same as or after {min}',
      'dateInput.max': '{Name} must be the same as or before {max}',
    },
    es: {
      'dateInput.date': 'una fecha',
      'dateInput.day': 'Día',
      'dateInput.month': 'Mes',
      'dateInput.year': 'Año',
      'dateInput.missing.day': '{Name} debe incluir el día',
      'dateInput.missing.month': '{Name} debe incluir el mes',
      'dateInput.missing.year': '{Name} debe incluir el año',
      'dateInput.missing.dayMonth': '{Name} debe incluir el día y el mes',
      'dateInput.missing.dayYear': '{Name} debe incluir el día y el año',
      'dateInput.missing.monthYear': '{Name} debe incluir el mes y el año',
      'dateInput.notReal': '{Name} debe ser una fecha real',
      'dateInput.yearLength': 'El año debe tener 4 números',
      'dateInput.past': '{Name} debe ser en el pasado',
      'dateInput.future': '{Name} debe ser en el futuro',
      'dateInput.min': '{Name} debe ser igual o posterior al {min}',
      'dateInput.max': '{Name} debe ser igual o anterior al {max}',
    },
  };

  #parts: DateParts | undefined;

  /** The initial date, ISO `YYYY-MM-DD`, restored by `form.reset()`. */
  defaultValue = '';
  /** `bday` fills the parts from the browser's saved birthday (`bday-day` and so on). */
  autocomplete = '';
  /** The date must be before today. */
  past = false;
  /** The date must be after today. */
  future = false;
  /** The earliest date allowed, ISO `YYYY-MM-DD`. */
  min = '';
  /** The latest date allowed, ISO `YYYY-MM-DD`. */
  max = '';
  /** Today as ISO, for past/future checks; defaults to the user's date. */
  today = '';
  /**
   * The order of the parts: `mdy`, `dmy` or `ymd`. By default the page's locale decides: month
   * first for `en`, `es` and any US locale, day first for `en-GB`, `es-MX` and most others.
   */
  order = '';

  /** What the user typed in each part, exactly. */
  get parts(): DateParts {
    return { ...(this.#parts ?? partsFromIso(this.defaultValue)) };
  }

  set parts(parts: DateParts) {
    this.#parts = { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
    // Not requestUpdate('value', old): the ISO value stays '' while a part is being typed.
    this.requestUpdate();
  }

  /** The date as ISO `YYYY-MM-DD`; '' until the parts make a real date. */
  get value(): string {
    return toIso(this.parts, this.localize.lang);
  }

  set value(value: string) {
    this.parts = partsFromIso(value == null ? '' : String(value));
  }

  protected override get validationValue(): string {
    return this.value;
  }

  /** The first wrong part on the page, so the error summary and a failed submit focus it. */
  protected override get validationAnchor(): HTMLElement | null {
    const wrong = this.#problem()?.parts ?? DATE_PARTS;
    const part = this.#order().find((each) => wrong.includes(each));
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  #order(): DatePart[] {
    return partOrder(this.localize.lang, this.order);
  }

  protected override formValue(): { value: FormValue; state: FormValue } {
    const { day, month, year } = this.parts;
    return { value: this.value, state: JSON.stringify([day, month, year]) };
  }

  protected override resetValue(): void {
    this.#parts = undefined;
  }

  /** Accepts the state this control saved (the three raw parts) or an ISO date. */
  protected override restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const saved: unknown = JSON.parse(state);
      if (Array.isArray(saved) && saved.length === 3) {
        const [day, month, year] = saved.map((part) => String(part ?? ''));
        this.#parts = { day, month, year };
        return;
      }
    } catch {
      // Not saved by this control: try it as a date.
    }
    this.#parts = partsFromIso(state);
  }

  protected override syncIssue(): ValidationIssue | null {
    const problem = this.#problem();
    if (problem) return problem.issue;
    return this.value ? firstIssue(this.value, this.validators) : null;
  }

  #problem(): DateProblem | null {
    return checkDate(
      this.parts,
      {
        required: this.required,
        past: this.past,
        future: this.future,
        min: this.min,
        max: this.max,
        today: this.today || todayIso(),
      },
      this.localize.lang,
    );
  }

  /** The parts to mark: the wrong ones, or all three for a server, custom or validator error. */
  #wrongParts(issue: ValidationIssue | null): ReadonlySet<DatePart> {
    if (!issue) return new Set();
    const problem = this.#problem();
    return new Set(problem && problem.issue.key === issue.key ? problem.parts : DATE_PARTS);
  }

  /** Enter in any part submits the form, as in a native single-line input. */
  #submitOnEnter = (event: KeyboardEvent) => submitImplicitly(event, this.form);

  #onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.parts = { ...this.parts, [input.id as DatePart]: input.value };
    this.handleUserEdit();
  };

  /** `change` does not cross shadow boundaries, so the host fires its own. */
  #onChange = (): void => {
    redispatchChange(this);
  };

  #renderPart(part: DatePart, wrong: boolean, value: string) {
    const bday = this.autocomplete === 'bday';
    const autocomplete = bday ? `bday-${part}` : this.autocomplete || undefined;
    // One line each: whitespace between tags would be text nodes in every part.
    // prettier-ignore
    return html`<div class="item item-${part}" part="item"><label class="part-label" part="part-label" for=${part}>${this.t(PART_LABEL_KEYS[part])}</label><input id=${part} part="${part}-input" type="text" inputmode="numeric" spellcheck="false" autocomplete=${ifDefined(autocomplete)} .value=${value} ?disabled=${this.isDisabled} ?readonly=${this.readonly} aria-required=${this.required ? 'true' : nothing} aria-invalid=${wrong ? 'true' : nothing} @input=${this.#onInput} @keydown=${this.#submitOnEnter} @change=${this.#onChange}></div>`;
  }

  override render() {
    const issue = this.visibleIssue;
    const message = issue ? this.messageFor(issue) : null;
    const wrong = this.#wrongParts(issue);
    const parts = this.parts;
    // Three bindings, not a list: a list keeps two Lit markers around each item.
    const [first, second, third] = this.#order().map((part) =>
      this.#renderPart(part, wrong.has(part), parts[part]),
    );
    // prettier-ignore
    return html`<fieldset class="field ${issue ? 'has-error' : ''}" part="fieldset" aria-describedby=${describedBy(this.hasHint, Boolean(message))}>${renderLegend(this.label, this.markerText, 'label', this.pageHeading)}${renderHint(this.hint, this.slots.has('hint'))}${renderError(message, this.t('field.errorPrefix'))}<div class="parts">${first}${second}${third}</div></fieldset>`;
  }
}
