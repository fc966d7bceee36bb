import { html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { officialBannerStyles } from './official-banner.styles.js';
import { messages } from './official-banner.messages.js';

const domainIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2 2 7v2h20V7L12 2Zm-7 9v7h3v-7H5Zm5.5 0v7h3v-7h-3Zm5.5 0v7h3v-7h-3ZM2 20v2h20v-2H2Z"/></svg>`;
const lockIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M17 9h-1V7a4 4 0 1 0-8 0v2H7a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2Zm-7-2a2 2 0 1 1 4 0v2h-4V7Z"/></svg>`;

/**
 * @summary The strip at the very top of a government page: "An official website of …" and a
 * disclosure explaining how to tell an official, secure site (its domain and HTTPS).
 *
 * @slot - The first line, written in the page so it reads before scripts run: "An official website
 * of the State of Example". Defaults to that sentence built from `jurisdiction`.
 * @slot domain-guidance - Replaces the sentence explaining the official domain.
 * @slot https-guidance - Replaces the sentence explaining HTTPS and the lock.
 *
 * @csspart banner - The whole strip (a labelled region).
 * @csspart intro - The first line.
 * @csspart toggle - The "Here’s how you know" button.
 * @csspart guidance - The panel the button shows and hides.
 *
 * @cssprop [--plaza-official-banner-background=var(--plaza-color-surface)] - Background.
 * @cssprop [--plaza-official-banner-max-width=100%] - Width of the content, to line it up with the page.
 *
 * Accessibility: a region landmark named "Official website". The button follows the WAI-ARIA
 * disclosure pattern: `aria-expanded` says whether the explanation shows, `aria-controls` points at
 * it, Enter and Space toggle it, and focus stays on the button. The explanation follows the
 * button in reading order; its icons are decorative.
 */
export class PlazaOfficialBanner extends PlazaElement {
  static override messages = messages;
  static override styles = officialBannerStyles;

  /** Who runs the site, in the words of the sentence: "the State of Example", "Example County". */
  @property() jurisdiction = '';
  /** The official domain residents should look for: ".gov", or your own such as "example.gov". */
  @property() domain = '.gov';
  /** Whether the explanation shows. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Shows or hides the explanation, as the button does. */
  toggle(force?: boolean): void {
    this.open = force ?? !this.open;
  }

  #onToggle = (): void => this.toggle();

  override render() {
    const domain = { domain: this.domain };
    const intro = this.jurisdiction
      ? this.t('officialBanner.intro', { jurisdiction: this.jurisdiction })
      : this.t('officialBanner.introGeneric');
    return html`<section part="banner" aria-label=${this.t('officialBanner.label')}>
      <div class="bar">
        <p class="intro" part="intro"><slot>${intro}</slot></p>
        <button
          type="button"
          part="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="guidance"
          @click=${this.#onToggle}
        >
          ${this.t('officialBanner.toggle')}<span class="chevron" aria-hidden="true"></span>
        </button>
      </div>
      <div id="guidance" class="guidance" part="guidance" ?hidden=${!this.open}>
        <div class="item">
          <span class="icon">${domainIcon}</span>
          <p>
            <strong>${this.t('officialBanner.domainHeading', domain)}</strong><br />
            <slot name="domain-guidance">${this.t('officialBanner.domainText', domain)}</slot>
          </p>
        </div>
        <div class="item">
          <span class="icon">${lockIcon}</span>
          <p>
            <strong>${this.t('officialBanner.httpsHeading', domain)}</strong><br />
            <slot name="https-guidance">${this.t('officialBanner.httpsText', domain)}</slot>
          </p>
        </div>
      </div>
    </section>`;
  }
}
