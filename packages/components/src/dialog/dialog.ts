import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { dialogStyles } from './dialog.styles.js';
import { messages } from './dialog.messages.js';

export type DialogCloseDetail = { returnValue: string };

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * @summary A modal dialog built on the native `<dialog>` and `showModal()`: the rest of the page is
 * inert until it closes.
 *
 * @slot heading - The dialog's heading, such as `<h2 slot="heading">Delete this document?</h2>`;
 * it names the dialog.
 * @slot - The content.
 * @slot actions - The buttons that answer the dialog. Any element in the dialog with a
 * `data-dialog-close` attribute closes it when clicked, with that attribute's value as the
 * `returnValue`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading-box - The box around the heading slot.
 * @csspart close-button - The "Close" button.
 * @csspart body - The scrolling box around the content.
 * @csspart actions-box - The box around the actions slot.
 *
 * @cssprop [--plaza-dialog-width=var(--plaza-measure-text)] - Largest width of the dialog.
 *
 * @fires plaza-open - After the dialog opens.
 * @fires plaza-close - After the dialog closes; `detail.returnValue` says how.
 *
 * Accessibility: follows the WAI-ARIA modal dialog pattern with the native element. The dialog is
 * named by its heading (or `label`). Opening it moves focus in: to the slotted element with
 * `autofocus`, otherwise to the dialog itself so its name is read first. Tab stays inside, the
 * page behind is inert and hidden from assistive technology, Escape closes it (unless `no-escape`),
 * and closing returns focus to the element that opened it.
 */
export class PlazaDialog extends PlazaElement {
  static override messages = messages;
  static override styles = dialogStyles;

  #opener: HTMLElement | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  /** Whether the dialog is open. Setting it opens it as a modal or closes it. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The dialog's name when it has no heading. */
  @property() label = '';
  /**
   * Escape does not close the dialog and there is no Close button: the resident must answer with
   * one of the actions. Use it only when closing without an answer would lose their work.
   */
  @property({ type: Boolean, attribute: 'no-escape' }) noEscape = false;
  /** How the dialog was last closed: the `data-dialog-close` value, or "" for Escape and Close. */
  @property({ attribute: false }) returnValue = '';

  /** Removed while open (a route change, a framework re-render): focus still goes back. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.open) return;
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.#openModal();
    if (!this.open && this.dialog.open) this.dialog.close(this.returnValue);
  }

  /** Opens the dialog as a modal, remembering what had focus to return to it. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; focus returns to the element that opened it. */
  close(returnValue = ''): void {
    this.returnValue = returnValue;
    this.open = false;
  }

  #openModal(): void {
    this.#opener = deepActiveElement(this.ownerDocument);
    this.returnValue = '';
    this.dialog.returnValue = '';
    this.dialog.showModal();
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    (autofocus ?? this.dialog).focus();
    this.dispatchEvent(new Event('plaza-open', { bubbles: true, composed: true }));
  }

  /** Escape arrives as `cancel`; with `no-escape` it is refused (and its keydown swallowed). */
  #onCancel = (event: Event): void => {
    if (this.noEscape) event.preventDefault();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.noEscape) event.preventDefault();
  };

  #onClick = (event: MouseEvent): void => {
    const closer = event
      .composedPath()
      .find(
        (node): node is HTMLElement =>
          node instanceof HTMLElement && node.hasAttribute('data-dialog-close'),
      );
    if (closer && this.contains(closer)) this.close(closer.getAttribute('data-dialog-close') ?? '');
  };

  #onClose = (): void => {
    this.returnValue = this.dialog.returnValue;
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(
      new CustomEvent<DialogCloseDetail>('plaza-close', {
        bubbles: true,
        composed: true,
        detail: { returnValue: this.returnValue },
      }),
    );
  };

  #onCloseButton = (): void => this.close();

  override render() {
    const hasHeading = this.slots.has('heading');
    return html`<dialog
      part="dialog"
      tabindex="-1"
      aria-labelledby=${hasHeading ? 'heading' : nothing}
      aria-label=${!hasHeading && this.label ? this.label : nothing}
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
    >
      <div class="header">
        <div id="heading" class="heading" part="heading-box">
          <slot name="heading"></slot>
        </div>
        ${
          this.noEscape
            ? nothing
            : html`<button
                type="button"
                class="close"
                part="close-button"
                @click=${this.#onCloseButton}
              >
                ${this.t('dialog.close')}
              </button>`
        }
      </div>
      <div class="body" part="body"><slot></slot></div>
      <div class="actions" part="actions-box"><slot name="actions"></slot></div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The dialog opened (modal). */
    'plaza-open': Event;
    /** The dialog closed, with how. */
    'plaza-close': CustomEvent<DialogCloseDetail>;
  }
}
