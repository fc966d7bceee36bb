import { define } from '@plaza/core';
import { PlazaHeader } from './header.js';

define('plaza-header', PlazaHeader);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-header': PlazaHeader;
  }
}

export { PlazaHeader };
