import { define } from '@plaza/core';
import { PlazaExitThisPage } from './exit-this-page.js';

define('plaza-exit-this-page', PlazaExitThisPage);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-exit-this-page': PlazaExitThisPage;
  }
}

export { PlazaExitThisPage };
