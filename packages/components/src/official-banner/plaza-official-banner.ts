import { define } from '@plaza/core';
import { PlazaOfficialBanner } from './official-banner.js';

define('plaza-official-banner', PlazaOfficialBanner);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-official-banner': PlazaOfficialBanner;
  }
}

export { PlazaOfficialBanner };
