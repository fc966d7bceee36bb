import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlazaElement, safeNavigationUrl } from '@plaza/core';
import { systemClock, type TimeoutClock } from './clock.js';
import { messages } from './timeout-warning.messages.js';
import { timeoutWarningStyles } from './timeout-warning.styles.js';

export type { TimeoutClock } from './clock.js';

/** `plaza-extend`: the resident chose to continue; the session should now end at `expiresAt`. */
export interface TimeoutExtendDetail {
  expiresAt: number;
}
/** `plaza-save`: the session is ending; save what the resident typed (pass the work to `waitUntil`). */
export interface TimeoutSaveDetail {
  reason: 'timeout';
  waitUntil(work: Promise<unknown>): void;
}
/** `plaza-expire`: the session has ended; `redirect` is where the page goes unless cancelled. */
export interface TimeoutExpireDetail {
  redirect: string | null;
}

interface ExtendMessage {
  type: 'extend';
  expiresAt: number;
}

const isExtendMessage = (data: unknown): data is ExtendMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as ExtendMessage).type === 'extend' &&
  Number.isFinite((data as ExtendMessage).expiresAt);

/** `expires-at` takes milliseconds since 1970 or an ISO date and time. */
const toTime = (value: string | null): number => {
  if (!value) return 0;
  const time = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
  return Number.isFinite(time) ? time : 0;
};

const SECOND = 1000;

/**
 * @summary Warns before a session times out, in a modal dialog, and lets the resident continue
 * (WCAG 2.2.1 Timing Adjustable).
 *
 * @slot - More about what happens at the end, such as "We will delete your answers to protect
 * your information."
 *
 * @csspart dialog - The `<plaza-dialog>` (a native modal `<dialog>`).
 * @csspart heading - The dialog's heading.
 * @csspart countdown - The visible countdown.
 * @csspart continue-button - The "Continue" button.
 *
 * @fires plaza-extend - The resident chose Continue (or pressed Escape); extend the session on the
 * server. `detail.expiresAt` is the new end (`session-length` from now).
 * @fires plaza-save - The session has ended: save the resident's answers now. Call
 * `detail.waitUntil(promise)` to finish saving before `plaza-expire`.
 * @fires plaza-expire - After saving. `detail.redirect` is the safe address the page then goes to;
 * `preventDefault()` stays on the page.
 *
 * Accessibility: the warning is a modal `<dialog>` named by its heading, opened with focus on it;
 * the page behind is inert. The countdown changes every second on screen but is hidden from
 * screen readers, which hear a quieter announcement instead: every minute, then every 20 seconds
 * in the last minute. Continue and Escape both extend the session; focus goes back to where it was.
 */
export class PlazaTimeoutWarning extends PlazaElement {
  static override messages = messages;
  static override styles = timeoutWarningStyles;

  #timer: unknown = null;
  #channel: BroadcastChannel | null = null;
  #announcedMark = 0;
  #expired = false;

  @state() private open = false;
  @state() private secondsLeft = 0;
  @state() private announcement = '';

