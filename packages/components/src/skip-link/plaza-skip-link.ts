import { define } from '@plaza/core';
import { PlazaSkipLink } from './skip-link.js';

define('plaza-skip-link', PlazaSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-skip-link': PlazaSkipLink;
  }
}

export { PlazaSkipLink };
