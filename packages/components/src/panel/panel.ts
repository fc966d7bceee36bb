import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { panelStyles } from './panel.styles.js';

/**
 * @summary The confirmation panel at the top of the last page of a transaction: "Application
 * complete" and the reference number.
 *
 * @slot heading - The page heading, usually an `<h1>` ("Application complete").
 * @slot reference-number - The reference number, if you write it in the page (readable before scripts
 * run); or set the `reference` attribute.
 * @slot - Any short text under the heading.
 *
 * @csspart panel - The panel's box.
 * @csspart reference-label - "Your reference number".
 * @csspart reference-value - The reference number itself.
 *
 * @cssprop [--plaza-panel-background=var(--plaza-color-success-surface)] - Background of the panel.
 * @cssprop [--plaza-panel-border-color=var(--plaza-color-success)] - Border of the panel.
 *
 * Accessibility: the heading is yours and in the light DOM, so it is the page's real `<h1>`; the
 * reference number follows its translated label in reading order and is set in a monospaced font
 * that keeps similar characters apart (0 and O, 1 and l). The panel has a border, so it keeps its
 * outline in forced-colours mode. It takes no focus and announces nothing: it is the page.
 */
export class PlazaPanel extends PlazaElement {
  static override styles = panelStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'panel.reference': 'Your reference number',
    },
    es: {
      'panel.reference': 'Su número de referencia',
    },
  };

  /** The reference number, shown under a translated "Your reference number". */
  @property() reference = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.slots.has('heading')) {
      console.error('<plaza-panel> needs a heading: put an <h1 slot="heading"> in it.');
    }
  }

  #renderReference() {
    const show = Boolean(this.reference) || this.slots.has('reference-number');
    return html`<p class="reference" ?hidden=${!show}>
      <span part="reference-label">${this.t('panel.reference')}</span>
      <strong class="value" part="reference-value"
        ><slot name="reference-number">${this.reference}</slot></strong
      >
    </p>`;
  }

  override render() {
    return html`<div class="panel" part="panel">
      <slot name="heading"></slot>
      <div class="body"><slot></slot></div>
      ${this.#renderReference()}
    </div>`;
  }
}
