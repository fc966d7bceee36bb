/**
 * The check-your-answers page: every answer on the resident's path, section by section (answers
 * inside "add another" items named by the item: "Ana, 34: Age"), each with a Change link that
 * returns here, then the declaration and the form that sends everything.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FlowNavigator, FlowState, Location } from '@plaza/flow';
import { answerText, type Translate } from './controls.js';
import { formEntries } from './hand-off.js';
import {
  groupsAround,
  itemsOf,
  itemSummary,
  locationKey,
  parseLocationKey,
  scopeAt,
  shownQuestions,
} from './navigation.js';

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
  href: string;
}

function rowsBySection(options: CheckAnswersOptions): Map<string, Row[]> {
  const { navigator, state, t, lang } = options;
  const walked = navigator.walk(state);
  const sections = new Map<string, Row[]>();
  for (const { node, location } of walked.entries) {
    if (node.kind !== 'page') continue;
    const groups = groupsAround(node);
    const scope = scopeAt(state, groups, location.items);
    if (!scope) continue;
    const itemNames = groups.map((group, depth) => {
      const item = itemsOf(state, group, location.items.slice(0, depth))[location.items[depth]];
      return item ? itemSummary(group, item, t) : '';
    });
    const section = (groups[0] ?? node).section ?? '';
    const rows = sections.get(section) ?? [];
    for (const question of shownQuestions(navigator, walked, node, location)) {
      const label = t(question.def.label);
      rows.push({
        key: [...itemNames, label].filter(Boolean).join(': '),
        answer: answerText(question.def, scope.answers[question.id], t, lang),
        href: `#${locationKey(location)}`,
      });
    }
    sections.set(section, rows);
  }
  return sections;
}

export function renderCheckAnswers(options: CheckAnswersOptions): TemplateResult {
  const { navigator, state, t } = options;
  const titles = new Map(
    (navigator.flow.definition.sections ?? []).map((section) => [section.id, section.title]),
  );
  /** Change links go to `#page/items`; the flow opens that page and comes back here after it. */
  const onListClick = (event: MouseEvent) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const location = link ? parseLocationKey(decodeURIComponent(link.hash.slice(1))) : undefined;
    if (!location) return;
    event.preventDefault();
    options.onChange(location);
  };
  return html`${[...rowsBySection(options)].map(
      ([section, rows]) =>
        html`${
            titles.has(section)
              ? html`<h2 class="plaza-flow-section">${t(titles.get(section)!)}</h2>`
              : nothing
          }
          <plaza-summary-list @click=${onListClick}>
            ${rows.map(
              (row) =>
                html`<plaza-summary-list-row key=${row.key} href=${row.href}
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
      ${formEntries(state.answers, state.repeats).map(
        ([name, value]) => html`<input type="hidden" name=${name} .value=${value} />`,
      )}
      <plaza-button type="submit">${t('formFlow.send')}</plaza-button>
    </form>`;
}
