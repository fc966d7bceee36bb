/**
 * One home for how a flow question becomes a Plaza control and how an answer is read back from
 * it: the definition's control type picks the element, validation becomes the control's own
 * attributes (so errors look and sound like every other Plaza form), and the answer keeps both
 * the typed value and exactly what the resident typed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseNumber, type ErrorMessages } from '@plaza/core';
import type { Answer, FileInfo, QuestionDefinition, RawInput, ValidationCode } from '@plaza/flow';

/** Looks a definition's text up in the message catalogs (plain text comes back unchanged). */
export type Translate = (text: string, args?: Record<string, string | number>) => string;

/** The flow's error codes as the validity flags Plaza controls take messages for. */
const FLAG_FOR: Partial<Record<ValidationCode, keyof ErrorMessages>> = {
  required: 'valueMissing',
  minLength: 'tooShort',
  maxLength: 'tooLong',
  pattern: 'patternMismatch',
  min: 'rangeUnderflow',
  max: 'rangeOverflow',
  after: 'rangeUnderflow',
  before: 'rangeOverflow',
  format: 'badInput',
};

const TEXT_TYPE: Partial<Record<QuestionDefinition['control'], string>> = {
  email: 'email',
  phone: 'tel',
  number: 'number',
  money: 'number',
};

function errorMessages(question: QuestionDefinition, t: Translate): ErrorMessages {
  const messages: ErrorMessages = {};
  for (const [code, text] of Object.entries(question.errors ?? {})) {
    const flag = FLAG_FOR[code as ValidationCode];
    if (flag && text) messages[flag] = t(text);
  }
  return messages;
}

const dateBound = (bound: string | undefined, today: string): string | undefined =>
  bound === 'today' ? today : bound;

const asText = (raw: RawInput | undefined): string => (typeof raw === 'string' ? raw : '');
const asList = (raw: RawInput | undefined): string[] =>
  Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];

/**
 * The control for `question`, named `name` (its form field name), showing `answer.raw` and a
 * server `error` when there is one.
 */
export function renderControl(
  question: QuestionDefinition,
  name: string,
  answer: Answer | undefined,
  t: Translate,
  error = '',
): TemplateResult {
  const rules = question.validation ?? {};
  const common = {
    label: t(question.label),
    hint: question.hint ? t(question.hint) : '',
  };
  const messages = errorMessages(question, t);
  const options = question.options ?? [];
  switch (question.control) {
    case 'textarea':
      return html`<plaza-textarea
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        maxlength=${ifDefined(rules.maxLength)}
        .errorMessages=${messages}
        .error=${error}
        .value=${asText(answer?.raw)}
      ></plaza-textarea>`;
    case 'select':
      return html`<plaza-select
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        .errorMessages=${messages}
        .error=${error}
        .value=${asText(answer?.raw)}
        ><option value="">${t('formFlow.selectOne')}</option>
        ${options.map(
          (option) => html`<option value=${option.value}>${t(option.label)}</option>`,
        )}</plaza-select
      >`;
    case 'radios':
      return html`<plaza-radio-group
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        .errorMessages=${messages}
        .error=${error}
        .value=${asText(answer?.raw)}
        >${options.map(
          (option) =>
            html`<plaza-radio
              value=${option.value}
              label=${t(option.label)}
              hint=${option.hint ? t(option.hint) : nothing}
            ></plaza-radio>`,
        )}</plaza-radio-group
      >`;
    case 'checkboxes':
      return html`<plaza-checkbox-group
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        .errorMessages=${messages}
        .error=${error}
        .values=${asList(answer?.raw)}
        >${options.map(
          (option) =>
            html`<plaza-checkbox
              value=${option.value}
              label=${t(option.label)}
              hint=${option.hint ? t(option.hint) : nothing}
            ></plaza-checkbox>`,
        )}</plaza-checkbox-group
      >`;
    case 'date': {
      const today = new Date().toISOString().slice(0, 10);
      const raw = answer?.raw;
      return html`<plaza-date-input
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        min=${ifDefined(dateBound(rules.after, today))}
        max=${ifDefined(dateBound(rules.before, today))}
        .errorMessages=${messages}
        .error=${error}
        .parts=${
          raw && typeof raw === 'object' && !Array.isArray(raw)
            ? raw
            : { day: '', month: '', year: '' }
        }
      ></plaza-date-input>`;
    }
    case 'file':
      return html`<plaza-file-upload
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        ?required=${rules.required}
        max-files=${rules.maxLength ?? 1}
        .errorMessages=${messages}
        .error=${error}
      ></plaza-file-upload>`;
    default:
      return html`<plaza-text-field
        data-question
        name=${name}
        label=${common.label}
        hint=${common.hint}
        type=${TEXT_TYPE[question.control] ?? 'text'}
        autocomplete=${ifDefined(question.autocomplete)}
        ?required=${rules.required}
        minlength=${ifDefined(rules.minLength)}
        maxlength=${ifDefined(rules.maxLength)}
        pattern=${ifDefined(rules.pattern)}
        min=${ifDefined(rules.min)}
        max=${ifDefined(rules.max)}
        prefix=${ifDefined(question.control === 'money' ? '$' : undefined)}
        .errorMessages=${messages}
        .error=${error}
        .value=${asText(answer?.raw)}
      ></plaza-text-field>`;
  }
}

interface ControlElement extends HTMLElement {
  value?: string;
  values?: string[];
  parts?: Record<string, string>;
  files?: readonly File[];
}

/** The answer the control holds now: typed value and the raw input, kept exactly. */
export function readAnswer(question: QuestionDefinition, control: Element): Answer {
  const element = control as ControlElement;
  switch (question.control) {
    case 'checkboxes': {
      const values = [...(element.values ?? [])];
      return { value: values.length ? values : null, raw: values };
    }
    case 'date': {
      const parts = { ...(element.parts ?? {}) };
      return { value: element.value || null, raw: parts };
    }
    case 'file': {
      const files: FileInfo[] = [...(element.files ?? [])].map(({ name, size, type }) => ({
        name,
        size,
        type,
      }));
      return { value: files.length ? files : null, raw: files };
    }
    case 'number':
    case 'money': {
      const raw = element.value ?? '';
      return { value: raw.trim() ? parseNumber(raw) : null, raw };
    }
    default: {
      const raw = element.value ?? '';
      return { value: raw.trim() || null, raw };
    }
  }
}

/** How an answer reads on check your answers (option labels, not values; dates in words). */
export function answerText(
  question: QuestionDefinition,
  answer: Answer | undefined,
  t: Translate,
  lang: string,
): string {
  const value = answer?.value;
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return t('formFlow.notAnswered');
  }
  const label = (choice: string) =>
    t(question.options?.find((option) => option.value === choice)?.label ?? choice);
  if (question.control === 'date' && typeof value === 'string') {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  if (question.control === 'money' && typeof value === 'number') {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(value);
  }
  if (Array.isArray(value)) {
    return value.map((item) => (typeof item === 'string' ? label(item) : item.name)).join(', ');
  }
  if (typeof value === 'string') return label(value);
  return String(value);
}
