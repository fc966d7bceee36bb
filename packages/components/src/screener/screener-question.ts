/**
 * One question page from a fact definition, with Plaza's own controls: the question is the page
 * heading (`page-heading`), the fact's hint sits under it. Reading the answer back turns the
 * control's text into the value the rules expect, or says what to fix.
 */
import { html, type TemplateResult } from 'lit';
import type { FactDefinition } from '@plaza/eligibility';
import { STATES } from '@plaza/jurisdictions';
import '../radio-group/plaza-radio-group.js';
import '../radio-group/plaza-radio.js';
import '../text-field/plaza-text-field.js';
import '../date-input/plaza-date-input.js';
import '../select/plaza-select.js';

/** Most people a household answer may list: larger households are rare, and each adds pages. */
export const MAX_PEOPLE = 30;
const MONEY = /^\$?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

export interface QuestionText {
  label: string;
  hint: string;
  /** The element's translator, for the screener's own words and option labels. */
  t: (key: string, args?: Record<string, string | number>) => string;
}

const optionLabel = (text: QuestionText, fact: FactDefinition, value: string): string => {
  const key = `${fact.question}.option.${value}`;
  const label = text.t(key);
  return label === key ? value : label;
};

/** The value shown in a control for an answer already given. */
function shown(fact: FactDefinition, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (fact.type === 'boolean') return value ? 'yes' : 'no';
  if (fact.type === 'members') return Array.isArray(value) ? String(value.length) : '';
  if (fact.type === 'jurisdiction') return (value as { state?: string }).state ?? '';
  return String(value);
}

export function questionControl(
  fact: FactDefinition,
  text: QuestionText,
  value: unknown,
): TemplateResult {
  const current = shown(fact, value);
  const common = { label: text.label, hint: text.hint };
  switch (fact.type) {
    case 'boolean':
    case 'enum': {
      const options = fact.type === 'boolean' ? ['yes', 'no'] : (fact.options ?? []);
      return html`<plaza-radio-group
        name="answer"
        page-heading
        marker="none"
        label=${common.label}
        hint=${common.hint}
      >
        ${options.map(
          (option) =>
            html`<plaza-radio
              value=${option}
              label=${fact.type === 'boolean' ? text.t(`screener.${option}`) : optionLabel(text, fact, option)}
              ?checked=${option === current}
            ></plaza-radio>`,
        )}
      </plaza-radio-group>`;
    }
    case 'date':
      return html`<plaza-date-input
        name="answer"
        page-heading
        marker="none"
        label=${common.label}
        hint=${common.hint}
        value=${current}
      ></plaza-date-input>`;
    case 'jurisdiction':
      return html`<plaza-select
        name="answer"
        page-heading
        marker="none"
        label=${common.label}
        hint=${common.hint}
      >
        <option value=""></option>
        ${STATES.map(
          (state) =>
            html`<option value=${state.code} ?selected=${state.code === current}>
              ${state.name}
            </option>`,
        )}
      </plaza-select>`;
    case 'members':
      return html`<plaza-text-field
        name="answer"
        page-heading
        marker="none"
        label=${common.label}
        hint=${[common.hint, text.t('screener.people')].filter(Boolean).join(' ')}
        inputmode="numeric"
        width="4"
        value=${current}
      ></plaza-text-field>`;
    default:
      return html`<plaza-text-field
        name="answer"
        page-heading
        marker="none"
        label=${common.label}
        hint=${common.hint}
        inputmode=${fact.type === 'money' ? 'decimal' : fact.type === 'number' ? 'numeric' : 'text'}
        prefix=${fact.type === 'money' ? '$' : ''}
        width=${fact.type === 'text' ? 'full' : '10'}
        value=${current}
      ></plaza-text-field>`;
  }
}

export type ReadResult = { value: unknown } | { error: string };

/** The answer in the rules' terms, from what the control holds. */
export function readControl(
  fact: FactDefinition,
  raw: string,
  t: QuestionText['t'],
  previous: unknown,
): ReadResult {
  const text = raw.trim();
  if (text === '') return { error: t('screener.error.required') };
  switch (fact.type) {
    case 'boolean':
      return { value: text === 'yes' };
    case 'members': {
      const count = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!(count >= 1 && count <= MAX_PEOPLE))
        return { error: t('screener.error.people', { max: MAX_PEOPLE }) };
      // Keep what was said about people still in the household when the number changes.
      const kept = Array.isArray(previous) ? (previous as Record<string, unknown>[]) : [];
      return { value: Array.from({ length: count }, (_, index) => ({ ...kept[index] })) };
    }
    case 'number':
      return /^\d+$/.test(text) ? { value: Number(text) } : { error: t('screener.error.number') };
    case 'money':
      return MONEY.test(text)
        ? { value: Number(text.replace(/[$,\s]/g, '')) }
        : { error: t('screener.error.money') };
    case 'jurisdiction':
      return { value: { state: text } };
    default:
      return { value: text };
  }
}
