/**
 * One home for how a flow question becomes a Plaza control and how what the resident entered is
 * read back from it. The definition's control type picks the element; @plaza/flow checks the
 * answers (one set of rules and messages for the browser and the server), and its errors are
 * shown on the controls with their `error` property.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type {
  Answer,
  FileInfo,
  FlowNavigator,
  PageInput,
  QuestionDefinition,
  RawInput,
} from '@plaza/flow';

/** Looks a definition's text up in the message catalogs (plain text comes back unchanged). */
export type Translate = (text: string, args?: Record<string, string | number>) => string;

const TEXT_TYPE: Partial<Record<QuestionDefinition['control'], string>> = {
  number: 'number',
};

type PatternControl = 'name' | 'address' | 'phone' | 'email' | 'tin' | 'money';

/** The pattern fields' tags (registered by plaza-form-flow.ts, like every control it renders). */
const PATTERN_FIELDS: Record<PatternControl, StaticValue> = {
  name: literal`plaza-name-input`,
  address: literal`plaza-address-input`,
  phone: literal`plaza-phone-input`,
  email: literal`plaza-email-input`,
  tin: literal`plaza-tin-input`,
  money: literal`plaza-money-input`,
};

const isPatternControl = (control: string): control is PatternControl =>
  Object.hasOwn(PATTERN_FIELDS, control);

const asText = (raw: RawInput | undefined): string => (typeof raw === 'string' ? raw : '');
const asList = (raw: RawInput | undefined): string[] =>
  Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];

/** A pattern field; an address keeps its parts, the others their text. */
function renderPatternField(
  control: PatternControl,
  question: QuestionDefinition,
  name: string,
  answer: Answer | undefined,
  common: { label: string; hint: string },
  error: string,
): TemplateResult {
  const tag = PATTERN_FIELDS[control];
  const raw = answer?.raw;
  const value =
    control !== 'address'
      ? asText(raw)
      : raw && typeof raw === 'object' && !Array.isArray(raw)
        ? raw
        : {};
  return staticHtml`<${tag}
    data-question=${question.id}
    name=${name}
    label=${common.label}
    hint=${common.hint}
    ?required=${question.validation?.required}
    period=${ifDefined(control === 'money' ? (question.period ?? 'month') : undefined)}
    accept=${ifDefined(control === 'tin' ? question.accept?.join(' ') : undefined)}
    for=${ifDefined(control === 'name' ? question.for : undefined)}
    .error=${error}
    .value=${value}
  ></${tag}>`;
}

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
  const options = question.options ?? [];
  if (isPatternControl(question.control)) {
    return renderPatternField(question.control, question, name, answer, common, error);
  }
  switch (question.control) {
    case 'textarea':
      return html`<plaza-textarea
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
        .error=${error}
        .value=${asText(answer?.raw)}
      ></plaza-textarea>`;
    case 'select':
      return html`<plaza-select
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
        .error=${error}
        .value=${asText(answer?.raw)}
        ><option value="">${t('formFlow.selectOne')}</option>
        ${options.map(
          (option) => html`<option value=${option.value}>${t(option.label)}</option>`,
        )}</plaza-select
      >`;
    case 'radios':
      return html`<plaza-radio-group
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
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
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
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
      const raw = answer?.raw;
      return html`<plaza-date-input
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
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
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        ?required=${rules.required}
        max-files=${rules.maxLength ?? 1}
        .error=${error}
      ></plaza-file-upload>`;
    default:
      return html`<plaza-text-field
        data-question=${question.id}
        name=${name}
        label=${common.label}
        hint=${common.hint || nothing}
        type=${TEXT_TYPE[question.control] ?? nothing}
        autocomplete=${ifDefined(question.autocomplete)}
        ?required=${rules.required}
        .error=${error}
        .value=${asText(answer?.raw)}
      ></plaza-text-field>`;
  }
}

interface ControlElement extends HTMLElement {
  value?: string;
  values?: string[];
  parts?: Record<string, string>;
  partValues?: Record<string, string>;
  files?: readonly File[];
}

/** Exactly what the resident entered in the control; @plaza/flow reads the typed value from it. */
export function readRaw(question: QuestionDefinition, control: Element): RawInput {
  const element = control as ControlElement;
  switch (question.control) {
    case 'checkboxes':
      return [...(element.values ?? [])];
    case 'date':
      return { ...(element.parts ?? {}) };
    case 'address':
      return { ...(element.partValues ?? {}) };
    case 'file':
      return [...(element.files ?? [])].map(({ name, size, type }): FileInfo => ({
        name,
        size,
        type,
      }));
    default:
      return element.value ?? '';
  }
}

/** What the resident entered on the page in `form`, by question id, read from its controls. */
export function readPage(
  form: HTMLFormElement,
  node: ReturnType<FlowNavigator['node']>,
): PageInput {
  const input: PageInput = {};
  for (const control of form.querySelectorAll<HTMLElement>('[data-question]')) {
    const id = control.dataset.question!;
    const question = node?.questions.find((each) => each.id === id);
    input[id] = question
      ? readRaw(question.def, control)
      : ((control as { value?: string }).value ?? '');
  }
  return input;
}
