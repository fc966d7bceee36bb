import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { headerStyles } from './header.styles.js';
import { messages } from './header.messages.js';

/** Fired when the menu button opens or closes the navigation on a narrow screen. */
export type HeaderMenuToggleDetail = { open: boolean };

/**
 * @summary The page header: the jurisdiction's name and logo, the service name, and the primary
 * navigation, which collapses behind a "Menu" button on narrow screens.
 *
 * @slot logo - The jurisdiction's logo or seal (an `<img>` or `<svg>`; give it `alt=""` when the
 * name is next to it).
 * @slot jurisdiction - The jurisdiction's name, usually a link to its home page.
 * @slot service - The service name, usually a link to the service's start page.
 * @slot - The primary navigation: `<a>` elements written in the page, so they work before scripts
 * run. Mark the current one with `aria-current="page"`.
 *
 * @csspart header - The `<header>` landmark.
 * @csspart brand - The row with the logo, the names and the menu button.
 * @csspart jurisdiction-name - The box around the jurisdiction slot.
 * @csspart service-name - The box around the service slot.
 * @csspart menu-button - The "Menu" button shown on narrow screens.
 * @csspart navigation - The `<nav>` around the links.
 *
 * @cssprop [--plaza-header-background=var(--plaza-color-background)] - Background.
 * @cssprop [--plaza-header-accent=var(--plaza-color-primary)] - The bar under the header and the
 * current-page marker.
 *
 * @fires plaza-menu-toggle - When the menu button opens or closes the navigation; `detail.open`.
 *
 * Accessibility: a banner landmark holding a navigation landmark named "Main". Below 40em of width
 * the links collapse behind a button following the WAI-ARIA disclosure pattern (`aria-expanded`,
 * `aria-controls`); Escape closes the open menu and returns focus to the button. The links stay
 * the page's own elements, in reading order.
 */
export class PlazaHeader extends PlazaElement {
  static override messages = messages;
  static override styles = headerStyles;

  @query('[part="menu-button"]') private menuButton!: HTMLButtonElement | null;
  @state() private hasNavigation = false;

  /** Whether the navigation is shown on a narrow screen (wide screens always show it). */
  @property({ type: Boolean, reflect: true, attribute: 'menu-open' }) menuOpen = false;
  /** The accessible name of the navigation; defaults to "Main" in the page's language. */
  @property({ attribute: 'nav-label' }) navLabel = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readNavigation();
  }

  /** Opens or closes the navigation on a narrow screen, as the menu button does. */
  toggleMenu(force?: boolean): void {
    const open = force ?? !this.menuOpen;
    if (open === this.menuOpen) return;
    this.menuOpen = open;
    this.dispatchEvent(
      new CustomEvent<HeaderMenuToggleDetail>('plaza-menu-toggle', {
        bubbles: true,
        composed: true,
        detail: { open },
      }),
    );
  }

  #readNavigation(): void {
    this.hasNavigation = [...this.children].some((child) => !child.hasAttribute('slot'));
  }

  #onNavigationChange = (): void => this.#readNavigation();

  #onMenuClick = (): void => this.toggleMenu();

  /** Escape closes the open menu from the button or any link in it, and returns to the button. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen || !this.#isCollapsible()) return;
    event.preventDefault();
    this.toggleMenu(false);
    this.menuButton?.focus();
  };

  #isCollapsible(): boolean {
    return this.menuButton !== null && this.menuButton.checkVisibility();
  }

  override render() {
    const label = this.navLabel || this.t('header.navLabel');
    return html`<header part="header" @keydown=${this.#onKeydown}>
      <div class="brand" part="brand">
        <span class="logo"><slot name="logo"></slot></span>
        <span class="names">
          <span class="jurisdiction" part="jurisdiction-name"
            ><slot name="jurisdiction"></slot
          ></span>
          <span class="service" part="service-name"><slot name="service"></slot></span>
        </span>
        ${
          this.hasNavigation
            ? html`<button
                type="button"
                part="menu-button"
                aria-expanded=${this.menuOpen ? 'true' : 'false'}
                aria-controls="navigation"
                @click=${this.#onMenuClick}
              >
                <span class="menu-icon" aria-hidden="true"></span>${this.t('header.menu')}
              </button>`
            : nothing
        }
      </div>
      <nav
        id="navigation"
        part="navigation"
        aria-label=${label}
        class=${this.menuOpen ? 'open' : ''}
        ?hidden=${!this.hasNavigation}
      >
        <slot @slotchange=${this.#onNavigationChange}></slot>
      </nav>
    </header>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The navigation menu opened or closed. */
    'plaza-menu-toggle': CustomEvent<HeaderMenuToggleDetail>;
  }
}
