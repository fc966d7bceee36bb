import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { PlazaSummaryListRow } from './summary-list-row.js';
import { summaryListStyles } from './summary-list.styles.js';
import { mutationObserver } from '../parts/observer.js';

const ROW_TAG = 'plaza-summary-list-row';

/** "Date of birth" -> "date of birth", but "SNAP case number" stays as it is. */
function inSentence(text: string, lang: string): string {
  const [first = '', second = ''] = [...text];
  if (second && second !== second.toLocaleLowerCase(lang)) return text;
  return first.toLocaleLowerCase(lang) + text.slice(first.length);
}

/**
 * @summary The "check your answers" list: each question, the resident's answer and a link to
 * change it, as one definition list.
 *
 * @slot - `<plaza-summary-list-row>` elements, one per question.
 *
 * @csspart list - The `<dl>`.
 * @csspart row - Each question's group.
 * @csspart key - The question (`<dt>`).
 * @csspart value - The answer (`<dd>`).
 * @csspart actions - The `<dd>` holding the "Change" link.
 *
 * @cssprop [--plaza-summary-list-border-color=var(--plaza-color-border-subtle)] - Line between rows.
 *
 * Accessibility: one `<dl>` with a `<dt>`/`<dd>` pair per row, in a single shadow root so the
 * term-definition structure is intact for assistive technology. Each "Change" link's accessible
 * name includes its question ("Change date of birth"), so a list of links makes sense out of
 * context. The rows' text is in the light DOM before scripts run; afterwards the list draws it and
 * redraws it whenever a row changes.
 */
export class PlazaSummaryList extends PlazaElement {
  static override styles = summaryListStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'summaryList.change': 'Change',
    },
    es: {
      'summaryList.change': 'Cambiar',
    },
  };

  #observer = mutationObserver(() => this.#readRows());

  @state() private rows: PlazaSummaryListRow[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readRows();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const values = this.renderRoot.querySelectorAll('dd.value');
    this.rows.forEach((row, index) => values[index]?.replaceChildren(...row.answerNodes()));
  }

  #readRows(): void {
    const rows = [...this.children].filter((child) => child.localName === ROW_TAG);
    rows.forEach((row) => customElements.upgrade(row));
    this.rows = rows.filter(
      (row): row is PlazaSummaryListRow => row instanceof PlazaSummaryListRow,
    );
  }

  #renderActions(row: PlazaSummaryListRow, key: string) {
    if (!row.href) return nothing;
    const context = row.actionLabel || inSentence(key, this.localize.lang);
    return html`<dd class="actions" part="actions">
      <a href=${row.href}
        >${row.action || this.t('summaryList.change')}<span class="visually-hidden">
          ${context}</span
        ></a
      >
    </dd>`;
  }

  override render() {
    const anyActions = this.rows.some((row) => row.href);
    return html`<dl part="list" class=${anyActions ? 'with-actions' : ''}>
      ${this.rows.map((row) => {
        const key = row.keyText;
        return html`<div class="row" part="row">
          <dt part="key">${key}</dt>
          <dd class="value" part="value"></dd>
          ${this.#renderActions(row, key)}
        </div>`;
      })}
    </dl>`;
  }
}
