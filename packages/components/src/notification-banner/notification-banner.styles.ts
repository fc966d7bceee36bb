import { css } from 'lit';
import { focusRing, hostTextStyles } from '@plaza/core';

export const notificationBannerStyles = css`
  ${hostTextStyles}
  :host {
    --_accent: var(--plaza-notification-banner-accent, var(--plaza-color-primary));
    margin-block-end: var(--plaza-space-6);
  }
  :host([variant='success']) {
    --_accent: var(--plaza-notification-banner-accent, var(--plaza-color-success));
  }
  .banner {
    border: var(--plaza-border-width-medium) solid var(--_accent);
    background: var(--plaza-color-background);
  }
  .banner:focus-visible,
  .banner:focus {
    ${focusRing}
  }
  .title-bar {
    padding-block: var(--plaza-space-1);
    padding-inline: var(--plaza-space-4);
    background: var(--_accent);
    color: var(--plaza-color-on-primary);
  }
  .title {
    margin: 0;
    font-size: var(--plaza-font-size-body);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-body);
  }
  .content {
    padding: var(--plaza-space-4);
    max-inline-size: var(--plaza-measure-text);
    overflow-wrap: anywhere;
  }
  ::slotted(*) {
    margin-block: 0 var(--plaza-space-3);
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  ::slotted(h2),
  ::slotted(h3),
  ::slotted(.heading) {
    font-size: var(--plaza-font-size-heading-sm);
    font-weight: var(--plaza-font-weight-bold);
    line-height: var(--plaza-line-height-heading);
  }
  ::slotted(a) {
    color: var(--plaza-color-link);
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .title-bar {
      border-block-end: var(--plaza-border-width-thin) solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
