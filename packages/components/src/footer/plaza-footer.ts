import { define } from '@plaza/core';
import { PlazaFooter } from './footer.js';

define('plaza-footer', PlazaFooter);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-footer': PlazaFooter;
  }
}

export { PlazaFooter };
