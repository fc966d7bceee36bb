/**
 * The check-your-answers page: every answer on the resident's path, section by section, each with
 * a Change link that returns here, then the declaration and the form that sends everything.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Flow, FlowState, QuestionPage } from '@plaza/flow';
import { answerText, type Translate } from './controls.js';
import { formEntries } from './hand-off.js';
import { pageQuestions, pathPages } from './navigation.js';

export interface CheckAnswersOptions {
  flow: Flow;
  state: FlowState;
  t: Translate;
  lang: string;
  action: string;
  target: string;
  onChange(page: string): void;
  onSend(event: SubmitEvent): void;
}

/** Groups the path's pages by section (one untitled group when there are no sections). */
function sectionsOf(flow: Flow): { title: string; pages: QuestionPage[] }[] {
  const pages = pathPages(flow);
  const sections = flow.definition.sections;
  if (!sections?.length) return [{ title: '', pages }];
  return sections.map((section) => ({
    title: section.title,
    pages: pages.filter((page) => section.pages.includes(page.id)),
  }));
}

export function renderCheckAnswers(options: CheckAnswersOptions): TemplateResult {
  const { flow, state, t, lang } = options;
  /** Change links go to `#page`; the flow opens the page and comes back here after it. */
  const onListClick = (event: MouseEvent) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const page = link?.hash.slice(1);
    if (!page) return;
    event.preventDefault();
    options.onChange(decodeURIComponent(page));
  };
  return html`<h1 class="plaza-flow-heading" tabindex="-1">${t('formFlow.checkAnswers')}</h1>
    ${sectionsOf(flow).map(
      (section) =>
        html`${
            section.title ? html`<h2 class="plaza-flow-section">${t(section.title)}</h2>` : nothing
          }
          <plaza-summary-list @click=${onListClick}>
            ${section.pages.flatMap((page) =>
              pageQuestions(page).map(
                (question) =>
                  html`<plaza-summary-list-row key=${t(question.label)} href="#${page.id}"
                    >${answerText(question, state.answers[question.id], t, lang)}</plaza-summary-list-row
                  >`,
              ),
            )}
          </plaza-summary-list>`,
    )}
    <form
      method="post"
      action=${options.action || nothing}
      target=${options.target || nothing}
      @submit=${options.onSend}
    >
      <h2 class="plaza-flow-section">${t('formFlow.sendHeading')}</h2>
      <p>${t('formFlow.declaration')}</p>
      ${formEntries(state.answers, state.repeats).map(
        ([name, value]) => html`<input type="hidden" name=${name} .value=${value} />`,
      )}
      <plaza-button type="submit">${t('formFlow.send')}</plaza-button>
    </form>`;
}
