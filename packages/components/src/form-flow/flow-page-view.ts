/**
 * The page the resident is on, drawn from the navigator's state: a question page, a repeat
 * group's list or remove question, the task list, check your answers, or the confirmation. Every
 * page has one `<h1 class="plaza-flow-heading">` that takes focus when the page changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  TASK_LIST,
  type FlowIssue,
  type FlowNavigator,
  type FlowState,
  type Location,
  type QuestionPage,
  type RepeatGroup,
} from '@plaza/flow';
import type { SummaryError } from '../error-summary/error-summary.js';
import { renderCheckAnswers } from './check-answers.js';
import { renderControl, type Translate } from './controls.js';
import {
  CHECK_ANSWERS,
  CONFIRMATION,
  groupsAround,
  itemsOf,
  itemSummary,
  scopeAt,
  shownQuestions,
} from './navigation.js';
import { renderRemoveQuestion, renderRepeatList } from './repeat-pages.js';

export interface FlowPageOptions {
  navigator: FlowNavigator;
  state: FlowState;
  /** The errors placed on this page. */
  errors: FlowIssue[];
  t: Translate;
  lang: string;
  action: string;
  target: string;
  onContinue(event: SubmitEvent): void;
  onEdit(event: Event): void;
  onChange(location: Location): void;
  onItem(action: 'changeItem' | 'removeItem', index: number): void;
  onSend(event: SubmitEvent): void;
  onClear(): void;
}

/** The current page's heading, in words (also the first part of the document title). */
export function pageHeading(navigator: FlowNavigator, state: FlowState, t: Translate): string {
  const { location } = state;
  if (location.page === CHECK_ANSWERS) return t('flow.checkAnswers.heading');
  if (location.page === CONFIRMATION) return t(navigator.flow.definition.confirmation.heading);
  if (location.page === TASK_LIST) return t('flow.taskList.heading');
  const node = navigator.node(location);
  if (!node) return '';
  if (node.kind === 'repeat' && location.remove) {
    const index = location.items.at(-1) ?? 0;
    const item = itemsOf(state, node, location.items.slice(0, -1))[index];
    return t('flow.removeItem.question', { item: item ? itemSummary(node, item, t) : '' });
  }
  const heading = t((node.def as QuestionPage | RepeatGroup).heading);
  // Item pages say whose they are: "Ana, 34: Does this person work?"
  const names = groupsAround(node).map((group, depth) => {
    const item = itemsOf(state, group, location.items.slice(0, depth))[location.items[depth]];
    return item ? itemSummary(group, item, t) : '';
  });
  return [...names.filter(Boolean), heading].join(': ');
}

const heading = (text: string) => html`<h1 class="plaza-flow-heading" tabindex="-1">${text}</h1>`;

function pageBody(options: FlowPageOptions): TemplateResult | typeof nothing {
  const { navigator, state, t, errors } = options;
  const { location } = state;
  const errorText = (question: string) => {
    const found = errors.find((error) => error.question === question);
    return found ? t(found.message, found.args) : '';
  };
  if (location.page === TASK_LIST) return nothing;
  const node = navigator.node(location);
  if (!node) return nothing;
  if (node.kind === 'repeat') {
    const repeat = {
      state,
      group: node,
      t,
      error: errorText(location.remove ? 'confirmRemove' : 'addAnother'),
      onChange: (index: number) => options.onItem('changeItem', index),
      onRemove: (index: number) => options.onItem('removeItem', index),
    };
    return location.remove ? renderRemoveQuestion(repeat) : renderRepeatList(repeat);
  }
  const page = node.def as QuestionPage;
  const scope = scopeAt(state, groupsAround(node), location.items);
  const walked = navigator.walk(state);
  const prefix = groupsAround(node)
    .map((group, depth) => `${group.id}[${location.items[depth]}].`)
    .join('');
  return html`${
    page.guidance ? html`<p class="plaza-flow-guidance">${t(page.guidance)}</p>` : nothing
  }
  ${shownQuestions(navigator, walked, node, location).map((question) =>
    renderControl(
      question.def,
      `${prefix}${question.id}`,
      scope?.answers[question.id],
      t,
      errorText(question.id),
    ),
  )}`;
}

export function renderFlowPage(options: FlowPageOptions): TemplateResult {
  const { navigator, state, t, errors } = options;
  const { page } = state.location;
  const title = pageHeading(navigator, state, t);
  if (page === CONFIRMATION) {
    const { confirmation } = navigator.flow.definition;
    return html`<plaza-panel
      ><h1 class="plaza-flow-heading" tabindex="-1" slot="heading">${title}</h1>
      ${confirmation.body ? t(confirmation.body) : nothing}</plaza-panel
    >`;
  }
  const summary: SummaryError[] = errors.map((error) => ({
    message: t(error.message, error.args),
    field: error.field,
  }));
  if (page === CHECK_ANSWERS) {
    return html`<plaza-error-summary .errors=${summary}></plaza-error-summary> ${heading(title)}
      ${renderCheckAnswers({ ...options, onChange: options.onChange })}`;
  }
  return html`<form
    class="plaza-flow-page"
    novalidate
    @submit=${options.onContinue}
    @input=${options.onEdit}
    @change=${options.onEdit}
  >
    <plaza-error-summary .errors=${summary}></plaza-error-summary>
    ${heading(title)} ${pageBody(options)}
    <div class="plaza-flow-actions">
      <plaza-button type="submit">${t('flow.continue')}</plaza-button>
      <plaza-button type="button" variant="link" @click=${options.onClear}
        >${t('flow.clearAnswers')}</plaza-button
      >
    </div>
  </form>`;
}
