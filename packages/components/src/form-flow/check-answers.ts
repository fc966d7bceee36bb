/**
 * Check your answers, drawn from @plaza/flow's `checkAnswers`: every answer on the resident's
 * path, section by section (answers inside "add another" items named by the item: "Ana, 34: Age"),
 * each with a Change link that returns here; then the declaration and the form that sends every
 * answer as named fields (`members[0].memberName`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  answerText,
  checkAnswers,
  locationKey,
  toFormFields,
  type CheckRow,
  type FlowNavigator,
  type FlowState,
  type Location,
} from '@plaza/flow';
import type { Translate } from './controls.js';
import { followLink } from './navigation.js';

export interface CheckAnswersOptions {
  navigator: FlowNavigator;
  state: FlowState;
  t: Translate;
  lang: string;
  action: string;
  target: string;
  onChange(location: Location): void;
  onSend(event: SubmitEvent): void;
}

interface Row {
  key: string;
  answer: string;
  change: Location;
}

function flatRows(rows: CheckRow[], options: CheckAnswersOptions, names: string[] = []): Row[] {
  const { t, lang } = options;
  return rows.flatMap((row): Row[] => {
    if (row.kind === 'group') {
      return row.items.flatMap((item) => flatRows(item.rows, options, [...names, item.summary]));
    }
    return [
      {
        key: [...names, t(row.question.label)].join(': '),
        answer: answerText(row.question, row.answer, lang) || t('flow.notAnswered'),
        change: row.change,
      },
    ];
  });
}

export function renderCheckAnswers(options: CheckAnswersOptions): TemplateResult {
  const { navigator, state, t, lang } = options;
  /** Change links go to `#page/items`; the flow opens that page and comes back here after it. */
  const onListClick = followLink(options.onChange);
  return html`${checkAnswers(navigator, state, lang).sections.map(
      (section) =>
        html`${
            section.title ? html`<h2 class="plaza-flow-section">${t(section.title)}</h2>` : nothing
          }
          <plaza-summary-list @click=${onListClick}>
            ${flatRows(section.rows, options).map(
              (row) =>
                html`<plaza-summary-list-row key=${row.key} href="#${locationKey(row.change)}"
                  >${row.answer}</plaza-summary-list-row
                >`,
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
      ${toFormFields(navigator, state).map(
        ([name, value]) => html`<input type="hidden" name=${name} .value=${value} />`,
      )}
      <plaza-button type="submit">${t('formFlow.send')}</plaza-button>
    </form>`;
}
