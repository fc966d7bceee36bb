import { define } from '@plaza/core';
import { PlazaAlert } from './alert.js';

define('plaza-alert', PlazaAlert);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-alert': PlazaAlert;
  }
}

export { PlazaAlert };
