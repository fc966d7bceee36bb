import { define } from '@plaza/core';
import { PlazaDialog } from './dialog.js';

define('plaza-dialog', PlazaDialog);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-dialog': PlazaDialog;
  }
}

export { PlazaDialog };
