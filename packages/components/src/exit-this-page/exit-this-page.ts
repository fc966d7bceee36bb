import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement, announce, safeNavigationUrl } from '@plaza/core';
import { messages } from './exit-this-page.messages.js';
import { exitThisPageStyles } from './exit-this-page.styles.js';

/** `plaza-exit`: the resident is leaving; clear stored answers when `clearAnswers` is true. */
export interface ExitDetail {
  url: string;
  clearAnswers: boolean;
}

/** A neutral page that gives nothing away about the service the resident was using. */
export const DEFAULT_EXIT_URL = 'https://www.weather.gov/';
const SHIFT_PRESSES = 3;
/** The three presses must fall within this many milliseconds (as GOV.UK's pattern does). */
const SHIFT_WINDOW = 5000;

/**
 * @summary Lets a resident leave a sensitive service quickly (domestic abuse, a safety plan): a
 * button, or Shift pressed three times, replaces the page with a neutral one.
 *
 * @csspart button - The "Exit this page" button.
 * @csspart cover - The plain cover shown over the page while it is leaving.
 *
 * @fires plaza-exit - Just before leaving: `detail.url` is where the page goes, and
 * `detail.clearAnswers` asks the service (and `<plaza-form-flow>`) to delete stored answers.
 *
 * Accessibility: the button is a real button reached by Tab. The Shift shortcut announces how
 * many presses are left ("Shift, press 2 more times to exit."), and any other key starts the
 * count again. Leaving replaces the page in history, so Back does not return to the service; the
 * page is covered at once so nothing stays readable while the neutral page loads.
 */
export class PlazaExitThisPage extends PlazaElement {
  static override messages = messages;
  static override styles = exitThisPageStyles;

  #shiftPresses: number[] = [];

  @state() private leaving = false;

  /** The neutral page to go to: an http(s) or same-site address (anything else uses the default). */
  @property() href = DEFAULT_EXIT_URL;
  /** Ask the service to delete the resident's stored answers on the way out. */
  @property({ type: Boolean, attribute: 'clear-answers' }) clearAnswers = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('keydown', this.#onKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.#onKeydown, true);
  }

  /** Leaves now, as the button and the shortcut do. */
  exit(): void {
    const base = this.ownerDocument.baseURI;
    const url = safeNavigationUrl(this.href, base) ?? DEFAULT_EXIT_URL;
    this.leaving = true;
    this.dispatchEvent(
      new CustomEvent<ExitDetail>('plaza-exit', {
        bubbles: true,
        composed: true,
        detail: { url, clearAnswers: this.clearAnswers },
      }),
    );
    this.ownerDocument.defaultView?.location.replace(url);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.#shiftPresses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    this.#shiftPresses = [...this.#shiftPresses, now].filter((time) => now - time < SHIFT_WINDOW);
    const left = SHIFT_PRESSES - this.#shiftPresses.length;
    if (left > 0) {
      void announce(this.t('exitThisPage.pressesLeft', { count: left }), {
        doc: this.ownerDocument,
      });
      return;
    }
    this.#shiftPresses = [];
    void announce(this.t('exitThisPage.leaving'), { doc: this.ownerDocument });
    this.exit();
  };

  #onClick = (): void => this.exit();

  override render() {
    return html`<button type="button" class="button" part="button" @click=${this.#onClick}>
        ${this.t('exitThisPage.button')}
      </button>
      ${this.leaving ? html`<div class="cover" part="cover"></div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The resident asked to leave the page quickly; it is being replaced. */
    'plaza-exit': CustomEvent<ExitDetail>;
  }
}
