import { define } from '@plaza/core';
import '../dialog/plaza-dialog.js';
import { PlazaTimeoutWarning } from './timeout-warning.js';

define('plaza-timeout-warning', PlazaTimeoutWarning);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-timeout-warning': PlazaTimeoutWarning;
  }
}

export { PlazaTimeoutWarning };
