import { html, isServer, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { PlazaElement, announce } from '@plaza/core';
import { alertStyles } from './alert.styles.js';
import { messages } from './alert.messages.js';
import { mutationObserver } from '../parts/observer.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<AlertVariant, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="M11 10h2v7h-2zM11 6.5h2v2h-2z" class="fg"/>`,
  success: svg`<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="m7 12.5 3.2 3.2L17 9" class="fg-line" stroke-width="2.2"/>`,
  warning: svg`<path d="M12 2 23 21H1z" fill="currentColor"/><path d="M11 9h2v6h-2zM11 16.5h2v2h-2z" class="fg"/>`,
  error: svg`<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="m8 8 8 8m0-8-8 8" class="fg-line" stroke-width="2.2"/>`,
};

/**
 * True from the moment `customElements.define()` reads `observedAttributes` until the task ends:
 * the elements it upgrades synchronously in that call are the ones that were already in the page.
 */
let definingNow = false;
function markDefinition(): void {
  if (definingNow) return;
  definingNow = true;
  queueMicrotask(() => (definingNow = false));
}

/**
 * @summary A message about the page or the resident's task: information, success, a warning or an
 * error. It is announced by screen readers only when it appears or changes after the page loaded.
 *
 * @slot heading - An optional heading, such as `<h2 slot="heading">Your session will end soon</h2>`.
 * @slot - The message, written in the page so it reads before scripts run.
 *
 * @csspart alert - The box.
 * @csspart icon - The decorative icon.
 * @csspart message - The box around the heading and the message.
 *
 * @cssprop [--plaza-alert-accent=var(--plaza-color-info)] - The bar and icon colour; each variant
 * sets it from its own colour token.
 * @cssprop [--plaza-alert-background=var(--plaza-color-info-surface)] - Background; each variant
 * sets it from its own surface token.
 *
 * Accessibility: the variant is said in words, as a visually hidden "Information:", "Success:",
 * "Warning:" or "Error:" before the message, never by colour or icon alone. The element is never a
 * live region itself, so an alert that was in the page when it loaded is read in place, like the
 * text around it, and is not announced again. An alert that is added later, shown by removing
 * `hidden`, or whose text changes, is announced once through Plaza's page-level live region:
 * assertively for errors, politely otherwise.
 */
export class PlazaAlert extends PlazaElement {
  static override messages = messages;
  static override styles = alertStyles;

  /** Read by `customElements.define()`, just before it upgrades the alerts already in the page. */
  static override get observedAttributes(): string[] {
    markDefinition();
    return [...super.observedAttributes, 'hidden'];
  }

  /**
   * True for an alert that is part of the page as it loads: parsed while the document is loading,
   * or already in the page when the element was defined (upgraded in place). Its first appearance
   * is silent. Alerts added later in any way (DOM methods, `innerHTML`, a framework) are not.
   */
  #presentAtLoad =
    // Server-rendered alerts are part of the page as it loads (Lit's server has no document).
    isServer || (this.isConnected && definingNow) || this.ownerDocument.readyState === 'loading';
  #contentObserver = mutationObserver(() => this.#announceIfShown());

  @property({ reflect: true }) variant: AlertVariant = 'info';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#contentObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#presentAtLoad) {
      this.#presentAtLoad = false;
    } else {
      void this.updateComplete.then(() => this.#announceIfShown());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#contentObserver.disconnect();
  }

  /** Removing `hidden` shows the alert: that is an appearance, and is announced. */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'hidden' && old !== null && value === null && this.isConnected) {
      this.#announceIfShown();
    }
  }

  /** What a screen reader says: the variant in words, then the heading and the message. */
  get announcement(): string {
    // innerText keeps the line breaks between a heading and paragraphs that textContent loses.
    const text = (this.innerText || this.textContent || '').replace(/\s+/g, ' ').trim();
    return `${this.t(`alert.${this.#variant}`)} ${text}`.trim();
  }

  get #variant(): AlertVariant {
    return this.variant in ICONS ? this.variant : 'info';
  }

  #announceIfShown(): void {
    if (!this.isConnected || this.hidden || !this.checkVisibility()) return;
    void announce(this.announcement, {
      politeness: this.#variant === 'error' ? 'assertive' : 'polite',
      doc: this.ownerDocument,
    });
  }

  override render() {
    const variant = this.#variant;
    return html`<div class="alert" part="alert">
      <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${ICONS[variant]}
      </svg>
      <div class="message" part="message">
        <span class="visually-hidden">${this.t(`alert.${variant}`)}</span>
        <slot name="heading"></slot>
        <slot></slot>
      </div>
    </div>`;
  }
}
