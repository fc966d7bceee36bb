import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { skipLinkStyles } from './skip-link.styles.js';
import { messages } from './skip-link.messages.js';

/**
 * @summary The first focusable thing on the page: a link, hidden until it takes focus, that moves
 * keyboard focus past the header and navigation to the main content.
 *
 * @slot - The link text, or a whole `<a href="#main-content">` written in the page so it works
 * before scripts run. Defaults to "Skip to main content" in the page's language.
 *
 * @csspart link - The link the element draws when no `<a>` is slotted.
 *
 * @cssprop [--plaza-skip-link-background=var(--plaza-color-surface)] - Background while shown.
 *
 * Accessibility: place it first in `<body>`, before the official banner. It is visually hidden
 * (not `display: none`) until focused, then shows in the page flow so nothing covers it. Following
 * it moves focus to the target (given `tabindex="-1"` while it holds focus, as GOV.UK does), so
 * the next Tab continues from the main content in every browser.
 */
export class PlazaSkipLink extends PlazaElement {
  static override messages = messages;
  static override styles = skipLinkStyles;

  /** True when the page supplied its own `<a>`: it is slotted, not wrapped in another link. */
  @state() private hasOwnLink = false;

  /** The fragment of the main content, such as `#main-content`. Ignored when an `<a>` is slotted. */
  @property() href = '#main-content';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLink();
    this.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
  }

  #readLink(): void {
    this.hasOwnLink = this.querySelector(':scope > a[href]') !== null;
  }

  #onSlotChange = (): void => this.#readLink();

  #onClick = (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const hash = link?.hash;
    if (!hash || hash.length < 2) return;
    const target = this.ownerDocument.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  };

  override render() {
    if (this.hasOwnLink) return html`<slot @slotchange=${this.#onSlotChange}></slot>`;
    return html`<a part="link" href=${this.href}
      ><slot @slotchange=${this.#onSlotChange}>${this.t('skipLink.text')}</slot></a
    >`;
  }
}
