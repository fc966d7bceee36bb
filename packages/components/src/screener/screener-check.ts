/**
 * The check-answers page and the household's people: every question asked with a Change
 * button, each person with "Remove person N" (after a confirmation page) and "Add another
 * person". Adding or removing renumbers the member questions the way the rules count people.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  answersInUse,
  factDefinition,
  parseFactPath,
  questionText,
  readFact,
  type CompiledRuleSet,
  type FactDefinition,
} from '@plaza/eligibility';
import type { ScreenerState } from './screener-state.js';

type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface CheckContext {
  compiled: CompiledRuleSet;
  data: ScreenerState;
  asOf: string;
  lang: string;
  t: Translate;
  change: (id: string) => void;
  /** Opens the confirmation page for removing person `index` of `fact`. */
  remove: (fact: string, index: number) => void;
  add: (fact: string) => void;
  submit: () => void;
}

function answerText(context: CheckContext, id: string, value: unknown): string {
  const { t } = context;
  const fact = factDefinition(context.compiled, id);
  if (typeof value === 'boolean') return t(value ? 'screener.yes' : 'screener.no');
  if (Array.isArray(value)) return String(value.length);
  if (fact?.type === 'money') return `$${String(value)}`;
  if (typeof value === 'object' && value !== null) return (value as { state?: string }).state ?? '';
  const option = `${fact?.question}.option.${String(value)}`;
  const label = t(option);
  return label === option ? String(value) : label;
}

/** The household lists answered so far: each `members` fact with its people. */
const households = (context: CheckContext): [FactDefinition, unknown[]][] =>
  context.compiled.source.facts
    .filter((fact) => fact.type === 'members')
    .map((fact): [FactDefinition, unknown] => [fact, context.data.answers[fact.id]])
    .filter((entry): entry is [FactDefinition, unknown[]] => Array.isArray(entry[1]));

function people(context: CheckContext): TemplateResult[] {
  const { t } = context;
  return households(context).map(
    ([fact, list]) =>
      html`<h2>${t('screener.people.heading')}</h2>
        <ul class="people">
          ${list.map(
            (_, index) =>
              html`<li>
                ${t('screener.people.person', { number: index + 1 })}
                ${
                  list.length > 1
                    ? html`<button
                        type="button"
                        class="link"
                        @click=${() => context.remove(fact.id, index)}
                      >
                        ${t('screener.people.remove', { number: index + 1 })}
                      </button>`
                    : nothing
                }
              </li>`,
          )}
        </ul>
        <button type="button" class="secondary" @click=${() => context.add(fact.id)}>
          ${t('screener.people.add')}
        </button>`,
  );
}

export function checkView(context: CheckContext): TemplateResult {
  const { compiled, data, t } = context;
  const used = answersInUse(compiled, data.answers, data.asked, {
    ...(context.asOf ? { asOf: context.asOf } : {}),
  });
  return html`<h1 data-heading tabindex="-1">${t('screener.check.heading')}</h1>
    <dl class="answers">
      ${data.asked.map((id) => {
        const question = questionText(compiled.source, id, context.lang);
        const value = readFact(data.answers, id);
        return html`<div class="row">
          <dt>${question}</dt>
          <dd>
            ${value === undefined ? t('screener.check.notKnown') : answerText(context, id, value)}
            ${
              value !== undefined && !used.has(id)
                ? html`<span class="unused">${t('screener.check.notUsed')}</span>`
                : nothing
            }
          </dd>
          <dd>
            <button
              type="button"
              class="link"
              aria-label=${t('screener.check.changeWhat', { question })}
              @click=${() => context.change(id)}
            >
              ${t('screener.check.change')}
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    ${people(context)}
    <p>
      <button type="button" class="primary" @click=${context.submit}>
        ${t('screener.check.submit')}
      </button>
    </p>`;
}

/** "Remove person N from your household?": nothing is removed without a yes. */
export function removeView(
  index: number,
  t: Translate,
  answer: (remove: boolean) => void,
): TemplateResult {
  const number = index + 1;
  return html`<h1 data-heading tabindex="-1">${t('screener.people.confirm', { number })}</h1>
    <p>${t('screener.people.confirmHint')}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${() => answer(true)}>
        ${t('screener.people.yes', { number })}
      </button>
      <button type="button" class="secondary" @click=${() => answer(false)}>
        ${t('screener.people.no')}
      </button>
    </div>`;
}

/** The state with one more (empty) person in `fact`'s list. */
export function addMember(state: ScreenerState, fact: string): ScreenerState {
  const list = Array.isArray(state.answers[fact]) ? (state.answers[fact] as unknown[]) : [];
  return { ...state, answers: { ...state.answers, [fact]: [...list, {}] } };
}

/**
 * The state without person `index` of `fact`: their answers go, and the questions about the
 * people after them are renumbered so each answer stays with its person.
 */
export function removeMember(state: ScreenerState, fact: string, index: number): ScreenerState {
  const list = Array.isArray(state.answers[fact]) ? (state.answers[fact] as unknown[]) : [];
  const renumber = (ids: string[]): string[] =>
    ids.flatMap((id) => {
      const path = parseFactPath(id);
      if (path.fact !== fact || !path.member || path.member.index < index) return [id];
      if (path.member.index === index) return [];
      return [`${fact}[${path.member.index - 1}].${path.member.fact}`];
    });
  return {
    answers: { ...state.answers, [fact]: list.filter((_, at) => at !== index) },
    declined: renumber(state.declined),
    asked: renumber(state.asked),
  };
}
