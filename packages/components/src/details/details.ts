import { html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { detailsStyles } from './details.styles.js';

export interface ToggleDetail {
  /** Whether it is open now. */
  open: boolean;
}

/**
 * @summary A short link that reveals help only some residents need ("Help with your case
 * number"), built on the native `<details>` element.
 *
 * @slot summary - The words that open it, short and specific.
 * @slot - The help itself.
 *
 * @csspart details - The native `<details>`.
 * @csspart summary-line - The native `<summary>` that opens and closes it.
 * @csspart content - The revealed help.
 *
 * @cssprop [--plaza-details-border-color=var(--plaza-color-border-subtle)] - Bar beside the help.
 *
 * @fires plaza-toggle - When the resident opens or closes it (`detail.open`).
 *
 * Accessibility: the native disclosure: the summary is a button-like control that says whether it
 * is expanded, opened with Enter or Space. Browsers open it for find-in-page. Its open state is
 * kept when the language or the page's theme changes. Both parts are in the light DOM, readable
 * before scripts run.
 */
export class PlazaDetails extends PlazaElement {
  static override styles = detailsStyles;

  @query('details') private details!: HTMLDetailsElement | null;

  /** Whether the help is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Moves focus to the summary. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('summary')?.focus(options);
  }

  #onToggle = (): void => {
    const open = this.details?.open ?? false;
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(
      new CustomEvent<ToggleDetail>('plaza-toggle', {
        detail: { open },
        bubbles: true,
        composed: true,
      }),
    );
  };

  override render() {
    return html`<details part="details" ?open=${this.open} @toggle=${this.#onToggle}>
      <summary part="summary-line">
        <span class="summary-text"><slot name="summary"></slot></span>
      </summary>
      <div class="content" part="content"><slot></slot></div>
    </details>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The details opened or closed (also fired by accordion sections). */
    'plaza-toggle': CustomEvent<ToggleDetail>;
  }
}
