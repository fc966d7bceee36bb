import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { footerStyles } from './footer.styles.js';
import { messages } from './footer.messages.js';

type FooterArea = 'links' | 'contact' | 'meta' | 'languages' | 'legal';

/**
 * @summary The page footer: the service's links, how to contact the agency, support links such as
 * the accessibility statement and privacy notice, links to the page in other languages, and the
 * legal line.
 *
 * @slot - Footer links (`<a>` elements), such as the agency's main sections.
 * @slot contact - How to get help: a heading, phone numbers, hours, an address.
 * @slot meta - Support links: accessibility statement, privacy, terms, cookies (`<a>` elements).
 * @slot languages - Links to this page in other languages, each named in its own language, with
 * `lang` and `hreflang` (`<a lang="es" hreflang="es" href="/es/…">Español</a>`).
 * @slot legal - The copyright or licence line.
 *
 * @csspart footer - The `<footer>` landmark.
 * @csspart links - The navigation around the default slot.
 * @csspart contact - The box around the contact slot.
 * @csspart meta - The navigation around the support links.
 * @csspart languages - The navigation around the language links.
 * @csspart legal - The box around the legal line.
 *
 * @cssprop [--plaza-footer-background=var(--plaza-color-surface)] - Background.
 * @cssprop [--plaza-footer-accent=var(--plaza-color-primary)] - The bar above the footer.
 *
 * Accessibility: a contentinfo landmark. Each group of links is a navigation landmark with its own
 * name ("Footer", "Support links", "Languages"), and only groups that have links are drawn. The
 * links stay the page's own elements, so they work before scripts run.
 */
export class PlazaFooter extends PlazaElement {
  static override messages = messages;
  static override styles = footerStyles;

  @state() private areas = new Set<FooterArea>();

  /** The accessible name of the main group of links; defaults to "Footer" in the page's language. */
  @property({ attribute: 'links-label' }) linksLabel = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readAreas();
  }

  #readAreas(): void {
    const areas = new Set<FooterArea>();
    for (const child of this.children) {
      const slot = child.getAttribute('slot') ?? 'links';
      if (['links', 'contact', 'meta', 'languages', 'legal'].includes(slot)) {
        areas.add(slot as FooterArea);
      }
    }
    this.areas = areas;
  }

  #onSlotChange = (): void => this.#readAreas();

  override render() {
    const has = (area: FooterArea) => this.areas.has(area);
    return html`<footer part="footer" @slotchange=${this.#onSlotChange}>
      <div class="top">
        <nav
          part="links"
          class="links"
          aria-label=${this.linksLabel || this.t('footer.linksLabel')}
          ?hidden=${!has('links')}
        >
          <slot></slot>
        </nav>
        <div part="contact" class="contact" ?hidden=${!has('contact')}>
          <slot name="contact"></slot>
        </div>
      </div>
      <div class="bottom">
        <nav
          part="meta"
          class="links meta"
          aria-label=${this.t('footer.metaLabel')}
          ?hidden=${!has('meta')}
        >
          <slot name="meta"></slot>
        </nav>
        <nav
          part="languages"
          class="links languages"
          aria-label=${this.t('footer.languagesLabel')}
          ?hidden=${!has('languages')}
        >
          <slot name="languages"></slot>
        </nav>
        <div part="legal" class="legal" ?hidden=${!has('legal')}>
          <slot name="legal"></slot>
        </div>
      </div>
    </footer>`;
  }
}
