import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PlazaElement } from '@plaza/core';
import { breadcrumbsStyles } from './breadcrumbs.styles.js';
import { mutationObserver } from '../parts/observer.js';

/**
 * @summary Where the current page sits in the website's hierarchy, as a trail of links.
 *
 * @slot - The trail, in order: `<a href>` for each level, and for the current page either a link
 * with `aria-current="page"` or plain text (a `<span>`). Each child becomes one list item.
 *
 * @csspart nav - The navigation landmark.
 * @csspart list - The ordered list.
 * @csspart item - Each list item.
 *
 * @cssprop [--plaza-breadcrumbs-separator-color=var(--plaza-color-text-secondary)] - Arrow between items.
 *
 * Accessibility: follows the WAI-ARIA Authoring Practices breadcrumb pattern: a `nav` landmark
 * labelled "Breadcrumb" (translated; override with `label`), an ordered list so screen readers
 * say how many levels there are, and `aria-current="page"` on the current page (set on a trailing
 * non-link item for you). The links stay in the light DOM, so they work and are indexed before
 * scripts run. Separators are drawn in CSS and are not read.
 */
export class PlazaBreadcrumbs extends PlazaElement {
  static override styles = breadcrumbsStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'breadcrumbs.label': 'Breadcrumb',
    },
    es: {
      'breadcrumbs.label': 'Ruta de navegación',
    },
  };
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  #observer = mutationObserver(() => this.#readItems());

  @state() private items: Element[] = [];

  /** Names the landmark; defaults to "Breadcrumb" in the page's language. */
  @property() label = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readItems();
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slots = this.renderRoot.querySelectorAll('slot');
    this.items.forEach((item, index) => slots[index]?.assign(item));
    this.#markCurrent();
  }

  #readItems(): void {
    this.items = [...this.children];
  }

  /** A trailing plain-text item is the current page, unless the author marked one. */
  #markCurrent(): void {
    if (this.items.some((item) => item.hasAttribute('aria-current'))) return;
    const last = this.items.at(-1);
    if (last && !last.matches('a[href]')) last.setAttribute('aria-current', 'page');
  }

  override render() {
    return html`<nav part="nav" aria-label=${this.label || this.t('breadcrumbs.label')}>
      <ol part="list">
        ${repeat(
          this.items,
          (item) => item,
          () => html`<li part="item"><slot></slot></li>`,
        )}
      </ol>
    </nav>`;
  }
}
