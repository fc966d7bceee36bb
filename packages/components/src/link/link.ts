import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { linkStyles } from './link.styles.js';
import { mutationObserver } from '../parts/observer.js';

const NOTE_ATTRIBUTE = 'data-plaza-link-note';

/**
 * @summary A link that says, in words, when it leads to another website or opens a new tab.
 *
 * @slot - One `<a href>`: the link itself, in the light DOM so it works and is indexed before
 * scripts run.
 *
 * @cssprop [--plaza-link-color=var(--plaza-color-link)] - Link colour.
 * @cssprop [--plaza-link-visited-color=var(--plaza-color-link-visited)] - Visited link colour.
 *
 * Accessibility: a new-tab or external link gets "(opens in new tab)", "(external website)" or
 * both as visible text inside the link, so the warning is part of its accessible name for screen
 * reader and speech users and is seen by everyone, not signalled by an icon alone. The text follows
 * the page's language. New-tab links also get `rel="noopener noreferrer"`.
 */
export class PlazaLink extends PlazaElement {
  static override styles = linkStyles;
  /** This element's own strings, registered beneath any agency override when it first connects. */
  static override messages = {
    en: {
      'link.newTab': '(opens in new tab)',
      'link.external': '(external website)',
      'link.externalNewTab': '(external website, opens in new tab)',
    },
    es: {
      'link.newTab': '(se abre en una pestaña nueva)',
      'link.external': '(sitio web externo)',
      'link.externalNewTab': '(sitio web externo, se abre en una pestaña nueva)',
    },
  };

  #observer = mutationObserver(() => this.#sync());

  /** Marks the link as leading to another website (detected from `href` when not set). */
  @property({ type: Boolean, reflect: true }) external = false;
  /** Opens the link in a new tab (also when the anchor already has `target="_blank"`). */
  @property({ type: Boolean, reflect: true, attribute: 'new-tab' }) newTab = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'target'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#sync();
  }

  /** The anchor this element enhances. */
  get anchor(): HTMLAnchorElement | null {
    return this.querySelector('a[href]');
  }

  /** True when the link leads off this site: forced by `external`, or a different host. */
  get isExternal(): boolean {
    const anchor = this.anchor;
    if (this.external) return true;
    if (!anchor || !/^https?:$/.test(anchor.protocol)) return false;
    return anchor.hostname !== this.ownerDocument.location.hostname;
  }

  #sync(): void {
    const anchor = this.anchor;
    if (!anchor) return;
    const newTab = this.newTab || anchor.target === '_blank';
    if (newTab) {
      if (anchor.target !== '_blank') anchor.target = '_blank';
      const rel = new Set(anchor.rel.split(/\s+/).filter(Boolean));
      if (!rel.has('noopener') || !rel.has('noreferrer')) {
        anchor.rel = [...rel, 'noopener', 'noreferrer']
          .filter((v, i, all) => all.indexOf(v) === i)
          .join(' ');
      }
    }
    const external = this.isExternal;
    const key =
      external && newTab
        ? 'link.externalNewTab'
        : external
          ? 'link.external'
          : newTab
            ? 'link.newTab'
            : '';
    let note = anchor.querySelector<HTMLElement>(`[${NOTE_ATTRIBUTE}]`);
    if (!key) {
      note?.remove();
      return;
    }
    const text = this.t(key);
    if (!note) {
      note = this.ownerDocument.createElement('span');
      note.setAttribute(NOTE_ATTRIBUTE, '');
      anchor.append(' ', note);
    }
    if (note.textContent !== text) note.textContent = text;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
