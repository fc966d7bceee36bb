import { define } from '@plaza/core';
import { PlazaBackLink } from './back-link.js';

define('plaza-back-link', PlazaBackLink);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-back-link': PlazaBackLink;
  }
}

export { PlazaBackLink };
