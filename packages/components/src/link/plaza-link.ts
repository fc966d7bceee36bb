import { define } from '@plaza/core';
import { PlazaLink } from './link.js';

define('plaza-link', PlazaLink);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-link': PlazaLink;
  }
}

export { PlazaLink };
