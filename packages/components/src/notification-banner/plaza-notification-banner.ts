import { define } from '@plaza/core';
import { PlazaNotificationBanner } from './notification-banner.js';

define('plaza-notification-banner', PlazaNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-notification-banner': PlazaNotificationBanner;
  }
}

export { PlazaNotificationBanner };
