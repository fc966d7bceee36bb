import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { accordionSectionStyles } from './accordion.styles.js';

export interface SectionToggleDetail {
  /** Whether the section is open now. */
  open: boolean;
}

/**
 * @summary One section of a `<plaza-accordion>`: a heading with a button that shows or hides its content.
 *
 * @slot heading - The section's heading text.
 * @slot - The section's content.
 *
 * @csspart header - The heading.
 * @csspart button - The button in the heading that opens and closes the section.
 * @csspart toggle - The "Show" / "Hide" words and arrow.
 * @csspart panel - The content.
 *
 * @fires plaza-toggle - When the resident opens or closes the section (`detail.open`).
 *
 * Accessibility: WAI-ARIA Authoring Practices accordion: a heading (`heading-level`, from the
 * accordion) containing a button with `aria-expanded` and `aria-controls`. Its name is the heading
 * and "Show this section" or "Hide this section". Closed content is `hidden="until-found"`, so
 * find-in-page still finds it and opens the section.
 */
export class PlazaAccordionSection extends PlazaElement {
  static override styles = accordionSectionStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'accordion.show': 'Show',
      'accordion.hide': 'Hide',
      'accordion.thisSection': 'this section',
    },
    es: {
      'accordion.show': 'Mostrar',
      'accordion.hide': 'Ocultar',
      'accordion.thisSection': 'esta sección',
    },
  };
  static override shadowRootOptions: ShadowRootInit = {
    ...PlazaElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Whether the content is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Level of the section's heading; set by the accordion unless given here. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number | undefined;

  /** Moves focus to the section's button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus(options);
  }

  #setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(
      new CustomEvent<SectionToggleDetail>('plaza-toggle', {
        detail: { open },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #onClick = (): void => this.#setOpen(!this.open);

  /** Find-in-page found text in the closed content: show it. */
  #onBeforeMatch = (): void => this.#setOpen(true);

  override render() {
    const level = Math.min(6, Math.max(1, Math.floor(this.headingLevel ?? 2) || 2));
    const action = this.open ? this.t('accordion.hide') : this.t('accordion.show');
    return html`<div class="header" part="header" role="heading" aria-level=${level}>
        <button
          id="button"
          part="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.#onClick}
        >
          <span class="heading-text" id="heading-text"><slot name="heading"></slot></span>
          <span class="toggle" part="toggle"
            ><span class="chevron" aria-hidden="true"></span>${action}<span class="visually-hidden">
              ${this.t('accordion.thisSection')}</span
            ></span
          >
        </button>
      </div>
      <div
        id="panel"
        class="panel"
        part="panel"
        hidden=${this.open ? nothing : 'until-found'}
        @beforematch=${this.#onBeforeMatch}
      >
        <slot></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The section opened or closed (also fired by `<plaza-details>`). */
    'plaza-toggle': CustomEvent<SectionToggleDetail>;
  }
}
