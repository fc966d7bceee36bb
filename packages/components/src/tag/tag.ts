import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { tagStyles } from './tag.styles.js';

export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

/**
 * @summary A short status label, such as "Completed" or "Cannot start yet".
 *
 * @slot - The status text. Required: the words carry the meaning, the colour only repeats it.
 *
 * @csspart tag - The label's box.
 *
 * @cssprop [--plaza-tag-color=var(--plaza-color-text)] - Text and border colour of a neutral tag.
 * @cssprop [--plaza-tag-background=var(--plaza-color-surface)] - Background of a neutral tag.
 *
 * Accessibility: the text is in the light DOM, so it is read (and indexed) as plain text, before
 * and after scripts run. Colour is never the only signal: every variant has a visible border,
 * which forced-colours mode keeps, and the words say the status. A tag is not interactive; do not
 * put links or buttons in it.
 */
export class PlazaTag extends PlazaElement {
  static override styles = tagStyles;

  /** The status the colour repeats: `neutral`, `info`, `success`, `warning` or `error`. */
  @property({ reflect: true }) variant: TagVariant = 'neutral';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.textContent?.trim()) {
      console.error('<plaza-tag> needs text: colour alone cannot tell a status.');
    }
  }

  override render() {
    return html`<strong class="tag" part="tag"><slot></slot></strong>`;
  }
}