  /**
   * When the session ends: milliseconds since 1970 (`Date.now()` time) or, as an attribute, an ISO
   * date and time. When not set, the session ends `session-length` seconds after the element
   * first renders.
   */
  @property({ attribute: 'expires-at', converter: toTime }) expiresAt = 0;
  /** How long a session lasts, in seconds: Continue extends it by this much. */
  @property({ type: Number, attribute: 'session-length' }) sessionLength = 20 * 60;
  /** How many seconds before the end the warning opens; at least 20 s (WCAG 2.2.1), 2 minutes by default. */
  @property({ type: Number, attribute: 'warn-before' }) warnBefore = 120;
  /** Where to go after the session ends: an http(s) or same-site address; anything else is ignored. */
  @property() redirect = '';
  /** The BroadcastChannel name shared by the service's tabs, so continuing in one closes the warning in all. */
  @property() channel = 'plaza-session';
  /** The time source (the page's clock by default). */
  @property({ attribute: false }) clock: TimeoutClock = systemClock;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.hasUpdated) {
      this.#openChannel();
      this.#schedule();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.clock.clearTimeout(this.#timer);
    this.#channel?.close();
    this.#channel = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && !this.expiresAt) {
      this.expiresAt = this.clock.now() + this.sessionLength * SECOND;
    }
    if (changed.has('expiresAt')) this.#expired = false;
    // Scheduling here, not in updated(), lets the countdown's first state render in this update.
    if (changed.has('expiresAt') || changed.has('warnBefore') || changed.has('clock')) {
      this.#schedule();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('channel')) this.#openChannel();
  }

  /**
   * The session now ends at `expiresAt` (by default `session-length` seconds from now). Closes the
   * warning here and in the resident's other tabs. Call it when the server extended the session
   * some other way.
   */
  extend(expiresAt = this.clock.now() + this.sessionLength * SECOND): void {
    this.expiresAt = expiresAt;
    this.#channel?.postMessage({ type: 'extend', expiresAt } satisfies ExtendMessage);
  }

  #openChannel(): void {
    this.#channel?.close();
    this.#channel = null;
    if (!this.isConnected || !this.channel || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(this.channel);
    this.#channel.onmessage = ({ data }: MessageEvent) => {
      if (isExtendMessage(data)) this.expiresAt = data.expiresAt;
    };
  }

  /** One timer at a time: to the warning, then each second of the countdown, then the end. */
  #schedule(): void {
    this.clock.clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.isConnected || this.#expired || !this.expiresAt) return;
    const left = this.expiresAt - this.clock.now();
    if (left <= 0) {
      void this.#expire();
      return;
    }
    const warnFor = Math.max(this.warnBefore, 20) * SECOND;
    if (left > warnFor) {
      this.open = false;
      this.#timer = this.clock.setTimeout(() => this.#schedule(), left - warnFor);
      return;
    }
    this.secondsLeft = Math.ceil(left / SECOND);
    if (!this.open) this.#announcedMark = 0;
    this.open = true;
    this.#announce();
    this.#timer = this.clock.setTimeout(
      () => this.#schedule(),
      left - (this.secondsLeft - 1) * SECOND,
    );
  }

  /** Each minute, then each 20 seconds in the last minute (and once on opening). */
  #announce(): void {
    const seconds = this.secondsLeft;
    const mark = seconds > 60 ? Math.ceil(seconds / 60) * 60 : Math.ceil(seconds / 20) * 20;
    if (mark === this.#announcedMark) return;
    this.#announcedMark = mark;
    this.announcement = this.t('timeoutWarning.countdown', { time: this.#duration(seconds) });
  }

  async #expire(): Promise<void> {
    this.#expired = true;
    this.open = false;
    const work: Promise<unknown>[] = [];
    this.#fire<TimeoutSaveDetail>('plaza-save', {
      reason: 'timeout',
      waitUntil: (promise) => work.push(promise),
    });
    await Promise.allSettled(work);
    const redirect = safeNavigationUrl(this.redirect, this.ownerDocument.baseURI);
    if (this.redirect && !redirect) {
      console.warn(
        `<plaza-timeout-warning>: redirect "${this.redirect}" is not an http(s) address`,
      );
    }
    const proceed = this.#fire<TimeoutExpireDetail>('plaza-expire', { redirect }, true);
    if (proceed && redirect) this.ownerDocument.defaultView?.location.assign(redirect);
  }

  /** Dispatches a bubbling, composed event; true unless a listener cancelled it. */
  #fire<T>(name: string, detail: T, cancelable = false): boolean {
    const event = new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable, detail });
    return this.dispatchEvent(event);
  }

  #duration(totalSeconds: number): string {
    const minutes = Math.floor(totalSeconds / 60);
    const seconds = totalSeconds % 60;
    const minuteText = this.t('timeoutWarning.minutes', { count: minutes });
    const secondText = this.t('timeoutWarning.seconds', { count: seconds });
    if (!minutes) return secondText;
    if (!seconds) return minuteText;
    return this.t('timeoutWarning.minutesAndSeconds', {
      minutes: minuteText,
      seconds: secondText,
    });
  }

  #continue = (): void => {
    this.extend();
    this.#fire<TimeoutExtendDetail>('plaza-extend', { expiresAt: this.expiresAt });
  };

  /** The resident is plainly there: Escape continues too rather than leaving the timer running. */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) this.#continue();
  };

  /** Background tabs' timers are slowed; catch up when the tab is seen again. */
  #onVisibilityChange = (): void => {
    if (this.ownerDocument.visibilityState === 'visible') this.#schedule();
  };

  override render() {
    return html`<plaza-dialog
      part="dialog"
      no-escape
      ?open=${this.open}
      @keydown=${this.#onKeydown}
    >
      <h2 slot="heading" part="heading">${this.t('timeoutWarning.heading')}</h2>
      <p class="countdown" part="countdown" aria-hidden="true">
        ${this.t('timeoutWarning.countdown', { time: this.#duration(this.secondsLeft) })}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <slot></slot>
      <div slot="actions">
        <button type="button" class="continue" part="continue-button" @click=${this.#continue}>
          ${this.t('timeoutWarning.continue')}
        </button>
      </div>
    </plaza-dialog>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    /** The session was extended. */
    'plaza-extend': CustomEvent<TimeoutExtendDetail>;
    /** Time to save the resident's answers before the session ends. */
    'plaza-save': CustomEvent<TimeoutSaveDetail>;
    /** The session ended (cancelable: the page then stays). */
    'plaza-expire': CustomEvent<TimeoutExpireDetail>;
  }
}
