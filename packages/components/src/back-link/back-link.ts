import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { backLinkStyles } from './back-link.styles.js';

/**
 * @summary A "Back" link to the previous page of a transaction, placed above the page heading.
 *
 * @slot - An `<a href>` with its own words (in the light DOM, so it works before scripts run).
 * Without one, the element draws a link to `href` that says "Back" in the page's language.
 *
 * @csspart link - The link drawn from `href` (not a slotted anchor).
 * @csspart chevron - The arrow before the text; it points the other way in right-to-left pages.
 *
 * @cssprop [--plaza-back-link-color=var(--plaza-color-text)] - Text and arrow colour.
 *
 * Accessibility: an ordinary link named by its text ("Back"); the arrow is decoration, hidden from
 * assistive technology and not part of the name. The target is at least 24px tall. Put it before
 * the `<main>` heading and after the skip link, so it is found but not in the way.
 */
export class PlazaBackLink extends PlazaElement {
  static override styles = backLinkStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'backLink.text': 'Back',
    },
    es: {
      'backLink.text': 'Atrás',
    },
  };

  @state() private hasSlottedLink = false;

  /** Where the link goes when there is no slotted anchor. */
  @property() href = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSlot();
  }

  #readSlot = (): void => {
    this.hasSlottedLink = this.querySelector(':scope > a[href]') !== null;
  };

  override render() {
    const chevron = html`<span class="chevron" part="chevron" aria-hidden="true"></span>`;
    const drawn =
      !this.hasSlottedLink && this.href
        ? html`<a part="link" href=${this.href}>${this.t('backLink.text')}</a>`
        : nothing;
    return html`<div class="back-link">
      ${chevron}<slot @slotchange=${this.#readSlot}></slot>${drawn}
    </div>`;
  }
}
