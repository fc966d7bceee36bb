import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PlazaElement } from '@plaza/core';
import { notificationBannerStyles } from './notification-banner.styles.js';
import { messages } from './notification-banner.messages.js';

export type NotificationBannerVariant = 'important' | 'success';
export type NotificationBannerTitleLevel = 2 | 3 | 4 | 5 | 6;

/**
 * @summary A banner at the top of the page's main content telling the resident about something
 * that is not related to the page itself, or the result of what they just did, such as "Your
 * application was saved".
 *
 * @slot - The message, written in the page so it reads before scripts run (a heading-like
 * sentence, paragraphs, links).
 *
 * @csspart banner - The banner (a labelled region, or an alert for success).
 * @csspart title - The title bar: "Important" or "Success".
 * @csspart content - The box around the message.
 *
 * @cssprop [--plaza-notification-banner-accent=var(--plaza-color-primary)] - Border and title bar
 * colour; the success variant uses the success colour.
 *
 * Accessibility: follows GOV.UK's notification banner. The default banner is a region landmark
 * named by its title ("Important"). The success banner, shown after the resident's own action, has
 * `role="alert"` and takes focus when it first appears (with `tabindex="-1"`, removed when focus
 * leaves), so screen readers read it and the next Tab continues from it; `disable-auto-focus`
 * turns the focus move off.
 */
export class PlazaNotificationBanner extends PlazaElement {
  static override messages = messages;
  static override styles = notificationBannerStyles;

  @query('[part="banner"]') private banner!: HTMLElement | null;
  @state() private focusable = false;

  @property({ reflect: true }) variant: NotificationBannerVariant = 'important';
  /** Replaces the title ("Important" or "Success"). */
  @property({ attribute: 'banner-title' }) bannerTitle = '';
  /** The heading level of the title: 2 by default. */
  @property({ type: Number, attribute: 'title-level' }) titleLevel: NotificationBannerTitleLevel =
    2;
  /** Stops the success banner from taking focus when it first appears. */
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  protected override firstUpdated(): void {
    if (this.variant === 'success' && !this.disableAutoFocus) this.focus();
  }

  /** Moves focus to the banner, as it does for itself on first appearance when it is a success. */
  override focus(options?: FocusOptions): void {
    this.focusable = true;
    void this.updateComplete.then(() => this.banner?.focus(options));
  }

  #onBlur = (): void => {
    this.focusable = false;
  };

  #renderTitle(title: string) {
    switch (Number(this.titleLevel)) {
      case 3:
        return html`<h3 id="title" class="title" part="title">${title}</h3>`;
      case 4:
        return html`<h4 id="title" class="title" part="title">${title}</h4>`;
      case 5:
        return html`<h5 id="title" class="title" part="title">${title}</h5>`;
      case 6:
        return html`<h6 id="title" class="title" part="title">${title}</h6>`;
      default:
        return html`<h2 id="title" class="title" part="title">${title}</h2>`;
    }
  }

  override render() {
    const success = this.variant === 'success';
    const title =
      this.bannerTitle ||
      this.t(success ? 'notificationBanner.success' : 'notificationBanner.important');
    return html`<div
      class="banner"
      part="banner"
      role=${success ? 'alert' : 'region'}
      aria-labelledby="title"
      tabindex=${this.focusable ? '-1' : nothing}
      @blur=${this.#onBlur}
    >
      <div class="title-bar">${this.#renderTitle(title)}</div>
      <div class="content" part="content"><slot></slot></div>
    </div>`;
  }
}
