import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber, PlazaElement } from '@plaza/core';
import { paginationStyles } from './pagination.styles.js';

export interface PageChangeDetail {
  /** The page the resident chose. */
  page: number;
}

/** Pages to show: first, last, current and its neighbours; `null` marks skipped pages (…). */
export function pageItems(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, current - 1, current, current + 1, total]);
  const pages = [...wanted].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  const items: (number | null)[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) items.push(null);
    items.push(page);
  }
  return items;
}

/**
 * @summary Links to the other pages of a long list (search results, a list of applications).
 *
 * @slot - A fallback for before scripts run, such as `<a href="?page=2">Next page</a>`; it is not
 * shown once the element has drawn its links.
 *
 * @csspart nav - The navigation landmark.
 * @csspart previous - The "Previous" link.
 * @csspart next - The "Next" link.
 * @csspart list - The list of page numbers.
 * @csspart page - Each page number link.
 * @csspart current-page - The current page's link.
 * @csspart ellipsis - The "…" standing for skipped pages.
 *
 * @cssprop [--plaza-pagination-current-background=var(--plaza-color-primary)] - Current page background.
 *
 * @fires plaza-page-change - When the resident chooses a page (`detail.page`). Cancel it
 * (`preventDefault()`) to handle the change in script instead of following the link.
 *
 * Accessibility: a `nav` landmark named "Pagination"; "Previous" and "Next" are named "Previous
 * page" and "Next page"; each number is named "Page 3"; the current page has `aria-current="page"`,
 * which screen readers announce ("current page"). Previous is left out on the first page and Next
 * on the last. Every link is at least 44px square; the list wraps on narrow screens.
 */
export class PlazaPagination extends PlazaElement {
  static override styles = paginationStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'pagination.label': 'Pagination',
      'pagination.previous': 'Previous',
      'pagination.next': 'Next',
      'pagination.previousLabel': 'Previous page',
      'pagination.nextLabel': 'Next page',
      'pagination.page': 'Page {page}',
    },
    es: {
      'pagination.label': 'Paginación',
      'pagination.previous': 'Anterior',
      'pagination.next': 'Siguiente',
      'pagination.previousLabel': 'Página anterior',
      'pagination.nextLabel': 'Página siguiente',
      'pagination.page': 'Página {page}',
    },
  };

  /** The page being shown, from 1. */
  @property({ type: Number }) current = 1;
  /** How many pages there are. */
  @property({ type: Number }) total = 1;
  /** Link to a page; `{page}` is replaced by its number. */
  @property() href = '?page={page}';
  /** Names the landmark; defaults to "Pagination" in the page's language. */
  @property() label = '';

  /** The link to `page`. */
  hrefFor(page: number): string {
    return this.href.replaceAll('{page}', String(page));
  }

  #choose(event: Event, page: number): void {
    const proceed = this.dispatchEvent(
      new CustomEvent<PageChangeDetail>('plaza-page-change', {
        detail: { page },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!proceed) event.preventDefault();
  }

  #renderPage(page: number | null, current: number) {
    if (page === null) {
      return html`<li class="ellipsis" part="ellipsis">…</li>`;
    }
    const isCurrent = page === current;
    return html`<li>
      <a
        part=${isCurrent ? 'page current-page' : 'page'}
        class=${isCurrent ? 'current' : ''}
        href=${this.hrefFor(page)}
        aria-label=${this.t('pagination.page', { page })}
        aria-current=${isCurrent ? 'page' : nothing}
        @click=${(event: Event) => this.#choose(event, page)}
        >${formatNumber(this.localize.lang, page)}</a
      >
    </li>`;
  }

  override render() {
    const total = Math.max(1, Math.floor(this.total) || 1);
    const current = Math.min(total, Math.max(1, Math.floor(this.current) || 1));
    const previous =
      current > 1
        ? html`<a
            class="step previous"
            part="previous"
            rel="prev"
            href=${this.hrefFor(current - 1)}
            aria-label=${this.t('pagination.previousLabel')}
            @click=${(event: Event) => this.#choose(event, current - 1)}
            ><span class="arrow" aria-hidden="true"></span>${this.t('pagination.previous')}</a
          >`
        : nothing;
    const next =
      current < total
        ? html`<a
            class="step next"
            part="next"
            rel="next"
            href=${this.hrefFor(current + 1)}
            aria-label=${this.t('pagination.nextLabel')}
            @click=${(event: Event) => this.#choose(event, current + 1)}
            >${this.t('pagination.next')}<span class="arrow" aria-hidden="true"></span
          ></a>`
        : nothing;
    return html`<nav part="nav" aria-label=${this.label || this.t('pagination.label')}>
      ${previous}
      <ul part="list">
        ${pageItems(current, total).map((page) => this.#renderPage(page, current))}
      </ul>
      ${next}
    </nav>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The resident chose another page. */
    'plaza-page-change': CustomEvent<PageChangeDetail>;
  }
}
