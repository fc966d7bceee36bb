/**
 * The page the resident is on, drawn from @plaza/flow's `pageView`: a question page, a repeat
 * group's list or remove question, the task list, check your answers, or the confirmation. Every
 * page has one `<h1 class="plaza-flow-heading">` that takes focus when the page changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { FlowNavigator, FlowState, Location, PageView } from '@plaza/flow';
import type { SummaryError } from '../error-summary/error-summary.js';
import { renderCheckAnswers } from './check-answers.js';
import { renderControl, type Translate } from './controls.js';
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
    case 'question':
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

/** Each page gets new controls: a control kept from the last page would keep its last value. */
export const renderFlowPage = (options: FlowPageOptions): TemplateResult =>
  html`${keyed(options.view.key, renderPage(options))}`;

function renderPage(options: FlowPageOptions): TemplateResult {
  const { view, t } = options;
  const title = pageHeading(view, t);
  if (view.kind === 'confirmation') {
    return html`<plaza-panel
      ><h1 class="plaza-flow-heading" tabindex="-1" slot="heading">${title}</h1>
      ${view.guidance ? t(view.guidance) : nothing}</plaza-panel
    >`;
  }
  const summary: SummaryError[] = view.errors.map((error) => ({
    message: t(error.message, error.args),
    field: error.field,
  }));
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
    ${heading(title)} ${pageBody(options)}
    <div class="plaza-flow-actions">
      <plaza-button type="submit">${t('flow.continue')}</plaza-button>
      <plaza-button type="button" variant="link" @click=${options.onClear}
        >${t('flow.clearAnswers')}</plaza-button
      >
    </div>
  </form>`;
}
