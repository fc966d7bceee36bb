import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { PlazaAccordionSection } from './accordion-section.js';
import { accordionStyles } from './accordion.styles.js';
import { mutationObserver } from '../parts/observer.js';

const SECTION_TAG = 'plaza-accordion-section';

/**
 * @summary Sections of content under headings, each opened and closed with its heading's
 * button, with a "Show all sections" button.
 *
 * @slot - `<plaza-accordion-section>` elements.
 *
 * @csspart controls - The row holding the "Show all sections" button.
 * @csspart show-all - The "Show all sections" / "Hide all sections" button.
 *
 * @cssprop [--plaza-accordion-border-color=var(--plaza-color-border-subtle)] - Lines between sections.
 *
 * Accessibility: WAI-ARIA Authoring Practices accordion. Tab moves between the section buttons (and
 * links inside open sections); Enter or Space opens and closes a section; Down and Up Arrow move to
 * the next and previous section's button, wrapping; Home and End go to the first and last. "Show
 * all sections" has `aria-expanded` and its words change with the sections' state. Open sections
 * stay open when the language changes. Headings and content are in the light DOM, readable
 * before scripts run.
 */
export class PlazaAccordion extends PlazaElement {
  static override styles = accordionStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'accordion.showAll': 'Show all sections',
      'accordion.hideAll': 'Hide all sections',
    },
    es: {
      'accordion.showAll': 'Mostrar todas las secciones',
      'accordion.hideAll': 'Ocultar todas las secciones',
    },
  };

  #observer = mutationObserver(() => this.#readSections());

  @state() private sections: PlazaAccordionSection[] = [];

  /** Level of every section's heading (a section's own `heading-level` wins). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSections();
    this.#observer.observe(this, {
      childList: true,
      attributes: true,
      subtree: true,
      attributeFilter: ['open'],
    });
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.removeEventListener('keydown', this.#onKeyDown);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const section of this.sections) {
      if (!section.hasAttribute('heading-level')) section.headingLevel = this.headingLevel;
    }
  }

  /** Whether every section is open. */
  get allOpen(): boolean {
    return this.sections.length > 0 && this.sections.every((section) => section.open);
  }

  /** Opens every section. */
  showAll(): void {
    this.#setAll(true);
  }

  /** Closes every section. */
  hideAll(): void {
    this.#setAll(false);
  }

  #setAll(open: boolean): void {
    for (const section of this.sections) section.open = open;
    this.requestUpdate();
  }

  #readSections(): void {
    const sections = [...this.children].filter((child) => child.localName === SECTION_TAG);
    sections.forEach((section) => customElements.upgrade(section));
    this.sections = sections.filter(
      (section): section is PlazaAccordionSection => section instanceof PlazaAccordionSection,
    );
  }

  #onShowAll = (): void => this.#setAll(!this.allOpen);

  #onKeyDown = (event: KeyboardEvent): void => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || origin.getAttribute('part') !== 'button') return;
    const current = this.sections.findIndex(
      (section) => section.shadowRoot === origin.getRootNode(),
    );
    if (current < 0) return;
    const last = this.sections.length - 1;
    const target =
      event.key === 'ArrowDown'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowUp'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (target < 0) return;
    event.preventDefault();
    this.sections[target].focus();
  };

  override render() {
    const allOpen = this.allOpen;
    return html`<div class="controls" part="controls">
        <button
          part="show-all"
          type="button"
          aria-expanded=${allOpen ? 'true' : 'false'}
          @click=${this.#onShowAll}
        >
          <span class="chevron" aria-hidden="true"></span
          >${allOpen ? this.t('accordion.hideAll') : this.t('accordion.showAll')}
        </button>
      </div>
      <div class="sections"><slot @slotchange=${() => this.#readSections()}></slot></div>`;
  }
}
