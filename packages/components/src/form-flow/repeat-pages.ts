/**
 * The pages a repeat group makes itself, drawn from @plaza/flow's page view: the list ("Who else
 * lives with you?") with each item's summary, Change and Remove, and whether to add another; and
 * the question before an item is removed. Both answer with radios the navigator reads
 * (`addAnother`, `confirmRemove`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ADD_ANOTHER, CONFIRM_REMOVE, type Location, type PageView } from '@plaza/flow';
import type { Translate } from './controls.js';

export interface RepeatPageOptions {
  view: PageView;
  t: Translate;
  /** The error for the yes/no question, in words. */
  error: string;
  onItem(location: Location): void;
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
export function renderRepeatList({ view, t, error, onItem }: RepeatPageOptions): TemplateResult {
  const group = view.group!;
  const open = (location: Location) => (event: Event) => {
    event.preventDefault();
    onItem(location);
  };
  return html`${
    view.items.length
      ? html`<ul class="plaza-flow-items">
          ${view.items.map(
            (item) =>
              html`<li class="plaza-flow-item">
                <span class="plaza-flow-item-summary">${item.summary}</span>
                <span class="plaza-flow-item-actions">
                  <a href="#change-${item.index}" @click=${open(item.change)}
                    >${t('flow.change')}<span class="plaza-flow-hidden"> ${item.summary}</span></a
                  >
                  <a href="#remove-${item.index}" @click=${open(item.remove)}
                    >${t('flow.remove')}<span class="plaza-flow-hidden"> ${item.summary}</span></a
                  >
                </span>
              </li>`,
          )}
        </ul>`
      : nothing
  }
  ${
    view.canAddAnother
      ? yesNo(
          ADD_ANOTHER,
          group.addAnother
            ? t(group.addAnother)
            : t('flow.addAnother.question', { item: t(group.itemName) }),
          t,
          error,
        )
      : nothing
  }`;
}

/** "Are you sure you want to remove Ana, 34?" */
export const renderRemoveQuestion = ({ view, t, error }: RepeatPageOptions): TemplateResult =>
  yesNo(
    CONFIRM_REMOVE,
    t('flow.removeItem.question', { item: view.removing?.summary ?? '' }),
    t,
    error,
  );
