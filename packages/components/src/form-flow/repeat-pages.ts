/**
 * The pages a repeat group makes itself: the list ("Who lives with you?") with each item's summary,
 * Change and Remove, and the question whether to add another; and the confirmation before an item
 * is removed. Both answer with radios that @plaza/flow's navigator reads (`addAnother`,
 * `confirmRemove`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ADD_ANOTHER, CONFIRM_REMOVE, type FlowState, type RepeatGroup } from '@plaza/flow';
import type { Translate } from './controls.js';
import { itemsOf, itemSummary, type PageNode } from './navigation.js';

export interface RepeatPageOptions {
  state: FlowState;
  group: PageNode;
  t: Translate;
  /** The server or navigator error for the yes/no question, already in words. */
  error: string;
  onChange(index: number): void;
  onRemove(index: number): void;
}

const yesNo = (name: string, label: string, t: Translate, error: string) =>
  html`<plaza-radio-group
    data-question=${name}
    name=${name}
    label=${label}
    required
    inline
    .error=${error}
  >
    <plaza-radio value="yes" label=${t('flow.yes')}></plaza-radio>
    <plaza-radio value="no" label=${t('flow.no')}></plaza-radio>
  </plaza-radio-group>`;

/** The list of items and "Do you need to add another …?" */
export function renderRepeatList(options: RepeatPageOptions): TemplateResult {
  const { state, group, t } = options;
  const def = group.def as RepeatGroup;
  const items = itemsOf(state, group, state.location.items);
  const full = items.length >= (def.max ?? Infinity);
  const act = (action: (index: number) => void, index: number) => (event: Event) => {
    event.preventDefault();
    action(index);
  };
  return html`${def.guidance ? html`<p class="plaza-flow-guidance">${t(def.guidance)}</p>` : nothing}
  ${
    items.length
      ? html`<ul class="plaza-flow-items">
          ${items.map((item, index) => {
            const summary = itemSummary(group, item, t);
            return html`<li class="plaza-flow-item">
              <span class="plaza-flow-item-summary">${summary}</span>
              <span class="plaza-flow-item-actions">
                <a href="#change-${index}" @click=${act(options.onChange, index)}
                  >${t('flow.change')}<span class="plaza-flow-hidden"> ${summary}</span></a
                >
                <a href="#remove-${index}" @click=${act(options.onRemove, index)}
                  >${t('flow.remove')}<span class="plaza-flow-hidden"> ${summary}</span></a
                >
              </span>
            </li>`;
          })}
        </ul>`
      : nothing
  }
  ${
    full
      ? nothing
      : yesNo(
          ADD_ANOTHER,
          def.addAnother
            ? t(def.addAnother)
            : t('flow.addAnother.question', { item: t(def.itemName) }),
          t,
          options.error,
        )
  }`;
}

/** "Are you sure you want to remove Ana, 34?" */
export function renderRemoveQuestion(options: RepeatPageOptions): TemplateResult {
  const { state, group, t } = options;
  const index = state.location.items.at(-1) ?? 0;
  const item = itemsOf(state, group, state.location.items.slice(0, -1))[index];
  const summary = item ? itemSummary(group, item, t) : '';
  return yesNo(CONFIRM_REMOVE, t('flow.removeItem.question', { item: summary }), t, options.error);
}
