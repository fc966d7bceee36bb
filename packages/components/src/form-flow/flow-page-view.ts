/**
 * The page the resident is on, drawn from @plaza/flow's `pageView`: a question page, a repeat
 * group's list or remove question, the task list, check your answers, or the confirmation. Every
 * page has one `<h1 class="plaza-flow-heading">` that takes focus when the page changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  locationKey,
  taskList,
  type FlowNavigator,
  type FlowState,
  type Location,
  type PageView,
  type TaskStatus,
} from '@plaza/flow';
import type { SummaryError } from '../error-summary/error-summary.js';
import { renderCheckAnswers } from './check-answers.js';
import { renderControl, type Translate } from './controls.js';
import { followLink } from './navigation.js';
import { renderRemoveQuestion, renderRepeatList } from './repeat-pages.js';

export interface FlowPageOptions {
  navigator: FlowNavigator;
  state: FlowState;
  view: PageView;
  t: Translate;
  lang: string;
  action: string;
  target: string;
  onContinue(event: SubmitEvent): void;
  onEdit(event: Event): void;
  onChange(location: Location): void;
  onItem(location: Location): void;
  onSend(event: SubmitEvent): void;
  onClear(): void;
  /** The page is one the author wrote (`<plaza-flow-page>`): the form gets a box for it. */
  authored: boolean;
  /** Show a step indicator of the definition's sections on question pages. */
  steps: boolean;
}

const TASK_STATUS: Record<TaskStatus, string> = {
  completed: 'completed',
  inProgress: 'in-progress',
  notStarted: 'not-started',
  cannotStartYet: 'cannot-start',
};

/** The task list page: each section with its status, linking to where it starts. */
const renderTaskList = ({ navigator, state, t, onItem }: FlowPageOptions): TemplateResult =>
  html`<plaza-task-list show-progress @click=${followLink(onItem)}
    >${taskList(navigator, state).map(
      (task) =>
        html`<plaza-task-list-item
          status=${TASK_STATUS[task.status]}
          href=${task.start ? `#${locationKey(task.start)}` : nothing}
          >${t(task.title)}</plaza-task-list-item
        >`,
    )}</plaza-task-list
  >`;

/**
 * "Step 2 of 3: Your household": the sections of the definition, the current page's section
 * current (`aria-current="step"` in the indicator). Nothing for pages outside every section.
 */
function renderSteps({ navigator, view, t, steps }: FlowPageOptions) {
  const sections = navigator.flow.definition.sections ?? [];
  const current = view.section ? sections.indexOf(view.section) + 1 : 0;
  if (!steps || current === 0) return nothing;
  return html`<plaza-step-indicator current=${current}
    >${sections.map((section) => html`<span>${t(section.title)}</span>`)}</plaza-step-indicator
  >`;
}

/** The page's heading in words (also the first part of the document title). */
export function pageHeading(view: PageView, t: Translate): string {
  if (view.kind === 'remove') {
    return t('flow.removeItem.question', { item: view.removing?.summary ?? '' });
  }
  return t(view.heading);
}

const heading = (text: string) => html`<h1 class="plaza-flow-heading" tabindex="-1">${text}</h1>`;

function pageBody(options: FlowPageOptions): TemplateResult | typeof nothing {
  const { view, t } = options;
  const errorText = (question: string) => {
    const found = view.errors.find((error) => error.question === question);
    return found ? t(found.message, found.args) : '';
  };
  const guidance = view.guidance
    ? html`<p class="plaza-flow-guidance">${t(view.guidance)}</p>`
    : nothing;
  switch (view.kind) {
    case 'repeat':
      return html`${guidance}
      ${renderRepeatList({ view, t, error: errorText('addAnother'), onItem: options.onItem })}`;
    case 'remove':
      return renderRemoveQuestion({
        view,
        t,
        error: errorText('confirmRemove'),
        onItem: options.onItem,
      });
    case 'task-list':
      return renderTaskList(options);
    case 'question':
      if (options.authored)
        return html`${guidance}
          <div class="plaza-flow-authored"></div>`;
      return html`${guidance}
      ${view.questions
        .filter((question) => question.visible)
        .map((question) =>
          renderControl(
            question.question,
            question.field,
            question.answer,
            t,
            question.error ? t(question.error.message, question.error.args) : '',
          ),
        )}`;
    default:
      return nothing;
  }
}

/**
 * The error summary's list, the same array until the errors themselves change: the summary takes
 * focus whenever it is given a new list, and every keystroke saves (a new state, the same errors).
 */
const summaries = new WeakMap<FlowState['errors'], { key: string; summary: SummaryError[] }>();
function summaryOf({ state, view, t, lang }: FlowPageOptions): SummaryError[] {
  const key = `${lang} ${view.key}`;
  const known = summaries.get(state.errors);
  if (known?.key === key) return known.summary;
  const summary = view.errors.map((error) => ({
    message: t(error.message, error.args),
    field: error.field,
  }));
  summaries.set(state.errors, { key, summary });
  return summary;
}

/**
 * The page. From one question page to the next the form, its error summary and its buttons stay
 * (drawing them again was a third of a page change); the heading and the controls are new for
 * each page (`keyed`): a control kept from the last page would keep its last value, and a new
 * heading taking focus is announced where a kept one would not be.
 */
export function renderFlowPage(options: FlowPageOptions): TemplateResult {
  const { view, t } = options;
  const title = pageHeading(view, t);
  if (view.kind === 'confirmation') {
    return html`<plaza-panel
      ><h1 class="plaza-flow-heading" tabindex="-1" slot="heading">${title}</h1>
      ${view.guidance ? t(view.guidance) : nothing}</plaza-panel
    >`;
  }
  const summary = summaryOf(options);
  if (view.kind === 'check-answers') {
    return html`<plaza-error-summary .errors=${summary}></plaza-error-summary> ${heading(title)}
      ${renderCheckAnswers(options)}`;
  }
  return html`<form
    class="plaza-flow-page"
    novalidate
    @submit=${options.onContinue}
    @input=${options.onEdit}
    @change=${options.onEdit}
  >
    <plaza-error-summary .errors=${summary}></plaza-error-summary>
    ${keyed(view.key, html`${heading(title)} ${renderSteps(options)} ${pageBody(options)}`)}
    <div class="plaza-flow-actions">
      <plaza-button type="submit">${t('flow.continue')}</plaza-button>
      <plaza-button type="button" variant="link" @click=${options.onClear}
        >${t('flow.clearAnswers')}</plaza-button
      >
    </div>
  </form>`;
}
